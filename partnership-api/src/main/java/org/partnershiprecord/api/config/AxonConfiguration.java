package org.partnershiprecord.api.config;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.partnershiprecord.api.record.ExpectedVersionTargetResolver;
import org.partnershiprecord.api.record.RecordMetadata;
import org.partnershiprecord.api.record.RecordedEvents;
import org.partnershiprecord.api.record.RecorderMetadataInterceptor;
import org.partnershiprecord.domain.agreement.Agreement;
import org.partnershiprecord.domain.body.GovernanceBody;
import org.partnershiprecord.domain.businesscase.BusinessCase;
import org.partnershiprecord.domain.jointpost.JointPost;
import org.partnershiprecord.domain.meeting.Meeting;
import org.partnershiprecord.domain.partnership.Partnership;
import org.partnershiprecord.domain.programme.Programme;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.partnershiprecord.projections.directory.JdbcGovernanceDirectory;
import org.partnershiprecord.projections.json.RecordJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon without Axon Server: the JDBC event storage engine on the application's own database,
 * Jackson for every serializer, and the aggregates registered here so the domain stays Spring-free.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** Every aggregate of the record. */
    static final List<Class<?>> AGGREGATES = List.of(Partnership.class, GovernanceBody.class, Agreement.class,
            Meeting.class, Programme.class, JointPost.class, BusinessCase.class);

    /**
     * Every aggregate, each type with its own cache of recently used aggregates
     * ({@code partnership.aggregates.cache-size} per type; 0 reads every aggregate from the log on every command).
     * Without it a command on a long-lived aggregate reads and replays its whole history (docs/performance.md).
     */
    @Bean
    ConfigurerModule partnershipAggregates(@Value("${partnership.aggregates.cache-size:1000}") int cacheSize) {
        CommandTargetResolver expectedVersion = new ExpectedVersionTargetResolver();
        return configurer -> AGGREGATES.forEach(type -> register(configurer, type, expectedVersion, cacheSize));
    }

    private static <T> void register(Configurer configurer, Class<T> type, CommandTargetResolver resolver,
                                     int cacheSize) {
        AggregateConfigurer<T> aggregate = AggregateConfigurer.defaultConfiguration(type)
                .configureCommandTargetResolver(c -> resolver);
        if (cacheSize > 0) {
            // One cache per type: Axon's caching repository keys entries by aggregate id alone.
            aggregate.configureCache(c -> new AggregateCache(cacheSize));
        }
        configurer.configureAggregate(aggregate);
    }

    /** Who recorded a command, from the authenticated principal; applied to the CommandGateway by Axon. */
    @Bean
    RecorderMetadataInterceptor recorderMetadataInterceptor(java.time.Clock clock) {
        return new RecorderMetadataInterceptor(clock);
    }

    /** Reports the events each command recorded (for the ETag and the position in the answer). */
    @Bean
    SmartInitializingSingleton reportRecordedEvents(EventStore eventStore, CommandBus commandBus) {
        return () -> {
            eventStore.registerDispatchInterceptor(RecordedEvents.noteEvents());
            commandBus.registerHandlerInterceptor(RecordedEvents.reportOutcome());
        };
    }

    /** Declared again because defining any provider removes Axon's default one (correlation and trace ids). */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider recorderProvider() {
        return new SimpleCorrelationDataProvider(RecordMetadata.COPIED_TO_EVENTS.toArray(String[]::new));
    }

    @Bean
    CorrelationDataProvider causationProvider() {
        return message -> java.util.Map.of(RecordMetadata.CAUSATION_ID, message.getIdentifier());
    }

    /** Views catch up in batches: one transaction per 100 events (replays 2-5x faster than one by one). */
    @Bean
    ConfigurerModule viewProcessorsInBatches() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                c -> org.axonframework.eventhandling.TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(100));
    }

    /**
     * By default Axon logs a failing event handler and moves on, which would leave a view silently wrong.
     * Here a failure propagates: the directory's failure rolls back the command that caused it, and a
     * view's processor stops on the event and retries it with back-off, visible in its status.
     */
    @Bean
    ConfigurerModule handlerFailuresAreNeverSkipped() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** The Jackson 2 mapper Axon's JacksonSerializer uses (Boot 4 itself only configures Jackson 3). */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return RecordJson.objectMapper();
    }

    @Bean
    EventSchema eventSchema() {
        return recordEventSchema();
    }

    /** The record's event and snapshot tables and columns (snake_case, V1__event_store.sql); also the benchmark's. */
    public static EventSchema recordEventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /*
     * The storage beans are declared here rather than left to Axon's JdbcAutoConfiguration: under
     * Boot 4 its @ConditionalOnBean(DataSource) is evaluated before Boot's DataSource auto-configuration
     * has run, so it silently configures nothing.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * A unique-key violation on append means the aggregate id is taken (first event) or another node
     * appended the same sequence. SQLSTATE 23505 is that violation on PostgreSQL and H2 alike.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
                if (cause instanceof java.sql.BatchUpdateException batch && batch.getNextException() != null
                        && "23505".equals(batch.getNextException().getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .build();
    }

    @Bean
    JdbcGovernanceDirectory governanceDirectory(JdbcTemplate jdbc) {
        return new JdbcGovernanceDirectory(jdbc);
    }
}
