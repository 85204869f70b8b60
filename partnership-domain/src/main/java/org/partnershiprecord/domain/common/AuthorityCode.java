package org.partnershiprecord.domain.common;

/** A council's short code, as the papers use it: {@code OCC}, {@code CDC}, {@code SNC}. */
public record AuthorityCode(String value) implements TypedId {

    public AuthorityCode {
        value = Check.text(value, "The authority code").toUpperCase(java.util.Locale.ROOT);
        if (!value.matches("[A-Z][A-Z0-9]{1,9}")) {
            throw new RuleViolation(RuleCode.INVALID_VALUE,
                    "The authority code '" + value + "' must be 2 to 10 letters or digits, starting with a letter.");
        }
    }

    public static AuthorityCode of(String value) {
        return new AuthorityCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
