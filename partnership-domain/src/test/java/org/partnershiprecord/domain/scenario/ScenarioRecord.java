package org.partnershiprecord.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.json.JacksonSerializer;
import org.partnershiprecord.domain.agreement.Agreement;
import org.partnershiprecord.domain.body.GovernanceBody;
import org.partnershiprecord.domain.body.GovernanceDirectory;
import org.partnershiprecord.domain.body.InMemoryGovernanceDirectory;
import org.partnershiprecord.domain.businesscase.BusinessCase;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;
import org.partnershiprecord.domain.jointpost.JointPost;
import org.partnershiprecord.domain.meeting.Meeting;
import org.partnershiprecord.domain.partnership.Partnership;
import org.partnershiprecord.domain.programme.Programme;

/**
 * The whole record in one place, without Spring: all seven aggregates on Axon's default configuration with an
 * in-memory event store, and the {@link GovernanceDirectory} the command handlers consult kept up to date from
 * every event published. A scenario sends commands through the command gateway, as the application will, and
 * reads back what the event store holds.
 *
 * <p>Axon resolves a handler's extra {@code GovernanceDirectory} parameter through its
 * {@code ConfigurationParameterResolverFactory}, which looks the parameter's declared type up with
 * {@code Configuration.getComponent(type)}: that is why the directory is registered under the interface.
 */
final class ScenarioRecord implements AutoCloseable {

    private final InMemoryGovernanceDirectory directory = new InMemoryGovernanceDirectory();
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final Configuration configuration;

    ScenarioRecord() {
        configuration = DefaultConfigurer.defaultConfiguration()
                // never XStream: nothing here is serialised in memory, but if anything is, it is JSON
                .configureSerializer(c -> json())
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(Partnership.class)
                .configureAggregate(GovernanceBody.class)
                .configureAggregate(Agreement.class)
                .configureAggregate(Meeting.class)
                .configureAggregate(Programme.class)
                .configureAggregate(JointPost.class)
                .configureAggregate(BusinessCase.class)
                .registerComponent(GovernanceDirectory.class, c -> directory)
                .buildConfiguration();
        // Subscribers are called when the command's unit of work commits, before sendAndWait returns,
        // so the next command already sees the facts the previous one recorded.
        configuration.eventBus().subscribe(messages -> messages.forEach(message -> directory.on(message.getPayload())));
        configuration.start();
    }

    /** Axon's Jackson serialiser as the application configures it: ISO dates, no timestamps. */
    static JacksonSerializer json() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /** Sends a command and waits for it to be recorded; a refusal is thrown as the {@link RuleViolation}. */
    <R> R send(Object command) {
        return configuration.commandGateway().sendAndWait(command);
    }

    /** Every event payload in the store, in the order recorded. */
    List<Object> events() {
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            return stream.<Object>map(Message::getPayload).toList();
        }
    }

    /** The payloads of one type, in the order recorded. */
    <E> List<E> events(Class<E> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The events of one aggregate, read back from the event store as its repository reads them. */
    List<Object> eventsOf(Object aggregateId) {
        return configuration.eventStore().readEvents(aggregateId.toString()).asStream()
                .<Object>map(Message::getPayload)
                .toList();
    }

    /** Asserts the command is refused under {@code code} and that nothing at all was recorded. */
    RuleViolation expectRefused(Object command, RuleCode code) {
        int recordedBefore = events().size();
        Throwable thrown = catchThrowable(() -> send(command));
        RuleViolation violation = ruleViolationIn(thrown);
        assertThat(violation)
                .as("%s should be refused under %s, but %s", command.getClass().getSimpleName(), code,
                        thrown == null ? "it was accepted" : "it failed with " + thrown)
                .isNotNull();
        assertThat(violation.code()).as("rule broken by %s: %s", command.getClass().getSimpleName(),
                violation.getMessage()).isEqualTo(code);
        assertThat(violation.getMessage()).isNotBlank();
        assertThat(events()).as("events recorded by a refused command").hasSize(recordedBefore);
        return violation;
    }

    private static RuleViolation ruleViolationIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation;
            }
        }
        return null;
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
