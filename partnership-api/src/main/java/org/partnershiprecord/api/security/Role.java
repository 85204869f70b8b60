package org.partnershiprecord.api.security;

/** What a caller may do. Granted authorities are {@code ROLE_<name>}. */
public enum Role {
    /** A governance officer: records decisions, reads everything that is not exempt. */
    RECORDER,
    /** An integrating system: records decisions and follows the event feed. */
    INTEGRATION,
    /** The monitoring officer: reads everything including exempt content, replays, verifies; records nothing. */
    MONITORING_OFFICER,
    /** Staff or public: reads views, the decision register, the narrative and the audit trail, exempt content redacted. */
    READER;

    public String authority() {
        return "ROLE_" + name();
    }
}
