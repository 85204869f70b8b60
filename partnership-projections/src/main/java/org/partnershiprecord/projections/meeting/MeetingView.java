package org.partnershiprecord.projections.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershiprecord.projections.common.ResolutionView;

/**
 * A meeting as the record shows it now: the body that sat, its agenda, the resolutions minuted (corrected values,
 * each with the corrections that led to them, and the rescission of any rescinded) and who confirmed the minutes. {@code version} is the aggregate
 * version (its ETag).
 *
 * <p>Exempt material (Schedule 12A) is shown as recorded; {@code exempt} and {@code exemptParagraphs} mark it so
 * that what may be shown to whom can be decided in one place.
 */
public record MeetingView(String meetingId, String bodyId, String bodyName, String bodyKind, List<String> authorities,
                          LocalDate date, String title, ResolutionView minutesConfirmedBy,
                          List<AgendaItemView> agendaItems, List<MinutedResolution> resolutions,
                          List<DocumentView> documents, long version) {

    /** A document before the meeting; exempt when {@code exemptParagraphs} is not empty. */
    public record DocumentView(String meetingId, String documentReference, String itemNumber, String title,
                               List<Integer> exemptParagraphs) {
    }

    /**
     * An agenda item; {@code exemptParagraphs} is empty for an item taken in public. {@code meetingId} is repeated so
     * that an exempt entry can be matched to a recorded release wherever it is shown.
     */
    public record AgendaItemView(String meetingId, String itemNumber, String title, boolean exempt,
                                 List<Integer> exemptParagraphs) {
    }

    /**
     * A resolution as minuted, with any corrections applied; {@code corrections} keeps every original value.
     * {@code conditionStatus} is UNCONDITIONAL, CONDITIONAL, CONDITION_MET or CONDITION_LAPSED; the condition's
     * settlement date and evidence (met) or reason (lapsed) are null until it is settled. {@code meetingId} is
     * repeated so that an exempt entry can be matched to a recorded release wherever it is shown. {@code rescission}
     * is null while the resolution stands; a rescinded resolution keeps its place, marked by it.
     */
    public record MinutedResolution(String meetingId, String minuteReference, String itemNumber, String action, String wording,
                                    String subjectTo, String conditionStatus, LocalDate conditionSettledOn,
                                    String conditionMetEvidence, String conditionLapsedReason, String recommendedTo,
                                    boolean exempt, List<Integer> exemptParagraphs,
                                    DecisionRegisterView decisionRegister, List<CorrectionView> corrections,
                                    RescissionView rescission) {
    }

    /** What UK decision registers publish beyond the wording; each part null when not stated. */
    public record DecisionRegisterView(Boolean keyDecision, Boolean subjectToCallIn, LocalDate effectiveFrom,
                                       List<String> declarationsOfInterest, LocalDate publishedOn,
                                       String forwardPlanReference) {
    }

    /**
     * A recorded correction of one field: what it said, what it should have said, why, and who recorded it when;
     * {@code position} and {@code event} lead to the correction itself in the log (null for corrections viewed
     * before the view was rebuilt with them). Named as the event names them ({@code originalValue},
     * {@code correctedValue}).
     */
    public record CorrectionView(String field, String originalValue, String correctedValue, String reason,
                                 String recordedBy, Instant recordedAt, Long position, String event) {

        static CorrectionView of(String field, String originalValue, String correctedValue, String reason,
                                 String recordedBy, Instant recordedAt, long position) {
            return new CorrectionView(field, originalValue, correctedValue, reason, recordedBy, recordedAt, position,
                    RescissionView.eventLink(position));
        }
    }

    /**
     * The rescission of a resolution: the later resolution of its body that rescinded it ({@code decidedOn} is the
     * date of the rescission), the reason when one is stated, who recorded it when, {@code position}, the rescinding
     * event's position in the log (its entry in the audit trail and the narrative record), and {@code event}, the
     * link to that event in the event feed, as the narrative record gives it.
     */
    public record RescissionView(ResolutionView rescindedBy, String reason, long position, String event,
                                 String recordedBy, Instant recordedAt) {

        static RescissionView of(ResolutionView rescindedBy, String reason, long position, String recordedBy,
                                 Instant recordedAt) {
            return new RescissionView(rescindedBy, reason, position, eventLink(position), recordedBy, recordedAt);
        }

        /** The event at a position, as the feed serves it. */
        static String eventLink(long position) {
            return "/api/events?after=" + (position - 1) + "&limit=1";
        }
    }

    /** A line of the meeting list. */
    public record Summary(String meetingId, String bodyId, String bodyName, LocalDate date, String title,
                          boolean minutesConfirmed, long version) {
    }
}
