package org.partnershiprecord.projections.register;

import java.time.LocalDate;
import java.util.List;

import org.partnershiprecord.projections.common.ResolutionView;

/**
 * One resolution in the decision register: which body resolved what, when, under which minute,
 * whether it is conditional, and what it did to the record (its effects).
 *
 * @param aggregateId      the meeting that minuted it, or else the aggregate of its first effect
 * @param itemNumber       the agenda item it was resolved under, when the meeting minuted it
 * @param conditionStatus  UNCONDITIONAL, CONDITIONAL, CONDITION_MET or CONDITION_LAPSED
 * @param exemptParagraphs Schedule 12A paragraphs the resolution is exempt under ("1,2"), or null
 * @param rescinded        whether a later resolution of its body rescinded it; it stays in the register
 * @param rescission       the rescinding resolution and the rescinding event's position, or null while it stands
 */
public record DecisionRegisterEntry(String aggregateId, String itemNumber, String bodyId, String bodyName,
                                    LocalDate decidedOn,
                                    String minuteReference,
                                    String wording, String subjectTo, String conditionStatus, String action,
                                    String partnershipId, String exemptParagraphs, boolean corrected,
                                    boolean rescinded, Rescission rescission, List<Effect> effects) {

    /** The resolution that rescinded this one ({@code decidedOn} is the date of the rescission), and where it is logged. */
    public record Rescission(ResolutionView rescindedBy, long position) {
    }

    /** What a resolution did: the event it authorised. */
    public record Effect(long position, String eventType, String aggregateType, String aggregateId, String effect) {
    }
}
