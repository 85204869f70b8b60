package org.partnershiprecord.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.domain.scenario.JsspcSeparation2022ScenarioTest.countByType;
import static org.partnershiprecord.domain.scenario.JsspcSeparation2022ScenarioTest.notStated;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.agreement.AgreementCommand.EnterIntoAgreement;
import org.partnershiprecord.domain.agreement.AgreementType;
import org.partnershiprecord.domain.body.BodyCommand.ConstituteBody;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.AdoptIntoPolicyFramework;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.CloseStaffConsultation;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.DecideBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.EndorseBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.OpenStaffConsultation;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.RecordConsideration;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.SubmitBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseAdoptedIntoPolicyFramework;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseEndorsed;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseSubmitted;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.StaffConsultationClosed;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.StaffConsultationOpened;
import org.partnershiprecord.domain.businesscase.ConsiderationRole;
import org.partnershiprecord.domain.businesscase.DecisionOutcome;
import org.partnershiprecord.domain.common.AgreementId;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.BusinessCaseId;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.partnership.PartnershipCommand.FormPartnership;

/**
 * Cherwell District Council, Council, 16 May 2012: A Joint Performance Service and A Joint JMT (Joint Management
 * Team) Support Service ({@code seeds/cdc-council-2012-05-joint-performance.txt}). Two business cases of the
 * Cherwell and South Northamptonshire partnership, endorsed by the Joint Management Team and then the Joint
 * Arrangements Steering Group (7 March 2012), one through staff consultation and one still in it, both adopted in
 * principle into Cherwell's policy framework so that the Executive and Personnel Committee can approve the final
 * cases without returning to Council.
 */
class CouncilPolicyFramework2012ScenarioTest {

    static final AuthorityCode CDC = AuthorityCode.of("CDC");
    static final AuthorityCode SNC = AuthorityCode.of("SNC");
    static final PartnershipId CDC_SNC = PartnershipId.of("cdc-snc");
    static final String PARTNERSHIP_NAME = "Cherwell District Council and South Northamptonshire Council partnership";
    static final AgreementId S113 = AgreementId.of("cdc-snc-s113");

    static final BodyId JMT = BodyId.of("cdc-snc-jmt");
    static final String JMT_NAME = "Joint Management Team";
    // 1.1 calls it the "Joint Arrangement Steering Committee"; everywhere else it is the Steering Group.
    static final BodyId JASG = BodyId.of("cdc-snc-jasg");
    static final String JASG_NAME = "Joint Arrangements Steering Group";
    static final BodyId CDC_COUNCIL = BodyId.of("cdc-council");
    static final String CDC_COUNCIL_NAME = "Council";
    static final BodyId CDC_EXECUTIVE = BodyId.of("cdc-executive");
    static final String CDC_EXECUTIVE_NAME = "Executive";
    static final BodyId CDC_PERSONNEL = BodyId.of("cdc-personnel-committee");
    static final String CDC_PERSONNEL_NAME = "Personnel Committee";

    static final BusinessCaseId PERFORMANCE = BusinessCaseId.of("cdc-snc-joint-performance");
    static final String PERFORMANCE_TITLE = "A Joint Performance Service";
    static final BusinessCaseId JMT_SUPPORT = BusinessCaseId.of("cdc-snc-joint-jmt-support");
    static final String JMT_SUPPORT_TITLE = "A Joint JMT (Joint Management Team) Support Service";

    static final LocalDate JASG_MEETING = LocalDate.of(2012, 3, 7);
    static final LocalDate COUNCIL_MEETING = LocalDate.of(2012, 5, 16);

    // "an estimated cost reduction of approximately £25,000": neither the council nor the year is stated, and the
    // record has no mark for "approximately" other than the summary's words.
    static final List<SavingEstimate> PERFORMANCE_SAVING = List.of(new SavingEstimate(null, null,
            Money.pounds(25_000)));
    static final String PERFORMANCE_SUMMARY = "Brings the two separate teams that currently report into the shared"
            + " Performance Manager into one team; an estimated cost reduction of approximately £25,000.";
    static final String JMT_SUPPORT_SUMMARY = "Appropriate and dedicated support for the JMT; the support"
            + " arrangements can be met within existing budgets.";

    static final ResolutionRef FORMED = notStated("Partnership between Cherwell District Council and South"
            + " Northamptonshire Council (the resolutions forming it are not stated in this paper)");
    static final ResolutionRef S113_ENTERED = notStated(
            "The section 113 agreement between the Councils enables shared services to be established.");
    // 1.8: the Joint Management Team endorsed both cases before the Steering Group considered them; no date given.
    static final ResolutionRef JMT_ENDORSED = new ResolutionRef(JMT, JMT_NAME, null, null,
            "Prior to consideration by the Joint Arrangements Steering Group both business cases were endorsed by the"
                    + " Joint Management Team.", null);
    // The date is the one of the background papers ("Reports to JASG - 7 March 2012").
    static final ResolutionRef JASG_ENDORSED = ResolutionRef.of(JASG, JASG_NAME, JASG_MEETING, null,
            "At the March 2012 JASG meeting proposals for joint working business cases for performance management and"
                    + " JMT support were considered and endorsed for further development.");
    // The paper is the report to Council: its recommendation (1) is the wording; the minute reference is not stated.
    static final ResolutionRef COUNCIL_ADOPTED = ResolutionRef.of(CDC_COUNCIL, CDC_COUNCIL_NAME, COUNCIL_MEETING,
            null, "Adopt the principle of establishing a shared Performance Management team and JMT support team with"
                    + " South Northamptonshire Council as part of the Council's policy framework.");

    private final ScenarioRecord record = new ScenarioRecord();

    @AfterEach
    void closeTheRecord() {
        record.close();
    }

    static void recordThePaper(ScenarioRecord record) {
        recordThePartnershipAndItsBodies(record);
        record.send(new SubmitBusinessCase(PERFORMANCE, CDC_SNC, PERFORMANCE_TITLE,
                "Performance, information management and consultation", PERFORMANCE_SUMMARY, PERFORMANCE_SAVING,
                null, null));
        record.send(new SubmitBusinessCase(JMT_SUPPORT, CDC_SNC, JMT_SUPPORT_TITLE, "Joint Management Team support",
                JMT_SUPPORT_SUMMARY, List.of(), null, null));
        for (BusinessCaseId businessCase : List.of(PERFORMANCE, JMT_SUPPORT)) {
            record.send(new EndorseBusinessCase(businessCase, JMT_ENDORSED));
            record.send(new EndorseBusinessCase(businessCase, JASG_ENDORSED));
        }
        // 1.6: the Performance case "has completed the staff consultation phase"; the JMT support case "is still in
        // the staff consultation phase". No consultation date is stated.
        record.send(new OpenStaffConsultation(PERFORMANCE, null));
        record.send(new CloseStaffConsultation(PERFORMANCE, null));
        record.send(new OpenStaffConsultation(JMT_SUPPORT, null));
        record.send(new AdoptIntoPolicyFramework(PERFORMANCE, COUNCIL_ADOPTED));
        record.send(new AdoptIntoPolicyFramework(JMT_SUPPORT, COUNCIL_ADOPTED));
    }

    @Test
    void theWholePaperIsRecordedEventByEvent() {
        recordThePaper(record);

        assertThat(countByType(record.events())).isEqualTo(Map.of(
                "PartnershipFormed", 1L,
                "AgreementEntered", 1L,
                "BodyConstituted", 5L,
                "BusinessCaseSubmitted", 2L,
                "BusinessCaseEndorsed", 4L,
                "StaffConsultationOpened", 2L,
                "StaffConsultationClosed", 1L,
                "BusinessCaseAdoptedIntoPolicyFramework", 2L));
    }

    @Test
    void thePerformanceCaseCarriesItsSavingOfAboutTwentyFiveThousandPoundsForNoStatedCouncilOrYear() {
        recordThePaper(record);

        assertThat(record.events(BusinessCaseSubmitted.class)).containsExactly(
                new BusinessCaseSubmitted(PERFORMANCE, CDC_SNC, PARTNERSHIP_NAME, List.of(CDC, SNC), PERFORMANCE_TITLE,
                        "Performance, information management and consultation", PERFORMANCE_SUMMARY,
                        PERFORMANCE_SAVING, null, null),
                new BusinessCaseSubmitted(JMT_SUPPORT, CDC_SNC, PARTNERSHIP_NAME, List.of(CDC, SNC), JMT_SUPPORT_TITLE,
                        "Joint Management Team support", JMT_SUPPORT_SUMMARY, List.of(), null, null));
    }

    @Test
    void bothCasesWereEndorsedByTheJointManagementTeamAndThenTheSteeringGroup() {
        recordThePaper(record);

        assertThat(record.events(BusinessCaseEndorsed.class)).containsExactly(
                new BusinessCaseEndorsed(PERFORMANCE, JMT_ENDORSED),
                new BusinessCaseEndorsed(PERFORMANCE, JASG_ENDORSED),
                new BusinessCaseEndorsed(JMT_SUPPORT, JMT_ENDORSED),
                new BusinessCaseEndorsed(JMT_SUPPORT, JASG_ENDORSED));
    }

    @Test
    void thePerformanceCaseHasCompletedConsultationAndTheJmtSupportCaseIsStillInIt() {
        recordThePaper(record);

        assertThat(record.eventsOf(PERFORMANCE)).map(event -> event.getClass().getSimpleName()).containsExactly(
                "BusinessCaseSubmitted", "BusinessCaseEndorsed", "BusinessCaseEndorsed", "StaffConsultationOpened",
                "StaffConsultationClosed", "BusinessCaseAdoptedIntoPolicyFramework");
        assertThat(record.eventsOf(JMT_SUPPORT)).map(event -> event.getClass().getSimpleName()).containsExactly(
                "BusinessCaseSubmitted", "BusinessCaseEndorsed", "BusinessCaseEndorsed", "StaffConsultationOpened",
                "BusinessCaseAdoptedIntoPolicyFramework");
        assertThat(record.events(StaffConsultationOpened.class)).containsExactly(
                new StaffConsultationOpened(PERFORMANCE, null), new StaffConsultationOpened(JMT_SUPPORT, null));
        assertThat(record.events(StaffConsultationClosed.class)).containsExactly(
                new StaffConsultationClosed(PERFORMANCE, null));

        // The stages show in what the record will and will not accept next.
        record.expectRefused(new CloseStaffConsultation(PERFORMANCE, null), RuleCode.CONSULTATION_NOT_OPEN);
        record.expectRefused(new OpenStaffConsultation(PERFORMANCE, null), RuleCode.PROCESS_OUT_OF_ORDER);
        record.expectRefused(new OpenStaffConsultation(JMT_SUPPORT, null), RuleCode.CONSULTATION_ALREADY_OPEN);
    }

    @Test
    void cherwellsCouncilAdoptedBothPrinciplesIntoItsPolicyFrameworkOnSixteenMay() {
        recordThePaper(record);

        assertThat(record.events(BusinessCaseAdoptedIntoPolicyFramework.class)).containsExactly(
                new BusinessCaseAdoptedIntoPolicyFramework(PERFORMANCE, CDC, COUNCIL_ADOPTED),
                new BusinessCaseAdoptedIntoPolicyFramework(JMT_SUPPORT, CDC, COUNCIL_ADOPTED));
        record.expectRefused(new AdoptIntoPolicyFramework(PERFORMANCE, COUNCIL_ADOPTED),
                RuleCode.PROCESS_OUT_OF_ORDER);
    }

    @Test
    void theExecutiveCannotDecideTheCaseBeforeThePersonnelCommitteeHasConsideredIt() {
        recordThePaper(record);

        // HYPOTHETICAL, beyond the paper: the route of 1.9 puts the Personnel Committee before the Executive.
        ResolutionRef executiveDecides = ResolutionRef.of(CDC_EXECUTIVE, CDC_EXECUTIVE_NAME, LocalDate.of(2012, 6, 4),
                null, "HYPOTHETICAL: to approve the final Performance business case");
        record.expectRefused(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED, executiveDecides),
                RuleCode.PROCESS_OUT_OF_ORDER);
    }

    @Test
    void thePersonnelCommitteeCannotConsiderTheJmtSupportCaseWhileConsultationIsOpen() {
        recordThePaper(record);

        ResolutionRef personnelConsiders = ResolutionRef.of(CDC_PERSONNEL, CDC_PERSONNEL_NAME,
                LocalDate.of(2012, 5, 30), null, "HYPOTHETICAL: to consider the JMT support business case");
        record.expectRefused(new RecordConsideration(JMT_SUPPORT, ConsiderationRole.PRELIMINARY_CONSIDERATION,
                BodyKind.PERSONNEL_COMMITTEE, personnelConsiders), RuleCode.PROCESS_OUT_OF_ORDER);
    }

    @Test
    void onlyAFullCouncilCanAdoptIntoThePolicyFramework() {
        recordThePartnershipAndItsBodies(record);
        record.send(new SubmitBusinessCase(PERFORMANCE, CDC_SNC, PERFORMANCE_TITLE,
                "Performance, information management and consultation", PERFORMANCE_SUMMARY, PERFORMANCE_SAVING,
                null, null));

        ResolutionRef byTheSteeringGroup = ResolutionRef.of(JASG, JASG_NAME, JASG_MEETING, null,
                "HYPOTHETICAL: to adopt the principle into the policy framework");
        record.expectRefused(new AdoptIntoPolicyFramework(PERFORMANCE, byTheSteeringGroup),
                RuleCode.ADOPTION_NEEDS_FULL_COUNCIL);
    }

    static void recordThePartnershipAndItsBodies(ScenarioRecord record) {
        record.send(new FormPartnership(CDC_SNC, PARTNERSHIP_NAME, List.of(
                new Authority(CDC, "Cherwell District Council", Tier.DISTRICT),
                new Authority(SNC, "South Northamptonshire Council", Tier.DISTRICT)), null, null, FORMED));
        record.send(new EnterIntoAgreement(S113, CDC_SNC, AgreementType.SECTION_113, "Section 113 agreement",
                List.of(CDC, SNC), null, S113_ENTERED));
        record.send(new ConstituteBody(JMT, JMT_NAME, BodyKind.OFFICER_TEAM, List.of(CDC, SNC), CDC_SNC, null, null));
        record.send(new ConstituteBody(JASG, JASG_NAME, BodyKind.STEERING_GROUP, List.of(CDC, SNC), CDC_SNC, null,
                null));
        record.send(new ConstituteBody(CDC_COUNCIL, CDC_COUNCIL_NAME, BodyKind.FULL_COUNCIL, List.of(CDC), null, null,
                null));
        record.send(new ConstituteBody(CDC_EXECUTIVE, CDC_EXECUTIVE_NAME, BodyKind.EXECUTIVE, List.of(CDC), null,
                null, null));
        record.send(new ConstituteBody(CDC_PERSONNEL, CDC_PERSONNEL_NAME, BodyKind.PERSONNEL_COMMITTEE, List.of(CDC),
                null, null, null));
    }
}
