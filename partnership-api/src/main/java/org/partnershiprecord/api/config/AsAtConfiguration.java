package org.partnershiprecord.api.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.serialization.Serializer;
import org.partnershiprecord.api.views.AsAtViews;
import org.partnershiprecord.api.views.RecordedEvents;
import org.partnershiprecord.api.views.ScratchViews;
import org.partnershiprecord.api.views.ViewPositions;
import org.partnershiprecord.api.views.ViewReads;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * As-at reads: the view queries read through {@link ViewReads}; an as-at read replays the events in
 * scope into scratch copies of the views built by the same projection classes as the live views
 * (every bean of a {@code view-} processing group, found here so a new view needs no wiring).
 */
@Configuration(proxyBeanMethods = false)
public class AsAtConfiguration {

    @Bean
    ViewReads viewReads(DataSource dataSource) {
        return new ViewReads(dataSource);
    }

    @Bean
    RecordedEvents recordedEvents(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                  @Qualifier("eventSerializer") Serializer eventSerializer,
                                  org.axonframework.config.Configuration axon) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return new RecordedEvents(jdbc, readOnly, eventSerializer, axon.upcasterChain());
    }

    @Bean(destroyMethod = "destroy")
    ScratchViews scratchViews(ApplicationContext context, org.axonframework.config.Configuration axon,
                              @Value("${partnership.as-at.workspaces:4}") int workspaces,
                              @Value("${partnership.as-at.wait:10s}") Duration wait) {
        Map<Class<?>, Function<JdbcTemplate, Object>> projections = context.getBeansWithAnnotation(ProcessingGroup.class)
                .values().stream()
                .<Class<?>>map(ClassUtils::getUserClass)
                .filter(type -> type.getAnnotation(ProcessingGroup.class).value().startsWith("view-"))
                .collect(Collectors.toMap(type -> type, AsAtConfiguration::factory));
        return new ScratchViews(projections, axon.parameterResolverFactory(), workspaces, wait);
    }

    @Bean
    AsAtViews asAtViews(RecordedEvents recordedEvents, ScratchViews scratchViews, ViewPositions positions) {
        return new AsAtViews(recordedEvents, scratchViews, positions);
    }

    private static Function<JdbcTemplate, Object> factory(Class<?> projection) {
        Constructor<?> constructor;
        try {
            constructor = projection.getConstructor(JdbcTemplate.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("View projection " + projection.getName()
                    + " needs a public constructor taking only a JdbcTemplate, so as-at reads can replay it", e);
        }
        return jdbc -> {
            try {
                return constructor.newInstance(jdbc);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot create " + projection.getName() + " for an as-at read", e);
            }
        };
    }
}
