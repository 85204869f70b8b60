package org.partnershiprecord.api.record;

import java.util.List;

/**
 * The metadata every recorded event carries. It is set by the API from the authenticated
 * principal and the request, never from a request body, and copied from the command onto every
 * event it causes.
 */
public final class RecordMetadata {

    /** The authenticated principal who recorded the entry. */
    public static final String RECORDED_BY = "recordedBy";
    /** The principal's roles at the time, comma-separated. */
    public static final String RECORDER_ROLES = "recorderRoles";
    /** When the API received the command (ISO-8601 instant). */
    public static final String RECORDED_AT = "recordedAt";
    /** The client that sent it: the JWT's azp/client_id, or the account name for people and scripts. */
    public static final String CLIENT_ID = "clientId";
    /** The HTTP request's id (X-Request-Id if the client sent one, otherwise generated). */
    public static final String REQUEST_ID = "requestId";
    /** Axon's correlation id: the id of the command that started this chain. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The aggregate version a command expects (from If-Match); not copied onto events. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    /** Keys copied from the command onto each event it records. */
    public static final List<String> COPIED_TO_EVENTS = List.of(RECORDED_BY, RECORDER_ROLES, RECORDED_AT, CLIENT_ID,
            REQUEST_ID);

    private RecordMetadata() {
    }
}
