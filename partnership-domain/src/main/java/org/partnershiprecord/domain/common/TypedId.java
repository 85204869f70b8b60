package org.partnershiprecord.domain.common;

/**
 * An identifier with a type of its own. Its {@code toString()} is the bare value, which is what
 * Axon uses as the aggregate identifier and what serialisers write.
 */
public interface TypedId {

    String value();

    /** Ids are short, URL-safe words: letters, digits, '-', '_' and '.', at most 100 characters. */
    static String validate(String value, String what) {
        String text = Check.text(value, what);
        if (text.length() > 100 || !text.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new RuleViolation(RuleCode.INVALID_VALUE,
                    what + " '" + text + "' must be letters, digits, '.', '_' or '-' (at most 100), starting with a letter or digit.");
        }
        return text;
    }
}
