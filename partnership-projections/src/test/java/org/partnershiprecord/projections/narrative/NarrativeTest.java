package org.partnershiprecord.projections.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementEntered;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementReviewed;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementTerminated;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementVaried;
import org.partnershiprecord.domain.agreement.AgreementEvent.TerminationDateAgreed;
import org.partnershiprecord.domain.agreement.AgreementType;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.BodyMemberAdded;
import org.partnershiprecord.domain.body.BodyEvent.BodyMembershipEnded;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.Power;
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
import org.partnershiprecord.domain.businesscase.ConsiderationRole;
import org.partnershiprecord.domain.businesscase.DecisionOutcome;
import org.partnershiprecord.domain.common.AgreementId;
import org.partnershiprecord.domain.common.AppointmentId;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.BusinessCaseId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.PostId;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.jointpost.AppointmentBasis;
import org.partnershiprecord.domain.jointpost.CostShare;
import org.partnershiprecord.domain.jointpost.JointPostEvent.AppointmentEnded;
import org.partnershiprecord.domain.jointpost.JointPostEvent.CostSplitAgreed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostAppointed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostProposed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.SalaryPackageApproved;
import org.partnershiprecord.domain.jointpost.PostTier;
import org.partnershiprecord.domain.jointpost.SalaryRange;
import org.partnershiprecord.domain.meeting.ConditionStatus;
import org.partnershiprecord.domain.meeting.DecisionRegisterDetails;
import org.partnershiprecord.domain.meeting.Exemption;
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
import org.partnershiprecord.domain.partnership.AssessmentOutcome;
import org.partnershiprecord.domain.partnership.PartnershipEvent.ObjectiveSet;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipCommenced;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipDissolved;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipReviewed;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PrincipleAdopted;
import org.partnershiprecord.domain.partnership.PartnershipEvent.SeparationBegun;
import org.partnershiprecord.domain.programme.Arrangement;
import org.partnershiprecord.domain.programme.EndorsedDirection;
import org.partnershiprecord.domain.programme.LeadOfficer;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionOfTravelEndorsed;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionRecommended;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammeLaunched;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammePhaseScheduled;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceAreaAdded;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceArrangementDecided;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceDecouplingNoted;
import org.partnershiprecord.domain.programme.ProgrammeKind;
import org.partnershiprecord.domain.programme.Recommendation;
import org.partnershiprecord.projections.json.RecordJson;

/** Every event of the record reads as one English sentence, saying plainly what the paper did not state. */
class NarrativeTest {

    static final String JSSPC = "Joint Shared Services and Personnel Committee";
    static final Narrative.Recorded RECORDED = new Narrative.Recorded("j.smith",
            Instant.parse("2026-11-23T10:15:00Z"), "hr-client");
    static final String RECORDED_TEXT = " Recorded by j.smith on 23 November 2026 via hr-client.";

    static final PartnershipId P = PartnershipId.of("occ-cdc");
    static final BodyId BODY = BodyId.of("jsspc");
    static final MeetingId MEETING = MeetingId.of("jsspc-2022-03-15");
    static final ProgrammeId PROGRAMME = ProgrammeId.of("separation");
    static final PostId POST = PostId.of("corporate-adviser");
    static final AgreementId AGREEMENT = AgreementId.of("s113-occ-cdc");
    static final BusinessCaseId CASE = BusinessCaseId.of("shared-legal");
    static final AuthorityCode OCC = AuthorityCode.of("OCC");
    static final AuthorityCode CDC = AuthorityCode.of("CDC");
    static final LocalDate SITTING = LocalDate.of(2022, 3, 15);

    static ResolutionRef jsspc(String minute, String wording) {
        return new ResolutionRef(BODY, JSSPC, SITTING, minute, wording, null);
    }

    static ResolutionRef notStated(String wording) {
        return new ResolutionRef(null, null, null, null, wording, null);
    }

    /** One sample of every event of the record. A new event type without a sample fails the test below. */
    static Map<Class<?>, Object> samples() {
        List<Object> events = List.of(
                // partnership
                new PartnershipFormed(P, "Oxfordshire and Cherwell partnership", List.of(
                        new Authority(OCC, "Oxfordshire County Council", Tier.COUNTY),
                        new Authority(CDC, "Cherwell District Council", Tier.DISTRICT)),
                        LocalDate.of(2018, 10, 1), "a joint chief executive and shared senior management",
                        new ResolutionRef(BodyId.of("pwg"), "Partnership Working Group", LocalDate.of(2018, 10, 23), "5",
                                "That the partnership be formed.", null)),
                new PrincipleAdopted(P, 1, "Retain sovereignty", notStated("Adopted")),
                new ObjectiveSet(P, 2, "Deliver savings", notStated("Set")),
                new PartnershipReviewed(P, "gateway-1", "Gateway review", LocalDate.of(2019, 6, 1),
                        List.of(new Assessment(Assessment.Subject.PRINCIPLE, 1, AssessmentOutcome.MET, null),
                                new Assessment(Assessment.Subject.OBJECTIVE, 2, AssessmentOutcome.TOO_SOON, "early days")),
                        List.of(new SavingEstimate(OCC, "2019/20", Money.pounds(117_912))),
                        List.of("Continue the partnership"), jsspc("(7)", "That the review be noted.")),
                new PartnershipCommenced(P, LocalDate.of(2018, 10, 1), notStated("Commenced")),
                new SeparationBegun(P, LocalDate.of(2022, 2, 1), jsspc("(1)", "Separation")),
                new PartnershipDissolved(P, null, notStated("Dissolved")),
                // agreement
                new AgreementEntered(AGREEMENT, P, AgreementType.SECTION_113, "Section 113 agreement", List.of(OCC, CDC),
                        LocalDate.of(2018, 10, 1), jsspc("(3)", "That the agreement be entered into.")),
                new AgreementReviewed(AGREEMENT, P, LocalDate.of(2020, 10, 1), "Continue unchanged", notStated("Reviewed")),
                new AgreementVaried(AGREEMENT, P, "Legal services withdrawn", LocalDate.of(2021, 4, 1), notStated("Varied")),
                new TerminationDateAgreed(AGREEMENT, P, LocalDate.of(2022, 8, 31), null, jsspc("(4)", "Terminate")),
                new AgreementTerminated(AGREEMENT, P, LocalDate.of(2022, 8, 31), LocalDate.of(2022, 8, 31),
                        notStated("Terminated")),
                // body
                new BodyConstituted(BODY, JSSPC, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), P, null, null),
                new PowerGranted(BODY, JSSPC, Power.ENDORSE_DIRECTION_OF_TRAVEL, LocalDate.of(2018, 10, 1),
                        notStated("Delegated")),
                new PowerWithdrawn(BODY, JSSPC, Power.ENDORSE_DIRECTION_OF_TRAVEL, LocalDate.of(2022, 9, 1),
                        notStated("Withdrawn")),
                new BodyMemberAdded(BODY, "m1", "Councillor Barry Wood", CDC, "Leader", LocalDate.of(2018, 10, 1)),
                new BodyMembershipEnded(BODY, "m1", null),
                // meeting
                new MeetingHeld(MEETING, BODY, JSSPC, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), SITTING,
                        "JOTWG update"),
                new AgendaItemAdded(MEETING, "9", "Exclusion of the press and public", Exemption.of(1, 2)),
                new ResolutionRecorded(MEETING, BODY, JSSPC, SITTING, "4", "(1)", ResolutionAction.NOTE,
                        "That it be noted that housing services had already been decoupled.", null,
                        ConditionStatus.UNCONDITIONAL, null, null,
                        new DecisionRegisterDetails(false, null, null, null, null, null)),
                new ResolutionConditionMet(MEETING, "(5)", "the Cherwell Executive endorsing", LocalDate.of(2019, 7, 15),
                        "Executive minute 12", null),
                new ResolutionConditionLapsed(MEETING, "(6)", "the Cherwell Executive endorsing",
                        LocalDate.of(2019, 8, 1), "The Executive did not meet.", null),
                new MinutesConfirmed(MEETING, new ResolutionRef(BODY, JSSPC, LocalDate.of(2022, 4, 12), "1",
                        "That the minutes be confirmed.", null)),
                new EntryCorrected(MEETING, "(4)", "wording", "phase two", "phase three",
                        "The minute said phase two but meant phase three.", null,
                        org.partnershiprecord.domain.meeting.ConditionStatus.UNCONDITIONAL),
                new ExemptInformationReleased(MEETING, "9", null, null, Exemption.of(1, 2), LocalDate.of(2023, 3, 15),
                        jsspc("(2)", "That the information be published.")),
                new ResolutionRescinded(MEETING, null, "(3)", SITTING,
                        "That the direction of travel for services in phase two be endorsed.",
                        new ResolutionRef(BODY, JSSPC, LocalDate.of(2022, 6, 14), "(6)",
                                "That resolution (3) of 15 March 2022 be rescinded.", null),
                        "The phase two services are to be reconsidered with phase three.", null),
                new DocumentReferenced(MEETING, "9", "Appendix 2", "Staffing implications", Exemption.of(1)),
                // programme
                new ProgrammeLaunched(PROGRAMME, P, ProgrammeKind.SEPARATION, "Separation of joint working",
                        List.of(OCC, CDC), LocalDate.of(2022, 2, 1), null),
                new ProgrammePhaseScheduled(PROGRAMME, 1, "Phase one", "Joint Officer Transition Working Group",
                        LocalDate.of(2022, 4, 4)),
                new ServiceAreaAdded(PROGRAMME, "emergency-planning", "Emergency Planning", 1,
                        List.of(new LeadOfficer(CDC, "Jane Doe", "Head of Community Safety"),
                                new LeadOfficer(OCC, null, null))),
                new DirectionRecommended(PROGRAMME, "climate", "Climate Team",
                        Recommendation.ongoingPartnershipWithFurtherWork(), null, "CDC and OCC leadership teams",
                        LocalDate.of(2022, 3, 1)),
                new DirectionOfTravelEndorsed(PROGRAMME, 1, List.of(
                        new EndorsedDirection("emergency-planning", "Emergency Planning", Recommendation.ongoingPartnership()),
                        new EndorsedDirection("environmental-health", "Environmental Health",
                                Recommendation.ongoingPartnership()),
                        new EndorsedDirection("climate", "Climate Team", Recommendation.ongoingPartnershipWithFurtherWork())),
                        jsspc("(2)", "That the direction of travel for services in phase one be endorsed.")),
                new ServiceDecouplingNoted(PROGRAMME, "housing", "Housing Services", "a statutory services decision",
                        null, jsspc("(1)", "That it be noted that housing services had already been decoupled.")),
                new ServiceArrangementDecided(PROGRAMME, "legal", "Legal Services", Arrangement.DECOUPLED,
                        LocalDate.of(2022, 9, 1), Recommendation.ongoingPartnership(), true,
                        "Local priorities differ.", notStated("Decouple legal services")),
                // joint post
                new JointPostProposed(POST, P, List.of(OCC, CDC), "Corporate Adviser", "Advises both councils",
                        PostTier.CHIEF_OFFICER, OCC, List.of(OCC, CDC),
                        SalaryRange.of(Money.pounds(117_912), Money.pounds(144_228)), List.of(),
                        List.of(OCC), notStated("Proposed")),
                new CostSplitAgreed(POST, "Corporate Adviser", List.of(CostShare.of(OCC, "50"), CostShare.of(CDC, "50.00")),
                        List.of(OCC, CDC), notStated("Split agreed")),
                new SalaryPackageApproved(POST, "Corporate Adviser", CDC,
                        new ResolutionRef(BodyId.of("cdc-council"), "Cherwell District Council", LocalDate.of(2019, 7, 15),
                                "42", "That the salary package be approved.", null)),
                new JointPostAppointed(POST, AppointmentId.of("a1"), "Corporate Adviser", PostTier.CHIEF_OFFICER,
                        AppointmentBasis.INTERIM, "Claire Taylor", LocalDate.of(2019, 8, 1),
                        new ResolutionRef(BODY, JSSPC, LocalDate.of(2019, 7, 20), null, "Appoint",
                                "the Cherwell Executive endorsing on 15 July 2019")),
                new AppointmentEnded(POST, AppointmentId.of("a1"), "Corporate Adviser", AppointmentBasis.INTERIM,
                        "Claire Taylor", LocalDate.of(2020, 1, 31), "Resigned", null),
                // business case
                new BusinessCaseSubmitted(CASE, P, "Oxfordshire and Cherwell partnership", List.of(OCC, CDC),
                        "Shared legal services", "Legal Services", "Share the legal team",
                        List.of(new SavingEstimate(OCC, "2019/20", Money.pence(5_000_050)),
                                new SavingEstimate(null, null, Money.pounds(1_000))), LocalDate.of(2019, 1, 10),
                        null),
                new BusinessCaseExemptionReleased(CASE, Exemption.of(3), LocalDate.of(2020, 1, 1),
                        notStated("That the business case be published.")),
                new BusinessCaseEndorsed(CASE, notStated("Endorsed")),
                new StaffConsultationOpened(CASE, LocalDate.of(2019, 2, 1)),
                new StaffConsultationClosed(CASE, LocalDate.of(2019, 3, 1)),
                new BusinessCaseAdoptedIntoPolicyFramework(CASE, CDC, notStated("Adopted")),
                new BusinessCaseConsidered(CASE, ConsiderationRole.PRELIMINARY_CONSIDERATION,
                        BodyKind.SCRUTINY_COMMITTEE, notStated("Considered")),
                new BusinessCaseDecided(CASE, DecisionOutcome.APPROVED, notStated("Approved")),
                new BusinessCaseImplemented(CASE, LocalDate.of(2019, 9, 1), null),
                new BusinessCaseReopened(CASE, "New savings figures.", notStated("Reopened")));
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        events.forEach(event -> samples.put(event.getClass(), event));
        return samples;
    }

    @Test
    void everyEventOfEveryAggregateHasASampleAndASentence() {
        Map<Class<?>, Object> samples = samples();
        List<String> missing = new ArrayList<>();
        for (Class<?> family : Narrative.EVENT_TYPES) {
            assertThat(family.isSealed()).as(family + " is sealed").isTrue();
            for (Class<?> type : family.getPermittedSubclasses()) {
                if (!samples.containsKey(type)) {
                    missing.add(type.getName() + " has no sample in NarrativeTest");
                }
                if (!Narrative.narrated().contains(type)) {
                    missing.add(type.getName() + " has no sentence in Narrative");
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(Narrative.EVENT_TYPES).hasSize(7);
    }

    @Test
    void everySampleReadsAsOneSentenceFollowedByWhoRecordedIt() {
        samples().forEach((type, event) -> {
            String sentence = Narrative.sentence(event, RECORDED);
            assertThat(sentence).as(type.getSimpleName()).endsWith(RECORDED_TEXT)
                    .doesNotContainPattern("\\bnull\\b").doesNotContain("  ").doesNotContain("..");
            String said = sentence.substring(0, sentence.length() - RECORDED_TEXT.length());
            assertThat(said).as(type.getSimpleName()).endsWith(".").matches("^[A-Z0-9].*");
            assertThat(Character.isUpperCase(said.charAt(0)) || said.matches("^\\d{1,2} [A-Z][a-z]+ \\d{4} — .*"))
                    .as(type.getSimpleName() + ": " + said).isTrue();
        });
    }

    /** Events with every part a paper may leave out left out. */
    static List<Object> sparseSamples() {
        return List.of(
                new PartnershipFormed(P, "Partnership", List.of(
                        new Authority(OCC, "Oxfordshire County Council", Tier.COUNTY),
                        new Authority(CDC, "Cherwell District Council", Tier.DISTRICT)), null, null, null),
                new PartnershipReviewed(P, "r", "Review", null, List.of(), List.of(), List.of(), null),
                new AgreementEntered(AGREEMENT, P, AgreementType.OTHER, "Agreement", List.of(OCC, CDC), null, null),
                new AgreementReviewed(AGREEMENT, P, null, null, null),
                new AgreementTerminated(AGREEMENT, P, null, null, null),
                new BodyConstituted(BODY, JSSPC, BodyKind.OFFICER_TEAM, List.of(OCC), null, null, null),
                new BodyMemberAdded(BODY, "m2", "A Member", OCC, null, null),
                new MeetingHeld(MEETING, BODY, JSSPC, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), null, "Sitting"),
                new ResolutionRecorded(MEETING, BODY, JSSPC, null, null, "7", ResolutionAction.OTHER, "Resolved", null,
                        ConditionStatus.UNCONDITIONAL, null, null, null),
                new MinutesConfirmed(MEETING, null),
                new EntryCorrected(MEETING, "7", "itemNumber", null, "8", "Omitted", null,
                        org.partnershiprecord.domain.meeting.ConditionStatus.UNCONDITIONAL),
                new ExemptInformationReleased(MEETING, null, "9(1)", null, Exemption.of(3), null, null),
                new ExemptInformationReleased(MEETING, null, null, "Appendix 2", Exemption.of(1), null, null),
                new ResolutionRescinded(MEETING, null, "7", null, "Resolved", notStated("Rescinded"), null, null),
                new DocumentReferenced(MEETING, null, "Background paper", "Background", null),
                new ProgrammeLaunched(PROGRAMME, P, ProgrammeKind.INTEGRATION, "Integration", List.of(OCC, CDC), null,
                        null),
                new ProgrammePhaseScheduled(PROGRAMME, 2, null, null, null),
                new ServiceAreaAdded(PROGRAMME, "it", "IT", 2, List.of()),
                new DirectionRecommended(PROGRAMME, "it", "IT", Recommendation.furtherWork(),
                        Recommendation.decouple(), null, null),
                new DirectionOfTravelEndorsed(PROGRAMME, 2, List.of(), null),
                new ServiceDecouplingNoted(PROGRAMME, "it", "IT", null, null, null),
                new ServiceArrangementDecided(PROGRAMME, "it", "IT", Arrangement.SERVICE_LEVEL_AGREEMENT, null, null,
                        true, null, null),
                new JointPostProposed(POST, P, List.of(OCC, CDC), "Adviser", null, PostTier.OTHER, OCC, List.of(OCC),
                        null, List.of(), List.of(), notStated("Proposed")),
                new JointPostAppointed(POST, AppointmentId.of("a2"), "Adviser", PostTier.OTHER, AppointmentBasis.PERMANENT,
                        null, null, null),
                new AppointmentEnded(POST, AppointmentId.of("a2"), "Adviser", AppointmentBasis.PERMANENT, null, null,
                        null, null),
                new BusinessCaseSubmitted(CASE, P, "Partnership", List.of(OCC, CDC), "Case", "IT", null, List.of(), null,
                        Exemption.of(3)),
                new BusinessCaseExemptionReleased(CASE, Exemption.of(3), null, null),
                new BusinessCaseConsidered(CASE, ConsiderationRole.NOTING, null, null),
                new BusinessCaseImplemented(CASE, null, null));
    }

    @Test
    void whatAPaperLeavesOutNeverReadsAsNull() {
        for (Object event : sparseSamples()) {
            String sentence = Narrative.sentence(event, null);
            assertThat(sentence).as(event.getClass().getSimpleName()).doesNotContainPattern("\\bnull\\b")
                    .doesNotContain("  ").doesNotContain("..").doesNotContain(":.").endsWith(".");
        }
        assertThat(Narrative.sentence(sparseSamples().stream().filter(JointPostAppointed.class::isInstance).findFirst()
                .orElseThrow(), null)).isEqualTo("On a date not stated — a body not"
                + " stated appointed a person not named to the post of Adviser (post corporate-adviser) permanently from"
                + " a date not stated.");
    }

    @Test
    void everySampleSurvivesTheAuditTrailsJsonAndReadsTheSame() throws Exception {
        ObjectMapper json = RecordJson.objectMapper();
        for (Object event : samples().values()) {
            Class<?> type = NarrativeQueries.eventClass(event.getClass().getSimpleName()).orElseThrow();
            assertThat(type).isEqualTo(event.getClass());
            Object read = json.readValue(json.writeValueAsString(event), type);
            assertThat(read).isEqualTo(event);
            assertThat(Narrative.sentence(read, RECORDED)).isEqualTo(Narrative.sentence(event, RECORDED));
        }
    }

    @Test
    void theEndorsementOfADirectionOfTravelReadsAsTheMinutesDo() {
        String sentence = Narrative.sentence(samples().get(DirectionOfTravelEndorsed.class), RECORDED);
        assertThat(sentence).isEqualTo("15 March 2022 — the Joint Shared Services and Personnel Committee, minute (2),"
                + " endorsed the direction of travel for phase 1: Emergency Planning — ongoing partnership;"
                + " Environmental Health — ongoing partnership; Climate Team — ongoing partnership, further work required."
                + RECORDED_TEXT);
        assertThat(Narrative.narrate(samples().get(DirectionOfTravelEndorsed.class), RECORDED).date()).isEqualTo(SITTING);
    }

    @Test
    void aCorrectionGivesBothTheOriginalAndTheCorrectedValueAndWhy() {
        assertThat(Narrative.sentence(samples().get(EntryCorrected.class), RECORDED)).isEqualTo(
                "The wording of minute (4) of meeting jsspc-2022-03-15 was corrected from 'phase two' to 'phase three'"
                        + " because the minute said phase two but meant phase three." + RECORDED_TEXT);
        EntryCorrected cleared = new EntryCorrected(MEETING, "(5)", "subjectTo", "the Executive endorsing", null,
                "Recorded in error", null, org.partnershiprecord.domain.meeting.ConditionStatus.UNCONDITIONAL);
        assertThat(Narrative.sentence(cleared, null)).isEqualTo("The condition of minute (5) of meeting"
                + " jsspc-2022-03-15 was corrected from 'the Executive endorsing' to nothing because recorded in error.");
        assertThat(Narrative.narrate(cleared, null).date()).as("a correction carries no date of its own").isNull();
    }

    @Test
    void aRescissionSaysWhichBodyRescindedWhichMinuteOfWhichSittingAndWhy() {
        Narrative.Line rescinded = Narrative.narrate(samples().get(ResolutionRescinded.class), RECORDED);
        assertThat(rescinded.sentence()).isEqualTo("14 June 2022 — the Joint Shared Services and Personnel Committee,"
                + " minute (6), rescinded minute (3) of its meeting on 15 March 2022 (meeting jsspc-2022-03-15), 'That"
                + " the direction of travel for services in phase two be endorsed.', because the phase two services are"
                + " to be reconsidered with phase three." + RECORDED_TEXT);
        assertThat(rescinded.date()).as("a rescission is dated by the rescinding resolution")
                .isEqualTo(LocalDate.of(2022, 6, 14));
        assertThat(Narrative.sentence(new ResolutionRescinded(MEETING, null, "(3)", null, "Endorsed.",
                jsspc("(2)", "Rescinded."), null, null), null)).isEqualTo("15 March 2022 — the Joint Shared Services"
                + " and Personnel Committee, minute (2), rescinded minute (3) of its meeting on a date not stated"
                + " (meeting jsspc-2022-03-15), 'Endorsed.'.");
    }

    @Test
    void whatThePaperDidNotStateIsSaidPlainly() {
        String dissolved = Narrative.sentence(samples().get(PartnershipDissolved.class), RECORDED);
        assertThat(dissolved).startsWith("On a date not stated — a body not stated resolved that partnership occ-cdc"
                + " be dissolved on a date not stated.");
        assertThat(Narrative.narrate(samples().get(PartnershipDissolved.class), RECORDED).date()).isNull();

        ResolutionRef bodyOnly = new ResolutionRef(BODY, JSSPC, null, null, "Endorsed", null);
        assertThat(Narrative.sentence(new PrincipleAdopted(P, 3, "Value for money", bodyOnly), null))
                .isEqualTo("On a date not stated — the Joint Shared Services and Personnel Committee, minute not stated,"
                        + " adopted principle 3 of partnership occ-cdc: 'Value for money'.");
        ResolutionRef minuteOnly = new ResolutionRef(null, null, SITTING, "4(2)", "Endorsed", null);
        assertThat(Narrative.sentence(new ObjectiveSet(P, 1, "Savings", minuteOnly), null))
                .isEqualTo("15 March 2022 — a body not stated, minute 4(2), set objective 1 of partnership occ-cdc:"
                        + " 'Savings'.");
    }

    @Test
    void aDecisionWhoseDateIsNotStatedOpensWithTheEventsOwnDate() {
        Narrative.Line launched = Narrative.narrate(samples().get(ProgrammeLaunched.class), RECORDED);
        assertThat(launched.date()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(launched.sentence()).startsWith("1 February 2022 — a body not stated launched the separation"
                + " programme 'Separation of joint working' (programme separation) for partnership occ-cdc of OCC and CDC,"
                + " from 1 February 2022.");
    }

    @Test
    void aReviewSaysWhatItFoundAndCountsItsRecommendations() {
        assertThat(Narrative.sentence(samples().get(PartnershipReviewed.class), null)).isEqualTo("15 March 2022 — the "
                + JSSPC + ", minute (7), considered the review 'Gateway review' of partnership occ-cdc, carried out on"
                + " 1 June 2019, which found principle 1 met and objective 2 too soon to judge; savings delivered:"
                + " £117,912 for OCC in 2019/20; it made 1 recommendation.");
    }

    @Test
    void moneyIsWrittenInPoundsWithThousandsSeparated() {
        assertThat(Narrative.money(Money.pounds(117_912))).isEqualTo("£117,912");
        assertThat(Narrative.money(Money.pence(11_791_250))).isEqualTo("£117,912.50");
        assertThat(Narrative.money(Money.pence(5))).isEqualTo("£0.05");
        assertThat(Narrative.sentence(samples().get(JointPostProposed.class), RECORDED))
                .contains("on a salary range of £117,912 to £144,228, its cost split not yet stated;"
                        + " its salary package needs the approval of the full council of OCC");
        assertThat(Narrative.sentence(samples().get(BusinessCaseSubmitted.class), RECORDED))
                .contains("estimating savings of £50,000.50 for OCC in 2019/20 and £1,000 for the whole arrangement,"
                        + " year not stated");
        assertThat(Narrative.sentence(samples().get(CostSplitAgreed.class), RECORDED)).contains(": OCC 50% and CDC 50%;");
    }

    @Test
    void aConditionalDecisionSaysWhatItIsSubjectTo() {
        assertThat(Narrative.sentence(samples().get(JointPostAppointed.class), RECORDED)).isEqualTo(
                "20 July 2019 — the Joint Shared Services and Personnel Committee, minute not stated, appointed"
                        + " Claire Taylor to the post of Corporate Adviser (post corporate-adviser) on an interim basis"
                        + " from 1 August 2019, subject to the Cherwell Executive endorsing on 15 July 2019." + RECORDED_TEXT);
    }

    @Test
    void anAppointmentEndedByNoResolutionIsNotPutDownToABody() {
        assertThat(Narrative.sentence(samples().get(AppointmentEnded.class), RECORDED)).isEqualTo(
                "31 January 2020 — the interim appointment of Claire Taylor to the post of Corporate Adviser"
                        + " (post corporate-adviser) ended, the reason given being 'Resigned', by no recorded resolution." + RECORDED_TEXT);
    }

    @Test
    void aResolutionIsQuotedWithItsBodyMinuteAndItem() {
        assertThat(Narrative.sentence(samples().get(ResolutionRecorded.class), RECORDED)).isEqualTo(
                "15 March 2022 — the Joint Shared Services and Personnel Committee, minute (1) on item 4, resolved to"
                        + " note: 'That it be noted that housing services had already been decoupled.'; not a key decision."
                        + RECORDED_TEXT);
        assertThat(Narrative.sentence(samples().get(AgendaItemAdded.class), null)).isEqualTo(
                "Item 9, 'Exclusion of the press and public', was placed on the agenda of meeting jsspc-2022-03-15;"
                        + " exempt under paragraphs 1 and 2 of Schedule 12A, the press and public excluded.");
    }

    @Test
    void exemptDocumentsAndBusinessCasesSayWhichParagraphsTheyRelyOn() {
        assertThat(Narrative.sentence(samples().get(DocumentReferenced.class), null)).isEqualTo("The document"
                + " 'Staffing implications' (Appendix 2) was put before meeting jsspc-2022-03-15 under item 9; exempt"
                + " under paragraph 1 of Schedule 12A.");
        assertThat(Narrative.sentence(samples().get(BusinessCaseExemptionReleased.class), null)).isEqualTo(
                "1 January 2020 — a body not stated released business case shared-legal, exempt until then under"
                        + " paragraph 3 of Schedule 12A, publishing it from 1 January 2020.");
        assertThat(Narrative.sentence(sparseSamples().stream().filter(e -> e instanceof ExemptInformationReleased released
                && released.documentReference() != null).findFirst().orElseThrow(), null)).isEqualTo("On a date not stated — a body not"
                + " stated released the exempt information of document Appendix 2 of meeting jsspc-2022-03-15, exempt"
                + " until then under paragraph 1 of Schedule 12A, publishing it from a date not stated.");
    }

    @Test
    void whoRecordedItIsLeftOutOnlyWhenNothingIsKnown() {
        Object event = samples().get(StaffConsultationOpened.class);
        assertThat(Narrative.sentence(event, null)).isEqualTo(
                "1 February 2019 — staff consultation on business case shared-legal opened.");
        assertThat(Narrative.sentence(event, new Narrative.Recorded("j.smith", null, null))).endsWith(
                "opened. Recorded by j.smith.");
        assertThat(Narrative.sentence(event, new Narrative.Recorded(null, Instant.parse("2026-06-30T23:30:00Z"), null)))
                .as("the recording date is the council's (British Summer Time)").endsWith("opened. Recorded on 1 July 2026.");
    }

    @Test
    void somethingThatIsNotAnEventOfTheRecordHasNoSentence() {
        assertThatThrownBy(() -> Narrative.sentence("not an event", RECORDED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Narrative.unwritten("Direction of travel endorsed", RECORDED)).isEqualTo(
                "Direction of travel endorsed (this entry cannot be put into words; see the raw event)." + RECORDED_TEXT);
    }

    @Test
    void eventTypesAreFoundByTheirNamesInTheAuditTrail() {
        assertThat(NarrativeQueries.eventClass("DirectionOfTravelEndorsed")).contains(DirectionOfTravelEndorsed.class);
        assertThat(NarrativeQueries.eventClass("NoSuchEvent")).isEmpty();
    }
}
