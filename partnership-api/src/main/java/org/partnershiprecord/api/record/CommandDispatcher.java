package org.partnershiprecord.api.record;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershiprecord.api.record.RecordedEvents.CommandOutcome;
import org.partnershiprecord.api.record.RecordedEvents.Recorded;
import org.partnershiprecord.api.problem.ApiProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the caller and answers as every command endpoint does: the
 * aggregate's new version as {@code ETag}, the global position of the last event it recorded (in
 * the body and as {@code X-Record-Position}), {@code If-Match} checked against the aggregate's
 * version, and {@code Idempotency-Key} replaying the first answer.
 */
@Component
public class CommandDispatcher {

    public static final String POSITION_HEADER = "X-Record-Position";

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final IdempotencyStore idempotency;

    public CommandDispatcher(CommandGateway commands, JdbcTemplate jdbc, IdempotencyStore idempotency) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.idempotency = idempotency;
    }

    /** What a command endpoint answers. */
    public record CommandAccepted(String id, long version, long position, List<String> events) {
    }

    /** Records a command against an existing aggregate: 200 OK. */
    public ResponseEntity<CommandAccepted> update(Object command, CommandRequest request) {
        return dispatch(command, request, HttpStatus.OK, null);
    }

    /** Records a command creating an aggregate: 201 Created with its location. */
    public ResponseEntity<CommandAccepted> create(Object command, CommandRequest request, URI location) {
        if (request.expectedVersion() != null) {
            // RFC 9110: If-Match naming a version cannot hold for something not yet recorded.
            throw ApiProblem.of(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH",
                    "If-Match names a version, but this command records something new; send it without If-Match.");
        }
        return dispatch(command, request, HttpStatus.CREATED, location);
    }

    private ResponseEntity<CommandAccepted> dispatch(Object command, CommandRequest request, HttpStatus status,
                                                     URI location) {
        if (request.idempotencyKey() == null) {
            return respond(send(command, request), status, location);
        }
        return idempotency.once(request, command, () -> respond(send(command, request), status, location));
    }

    private CommandAccepted send(Object command, CommandRequest request) {
        Map<String, Object> metadata = new HashMap<>();
        if (request.expectedVersion() != null) {
            metadata.put(RecordMetadata.EXPECTED_VERSION, request.expectedVersion());
        }
        Object result = commands.sendAndWait(command, org.axonframework.messaging.MetaData.from(metadata));
        if (!(result instanceof CommandOutcome outcome) || outcome.last() == null) {
            throw new IllegalStateException("The command " + command.getClass().getSimpleName() + " recorded no event");
        }
        Recorded last = outcome.last();
        Long position = jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                Long.class, last.aggregateId(), last.sequenceNumber());
        return new CommandAccepted(last.aggregateId(), last.sequenceNumber(), position,
                outcome.events().stream().map(Recorded::type).toList());
    }

    private static ResponseEntity<CommandAccepted> respond(CommandAccepted accepted, HttpStatus status, URI location) {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(ETags.of(accepted.version()));
        headers.set(POSITION_HEADER, Long.toString(accepted.position()));
        if (location != null) {
            headers.setLocation(location);
        }
        return new ResponseEntity<>(accepted, headers, status);
    }

    /** The parts of an HTTP request a command's recording depends on. */
    public record CommandRequest(String path, Long expectedVersion, String idempotencyKey, String principal) {

        public CommandRequest {
            if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
                throw ApiProblem.badRequest("INVALID_IDEMPOTENCY_KEY",
                        "The Idempotency-Key header must be 1 to 200 characters.");
            }
        }
    }
}
