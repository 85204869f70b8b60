package org.partnershiprecord.domain.common;

import java.util.Objects;

/**
 * A command refused because it would break a rule of the record. Carries the stable
 * {@link RuleCode} and a sentence a governance officer understands. Nothing is recorded.
 */
public class RuleViolation extends RuntimeException {

    private final RuleCode code;

    public RuleViolation(RuleCode code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public RuleCode code() {
        return code;
    }
}
