package org.partnershiprecord.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.Http;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application starts on each supported database, migrates its schema and reports itself healthy. */
class ApplicationStartsTest {

    abstract static class Starts {

        @LocalServerPort
        int port;

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void reportsHealthyOverHttpWithoutSigningIn() {
            HttpResponse<String> response = new Http(port).get("/actuator/health");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"");
        }

        @Test
        void migratesTheEventStoreSchemaWithFlyway() {
            Integer migrations = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE", Integer.class);
            assertThat(migrations).isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isNotNull();
        }
    }

    @Nested
    @OnH2
    class OnH2Database extends Starts {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends Starts {
    }
}
