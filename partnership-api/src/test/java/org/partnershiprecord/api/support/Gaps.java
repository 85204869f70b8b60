package org.partnershiprecord.api.support;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gaps in the global index, as an append that rolls back (a conflicting command) leaves them. */
public final class Gaps {

    private Gaps() {
    }

    /** Inserts an event and rolls it back: its position is used up and no event will ever hold it. */
    public static long rolledBackAppend(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<Long>) connection -> {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                    payload, payload_type, time_stamp)
                    VALUES (?, 0, 'Test', ?, ?, 'Test', '2026-01-01T00:00:00.000Z')""",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "rolled-back-" + UUID.randomUUID());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setBytes(3, new byte[] {'{', '}'});
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }
}
