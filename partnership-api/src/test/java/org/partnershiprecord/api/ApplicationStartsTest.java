package org.partnershiprecord.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.Http;
import org.partnershiprecord.api.support.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application starts on each supported database, migrates its schema and reports itself healthy. */
class ApplicationStartsTest {

    abstract static class Starts {

        @LocalServerPort
        int port;

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void reportsHealthyOverHttp() {
            HttpResponse<String> response = new Http(port).get("/actuator/health");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"");
        }

        @Test
        void migratesTheEventStoreSchemaWithFlyway() {
            Integer migrations = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE", Integer.class);
            assertThat(migrations).isGreaterThanOrEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isNotNull();
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OnH2 extends Starts {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.useH2(registry);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OnPostgres extends Starts {

        @BeforeAll
        static void requirePostgres() {
            TestDatabases.assumePostgres();
        }

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabases.usePostgres(registry);
        }
    }
}
