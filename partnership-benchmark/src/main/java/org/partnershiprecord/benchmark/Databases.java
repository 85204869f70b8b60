package org.partnershiprecord.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The PostgreSQL databases of one run: created fresh (bench_*), dropped at the end unless asked to keep them. */
final class Databases implements AutoCloseable {

    private final String server;
    private final String user;
    private final boolean keep;
    private final List<String> created = new ArrayList<>();

    /** @param server e.g. {@code jdbc:postgresql://127.0.0.1:5432/} */
    Databases(String server, String user, boolean keep) {
        this.server = server.endsWith("/") ? server : server + "/";
        this.user = user;
        this.keep = keep;
    }

    /** A fresh, empty database: dropped first if a previous run left it. Answers its JDBC URL. */
    String create(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        created.add(name);
        return server + name;
    }

    String user() {
        return user;
    }

    static DataSource dataSource(String url, String user) {
        try {
            Class<?> driver = url.startsWith("jdbc:h2:") ? Class.forName("org.h2.Driver")
                    : Class.forName("org.postgresql.Driver");
            return new SimpleDriverDataSource((java.sql.Driver) driver.getDeclaredConstructor().newInstance(), url,
                    user, "");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's schema, by its own Flyway migrations. */
    static void migrate(String url, String user) {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
    }

    @Override
    public void close() {
        if (keep) {
            System.out.println("Kept databases: " + created);
            return;
        }
        for (String name : created) {
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop " + name + ": " + e.getMessage());
            }
        }
    }
}
