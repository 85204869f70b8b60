package org.partnershiprecord.api.views;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.partnershiprecord.api.problem.ApiProblem;

/**
 * The moment a read is asked "as at", in one of two senses. As <b>known</b> ({@code knownAt} or
 * {@code atPosition}): exactly what the record said then, before later entries and corrections. As
 * <b>decided</b> ({@code decidedAsAt}): what had been decided by that date by today's record, including
 * entries recorded later but decided earlier, and corrections of their details.
 */
public record AsAt(Long atPosition, Instant knownAt, LocalDate decidedAsAt) {

    public static final String AT_POSITION = "atPosition";
    public static final String KNOWN_AT = "knownAt";
    public static final String DECIDED_AS_AT = "decidedAsAt";
    public static final List<String> PARAMETERS = List.of(DECIDED_AS_AT, KNOWN_AT, AT_POSITION);

    private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** The as-at moment a request asks for, or empty when it asks for the present; 400 when malformed. */
    public static Optional<AsAt> of(HttpServletRequest request) {
        List<String> given = new ArrayList<>();
        for (String name : PARAMETERS) {
            if (request.getParameter(name) != null) {
                given.add(name);
            }
        }
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() > 1 || request.getParameterValues(given.get(0)).length > 1) {
            throw ApiProblem.badRequest("AS_AT_AMBIGUOUS",
                    "Ask as at one moment: give one of decidedAsAt, knownAt or atPosition, once (got " + given + ").");
        }
        String value = request.getParameter(given.get(0)).strip();
        return Optional.of(switch (given.get(0)) {
            case AT_POSITION -> new AsAt(position(value), null, null);
            case KNOWN_AT -> new AsAt(null, instant(value), null);
            default -> new AsAt(null, null, date(value));
        });
    }

    public boolean decided() {
        return decidedAsAt != null;
    }

    /** How the answer's {@code X-As-At} header names the moment. */
    public String describe() {
        if (atPosition != null) {
            return AT_POSITION + "=" + atPosition;
        }
        return knownAt != null ? KNOWN_AT + "=" + knownAt : DECIDED_AS_AT + "=" + decidedAsAt;
    }

    private static long position(String value) {
        try {
            long position = Long.parseLong(value);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest("INVALID_POSITION", "atPosition must be a whole number of 0 or more, such as 42.");
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("INVALID_INSTANT",
                    "knownAt must be a date and time with an offset, such as 2022-04-01T09:00Z or 2022-04-01T10:00+01:00"
                            + " (in a URL, write + as %2B).");
        }
    }

    private static LocalDate date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                return date;
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw ApiProblem.badRequest("INVALID_DATE",
                "decidedAsAt must be a date between 1000-01-01 and 9999-12-31, such as 2022-04-01.");
    }
}
