package org.partnershiprecord.api.views;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMemberDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.flywaydb.core.Flyway;
import org.partnershiprecord.api.problem.ApiProblem;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Scratch copies of the views, each an in-memory H2 database with the views' schema (the same
 * Flyway migrations) and its own instances of the view projections. An as-at read borrows one,
 * replays the events in scope into it and runs the ordinary query there; nothing it does reaches
 * the real views. A small pool is kept so a read pays neither for the schema nor for the JIT-cold
 * set-up, only for emptying the tables it used.
 */
public class ScratchViews implements DisposableBean {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Map<Class<?>, Function<JdbcTemplate, Object>> projections;
    private final ParameterResolverFactory parameterResolvers;
    private final int maximum;
    private final Duration wait;
    private final BlockingQueue<Scratch> idle = new LinkedBlockingQueue<>();
    private final List<Scratch> all = new ArrayList<>();

    /**
     * @param projections how to create each view projection (by its class) writing to a given database
     * @param parameterResolvers Axon's, so handlers receive the same parameters as in the live processors
     */
    public ScratchViews(Map<Class<?>, Function<JdbcTemplate, Object>> projections,
                        ParameterResolverFactory parameterResolvers, int maximum, Duration wait) {
        this.projections = Map.copyOf(projections);
        this.parameterResolvers = parameterResolvers;
        this.maximum = maximum;
        this.wait = wait;
    }

    /** An empty scratch copy of the views, for this thread alone until {@link #giveBack}. */
    public Scratch borrow() {
        Scratch scratch = idle.poll();
        if (scratch == null) {
            scratch = createIfRoom();
        }
        if (scratch == null) {
            try {
                scratch = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (scratch == null) {
            throw ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "AS_AT_BUSY",
                    "All " + maximum + " as-at workspaces are in use; try again shortly.");
        }
        scratch.empty();
        return scratch;
    }

    public void giveBack(Scratch scratch) {
        idle.add(scratch);
    }

    private synchronized Scratch createIfRoom() {
        if (all.size() >= maximum) {
            return null;
        }
        Scratch scratch = new Scratch("jdbc:h2:mem:as-at-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        all.add(scratch);
        return scratch;
    }

    @Override
    public synchronized void destroy() {
        all.forEach(Scratch::close);
    }

    /** One scratch copy of the views: a database on one connection, with projections writing to it. */
    public final class Scratch {

        private final SingleConnectionDataSource dataSource;
        private final JdbcTemplate jdbc;
        private final Map<Class<?>, AnnotationEventHandlerAdapter> handlers = new HashMap<>();

        private Scratch(String url) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            dataSource = new SingleConnectionDataSource(url, "sa", "", true);
            dataSource.setAutoCommit(false);
            jdbc = new JdbcTemplate(dataSource);
            // The plain handler definition: the live processors' tracing and time-limit wrappers would
            // cost more than the handlers themselves here, and a replay for one read needs neither.
            projections.forEach((type, create) -> handlers.put(type, new AnnotationEventHandlerAdapter(
                    create.apply(jdbc), parameterResolvers, new AnnotatedMessageHandlingMemberDefinition())));
        }

        /** The projections of these view classes (all of them if none is named) that will receive events. */
        public List<AnnotationEventHandlerAdapter> projections(Class<?>... views) {
            if (views.length == 0) {
                return List.copyOf(handlers.values());
            }
            List<AnnotationEventHandlerAdapter> chosen = new ArrayList<>();
            for (Class<?> view : views) {
                AnnotationEventHandlerAdapter handler = handlers.get(view);
                if (handler == null) {
                    throw new IllegalArgumentException(view.getName() + " is not a view projection");
                }
                chosen.add(handler);
            }
            return chosen;
        }

        /** Hands one event to each of {@code chosen} that handles it. */
        public void handle(EventMessage<?> event, List<AnnotationEventHandlerAdapter> chosen) {
            for (AnnotationEventHandlerAdapter handler : chosen) {
                if (handler.canHandle(event)) {
                    try {
                        handler.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException("A view could not replay event " + event.getIdentifier()
                                + " (" + event.getPayloadType().getSimpleName() + ") as at the moment asked", e);
                    }
                }
            }
        }

        public void commit() {
            try {
                connection().commit();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot commit the as-at workspace", e);
            }
        }

        public DataSource dataSource() {
            return dataSource;
        }

        /** Empties the tables the last read filled (H2 keeps an exact row count per table). */
        private void empty() {
            try {
                Connection connection = connection();
                connection.rollback();
                List<String> filled = jdbc.queryForList("""
                        SELECT table_name FROM information_schema.tables
                         WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' AND LOWER(table_name) LIKE 'view%'
                           AND row_count_estimate > 0""", String.class);
                try (var statement = connection.createStatement()) {
                    for (String table : filled) {
                        statement.addBatch("TRUNCATE TABLE \"" + table + "\"");
                    }
                    statement.executeBatch();
                }
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot empty the as-at workspace", e);
            }
        }

        private Connection connection() throws SQLException {
            return dataSource.getConnection();
        }

        private void close() {
            jdbc.execute("SHUTDOWN");
            dataSource.destroy();
        }
    }
}
