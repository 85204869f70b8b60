package org.partnershiprecord.domain.common;

import java.util.Collection;

/**
 * Guards for values carried by commands and events. A bad value is refused with
 * {@link RuleCode#INVALID_VALUE}, so it reaches a client as a 400, never as a server error.
 */
public final class Check {

    private Check() {
    }

    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, what + " is required.");
        }
        return value;
    }

    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, what + " is required and cannot be blank.");
        }
        return printable(value.strip(), what);
    }

    /** Optional free text: null stays null ("not stated"), blank becomes null. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : printable(value.strip(), "A text");
    }

    /** Text a paper could hold: no control characters other than line breaks and tabs. */
    private static String printable(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
                throw new RuleViolation(RuleCode.INVALID_VALUE, what + " contains a control character.");
            }
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(C values, String what) {
        if (values == null || values.isEmpty()) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, what + " must list at least one entry.");
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, what + " cannot contain an empty entry.");
        }
        return values;
    }

    public static void that(boolean condition, RuleCode code, String message) {
        if (!condition) {
            throw new RuleViolation(code, message);
        }
    }
}
