package org.partnershiprecord.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.partnershiprecord.api.config.AxonConfiguration;
import org.partnershiprecord.api.record.RecordMetadata;
import org.partnershiprecord.api.record.RecorderMetadataInterceptor;
import org.partnershiprecord.domain.agreement.Agreement;
import org.partnershiprecord.domain.body.GovernanceBody;
import org.partnershiprecord.domain.body.GovernanceDirectory;
import org.partnershiprecord.domain.body.InMemoryGovernanceDirectory;
import org.partnershiprecord.domain.businesscase.BusinessCase;
import org.partnershiprecord.domain.jointpost.JointPost;
import org.partnershiprecord.domain.meeting.Meeting;
import org.partnershiprecord.domain.partnership.Partnership;
import org.partnershiprecord.domain.programme.Programme;
import org.partnershiprecord.projections.directory.JdbcGovernanceDirectory;
import org.partnershiprecord.projections.json.RecordJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch path that fills large stores fast, producing the same events as the command path: the commands are
 * handled by the real aggregates (Axon in memory, with the application's recorder interceptor and correlation data
 * providers, so each event carries the same metadata keys and values but its own ids and times), and the events are
 * appended by Axon's real {@link JdbcEventStorageEngine} with the application's serializer settings, a few thousand
 * per transaction instead of one command per transaction. The governance directory's tables are written by the
 * application's own handlers in the same transaction. {@code GeneratorCheck} proves the identity.
 */
final class BatchWriter implements AutoCloseable {

    /** The account the generated events are recorded by (the benchmark's own). */
    static final String RECORDER = "bench";

    private final Configuration axon;
    private final CommandGateway gateway;
    private final List<EventMessage<?>> buffer = new ArrayList<>();
    private final int flushEvery;
    private final JdbcEventStorageEngine storage;
    private final AnnotationEventHandlerAdapter directoryTables;
    private final TransactionTemplate transactions;
    private final Serializer serializer;
    private final JdbcTemplate jdbc;
    private long written;

    BatchWriter(DataSource dataSource, int flushEvery) {
        this.flushEvery = flushEvery;
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer();
        DataSourceTransactionManager springTransactions = new DataSourceTransactionManager(dataSource);
        this.transactions = new TransactionTemplate(springTransactions);
        this.storage = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(new SpringTransactionManager(springTransactions))
                .schema(eventSchema())
                .build();
        this.directoryTables = new AnnotationEventHandlerAdapter(new JdbcGovernanceDirectory(jdbc));

        InMemoryGovernanceDirectory directory = new InMemoryGovernanceDirectory();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new Collector())
                .registerComponent(GovernanceDirectory.class, c -> new AsStoredDirectory(directory))
                .configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(RecordMetadata.COPIED_TO_EVENTS.toArray(String[]::new)),
                        message -> Map.of(RecordMetadata.CAUSATION_ID, message.getIdentifier())));
        for (Class<?> type : List.of(Partnership.class, GovernanceBody.class, Agreement.class, Meeting.class,
                Programme.class, JointPost.class, BusinessCase.class)) {
            register(configurer, type);
        }
        this.axon = configurer.buildConfiguration();
        axon.eventStore().subscribe(events -> events.forEach(event -> {
            directory.on(event.getPayload());
            buffer.add(event);
        }));
        axon.start();
        this.gateway = DefaultCommandGateway.builder().commandBus(axon.commandBus())
                .dispatchInterceptors(new RecorderMetadataInterceptor(Clock.systemUTC())).build();
    }

    private static <T> void register(Configurer configurer, Class<T> type) {
        // Every aggregate stays in memory: the generator never reads events back.
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(type).configureCache(c -> new MapCache()));
    }

    /** The application's event serializer: Axon's JacksonSerializer on the record's one ObjectMapper. */
    static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(RecordJson.objectMapper()).build();
    }

    /** The application's table and column names. */
    static EventSchema eventSchema() {
        return AxonConfiguration.recordEventSchema();
    }

    /** Handles one command with the real aggregate; its event is written with the next flush. */
    void send(Object command) {
        Recorder.signIn();
        gateway.sendAndWait(command);
        if (buffer.size() >= flushEvery) {
            flush();
        }
    }

    void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        List<EventMessage<?>> events = List.copyOf(buffer);
        buffer.clear();
        transactions.executeWithoutResult(status -> {
            storage.appendEvents(events);
            for (EventMessage<?> event : events) {
                if (directoryTables.canHandle(event)) {
                    try {
                        directoryTables.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException("The directory could not take " + event.getPayloadType(), e);
                    }
                }
            }
        });
        written += events.size();
    }

    long written() {
        return written;
    }

    /**
     * Sets every named processor's token at the head of the log, as if its view had read everything: a rebuild then
     * starts from views that are up to date (and empty), instead of the processors first catching up on their own.
     */
    void tokensAtHead(List<String> processors) {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        SerializedObject<byte[]> token = serializer.serialize(
                GapAwareTrackingToken.newInstance(head == null ? -1 : head, java.util.Collections.emptySortedSet()),
                byte[].class);
        for (String processor : processors) {
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor);
            jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type, time_stamp, owner)"
                            + " VALUES (?, 0, ?, ?, ?, NULL)", processor, token.getData(), token.getType().getName(),
                    java.time.Instant.now().toString());
        }
    }

    @Override
    public void close() {
        flush();
        axon.shutdown();
    }

    /** Takes the events from Axon's event store as they are published; never reads anything back. */
    private static final class Collector implements EventStorageEngine {

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            // Events reach the writer through the event store's subscription, in the same unit of work.
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return Stream.empty();
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return DomainEventStream.empty();
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.empty();
        }
    }

    /**
     * The in-memory directory answering as the application's {@link JdbcGovernanceDirectory} does: it reads a
     * partnership's authorities back ordered by code, so events that copy them list them in that order.
     */
    private record AsStoredDirectory(GovernanceDirectory delegate) implements GovernanceDirectory {

        @Override
        public Optional<PartnershipFacts> partnership(org.partnershiprecord.domain.common.PartnershipId id) {
            return delegate.partnership(id).map(facts -> new PartnershipFacts(facts.partnershipId(), facts.name(),
                    facts.authorities().stream().sorted(java.util.Comparator.comparing(
                                    org.partnershiprecord.domain.common.AuthorityCode::value))
                            .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new))));
        }

        @Override
        public Optional<BodyFacts> body(org.partnershiprecord.domain.common.BodyId id) {
            return delegate.body(id);
        }

        @Override
        public boolean holdsPower(org.partnershiprecord.domain.common.BodyId id,
                                  org.partnershiprecord.domain.body.Power power, java.time.LocalDate on) {
            return delegate.holdsPower(id, power, on);
        }
    }

    /** An unbounded in-memory aggregate cache. */
    private static final class MapCache implements Cache {

        private final Map<Object, Object> entries = new ConcurrentHashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V get(K key) {
            return (V) entries.get(key);
        }

        @Override
        public void put(Object key, Object value) {
            entries.put(key, value);
        }

        @Override
        public boolean putIfAbsent(Object key, Object value) {
            return entries.putIfAbsent(key, value) == null;
        }

        @Override
        public boolean remove(Object key) {
            return entries.remove(key) != null;
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
            return () -> true;
        }
    }
}
