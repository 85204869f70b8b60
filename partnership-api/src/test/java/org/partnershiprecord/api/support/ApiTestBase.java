package org.partnershiprecord.api.support;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shared by API scenario classes: a client per role, the event count, and unique ids. */
public abstract class ApiTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient recorder() {
        return new ApiClient(port, "recorder");
    }

    protected ApiClient reader() {
        return new ApiClient(port, "reader");
    }

    protected ApiClient anonymous() {
        return new ApiClient(port, null);
    }

    protected ApiClient as(String user) {
        return new ApiClient(port, user);
    }

    protected long eventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    /** Ids unique to one test, as the test databases are shared within a run. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The JSON of a resolution whose body and date the paper does not state. */
    protected static String notStated(String wording) {
        return "{\"wording\":\"" + wording + "\"}";
    }

    /** Waits (bounded) for the views to reach the position a command answered with. */
    protected static String awaiting(ApiClient.Response recorded) {
        return "awaitPosition=" + recorded.json().get("position").asLong();
    }
}
