package org.partnershiprecord.api.record;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiprecord.api.problem.ApiProblem;
import org.partnershiprecord.api.record.CommandDispatcher.CommandAccepted;
import org.partnershiprecord.api.record.CommandDispatcher.CommandRequest;
import org.partnershiprecord.projections.json.RecordJson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a command safe to send again: the first answer to an {@code Idempotency-Key} (per
 * principal) is kept with a fingerprint of the request; the same key with the same request gets
 * that answer again and records nothing, the same key with a different request is refused. A
 * command that fails keeps no entry, so the client can correct it and retry with the same key.
 */
@Component
public class IdempotencyStore {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json = RecordJson.objectMapper();

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ResponseEntity<CommandAccepted> once(CommandRequest request, Object command,
                                         Supplier<ResponseEntity<CommandAccepted>> action) {
        String fingerprint = fingerprint(request, command);
        ResponseEntity<CommandAccepted> earlier = earlierAnswer(request, fingerprint);
        if (earlier != null) {
            return earlier;
        }
        try {
            jdbc.update("""
                    INSERT INTO idempotent_request (principal, idempotency_key, fingerprint, state, created_at)
                    VALUES (?, ?, ?, 'PENDING', ?)""", request.principal(), request.idempotencyKey(), fingerprint,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException raced) {
            ResponseEntity<CommandAccepted> raceWinner = earlierAnswer(request, fingerprint);
            if (raceWinner != null) {
                return raceWinner;
            }
            throw inProgress();
        }
        try {
            ResponseEntity<CommandAccepted> answer = action.get();
            CommandAccepted body = answer.getBody();
            jdbc.update("""
                    UPDATE idempotent_request SET state = 'DONE', status_code = ?, aggregate_id = ?, version = ?,
                           position = ?, events = ?, location = ?
                     WHERE principal = ? AND idempotency_key = ?""",
                    answer.getStatusCode().value(), body.id(), body.version(), body.position(),
                    String.join(",", body.events()),
                    answer.getHeaders().getLocation() == null ? null : answer.getHeaders().getLocation().toString(),
                    request.principal(), request.idempotencyKey());
            return answer;
        } catch (RuntimeException failed) {
            jdbc.update("DELETE FROM idempotent_request WHERE principal = ? AND idempotency_key = ?",
                    request.principal(), request.idempotencyKey());
            throw failed;
        }
    }

    private ResponseEntity<CommandAccepted> earlierAnswer(CommandRequest request, String fingerprint) {
        // A request that began long ago and never finished was cut off (the server stopped): let it be sent again.
        jdbc.update("""
                DELETE FROM idempotent_request
                 WHERE principal = ? AND idempotency_key = ? AND state = 'PENDING' AND created_at < ?""",
                request.principal(), request.idempotencyKey(), Timestamp.from(clock.instant().minus(ABANDONED_AFTER)));
        List<ResponseEntity<CommandAccepted>> found = jdbc.query("""
                SELECT fingerprint, state, status_code, aggregate_id, version, position, events, location
                  FROM idempotent_request WHERE principal = ? AND idempotency_key = ?""", (rs, row) -> {
            if (!fingerprint.equals(rs.getString("fingerprint"))) {
                throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
                        "This Idempotency-Key was already used for a different request; use a new key for a new request.");
            }
            if (!"DONE".equals(rs.getString("state"))) {
                throw inProgress();
            }
            String events = rs.getString("events");
            CommandAccepted body = new CommandAccepted(rs.getString("aggregate_id"), rs.getLong("version"),
                    rs.getLong("position"), events == null || events.isEmpty() ? List.of() : Arrays.asList(events.split(",")));
            HttpHeaders headers = new HttpHeaders();
            headers.setETag(ETags.of(body.version()));
            headers.set(CommandDispatcher.POSITION_HEADER, Long.toString(body.position()));
            headers.set(REPLAYED_HEADER, "true");
            String location = rs.getString("location");
            if (location != null) {
                headers.setLocation(URI.create(location));
            }
            return new ResponseEntity<>(body, headers, HttpStatus.valueOf(rs.getInt("status_code")));
        }, request.principal(), request.idempotencyKey());
        return found.isEmpty() ? null : found.get(0);
    }

    private static ApiProblem inProgress() {
        return ApiProblem.of(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_PROGRESS",
                "A request with this Idempotency-Key is still being recorded; try again in a moment.");
    }

    private String fingerprint(CommandRequest request, Object command) {
        try {
            String canonical = request.path() + "\n" + command.getClass().getName() + "\n"
                    + json.writeValueAsString(command) + "\n" + request.expectedVersion();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
