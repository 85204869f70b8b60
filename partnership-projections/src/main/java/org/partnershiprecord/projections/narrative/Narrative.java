package org.partnershiprecord.projections.narrative;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.partnershiprecord.domain.agreement.AgreementEvent;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementEntered;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementReviewed;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementTerminated;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementVaried;
import org.partnershiprecord.domain.agreement.AgreementEvent.TerminationDateAgreed;
import org.partnershiprecord.domain.agreement.AgreementType;
import org.partnershiprecord.domain.body.BodyEvent;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.BodyMemberAdded;
import org.partnershiprecord.domain.body.BodyEvent.BodyMembershipEnded;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseAdoptedIntoPolicyFramework;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseConsidered;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseDecided;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseEndorsed;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseExemptionReleased;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseImplemented;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseReopened;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseSubmitted;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.StaffConsultationClosed;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.StaffConsultationOpened;
import org.partnershiprecord.domain.businesscase.DecisionOutcome;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.domain.common.TypedId;
import org.partnershiprecord.domain.jointpost.AppointmentBasis;
import org.partnershiprecord.domain.jointpost.CostShare;
import org.partnershiprecord.domain.jointpost.JointPostEvent;
import org.partnershiprecord.domain.jointpost.JointPostEvent.AppointmentEnded;
import org.partnershiprecord.domain.jointpost.JointPostEvent.CostSplitAgreed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostAppointed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostProposed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.SalaryPackageApproved;
import org.partnershiprecord.domain.jointpost.PostTier;
import org.partnershiprecord.domain.jointpost.SalaryRange;
import org.partnershiprecord.domain.meeting.DecisionRegisterDetails;
import org.partnershiprecord.domain.meeting.Exemption;
import org.partnershiprecord.domain.meeting.MeetingEvent;
import org.partnershiprecord.domain.meeting.MeetingEvent.AgendaItemAdded;
import org.partnershiprecord.domain.meeting.MeetingEvent.DocumentReferenced;
import org.partnershiprecord.domain.meeting.MeetingEvent.EntryCorrected;
import org.partnershiprecord.domain.meeting.MeetingEvent.ExemptInformationReleased;
import org.partnershiprecord.domain.meeting.MeetingEvent.MeetingHeld;
import org.partnershiprecord.domain.meeting.MeetingEvent.MinutesConfirmed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionLapsed;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionMet;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRescinded;
import org.partnershiprecord.domain.meeting.ResolutionAction;
import org.partnershiprecord.domain.partnership.Assessment;
import org.partnershiprecord.domain.partnership.PartnershipEvent;
import org.partnershiprecord.domain.partnership.PartnershipEvent.ObjectiveSet;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipCommenced;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipDissolved;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipReviewed;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PrincipleAdopted;
import org.partnershiprecord.domain.partnership.PartnershipEvent.SeparationBegun;
import org.partnershiprecord.domain.programme.EndorsedDirection;
import org.partnershiprecord.domain.programme.LeadOfficer;
import org.partnershiprecord.domain.programme.ProgrammeEvent;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionOfTravelEndorsed;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionRecommended;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammeLaunched;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammePhaseScheduled;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceAreaAdded;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceArrangementDecided;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceDecouplingNoted;
import org.partnershiprecord.domain.programme.Recommendation;
import org.partnershiprecord.domain.programme.RecommendationKind;

/**
 * The record in words: one English sentence a councillor can read for every event of the record,
 * from the event alone and who recorded it. "15 March 2022 — the Joint Shared Services and Personnel
 * Committee, minute (2), endorsed the direction of travel for phase 1: Emergency Planning — ongoing
 * partnership. Recorded by j.smith on 23 November 2026 via hr-client."
 * <p>
 * A sentence opens with the date it speaks of: the date of the decision when the event records one
 * (or, when the paper does not state it, the event's own date), else the event's own date; events
 * that carry no date at all (an agenda item, a correction) open without one. What a paper did not
 * state is said plainly: "on a date not stated", "a body not stated". A pure function: nothing is
 * looked up, so an entry names what its event names (ids where the event carries no title). Long
 * texts that other views hold (a review's commentary and recommendations) are summed up, not quoted.
 * <p>
 * Java 17 has no pattern matching in {@code switch} (a preview until Java 21), so the sentences are
 * a table keyed by event class; {@code NarrativeTest} walks the permitted subclasses of every
 * sealed event interface in {@link #EVENT_TYPES} and fails when one has no sentence.
 */
public final class Narrative {

    /** The sealed event interfaces of the seven aggregates. */
    public static final List<Class<?>> EVENT_TYPES = List.of(PartnershipEvent.class, AgreementEvent.class,
            BodyEvent.class, MeetingEvent.class, ProgrammeEvent.class, JointPostEvent.class, BusinessCaseEvent.class);

    private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final Map<Class<?>, Function<Object, Told>> SENTENCES = new HashMap<>();

    /** Who typed the entry in, when, and through which client: the event's metadata; any part may be null. */
    public record Recorded(String recordedBy, Instant recordedAt, String clientId) {
    }

    /** The sentence for one event, and the date it opens with (null when the event carries none). */
    public record Line(LocalDate date, String sentence) {
    }

    /** What an event says: {@code dated} when it speaks of a date, even one the paper did not state. */
    private record Told(LocalDate date, boolean dated, String text) {
    }

    private Narrative() {
    }

    /** The sentence for {@code event}, followed by who recorded it, when and how. */
    public static Line narrate(Object event, Recorded recorded) {
        Function<Object, Told> sentence = event == null ? null : SENTENCES.get(event.getClass());
        if (sentence == null) {
            throw new IllegalArgumentException("No sentence is written for "
                    + (event == null ? "null" : event.getClass().getName()));
        }
        Told told = sentence.apply(event);
        String text;
        if (told.date() != null) {
            text = date(told.date()) + " — " + told.text();
        } else if (told.dated()) {
            text = "On a date not stated — " + told.text();
        } else {
            text = capitalise(told.text());
        }
        return new Line(told.dated() ? told.date() : null, fullStop(text) + recordedPart(recorded));
    }

    /** The sentence for {@code event} with who recorded it. */
    public static String sentence(Object event, Recorded recorded) {
        return narrate(event, recorded).sentence();
    }

    /**
     * The sentence for an entry this record cannot put into words (its payload no longer reads as any
     * event class, say): what kind of entry it is, and who recorded it.
     */
    public static String unwritten(String summary, Recorded recorded) {
        return fullStop(summary + " (this entry cannot be put into words; see the raw event)") + recordedPart(recorded);
    }

    /** The event classes that have a sentence. */
    public static Set<Class<?>> narrated() {
        return Collections.unmodifiableSet(SENTENCES.keySet());
    }

    // ---------------------------------------------------------------- partnership

    static {
        tell(PartnershipFormed.class, e -> decided(e.resolution(), e.formedOn(),
                "formed the partnership '" + e.name() + "' of " + authorities(e.authorities())
                        + (e.formedOn() != null ? ", from " + date(e.formedOn()) : "")
                        + (e.modelOfJointWorking() != null
                        ? ", its model of joint working being " + quote(e.modelOfJointWorking()) : "")));
        tell(PrincipleAdopted.class, e -> decided(e.resolution(), null,
                "adopted principle " + e.number() + " of partnership " + e.partnershipId() + ": " + quote(e.text())));
        tell(ObjectiveSet.class, e -> decided(e.resolution(), null,
                "set objective " + e.number() + " of partnership " + e.partnershipId() + ": " + quote(e.text())));
        tell(PartnershipReviewed.class, e -> decided(e.resolution(), e.reviewedOn(),
                "considered the review " + quote(e.title()) + " of partnership " + e.partnershipId()
                        + (e.reviewedOn() != null ? ", carried out on " + date(e.reviewedOn()) : "")
                        + (all(e.assessments()).isEmpty() ? "" : ", which found " + assessments(all(e.assessments())))
                        + (all(e.savings()).isEmpty() ? "" : "; savings delivered: " + savings(all(e.savings())))
                        + recommendationCount(all(e.recommendations()).size())));
        tell(PartnershipCommenced.class, e -> decided(e.resolution(), e.commencedOn(),
                "resolved that partnership " + e.partnershipId() + " commence " + on(e.commencedOn())));
        tell(SeparationBegun.class, e -> decided(e.resolution(), e.begunOn(),
                "resolved that the councils of partnership " + e.partnershipId() + " begin to separate "
                        + on(e.begunOn())));
        tell(PartnershipDissolved.class, e -> decided(e.resolution(), e.dissolvedOn(),
                "resolved that partnership " + e.partnershipId() + " be dissolved " + on(e.dissolvedOn())));
    }

    // ---------------------------------------------------------------- agreement

    static {
        tell(AgreementEntered.class, e -> decided(e.resolution(), e.effectiveFrom(),
                "entered into the " + agreementType(e.type()) + " " + quote(e.title()) + " (agreement "
                        + e.agreementId() + ") between " + codes(e.parties()) + ", effective "
                        + from(e.effectiveFrom())));
        tell(AgreementReviewed.class, e -> decided(e.resolution(), e.reviewedOn(),
                "reviewed agreement " + e.agreementId() + " " + on(e.reviewedOn())
                        + (e.outcome() != null ? ", concluding " + quote(e.outcome()) : "")));
        tell(AgreementVaried.class, e -> decided(e.resolution(), e.effectiveFrom(),
                "varied agreement " + e.agreementId() + ", effective " + from(e.effectiveFrom()) + ": "
                        + quote(e.variation())));
        tell(TerminationDateAgreed.class, e -> decided(e.resolution(), null,
                "agreed that agreement " + e.agreementId() + " terminate " + on(e.terminationDate())
                        + (e.previousTerminationDate() != null
                        ? ", replacing the termination date agreed before, " + date(e.previousTerminationDate())
                        : "")));
        tell(AgreementTerminated.class, e -> decided(e.resolution(), e.terminatedOn(),
                "terminated agreement " + e.agreementId() + " " + on(e.terminatedOn())
                        + (e.agreedTerminationDate() == null ? ", no termination date having been agreed before"
                        : e.agreedTerminationDate().equals(e.terminatedOn()) ? ", as agreed before"
                        : ", the termination date agreed before being " + date(e.agreedTerminationDate()))));
    }

    // ---------------------------------------------------------------- governance body

    static {
        tell(BodyConstituted.class, e -> decided(e.resolution(), e.constitutedOn(),
                "constituted the " + e.name() + " (body " + e.bodyId() + "), " + article(kind(e.kind())) + " of "
                        + codes(e.authorities())
                        + (e.partnershipId() != null ? " for partnership " + e.partnershipId() : "")
                        + (e.constitutedOn() != null ? ", from " + date(e.constitutedOn()) : "")));
        tell(PowerGranted.class, e -> decided(e.resolution(), e.grantedFrom(),
                "granted " + definite(e.bodyName()) + " the power to " + e.power().description() + ", from "
                        + dateOrNotStated(e.grantedFrom())));
        tell(PowerWithdrawn.class, e -> decided(e.resolution(), e.withdrawnFrom(),
                "withdrew from " + definite(e.bodyName()) + " the power to " + e.power().description() + ", from "
                        + dateOrNotStated(e.withdrawnFrom())));
        tell(BodyMemberAdded.class, e -> dated(e.from(),
                e.personName() + " took a seat on body " + e.bodyId() + " for " + e.onBehalfOf()
                        + (e.role() != null ? " as " + e.role() : "") + " (membership " + e.membershipId() + ")"));
        tell(BodyMembershipEnded.class, e -> dated(e.endedOn(),
                "membership " + e.membershipId() + " of body " + e.bodyId() + " ended"));
    }

    // ---------------------------------------------------------------- meeting

    static {
        tell(MeetingHeld.class, e -> dated(e.date(),
                definite(e.bodyName()) + " (" + article(kind(e.bodyKind())) + " of " + codes(e.authorities())
                        + ") sat as meeting " + e.meetingId() + ", " + quote(e.title())));
        tell(AgendaItemAdded.class, e -> undated(
                "item " + e.itemNumber() + ", " + quote(e.title()) + ", was placed on the agenda of meeting "
                        + e.meetingId() + exemptSitting(e.exemption())));
        tell(ResolutionRecorded.class, e -> dated(e.meetingDate(),
                definite(e.bodyName()) + ", minute " + e.minuteReference()
                        + (e.itemNumber() != null ? " on item " + e.itemNumber() : "") + ", "
                        + action(e.action())
                        + (e.recommendedTo() != null ? " (addressed to " + e.recommendedTo() + ")" : "")
                        + ": " + quote(e.wording())
                        + (e.subjectTo() != null ? ", subject to " + e.subjectTo() : "")
                        + details(e.details()) + exemptSitting(e.exemption())));
        tell(ResolutionConditionMet.class, e -> dated(e.metOn(),
                "the condition on minute " + e.minuteReference() + " of meeting " + e.meetingId() + ", "
                        + quote(e.subjectTo()) + ", was met: " + e.evidence()));
        tell(ResolutionConditionLapsed.class, e -> dated(e.lapsedOn(),
                "the condition on minute " + e.minuteReference() + " of meeting " + e.meetingId() + ", "
                        + quote(e.subjectTo()) + ", lapsed because " + because(e.reason())));
        tell(MinutesConfirmed.class, e -> decided(e.confirmedBy(), null,
                "confirmed the minutes of meeting " + e.meetingId() + " as a correct record"));
        tell(EntryCorrected.class, e -> undated(
                "the " + field(e.field()) + " of minute " + e.minuteReference() + " of meeting " + e.meetingId()
                        + " was corrected from " + quoteOrNone(e.originalValue()) + " to "
                        + quoteOrNone(e.correctedValue()) + " because " + because(e.reason())));
        tell(ResolutionRescinded.class, e -> decided(e.resolution(), null,
                "rescinded minute " + e.minuteReference() + " of its meeting " + on(e.meetingDate()) + " (meeting "
                        + e.meetingId() + "), " + quote(e.wording())
                        + (e.reason() != null ? ", because " + because(e.reason()) : "")));
        tell(DocumentReferenced.class, e -> undated(
                "the document " + quote(e.title()) + " (" + e.documentReference() + ") was put before meeting "
                        + e.meetingId() + (e.itemNumber() != null ? " under item " + e.itemNumber() : "")
                        + exempt(e.exemption())));
        tell(ExemptInformationReleased.class, e -> decided(e.resolution(), e.releasedOn(),
                "released the exempt information of "
                        + (e.itemNumber() != null ? "item " + e.itemNumber()
                        : e.minuteReference() != null ? "minute " + e.minuteReference()
                        : "document " + e.documentReference())
                        + " of meeting " + e.meetingId() + ", exempt until then under " + paragraphs(e.exemption())
                        + " of Schedule 12A, publishing it " + from(e.releasedOn())));
    }

    // ---------------------------------------------------------------- programme

    static {
        tell(ProgrammeLaunched.class, e -> decided(e.resolution(), e.launchedOn(),
                "launched the " + e.kind().name().toLowerCase(Locale.ROOT) + " programme " + quote(e.title())
                        + " (programme " + e.programmeId() + ") for partnership " + e.partnershipId() + " of "
                        + codes(e.authorities())
                        + (e.launchedOn() != null ? ", from " + date(e.launchedOn()) : "")));
        tell(ProgrammePhaseScheduled.class, e -> undated(
                "phase " + e.phaseNumber() + (e.title() != null ? ", " + quote(e.title()) + "," : "")
                        + " of programme " + e.programmeId() + " was scheduled for consideration"
                        + (e.consideredBy() != null ? " by the " + e.consideredBy() : "")
                        + (e.scheduledConsiderationOn() != null ? " on " + date(e.scheduledConsiderationOn()) : "")));
        tell(ServiceAreaAdded.class, e -> undated(
                "the service area " + e.name() + " (" + e.serviceAreaId() + ") was added to phase "
                        + e.phaseNumber() + " of programme " + e.programmeId()
                        + (all(e.leads()).isEmpty() ? "" : ", led " + leads(all(e.leads())))));
        tell(DirectionRecommended.class, e -> dated(e.recommendedOn(),
                (e.recommendedBy() != null ? e.recommendedBy() : "someone not stated") + " recommended for "
                        + e.serviceAreaName() + " in programme " + e.programmeId() + ": "
                        + e.recommendation().describe()
                        + (e.previous() != null ? " (in place of " + e.previous().describe() + ")" : "")));
        tell(DirectionOfTravelEndorsed.class, e -> decided(e.resolution(), null,
                "endorsed the direction of travel for phase " + e.phaseNumber()
                        + (all(e.directions()).isEmpty() ? ""
                        : ": " + String.join("; ", e.directions().stream().map(Narrative::direction).toList()))));
        tell(ServiceDecouplingNoted.class, e -> decided(e.resolution(), e.decoupledOn(),
                "noted that " + e.serviceAreaName() + " in programme " + e.programmeId() + " is decoupled "
                        + from(e.decoupledOn())
                        + (e.decidedBy() != null ? ", as decided by " + e.decidedBy() : "")));
        tell(ServiceArrangementDecided.class, e -> decided(e.resolution(), e.effectiveFrom(),
                "decided that " + e.serviceAreaName() + " in programme " + e.programmeId() + " "
                        + e.arrangement().description() + " " + from(e.effectiveFrom())
                        + (e.endorsedRecommendation() == null
                        ? ", no direction of travel having been endorsed"
                        : e.departsFromEndorsement()
                        ? ", departing from the endorsed direction (" + shortly(e.endorsedRecommendation()) + ")"
                        : ", in line with the endorsed direction (" + shortly(e.endorsedRecommendation()) + ")")
                        + (e.departureReason() != null ? ", because " + because(e.departureReason()) : "")));
    }

    // ---------------------------------------------------------------- joint post

    static {
        tell(JointPostProposed.class, e -> decided(e.resolution(), null,
                "proposed the post of " + e.title() + " (post " + e.postId() + "), " + article(tier(e.tier()))
                        + " employed by " + e.employingAuthority() + " serving " + codes(e.servedAuthorities())
                        + " in partnership " + e.partnershipId()
                        + ", on " + salary(e.salaryRange())
                        + (all(e.costSplit()).isEmpty() ? ", its cost split not yet stated"
                        : ", its cost split " + costSplit(all(e.costSplit())))
                        + approvals(e.salaryPackageApprovalRequiredFrom())));
        tell(CostSplitAgreed.class, e -> decided(e.resolution(), null,
                "agreed the cost split of the post of " + e.postTitle() + " (post " + e.postId() + "): "
                        + costSplit(all(e.costSplit())) + approvals(e.salaryPackageApprovalRequiredFrom())));
        tell(SalaryPackageApproved.class, e -> decided(e.resolution(), null,
                "approved for " + e.authority() + " the salary package of the post of " + e.postTitle()
                        + " (post " + e.postId() + ")"));
        tell(JointPostAppointed.class, e -> decided(e.resolution(), e.startsOn(),
                "appointed " + person(e.personName()) + " to the post of " + e.postTitle() + " (post " + e.postId() + ") "
                        + basis(e.basis()) + " " + from(e.startsOn())));
        tell(AppointmentEnded.class, e -> {
            String ended = basisAdjective(e.basis()) + " appointment of " + person(e.personName()) + " to the post of "
                    + e.postTitle() + " (post " + e.postId() + ")";
            String reason = e.reason() != null ? ", the reason given being " + quote(e.reason()) : "";
            return e.resolution() == null
                    ? dated(e.endedOn(), "the " + ended + " ended" + reason + ", by no recorded resolution")
                    : decided(e.resolution(), e.endedOn(), "ended the " + ended + " " + on(e.endedOn()) + reason);
        });
    }

    // ---------------------------------------------------------------- business case

    static {
        tell(BusinessCaseSubmitted.class, e -> dated(e.submittedOn(),
                "the business case " + quote(e.title()) + " (business case " + e.businessCaseId() + ") for "
                        + e.service() + " was submitted for the partnership " + quote(e.partnershipName()) + " of "
                        + codes(e.authorities())
                        + (all(e.savings()).isEmpty() ? ", stating no savings" : ", estimating savings of "
                        + savings(all(e.savings()))) + exempt(e.exemption())));
        tell(BusinessCaseExemptionReleased.class, e -> decided(e.resolution(), e.releasedOn(),
                "released business case " + e.businessCaseId() + ", exempt until then under "
                        + paragraphs(e.exemption()) + " of Schedule 12A, publishing it " + from(e.releasedOn())));
        tell(BusinessCaseEndorsed.class, e -> decided(e.resolution(), null,
                "endorsed business case " + e.businessCaseId()));
        tell(StaffConsultationOpened.class, e -> dated(e.openedOn(),
                "staff consultation on business case " + e.businessCaseId() + " opened"));
        tell(StaffConsultationClosed.class, e -> dated(e.closedOn(),
                "staff consultation on business case " + e.businessCaseId() + " closed"));
        tell(BusinessCaseAdoptedIntoPolicyFramework.class, e -> decided(e.resolution(), null,
                "adopted the principle of business case " + e.businessCaseId() + " into the policy framework of "
                        + e.authority()));
        tell(BusinessCaseConsidered.class, e -> decided(e.resolution(), null, switch (e.role()) {
            case ENDORSEMENT -> "considered business case " + e.businessCaseId() + " for endorsement";
            case PRELIMINARY_CONSIDERATION -> "gave business case " + e.businessCaseId() + " preliminary consideration";
            case HEARING -> "heard business case " + e.businessCaseId();
            case NOTING -> "noted business case " + e.businessCaseId();
            case DECISION -> "considered business case " + e.businessCaseId() + " for decision";
        } + (e.consideringBodyKind() != null ? ", sitting as " + article(kind(e.consideringBodyKind())) : "")));
        tell(BusinessCaseDecided.class, e -> decided(e.resolution(), null,
                (e.outcome() == DecisionOutcome.APPROVED ? "approved" : "declined") + " business case "
                        + e.businessCaseId()));
        tell(BusinessCaseImplemented.class, e -> dated(e.implementedOn(),
                "business case " + e.businessCaseId() + " was implemented"
                        + (e.notes() != null ? ": " + e.notes() : "")));
        tell(BusinessCaseReopened.class, e -> decided(e.resolution(), null,
                "reopened business case " + e.businessCaseId() + " because " + because(e.reason())));
    }

    // ---------------------------------------------------------------- the parts of a sentence

    private static <E> void tell(Class<E> type, Function<E, Told> sentence) {
        SENTENCES.put(type, event -> sentence.apply(type.cast(event)));
    }

    /**
     * Something a body resolved: "the X, minute (2), {phrase}, subject to ...", dated by the decision
     * or, when the paper does not state that date, by {@code ownDate}.
     */
    private static Told decided(ResolutionRef resolution, LocalDate ownDate, String phrase) {
        LocalDate date = resolution != null && resolution.decidedOn() != null ? resolution.decidedOn() : ownDate;
        String condition = resolution != null && resolution.subjectTo() != null
                ? ", subject to " + resolution.subjectTo() : "";
        return new Told(date, true, resolver(resolution) + " " + phrase + condition);
    }

    /** A list as an event carries it; one missing from an older payload reads as empty. */
    private static <T> List<T> all(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static Told dated(LocalDate date, String text) {
        return new Told(date, true, text);
    }

    private static Told undated(String text) {
        return new Told(null, false, text);
    }

    private static String resolver(ResolutionRef resolution) {
        String body = resolution == null || resolution.bodyName() == null
                ? "a body not stated" : definite(resolution.bodyName());
        if (resolution == null || (resolution.bodyName() == null && resolution.minuteReference() == null)) {
            return body;
        }
        return body + ", minute " + (resolution.minuteReference() != null ? resolution.minuteReference() : "not stated")
                + ",";
    }

    private static String recordedPart(Recorded recorded) {
        if (recorded == null
                || (recorded.recordedBy() == null && recorded.recordedAt() == null && recorded.clientId() == null)) {
            return "";
        }
        return " Recorded" + (recorded.recordedBy() != null ? " by " + recorded.recordedBy() : "")
                + (recorded.recordedAt() != null ? " on " + date(recorded.recordedAt().atZone(COUNCIL_TIME).toLocalDate()) : "")
                + (recorded.clientId() != null ? " via " + recorded.clientId() : "") + ".";
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String dateOrNotStated(LocalDate date) {
        return date != null ? date(date) : "a date not stated";
    }

    private static String on(LocalDate date) {
        return "on " + dateOrNotStated(date);
    }

    private static String from(LocalDate date) {
        return "from " + dateOrNotStated(date);
    }

    /** £117,912, or £117,912.50 when there are pence. */
    static String money(Money money) {
        DecimalFormat format = new DecimalFormat(money.pence() % 100 == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(money.inPounds());
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    /** "the Joint Shared Services and Personnel Committee"; a name already starting with "the" keeps its own. */
    private static String definite(String name) {
        if (name == null) {
            return "a body not stated";
        }
        return name.regionMatches(true, 0, "the ", 0, 4) ? "the " + name.substring(4) : "the " + name;
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String quote(String text) {
        return text == null ? "(not stated)" : "'" + text + "'";
    }

    private static String quoteOrNone(String text) {
        return text == null ? "nothing" : "'" + text + "'";
    }

    /**
     * A reason as it reads after "because": its own full stop dropped, and its first word in lower case
     * when it is an ordinary capitalised word ("The minute said" becomes "the minute said"); an acronym or
     * what looks like a name ("JOTWG asked", "Cherwell Executive asked") is left as written.
     */
    private static String because(String reason) {
        String text = reason.strip();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        String[] words = text.split("\\s+", 3);
        boolean ordinary = words[0].length() > 1 && Character.isUpperCase(words[0].charAt(0))
                && words[0].substring(1).chars().allMatch(Character::isLowerCase);
        boolean name = words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0));
        return ordinary && !name ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static String fullStop(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") ? trimmed : trimmed + ".";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "A", "A and B", "A, B and C". */
    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "none";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String codes(List<AuthorityCode> codes) {
        return codes == null || codes.isEmpty() ? "councils not stated"
                : list(codes.stream().map(TypedId::value).toList());
    }

    private static String authorities(List<Authority> authorities) {
        return list(authorities.stream().map(a -> a.name() + " (" + a.code() + ")").toList());
    }

    private static String assessments(List<Assessment> assessments) {
        return list(assessments.stream().map(a -> a.subject().name().toLowerCase(Locale.ROOT) + " " + a.number()
                + " " + switch (a.outcome()) {
                    case MET -> "met";
                    case UNDERWAY -> "underway";
                    case TOO_SOON -> "too soon to judge";
                    case NOT_MET -> "not met";
                }).toList());
    }

    /** A review's recommendations are counted, not quoted: the partnership's view holds their words. */
    private static String recommendationCount(int count) {
        return count == 0 ? "" : "; it made " + count + (count == 1 ? " recommendation" : " recommendations");
    }

    private static String savings(List<SavingEstimate> savings) {
        List<String> items = new ArrayList<>();
        for (SavingEstimate saving : savings) {
            items.add(money(saving.amount())
                    + (saving.authority() != null ? " for " + saving.authority() : " for the whole arrangement")
                    + (saving.financialYear() != null ? " in " + saving.financialYear() : ", year not stated"));
        }
        return list(items);
    }

    private static String agreementType(AgreementType type) {
        return switch (type) {
            case SECTION_113 -> "section 113 agreement";
            case SECTION_101 -> "section 101 delegation";
            case SERVICE_LEVEL -> "service level agreement";
            case JOINT_COMMITTEE_TERMS -> "joint committee terms of reference";
            case OTHER -> "agreement";
        };
    }

    private static String kind(BodyKind kind) {
        if (kind == null) {
            return "body of a kind not stated";
        }
        return switch (kind) {
            case FULL_COUNCIL -> "full council";
            case CABINET -> "cabinet";
            case EXECUTIVE -> "executive";
            case JOINT_COMMITTEE -> "joint committee";
            case PERSONNEL_COMMITTEE -> "personnel committee";
            case SCRUTINY_COMMITTEE -> "scrutiny committee";
            case OTHER_COMMITTEE -> "committee";
            case WORKING_GROUP -> "working group";
            case STEERING_GROUP -> "steering group";
            case OFFICER_TEAM -> "officer team";
        };
    }

    private static String tier(PostTier tier) {
        if (tier == null) {
            return "post";
        }
        return switch (tier) {
            case CHIEF_EXECUTIVE -> "chief executive post";
            case CHIEF_OFFICER -> "chief officer post";
            case DEPUTY_CHIEF_OFFICER -> "deputy chief officer post";
            case OTHER -> "post";
        };
    }

    private static String person(String name) {
        return name != null ? name : "a person not named";
    }

    private static String basis(AppointmentBasis basis) {
        return basis == AppointmentBasis.INTERIM ? "on an interim basis" : "permanently";
    }

    private static String basisAdjective(AppointmentBasis basis) {
        return basis == AppointmentBasis.INTERIM ? "interim" : "permanent";
    }

    private static String salary(SalaryRange range) {
        if (range == null) {
            return "a salary not stated";
        }
        if (range.minimum().equals(range.maximum())) {
            return "a salary of " + money(range.minimum());
        }
        return "a salary range of " + money(range.minimum()) + " to " + money(range.maximum());
    }

    private static String costSplit(List<CostShare> split) {
        return list(split.stream().map(share -> share.authority() + " " + percent(share.percent())).toList());
    }

    private static String approvals(List<AuthorityCode> requiredFrom) {
        return requiredFrom == null || requiredFrom.isEmpty() ? ""
                : "; its salary package needs the approval of the full council of " + codes(requiredFrom);
    }

    private static String leads(List<LeadOfficer> leads) {
        return list(leads.stream().map(lead -> "for " + lead.authority() + " by "
                + (lead.name() != null ? lead.name() : "an officer not named")
                + (lead.role() != null ? " (" + lead.role() + ")" : "")).toList());
    }

    /** "Emergency Planning — ongoing partnership" or "Climate Team — ongoing partnership, further work required". */
    private static String direction(EndorsedDirection direction) {
        return direction.serviceAreaName() + " — " + shortly(direction.recommendation());
    }

    private static String shortly(Recommendation recommendation) {
        String kind = switch (recommendation.kind()) {
            case ONGOING_PARTNERSHIP -> "ongoing partnership";
            case FURTHER_WORK_REQUIRED -> "further work required";
            case DECOUPLE -> "decouple";
        };
        return recommendation.furtherWorkRequired() && recommendation.kind() != RecommendationKind.FURTHER_WORK_REQUIRED
                ? kind + ", further work required" : kind;
    }

    private static String action(ResolutionAction action) {
        return switch (action) {
            case NOTE -> "resolved to note";
            case ENDORSE -> "resolved to endorse";
            case APPROVE -> "resolved to approve";
            case DECLINE -> "resolved to decline";
            case RECOMMEND -> "resolved to recommend";
            case REQUEST -> "resolved to request";
            case ADOPT -> "resolved to adopt";
            case APPOINT -> "resolved to appoint";
            case OTHER -> "resolved";
        };
    }

    private static String details(DecisionRegisterDetails details) {
        if (details == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (details.keyDecision() != null) {
            parts.add(details.keyDecision() ? "a key decision" : "not a key decision");
        }
        if (details.subjectToCallIn() != null) {
            parts.add(details.subjectToCallIn() ? "subject to call-in" : "not subject to call-in");
        }
        if (details.effectiveFrom() != null) {
            parts.add("effective from " + date(details.effectiveFrom()));
        }
        if (details.forwardPlanReference() != null) {
            parts.add("forward plan reference " + details.forwardPlanReference());
        }
        if (details.publishedOn() != null) {
            parts.add("published on " + date(details.publishedOn()));
        }
        if (details.declarationsOfInterest() != null && !details.declarationsOfInterest().isEmpty()) {
            parts.add("declarations of interest: " + String.join("; ", details.declarationsOfInterest().stream()
                    .map(Narrative::quote).toList()));
        }
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
    }

    private static String exempt(Exemption exemption) {
        return exemption == null ? "" : "; exempt under " + paragraphs(exemption) + " of Schedule 12A";
    }

    /** An exempt item or minute of a sitting: taken with the press and public excluded. */
    private static String exemptSitting(Exemption exemption) {
        return exemption == null ? "" : exempt(exemption) + ", the press and public excluded";
    }

    private static String paragraphs(Exemption exemption) {
        if (exemption == null) {
            return "a paragraph not stated";
        }
        List<String> numbers = exemption.paragraphs().stream().map(String::valueOf).toList();
        return (numbers.size() == 1 ? "paragraph " : "paragraphs ") + list(numbers);
    }

    private static String field(String field) {
        return switch (field) {
            case "minuteReference" -> "minute reference";
            case "wording" -> "wording";
            case "itemNumber" -> "item number";
            case "subjectTo" -> "condition";
            default -> field;
        };
    }
}
