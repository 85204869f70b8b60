package org.partnershiprecord.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The databases the API tests run against: a fresh H2 file database, and a fresh PostgreSQL
 * database created on the server at 127.0.0.1:5432 for this test run and dropped when it ends.
 * <p>
 * System property {@code partnership.test.postgres} (or environment variable {@code PARTNERSHIP_TEST_POSTGRES}): {@code auto} (default) skips the PostgreSQL
 * tests when no server answers; {@code required} (set by CI) fails them instead, so they can never
 * be skipped silently there.
 */
public final class TestDatabases {

    private static final String ADMIN_URL = System.getProperty("partnership.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String ADMIN_USER = System.getProperty("partnership.test.postgres.user", "postgres");

    private static String postgresUrl;

    private TestDatabases() {
    }

    public static void useH2(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("partnership-h2-");
            registry.add("spring.datasource.url",
                    () -> "jdbc:h2:file:" + dir.resolve("partnership") + ";DB_CLOSE_ON_EXIT=FALSE");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void usePostgres(DynamicPropertyRegistry registry) {
        String url = postgresDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> ADMIN_USER);
        registry.add("spring.datasource.password", () -> "");
    }

    /** Skips (or, when required, fails) a PostgreSQL test class before Spring starts. */
    public static void assumePostgres() {
        postgresDatabase();
    }

    private static synchronized String postgresDatabase() {
        if (postgresUrl != null) {
            return postgresUrl;
        }
        String mode = mode();
        String name = "partnership_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("required".equals(mode)) {
                throw new IllegalStateException("PostgreSQL is required for this run (partnership.test.postgres=required)"
                        + " but " + ADMIN_URL + " refused: " + e.getMessage(), e);
            }
            Assumptions.abort("No PostgreSQL at " + ADMIN_URL + " (" + e.getMessage() + "); set "
                    + "-Dpartnership.test.postgres=required to make this a failure.");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        postgresUrl = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
        return postgresUrl;
    }

    /** The system property when set to anything but 'auto', else the PARTNERSHIP_TEST_POSTGRES environment variable. */
    private static String mode() {
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
