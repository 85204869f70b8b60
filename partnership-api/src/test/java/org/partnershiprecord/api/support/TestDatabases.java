package org.partnershiprecord.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The databases the API tests run against: one fresh H2 file database, and one fresh PostgreSQL
 * database created on the server at 127.0.0.1:5432 for this test run and dropped when it ends.
 * Every test class on the same database shares one application context (tests use unique ids).
 * <p>
 * System property {@code partnership.test.postgres} (or environment variable
 * {@code PARTNERSHIP_TEST_POSTGRES}): {@code auto} (default) skips the PostgreSQL tests when no
 * server answers; {@code required} (set by CI) fails them instead, so they are never skipped silently.
 */
public final class TestDatabases {

    private static final String ADMIN_URL = System.getProperty("partnership.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String ADMIN_USER = System.getProperty("partnership.test.postgres.user", "postgres");

    private static String h2Url;
    private static String postgresUrl;
    private static String postgresFailure;

    private TestDatabases() {
    }

    /** Points the application at the shared H2 test database. */
    public static final class H2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            use(context, h2(), "sa");
        }
    }

    /** Points the application at this run's PostgreSQL test database. */
    public static final class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = postgres();
            if (url == null) {
                throw new IllegalStateException("PostgreSQL is not available: " + postgresFailure);
            }
            use(context, url, ADMIN_USER);
        }
    }

    /** Skips PostgreSQL test classes when no server answers, unless PostgreSQL is required (then they fail). */
    public static final class PostgresAvailable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (postgres() != null || "required".equals(mode())) {
                return ConditionEvaluationResult.enabled("PostgreSQL at " + ADMIN_URL);
            }
            return ConditionEvaluationResult.disabled("No PostgreSQL at " + ADMIN_URL + " (" + postgresFailure
                    + "); set PARTNERSHIP_TEST_POSTGRES=required to make this a failure.");
        }
    }

    private static void use(ConfigurableApplicationContext context, String url, String user) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", Map.of(
                "spring.datasource.url", url, "spring.datasource.username", user, "spring.datasource.password", "")));
    }

    static synchronized String h2() {
        if (h2Url == null) {
            try {
                Path dir = Files.createTempDirectory("partnership-h2-");
                h2Url = "jdbc:h2:file:" + dir.resolve("partnership") + ";DB_CLOSE_ON_EXIT=FALSE";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return h2Url;
    }

    static synchronized String postgres() {
        if (postgresUrl != null || postgresFailure != null) {
            return postgresUrl;
        }
        String name = "partnership_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            postgresFailure = e.getMessage();
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        postgresUrl = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
        return postgresUrl;
    }

    /**
     * A new, empty PostgreSQL database (dropped when the tests end), or null when PostgreSQL is not available
     * and not required.
     */
    public static synchronized String emptyPostgres() {
        if (postgres() == null) {
            if ("required".equals(mode())) {
                throw new IllegalStateException("PostgreSQL is required but not available: " + postgresFailure);
            }
            return null;
        }
        String name = "partnership_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create " + name, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    /** The system property when set to anything but 'auto', else the PARTNERSHIP_TEST_POSTGRES environment variable. */
    static String mode() {
        String property = System.getProperty("partnership.test.postgres", "auto");
        if (!"auto".equals(property)) {
            return property;
        }
        String environment = System.getenv("PARTNERSHIP_TEST_POSTGRES");
        return environment == null || environment.isBlank() ? "auto" : environment.strip();
    }

    private static void drop(String name) {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
