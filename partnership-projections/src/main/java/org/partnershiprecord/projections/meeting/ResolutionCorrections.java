package org.partnershiprecord.projections.meeting;

import java.util.Map;
import java.util.Optional;

import org.partnershiprecord.domain.meeting.ConditionStatus;

/**
 * How an {@code EntryCorrected} event reads onto a resolution row: which column the corrected field fills, and
 * what a corrected condition does to the condition's status, as the event defines it (removing the condition
 * makes the resolution unconditional, giving one to an unconditional resolution makes it conditional, rewording
 * a condition leaves its status as it was).
 */
final class ResolutionCorrections {

    static final String SUBJECT_TO = "subjectTo";

    private static final Map<String, String> COLUMNS = Map.of(
            "minuteReference", "minute_reference",
            "wording", "wording",
            "itemNumber", "item_number",
            SUBJECT_TO, "subject_to");

    private ResolutionCorrections() {
    }

    /** The column holding {@code field}; empty for a field the view does not show (the correction is still listed). */
    static Optional<String> column(String field) {
        return Optional.ofNullable(COLUMNS.get(field));
    }

}
