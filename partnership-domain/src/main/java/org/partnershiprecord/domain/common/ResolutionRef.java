package org.partnershiprecord.domain.common;

import java.time.LocalDate;

/**
 * Who resolved a decision: the body, the date it sat, the minute reference and the wording, and
 * any condition the resolution is subject to. Parts a paper does not state stay {@code null}
 * ("not stated"); the wording is always recorded. Whoever typed the entry in is not here: that is
 * the recorder, carried in the event's metadata.
 *
 * @param body            the resolving body, or null when the paper does not say
 * @param bodyName        the body's name as recorded, or null when the paper does not say
 * @param decidedOn       the date of the meeting or decision, or null when not stated
 * @param minuteReference the minute reference, e.g. "4(2)", or null when not stated
 * @param wording         what was resolved, as written
 * @param subjectTo       the condition the resolution is subject to, or null when unconditional
 */
public record ResolutionRef(BodyId body, String bodyName, LocalDate decidedOn, String minuteReference,
                            String wording, String subjectTo) {

    public ResolutionRef {
        bodyName = Check.optionalText(bodyName);
        minuteReference = Check.optionalText(minuteReference);
        wording = Check.text(wording, "The resolution wording");
        subjectTo = Check.optionalText(subjectTo);
        if (body != null && bodyName == null) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, "The resolving body's name is required with its id.");
        }
    }

    public static ResolutionRef of(BodyId body, String bodyName, LocalDate decidedOn, String minuteReference,
                                   String wording) {
        return new ResolutionRef(body, bodyName, decidedOn, minuteReference, wording, null);
    }

    public boolean conditional() {
        return subjectTo != null;
    }

    /** The body and date must be stated where a rule depends on them (powers, full council). */
    public ResolutionRef requireBodyAndDate(String forWhat) {
        if (body == null || decidedOn == null) {
            throw new RuleViolation(RuleCode.RESOLVING_BODY_NOT_STATED,
                    "To record " + forWhat + " the resolving body and the date of its decision must be stated.");
        }
        return this;
    }

    public String describeBody() {
        return bodyName != null ? bodyName : "a body not stated";
    }
}
