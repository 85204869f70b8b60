package org.partnershiprecord.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnershiprecord.domain.scenario.JsspcSeparation2022ScenarioTest.countByType;
import static org.partnershiprecord.domain.scenario.JsspcSeparation2022ScenarioTest.notStated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.body.BodyCommand.ConstituteBody;
import org.partnershiprecord.domain.body.BodyCommand.GrantPower;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.common.AppointmentId;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.PostId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.jointpost.AppointmentBasis;
import org.partnershiprecord.domain.jointpost.JointPostCommand.AppointJointPost;
import org.partnershiprecord.domain.jointpost.JointPostCommand.ApproveSalaryPackage;
import org.partnershiprecord.domain.jointpost.JointPostCommand.ProposeJointPost;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostAppointed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostProposed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.SalaryPackageApproved;
import org.partnershiprecord.domain.jointpost.PostTier;
import org.partnershiprecord.domain.jointpost.SalaryRange;
import org.partnershiprecord.domain.meeting.ConditionStatus;
import org.partnershiprecord.domain.meeting.DecisionRegisterDetails;
import org.partnershiprecord.domain.meeting.MeetingCommand.AddAgendaItem;
import org.partnershiprecord.domain.meeting.MeetingCommand.HoldMeeting;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordConditionMet;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordResolution;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionConditionMet;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;
import org.partnershiprecord.domain.meeting.ResolutionAction;
import org.partnershiprecord.domain.partnership.Assessment;
import org.partnershiprecord.domain.partnership.Assessment.Subject;
import org.partnershiprecord.domain.partnership.AssessmentOutcome;
import org.partnershiprecord.domain.partnership.PartnershipCommand.AdoptPrinciple;
import org.partnershiprecord.domain.partnership.PartnershipCommand.CommencePartnership;
import org.partnershiprecord.domain.partnership.PartnershipCommand.FormPartnership;
import org.partnershiprecord.domain.partnership.PartnershipCommand.RecordPartnershipReview;
import org.partnershiprecord.domain.partnership.PartnershipCommand.SetObjective;
import org.partnershiprecord.domain.partnership.PartnershipEvent.ObjectiveSet;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipReviewed;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PrincipleAdopted;

/**
 * OCC Cabinet, 16 July 2019, item 18: Senior Joint Leadership Roles
 * ({@code seeds/occ-cabinet-2019-07-senior-joint-roles.txt}), with its Annex A (the County Council paper of 9 July
 * 2019) and Annex B (the Partnership Working Group's six-month review of March 2019, with the principles and
 * objectives of 23 October 2018).
 *
 * <p>The paper records the County Council's approval of the salary package and nothing from Cherwell's full
 * council. A permanent appointment to either new post is therefore refused on the paper's facts; only a
 * continuation marked HYPOTHETICAL, beyond the paper, lets the committee appoint.
 */
class SeniorJointRoles2019ScenarioTest {

    static final AuthorityCode OCC = AuthorityCode.of("OCC");
    static final AuthorityCode CDC = AuthorityCode.of("CDC");
    static final PartnershipId OCC_CDC = PartnershipId.of("occ-cdc");
    static final String PARTNERSHIP_NAME = "Oxfordshire County Council and Cherwell District Council partnership";

    static final BodyId COUNTY_COUNCIL = BodyId.of("occ-county-council");
    static final String COUNTY_COUNCIL_NAME = "County Council";
    static final BodyId CDC_COUNCIL = BodyId.of("cdc-council");
    static final String CDC_COUNCIL_NAME = "Cherwell District Council (full council)";
    static final BodyId CABINET = BodyId.of("occ-cabinet");
    static final String CABINET_NAME = "Cabinet";
    static final BodyId CDC_EXECUTIVE = BodyId.of("cdc-executive");
    static final String CDC_EXECUTIVE_NAME = "Cherwell District Council Executive";
    static final BodyId JSSPC = BodyId.of("jsspc");
    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    static final BodyId PWG = BodyId.of("pwg");
    static final String PWG_NAME = "Partnership Working Group";

    static final PostId COMMERCIAL_DIRECTOR = PostId.of("joint-corporate-director-commercial");
    static final String COMMERCIAL_DIRECTOR_TITLE =
            "Corporate Director: Commercial Development, Assets and Investment (new role title to be confirmed)";
    static final PostId CUSTOMERS_DIRECTOR = PostId.of("joint-corporate-director-customers");
    static final String CUSTOMERS_DIRECTOR_TITLE =
            "Corporate Director: customers, people and improvement (title to be confirmed)";
    static final SalaryRange CORPORATE_ADVISER_RANGE = SalaryRange.of(Money.pounds(117_912), Money.pounds(144_228));
    static final SalaryRange CORPORATE_ADVISER_RANGE_CDC = SalaryRange.of(Money.pounds(117_912),
            Money.pounds(128_631));

    static final LocalDate COUNTY_COUNCIL_DATE = LocalDate.of(2019, 7, 9);
    static final LocalDate CDC_EXECUTIVE_DATE = LocalDate.of(2019, 7, 15);
    static final LocalDate CABINET_DATE = LocalDate.of(2019, 7, 16);
    static final LocalDate PRINCIPLES_AGREED = LocalDate.of(2018, 10, 23);
    // "Partnership working began in October 2018" (review para 3.1), no day given: recorded as its first day.
    static final LocalDate OCTOBER_2018 = LocalDate.of(2018, 10, 1);
    // "With the establishment of the s113 Agreement, Cabinet delegated powers to the JSSPC": the paper gives no date;
    // the grant is recorded from the start of partnership working.
    static final LocalDate POWERS_DELEGATED_FROM = OCTOBER_2018;

    // HYPOTHETICAL, beyond the paper: Cherwell's full council approving the package, the committee convening
    // "as soon as practicable" and the appointees starting. None of these dates is in any seed.
    static final LocalDate HYPOTHETICAL_CDC_COUNCIL_DATE = LocalDate.of(2019, 7, 22);
    static final LocalDate HYPOTHETICAL_JSSPC_DATE = LocalDate.of(2019, 7, 30);
    static final LocalDate HYPOTHETICAL_START = LocalDate.of(2019, 9, 1);

    static final MeetingId CABINET_SITTING = MeetingId.of("occ-cabinet-2019-07-16");
    static final String CONDITION = "Cherwell District Council Executive endorsing the proposals on 15 July 2019";

    static final ResolutionRef FORMED = notStated("During the summer of 2018 Members at Oxfordshire County Council"
            + " (OCC) and Cherwell District Council (CDC) agreed to establish a joint working partnership.");
    static final ResolutionRef COMMENCED = notStated(
            "Partnership working began in October 2018 with the establishment of a joint Chief Executive role.");
    static final ResolutionRef JSSPC_ESTABLISHED = notStated("The Joint Shared Service and Personnel Committee"
            + " established under the Partnership Agreement between Oxfordshire County Council and Cherwell District"
            + " Council.");
    // Para 10 names the Cabinet as the delegating body but not the date or minute; Cherwell's delegation is not
    // described at all.
    static final ResolutionRef APPOINTMENT_POWER_DELEGATED = new ResolutionRef(CABINET, CABINET_NAME, null, null,
            "It also agreed to delegate powers from the Remuneration Committee to the Joint Shared Services and"
                    + " Personnel Committee for the appointment of senior members of staff.", null);
    static final ResolutionRef STRUCTURES_POWER_DELEGATED = new ResolutionRef(CABINET, CABINET_NAME, null, null,
            "With the establishment of the s113 Agreement, Cabinet delegated powers to the Joint Shared Services and"
                    + " Personnel Committee both to agree appropriate changes to structures where they were"
                    + " delivering joint services.", null);
    static final ResolutionRef POSTS_PROPOSED = notStated("Create two new permanent posts for immediate recruitment"
            + " (report of the Deputy Director - Human Resources to County Council, 9 July 2019, paragraph 15(i);"
            + " the resolution creating the posts is not stated)");
    // The paper is the report: the Council's minutes are not in it, so the wording is recommendation (b), which
    // the Cabinet report (para 4) confirms the Council approved.
    static final ResolutionRef PACKAGE_APPROVED_BY_COUNTY_COUNCIL = ResolutionRef.of(COUNTY_COUNCIL,
            COUNTY_COUNCIL_NAME, COUNTY_COUNCIL_DATE, null,
            "approve the salary package as proposed in paragraph 15(i) for two Joint Corporate Director roles");
    static final ResolutionRef PRINCIPLES_AND_OBJECTIVES = ResolutionRef.of(PWG, PWG_NAME, PRINCIPLES_AGREED, null,
            "The Partnership Working Group is asked to consider these principles and note that they will form the"
                    + " guiding framework by which the partnership work programme is managed.");
    // The review is a draft of 16/3/19 addressed to the Group; what the Group resolved on it is not in the paper.
    static final ResolutionRef REVIEW_RECEIVED = new ResolutionRef(PWG, PWG_NAME, null, null,
            "Note the progress to date developing opportunities for joint working between Cherwell District Council"
                    + " and Oxfordshire County Council as set out in section 4 of this report.", null);

    static final String CABINET_NOTES = "Note the proposals to appoint two senior joint posts so as to facilitate"
            + " further joint working between OCC and CDC.";
    static final String CABINET_REQUESTS = "To request the Joint Shared Services and Personnel Committee to convene"
            + " as soon as practicable to approve the proposed management structure and proceed with the recruitment"
            + " and appointment of the most suitable candidate.";
    static final String CONDITION_MET_EVIDENCE = "The Cherwell District Council Executive endorsed the proposals on"
            + " 15 July 2019 (its own minute is not in this paper).";

    static final List<String> PRINCIPLES = List.of(
            "That both councils will retain their own governance and constitutional structures",
            "That there will be no restriction on each authorities' ability to determine how it exercises its"
                    + " functions nor how each formulates and spends its budgets",
            "That both councils will be able to demonstrate savings or a neutral position through the joint"
                    + " arrangements",
            "That both councils will be able to demonstrate improved services and outcomes through the joint"
                    + " arrangements",
            "That an incremental approach will be taken to manage risk, reduce costs and minimise the impact of"
                    + " transition on service delivery",
            "That both councils will commit to working towards sharing formulation of policy, alignment of"
                    + " procedures and sharing of teams (subject to the approval by each council) where doing so is in"
                    + " the interests of residents and represents value for money",
            "That local physical presence will be maintained and improved",
            "That councillors from both councils will be fully involved in the development of the joint working"
                    + " arrangements",
            "That both councils will work together to understand their organisational and political cultures and to"
                    + " assess risks and opportunities for joint working that result from these");
    static final List<String> OBJECTIVES = List.of(
            "To effectively co-ordinate and align key areas of work such as place making and growth, community"
                    + " development and wellbeing for the benefit of local residents, communities and businesses.",
            "To develop joint working in areas where it makes sense to deliver services through integrated and/or"
                    + " aligned management and delivery teams.",
            "To improve (or maintain) the financial position of both councils.",
            "To consider the potential for an effective joint management structure or joint management posts.",
            "To consider the potential for shared support services, serving the needs of both councils to the"
                    + " standards agreed by each.",
            "To maximise the opportunities for joint initiatives and joint working with partners in ways that better"
                    + " meet the needs of residents.");

    /** Table 4 (principles) and Table 5 (programme objectives), first sentence of each assessment. */
    static final List<Assessment> ASSESSMENTS = List.of(
            principle(1, AssessmentOutcome.MET, "Principle met. The section 113 agreement sets out how this works."),
            principle(2, AssessmentOutcome.MET, "Principle met. The section 113 agreement sets out how this works."),
            principle(3, AssessmentOutcome.MET,
                    "Principle met. All arrangements and opportunities to date have adhered to this."),
            principle(4, AssessmentOutcome.TOO_SOON, "At this stage no full shared services have been implemented and"
                    + " therefore it is too soon to be able to demonstrate this principle in action."),
            principle(5, AssessmentOutcome.MET,
                    "Principle met. Proposals have been subject to consideration on a case by case basis."),
            principle(6, AssessmentOutcome.MET, "Principle met. Although in the early stages the work undertaken as"
                    + " part of the business case for law and governance demonstrates this principle."),
            principle(7, AssessmentOutcome.MET, "Principle met. Local presence maintained."),
            principle(8, AssessmentOutcome.MET, "Principle met. All proposals are considered by the Partnership"
                    + " Working Group with equal representation."),
            principle(9, AssessmentOutcome.MET,
                    "Principle met. OCC and CDC have worked to understand their organisations contexts."),
            objective(1, AssessmentOutcome.UNDERWAY, "Objective underway. The Partnership Working Group has"
                    + " demonstrated it can effectively consider, commission and co-ordinate opportunities for joint"
                    + " working."),
            objective(2, AssessmentOutcome.MET, "Objective met. Joint working opportunities currently being explored."),
            objective(3, AssessmentOutcome.MET, "Objective met. In year savings realised."),
            objective(4, AssessmentOutcome.UNDERWAY, "Objective underway. A mix of interim and permanent appointments"
                    + " have been made and show proof of concept."),
            objective(5, AssessmentOutcome.UNDERWAY, "Objective underway. Proposals for law and governance well"
                    + " advanced (expected to PWG in April 2019)."),
            objective(6, AssessmentOutcome.UNDERWAY, "Objective underway. The Partnership Working Group has identified"
                    + " a number of opportunities to improve how residents experience services through joint work."));
    static final List<SavingEstimate> SAVINGS_2019_20 = List.of(
            new SavingEstimate(OCC, "2019/20", Money.pounds(314_000)),
            new SavingEstimate(CDC, "2019/20", Money.pounds(315_000)));
    static final List<String> REVIEW_RECOMMENDATIONS = List.of(
            "Note the progress to date developing opportunities for joint working between Cherwell District Council"
                    + " and Oxfordshire County Council as set out in section 4 of this report.",
            "Endorse the proposals set out in this report (section 5) to continue developing joint working"
                    + " arrangements.",
            "Request that officers continue to develop options for the exploration of collaborative frontline"
                    + " delivery arrangements that will improve access and outcomes for local people.",
            "Request that officers prepare an annual 'performance' update to provide a summary of the achievements"
                    + " and benefits of joint working.",
            "Request that a joint event is held for Members of both councils to raise awareness about joint working"
                    + " and its wider applications through a member briefing or seminar.",
            "Endorse the ongoing use of a section 113 agreement as the framework to enable joint working.",
            "Identify any additional recommendations, lessons or feedback that the Working Group would wish to"
                    + " provide to Oxfordshire County and Cherwell District Council as part of this gateway review.");

    /*
     * The six joint appointments of Table 3 and para 4.2.3 of the review. The paper names no post holder, no start
     * date, no employer, no salary and no date for the Group's endorsement. What the model makes of that:
     *
     * - names, salary ranges and the endorsement's date are recorded as null (not stated);
     * - AppointJointPost needs a start date: the appointments were in place when the review was drafted
     *   (document control: 16/3/19), so they are recorded as starting on IN_POST_BY, the latest date they can have
     *   started; the endorsing resolution's wording says the real date is not stated;
     * - ProposeJointPost needs an employing authority: where the paper names none, EMPLOYER_NOT_STATED (OCC, the
     *   first authority of the partnership) is recorded, and the proposal's wording says so. Only the Assistant
     *   Chief Executive / Director is placed by the paper ("a post within CDC", Annex A para 5);
     * - tiers: the Chief Executive is CHIEF_EXECUTIVE; the Monitoring Officer (statutory) and the Assistant Chief
     *   Executive / Director (a direct report of the Chief Executive, Tier 1 in Annex A) are CHIEF_OFFICER; the two
     *   Assistant Directors are DEPUTY_CHIEF_OFFICER ("deputy chief officers (i.e. deputy/assistant directors)",
     *   Annex A para 11); the Strategic Lead for HR, placed by the paper in neither group, is OTHER;
     * - the three chief-officer appointments cannot be recorded: a joint chief-officer appointment needs a body
     *   holding APPOINT_JOINT_CHIEF_OFFICERS on a stated date. For the Chief Executive the paper states neither body
     *   nor date (RESOLVING_BODY_NOT_STATED); for the two interim ones the endorsing body is the Partnership Working
     *   Group, undated (RESOLVING_BODY_NOT_STATED), and an informal group could not hold the power on any date
     *   (POWER_NOT_HELD). The review itself says the Group endorsed appointments "on both an interim and permanent
     *   basis" without meeting as the formal committee because none was a permanent chief-officer appointment: the
     *   record's rule is stricter than that practice, and the refusals below show where.
     */
    static final AuthorityCode EMPLOYER_NOT_STATED = OCC;
    static final LocalDate IN_POST_BY = LocalDate.of(2019, 3, 16);
    static final ResolutionRef ENDORSED_BY_PWG = new ResolutionRef(PWG, PWG_NAME, null, null,
            "The PWG has also chosen to endorse joint appointments on both an interim and permanent basis as"
                    + " opportunities have arisen (date of endorsement and start date not stated in this paper).",
            null);

    record TableThreePost(PostId postId, String title, PostTier tier, AuthorityCode employer, String remit,
                          AppointmentBasis basis) {

        AppointmentId appointmentId() {
            return AppointmentId.of(postId.value() + "-" + basis.name().toLowerCase());
        }
    }

    static final TableThreePost CHIEF_EXECUTIVE = new TableThreePost(PostId.of("joint-chief-executive"),
            "Chief Executive", PostTier.CHIEF_EXECUTIVE, EMPLOYER_NOT_STATED,
            "shared across both organisations; includes shared PA support",
            // Table 3 does not say whether the Chief Executive's appointment is interim or permanent.
            AppointmentBasis.PERMANENT);
    static final TableThreePost MONITORING_OFFICER = new TableThreePost(PostId.of("joint-monitoring-officer"),
            "Monitoring Officer", PostTier.CHIEF_OFFICER, EMPLOYER_NOT_STATED, "Interim sharing of the monitoring"
            + " officer", AppointmentBasis.INTERIM);
    static final TableThreePost ASSISTANT_CHIEF_EXECUTIVE = new TableThreePost(
            PostId.of("joint-assistant-chief-executive"), "Assistant Chief Executive/Director", PostTier.CHIEF_OFFICER,
            CDC, "Interim sharing of Assistant Chief Executive / Director", AppointmentBasis.INTERIM);
    static final TableThreePost AD_REGULATORY = new TableThreePost(PostId.of("joint-ad-regulatory-services"),
            "Assistant Director Regulatory Services and Community Safety", PostTier.DEPUTY_CHIEF_OFFICER,
            EMPLOYER_NOT_STATED, "to lead regulatory services and public protection", AppointmentBasis.PERMANENT);
    static final TableThreePost AD_SOCIAL_CARE = new TableThreePost(PostId.of("joint-ad-social-care-housing"),
            "Assistant Director Social Care, Commissioning and Housing", PostTier.DEPUTY_CHIEF_OFFICER,
            EMPLOYER_NOT_STATED, "to lead Housing and Commissioning", AppointmentBasis.PERMANENT);
    static final TableThreePost HR_LEAD = new TableThreePost(PostId.of("joint-strategic-lead-hr"),
            "Strategic Lead for HR", PostTier.OTHER, EMPLOYER_NOT_STATED, "human resources",
            AppointmentBasis.PERMANENT);
    static final List<TableThreePost> TABLE_THREE = List.of(CHIEF_EXECUTIVE, MONITORING_OFFICER,
            ASSISTANT_CHIEF_EXECUTIVE, AD_REGULATORY, AD_SOCIAL_CARE, HR_LEAD);
    static final List<TableThreePost> RECORDABLE_APPOINTMENTS = List.of(AD_REGULATORY, AD_SOCIAL_CARE, HR_LEAD);

    private final ScenarioRecord record = new ScenarioRecord();

    @AfterEach
    void closeTheRecord() {
        record.close();
    }

    /** Everything the paper states, in the order it happened. */
    static void recordThePaper(ScenarioRecord record) {
        recordThePartnershipAndItsBodies(record);
        recordThePrinciplesAndObjectives(record);
        recordTheTableThreePosts(record);
        RECORDABLE_APPOINTMENTS.forEach(post -> record.send(appointmentEndorsedByTheGroup(post)));
        recordTheSixMonthReview(record);
        proposeTheTwoNewPosts(record);
        record.send(new ApproveSalaryPackage(COMMERCIAL_DIRECTOR, OCC, PACKAGE_APPROVED_BY_COUNTY_COUNCIL));
        record.send(new ApproveSalaryPackage(CUSTOMERS_DIRECTOR, OCC, PACKAGE_APPROVED_BY_COUNTY_COUNCIL));
        recordTheCabinetSitting(record);
    }

    /** HYPOTHETICAL, beyond the paper: what must happen before the committee can appoint permanently. */
    static void recordTheHypotheticalContinuation(ScenarioRecord record) {
        ResolutionRef cdcCouncilApproves = ResolutionRef.of(CDC_COUNCIL, CDC_COUNCIL_NAME,
                HYPOTHETICAL_CDC_COUNCIL_DATE, null, "HYPOTHETICAL: approve the salary package for the two Joint"
                        + " Corporate Director roles");
        record.send(new ApproveSalaryPackage(COMMERCIAL_DIRECTOR, CDC, cdcCouncilApproves));
        record.send(new ApproveSalaryPackage(CUSTOMERS_DIRECTOR, CDC, cdcCouncilApproves));
        record.send(new AppointJointPost(COMMERCIAL_DIRECTOR, AppointmentId.of("commercial-director-permanent"), null,
                AppointmentBasis.PERMANENT, HYPOTHETICAL_START, jsspcAppoints()));
        record.send(new AppointJointPost(CUSTOMERS_DIRECTOR, AppointmentId.of("customers-director-permanent"), null,
                AppointmentBasis.PERMANENT, HYPOTHETICAL_START, jsspcAppoints()));
    }

    @Test
    void theWholePaperIsRecordedEventByEvent() {
        recordThePaper(record);

        assertThat(countByType(record.events())).isEqualTo(Map.ofEntries(
                Map.entry("PartnershipFormed", 1L),
                Map.entry("PartnershipCommenced", 1L),
                Map.entry("BodyConstituted", 6L),
                Map.entry("PowerGranted", 2L),
                Map.entry("PrincipleAdopted", 9L),
                Map.entry("ObjectiveSet", 6L),
                Map.entry("JointPostProposed", 8L),
                Map.entry("JointPostAppointed", 3L),
                Map.entry("PartnershipReviewed", 1L),
                Map.entry("SalaryPackageApproved", 2L),
                Map.entry("MeetingHeld", 1L),
                Map.entry("AgendaItemAdded", 2L),
                Map.entry("ResolutionRecorded", 2L),
                Map.entry("ResolutionConditionMet", 2L)));
    }

    @Test
    void theCommitteeHoldsTheAppointmentPowerTheCabinetDelegated() {
        recordThePaper(record);

        assertThat(record.events(PowerGranted.class)).containsExactly(
                new PowerGranted(JSSPC, JSSPC_NAME, Power.APPOINT_JOINT_CHIEF_OFFICERS, POWERS_DELEGATED_FROM,
                        APPOINTMENT_POWER_DELEGATED),
                new PowerGranted(JSSPC, JSSPC_NAME, Power.AGREE_JOINT_STRUCTURES, POWERS_DELEGATED_FROM,
                        STRUCTURES_POWER_DELEGATED));
    }

    @Test
    void theTwoNewChiefOfficerPostsAreProposedWithTheirRangesAndNeedBothFullCouncils() {
        recordThePaper(record);

        assertThat(record.eventsOf(COMMERCIAL_DIRECTOR)).first().isEqualTo(new JointPostProposed(COMMERCIAL_DIRECTOR,
                OCC_CDC, List.of(OCC, CDC), COMMERCIAL_DIRECTOR_TITLE, "strategic finance, assets, property,"
                        + " commercial matters, procurement and contracts", PostTier.CHIEF_OFFICER, OCC,
                List.of(OCC, CDC), CORPORATE_ADVISER_RANGE, List.of(), List.of(OCC, CDC), POSTS_PROPOSED));
        assertThat(record.eventsOf(CUSTOMERS_DIRECTOR)).first().isEqualTo(new JointPostProposed(CUSTOMERS_DIRECTOR,
                OCC_CDC, List.of(OCC, CDC), CUSTOMERS_DIRECTOR_TITLE, "HR, ICT, digital, transformation, strategic"
                        + " communities, policy and performance, customer contact", PostTier.CHIEF_OFFICER, CDC,
                List.of(OCC, CDC), CORPORATE_ADVISER_RANGE_CDC, List.of(), List.of(OCC, CDC), POSTS_PROPOSED));
    }

    @Test
    void theCountyCouncilApprovedBothPackagesOnNineJuly() {
        recordThePaper(record);

        assertThat(record.events(SalaryPackageApproved.class)).containsExactly(
                new SalaryPackageApproved(COMMERCIAL_DIRECTOR, COMMERCIAL_DIRECTOR_TITLE, OCC,
                        PACKAGE_APPROVED_BY_COUNTY_COUNCIL),
                new SalaryPackageApproved(CUSTOMERS_DIRECTOR, CUSTOMERS_DIRECTOR_TITLE, OCC,
                        PACKAGE_APPROVED_BY_COUNTY_COUNCIL));
    }

    @Test
    void theCabinetResolvedSubjectToTheCherwellExecutiveAndTheConditionWasMet() {
        recordThePaper(record);

        DecisionRegisterDetails forwardPlan = DecisionRegisterDetails.forwardPlan("2019/099");
        assertThat(record.events(ResolutionRecorded.class)).containsExactly(
                new ResolutionRecorded(CABINET_SITTING, CABINET, CABINET_NAME, CABINET_DATE, "18", "1(a)",
                        ResolutionAction.NOTE, CABINET_NOTES, CONDITION, ConditionStatus.CONDITIONAL, null, null,
                        forwardPlan),
                new ResolutionRecorded(CABINET_SITTING, CABINET, CABINET_NAME, CABINET_DATE, "18", "1(b)",
                        ResolutionAction.REQUEST, CABINET_REQUESTS, CONDITION, ConditionStatus.CONDITIONAL,
                        JSSPC_NAME, null, forwardPlan));
        assertThat(record.events(ResolutionConditionMet.class)).containsExactly(
                new ResolutionConditionMet(CABINET_SITTING, "1(a)", CONDITION, CDC_EXECUTIVE_DATE,
                        CONDITION_MET_EVIDENCE, null),
                new ResolutionConditionMet(CABINET_SITTING, "1(b)", CONDITION, CDC_EXECUTIVE_DATE,
                        CONDITION_MET_EVIDENCE, null));
    }

    @Test
    void onThePapersFactsNoPermanentAppointmentCanYetBeMadeBecauseCherwellsFullCouncilHasNotApproved() {
        recordThePaper(record);

        // The committee's sitting is not in the paper: any date after the Cabinet's request gives the same answer.
        for (PostId post : List.of(COMMERCIAL_DIRECTOR, CUSTOMERS_DIRECTOR)) {
            record.expectRefused(new AppointJointPost(post, AppointmentId.of(post.value() + "-permanent"), null,
                    AppointmentBasis.PERMANENT, HYPOTHETICAL_START, jsspcAppoints()),
                    RuleCode.SALARY_PACKAGE_NOT_APPROVED);
        }
        assertThat(record.events(JointPostAppointed.class))
                .noneMatch(appointed -> appointed.tier().chiefOfficer());
    }

    @Test
    void theCabinetCannotAppointToAJointChiefOfficerPost() {
        recordThePaper(record);

        ResolutionRef cabinetAppoints = ResolutionRef.of(CABINET, CABINET_NAME, CABINET_DATE, "1(b)",
                "HYPOTHETICAL: to appoint the most suitable candidate.");
        record.expectRefused(new AppointJointPost(COMMERCIAL_DIRECTOR, AppointmentId.of("by-cabinet"), null,
                AppointmentBasis.PERMANENT, HYPOTHETICAL_START, cabinetAppoints), RuleCode.POWER_NOT_HELD);
    }

    @Test
    void theCherwellExecutivesEndorsementIsNotItsFullCouncilsApprovalOfThePackage() {
        recordThePaper(record);

        ResolutionRef executiveEndorses = ResolutionRef.of(CDC_EXECUTIVE, CDC_EXECUTIVE_NAME, CDC_EXECUTIVE_DATE, null,
                "HYPOTHETICAL wording: to endorse the proposals for two senior joint posts.");
        record.expectRefused(new ApproveSalaryPackage(COMMERCIAL_DIRECTOR, CDC, executiveEndorses),
                RuleCode.SALARY_PACKAGE_NEEDS_FULL_COUNCIL);
        ResolutionRef cabinetForCherwell = ResolutionRef.of(CABINET, CABINET_NAME, CABINET_DATE, "1(a)",
                CABINET_NOTES);
        record.expectRefused(new ApproveSalaryPackage(CUSTOMERS_DIRECTOR, CDC, cabinetForCherwell),
                RuleCode.SALARY_PACKAGE_NEEDS_FULL_COUNCIL);
    }

    @Test
    void inTheWrongOrderTheCabinetCannotApproveThePackageInsteadOfTheCountyCouncil() {
        recordThePartnershipAndItsBodies(record);
        proposeTheTwoNewPosts(record);

        record.expectRefused(new ApproveSalaryPackage(COMMERCIAL_DIRECTOR, OCC, ResolutionRef.of(CABINET,
                CABINET_NAME, CABINET_DATE, "1(a)", CABINET_NOTES)), RuleCode.SALARY_PACKAGE_NEEDS_FULL_COUNCIL);
        record.expectRefused(new AppointJointPost(COMMERCIAL_DIRECTOR, AppointmentId.of("too-early"), null,
                AppointmentBasis.PERMANENT, HYPOTHETICAL_START, jsspcAppoints()), RuleCode.SALARY_PACKAGE_NOT_APPROVED);
    }

    @Test
    void hypotheticallyOnceCherwellsFullCouncilApprovesTheCommitteeCanAppoint() {
        recordThePaper(record);
        recordTheHypotheticalContinuation(record);

        assertThat(record.events(SalaryPackageApproved.class)).extracting(SalaryPackageApproved::authority)
                .containsExactly(OCC, OCC, CDC, CDC);
        assertThat(record.events(JointPostAppointed.class))
                .filteredOn(appointed -> appointed.postId().equals(COMMERCIAL_DIRECTOR)
                        || appointed.postId().equals(CUSTOMERS_DIRECTOR))
                .containsExactly(
                        new JointPostAppointed(COMMERCIAL_DIRECTOR, AppointmentId.of("commercial-director-permanent"),
                                COMMERCIAL_DIRECTOR_TITLE, PostTier.CHIEF_OFFICER, AppointmentBasis.PERMANENT, null,
                                HYPOTHETICAL_START, jsspcAppoints()),
                        new JointPostAppointed(CUSTOMERS_DIRECTOR, AppointmentId.of("customers-director-permanent"),
                                CUSTOMERS_DIRECTOR_TITLE, PostTier.CHIEF_OFFICER, AppointmentBasis.PERMANENT, null,
                                HYPOTHETICAL_START, jsspcAppoints()));
    }

    @Test
    void theReviewRecordsNinePrinciplesSixObjectivesTheirAssessmentsAndTheSavings() {
        recordThePaper(record);

        assertThat(record.events(PrincipleAdopted.class)).extracting(PrincipleAdopted::number, PrincipleAdopted::text)
                .containsExactlyElementsOf(numbered(PRINCIPLES));
        assertThat(record.events(PrincipleAdopted.class))
                .allSatisfy(adopted -> assertThat(adopted.resolution()).isEqualTo(PRINCIPLES_AND_OBJECTIVES));
        assertThat(record.events(ObjectiveSet.class)).extracting(ObjectiveSet::number, ObjectiveSet::text)
                .containsExactlyElementsOf(numbered(OBJECTIVES));
        assertThat(record.events(PartnershipReviewed.class)).containsExactly(new PartnershipReviewed(OCC_CDC,
                "six-month-review-2019", "Partnership Review, Evaluation and Next Steps", null, ASSESSMENTS,
                SAVINGS_2019_20, REVIEW_RECOMMENDATIONS, REVIEW_RECEIVED));
        PartnershipReviewed review = record.events(PartnershipReviewed.class).get(0);
        assertThat(review.assessments()).filteredOn(a -> a.subject() == Subject.PRINCIPLE)
                .extracting(Assessment::number, Assessment::outcome)
                .containsExactly(
                        tuple(1, AssessmentOutcome.MET),
                        tuple(2, AssessmentOutcome.MET),
                        tuple(3, AssessmentOutcome.MET),
                        tuple(4, AssessmentOutcome.TOO_SOON),
                        tuple(5, AssessmentOutcome.MET),
                        tuple(6, AssessmentOutcome.MET),
                        tuple(7, AssessmentOutcome.MET),
                        tuple(8, AssessmentOutcome.MET),
                        tuple(9, AssessmentOutcome.MET));
        assertThat(review.savings()).extracting(SavingEstimate::authority, SavingEstimate::amount)
                .containsExactly(tuple(OCC, Money.pounds(314_000)),
                        tuple(CDC, Money.pounds(315_000)));
    }

    @Test
    void theSixJointPostsOfTableThreeAreProposedWithHonestTiers() {
        recordThePaper(record);

        assertThat(record.events(JointPostProposed.class))
                .filteredOn(proposed -> TABLE_THREE.stream().anyMatch(post -> post.postId().equals(proposed.postId())))
                .extracting(JointPostProposed::title, JointPostProposed::tier, JointPostProposed::salaryRange,
                        JointPostProposed::salaryPackageApprovalRequiredFrom)
                .containsExactly(
                        tuple("Chief Executive", PostTier.CHIEF_EXECUTIVE, null, List.of()),
                        tuple("Monitoring Officer", PostTier.CHIEF_OFFICER, null, List.of()),
                        tuple("Assistant Chief Executive/Director", PostTier.CHIEF_OFFICER,
                                null, List.of()),
                        tuple("Assistant Director Regulatory Services and Community Safety",
                                PostTier.DEPUTY_CHIEF_OFFICER, null, List.of()),
                        tuple("Assistant Director Social Care, Commissioning and Housing",
                                PostTier.DEPUTY_CHIEF_OFFICER, null, List.of()),
                        tuple("Strategic Lead for HR", PostTier.OTHER, null, List.of()));
    }

    @Test
    void theThreePermanentNonChiefOfficerAppointmentsEndorsedByTheGroupAreRecorded() {
        recordThePaper(record);

        assertThat(record.events(JointPostAppointed.class)).containsExactlyElementsOf(RECORDABLE_APPOINTMENTS.stream()
                .map(post -> new JointPostAppointed(post.postId(), post.appointmentId(), post.title(), post.tier(),
                        AppointmentBasis.PERMANENT, null, IN_POST_BY, ENDORSED_BY_PWG))
                .toList());
    }

    @Test
    void theChiefExecutivesAppointmentCannotBeRecordedWithoutTheBodyThatMadeIt() {
        recordThePaper(record);

        record.expectRefused(new AppointJointPost(CHIEF_EXECUTIVE.postId(), CHIEF_EXECUTIVE.appointmentId(), null,
                CHIEF_EXECUTIVE.basis(), OCTOBER_2018, COMMENCED), RuleCode.RESOLVING_BODY_NOT_STATED);
    }

    @Test
    void theGroupsInterimChiefOfficerEndorsementsCannotStandAsAppointments() {
        recordThePaper(record);

        for (TableThreePost post : List.of(MONITORING_OFFICER, ASSISTANT_CHIEF_EXECUTIVE)) {
            record.expectRefused(appointmentEndorsedByTheGroup(post), RuleCode.RESOLVING_BODY_NOT_STATED);
            // Had the paper dated the endorsement (here, hypothetically, the review's date), the informal Group
            // still could not have held the power to appoint.
            ResolutionRef dated = ResolutionRef.of(PWG, PWG_NAME, IN_POST_BY, null, ENDORSED_BY_PWG.wording());
            record.expectRefused(new AppointJointPost(post.postId(), post.appointmentId(), null, post.basis(),
                    IN_POST_BY, dated), RuleCode.POWER_NOT_HELD);
        }
        record.expectRefused(new GrantPower(PWG, Power.APPOINT_JOINT_CHIEF_OFFICERS, POWERS_DELEGATED_FROM,
                notStated("Not in the paper: a grant to the Partnership Working Group")),
                RuleCode.INFORMAL_BODY_CANNOT_HOLD_POWER);
    }

    static void recordThePartnershipAndItsBodies(ScenarioRecord record) {
        record.send(new FormPartnership(OCC_CDC, PARTNERSHIP_NAME, List.of(
                new Authority(OCC, "Oxfordshire County Council", Tier.COUNTY),
                new Authority(CDC, "Cherwell District Council", Tier.DISTRICT)), null,
                "Shared roles / specialist functions (joint direct delivery), in its earliest stages (review para 3.6)",
                FORMED));
        record.send(new CommencePartnership(OCC_CDC, null, COMMENCED));
        record.send(new ConstituteBody(COUNTY_COUNCIL, COUNTY_COUNCIL_NAME, BodyKind.FULL_COUNCIL, List.of(OCC), null,
                null, null));
        record.send(new ConstituteBody(CDC_COUNCIL, CDC_COUNCIL_NAME, BodyKind.FULL_COUNCIL, List.of(CDC), null, null,
                null));
        record.send(new ConstituteBody(CABINET, CABINET_NAME, BodyKind.CABINET, List.of(OCC), null, null, null));
        record.send(new ConstituteBody(CDC_EXECUTIVE, CDC_EXECUTIVE_NAME, BodyKind.EXECUTIVE, List.of(CDC), null,
                null, null));
        record.send(new ConstituteBody(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), OCC_CDC, null,
                JSSPC_ESTABLISHED));
        record.send(new GrantPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, POWERS_DELEGATED_FROM,
                APPOINTMENT_POWER_DELEGATED));
        record.send(new GrantPower(JSSPC, Power.AGREE_JOINT_STRUCTURES, POWERS_DELEGATED_FROM,
                STRUCTURES_POWER_DELEGATED));
        record.send(new ConstituteBody(PWG, PWG_NAME, BodyKind.WORKING_GROUP, List.of(OCC, CDC), OCC_CDC, null,
                null));
    }

    static void recordThePrinciplesAndObjectives(ScenarioRecord record) {
        for (int i = 0; i < PRINCIPLES.size(); i++) {
            record.send(new AdoptPrinciple(OCC_CDC, i + 1, PRINCIPLES.get(i), PRINCIPLES_AND_OBJECTIVES));
        }
        for (int i = 0; i < OBJECTIVES.size(); i++) {
            record.send(new SetObjective(OCC_CDC, i + 1, OBJECTIVES.get(i), PRINCIPLES_AND_OBJECTIVES));
        }
    }

    static void recordTheTableThreePosts(ScenarioRecord record) {
        for (TableThreePost post : TABLE_THREE) {
            String employerNote = post == ASSISTANT_CHIEF_EXECUTIVE ? "a post within CDC (Annex A para 5)"
                    : "employing authority not stated; recorded as " + EMPLOYER_NOT_STATED;
            record.send(new ProposeJointPost(post.postId(), OCC_CDC, post.title(), post.remit(), post.tier(),
                    post.employer(), List.of(OCC, CDC), null, List.of(), notStated("Joint senior appointment listed"
                            + " in Table 3 of the six-month review (the resolution creating the post is not stated;"
                            + " " + employerNote + ")")));
        }
    }

    static void recordTheSixMonthReview(ScenarioRecord record) {
        // Dated only "March 2019" (document control 16/3/19 is the draft's date), so the review date is not stated.
        record.send(new RecordPartnershipReview(OCC_CDC, "six-month-review-2019",
                "Partnership Review, Evaluation and Next Steps", null, ASSESSMENTS, SAVINGS_2019_20,
                REVIEW_RECOMMENDATIONS, REVIEW_RECEIVED));
    }

    static void proposeTheTwoNewPosts(ScenarioRecord record) {
        // The cost split is not stated ("costs will be split between each authority"), so both councils pay.
        record.send(new ProposeJointPost(COMMERCIAL_DIRECTOR, OCC_CDC, COMMERCIAL_DIRECTOR_TITLE,
                "strategic finance, assets, property, commercial matters, procurement and contracts",
                PostTier.CHIEF_OFFICER, OCC, List.of(OCC, CDC), CORPORATE_ADVISER_RANGE, List.of(), POSTS_PROPOSED));
        record.send(new ProposeJointPost(CUSTOMERS_DIRECTOR, OCC_CDC, CUSTOMERS_DIRECTOR_TITLE,
                "HR, ICT, digital, transformation, strategic communities, policy and performance, customer contact",
                PostTier.CHIEF_OFFICER, CDC, List.of(OCC, CDC), CORPORATE_ADVISER_RANGE_CDC, List.of(),
                POSTS_PROPOSED));
    }

    /**
     * The addendum is the agenda with the report, not the minutes: the resolutions are recorded in the words of
     * recommendation 1, under the report's numbering, as the minute references are not stated.
     */
    static void recordTheCabinetSitting(ScenarioRecord record) {
        DecisionRegisterDetails forwardPlan = DecisionRegisterDetails.forwardPlan("2019/099");
        record.send(new HoldMeeting(CABINET_SITTING, CABINET, CABINET_DATE, "Cabinet"));
        record.send(new AddAgendaItem(CABINET_SITTING, "16", "Transition Fund for Open Access Children's Services:"
                + " Underspend Bidding Round Recommendations", null));
        record.send(new AddAgendaItem(CABINET_SITTING, "18", "Senior Joint Leadership Roles - Oxfordshire County"
                + " Council and Cherwell District Council", null));
        record.send(new RecordResolution(CABINET_SITTING, "18", "1(a)", ResolutionAction.NOTE, CABINET_NOTES,
                CONDITION, null, null, forwardPlan));
        record.send(new RecordResolution(CABINET_SITTING, "18", "1(b)", ResolutionAction.REQUEST, CABINET_REQUESTS,
                CONDITION, JSSPC_NAME, null, forwardPlan));
        // The Cabinet sat the day after the Executive was due to endorse; the paper does not report the endorsement.
        record.send(new RecordConditionMet(CABINET_SITTING, "1(a)", CDC_EXECUTIVE_DATE, CONDITION_MET_EVIDENCE));
        record.send(new RecordConditionMet(CABINET_SITTING, "1(b)", CDC_EXECUTIVE_DATE, CONDITION_MET_EVIDENCE));
    }

    static AppointJointPost appointmentEndorsedByTheGroup(TableThreePost post) {
        return new AppointJointPost(post.postId(), post.appointmentId(), null, post.basis(), IN_POST_BY,
                ENDORSED_BY_PWG);
    }

    static ResolutionRef jsspcAppoints() {
        return ResolutionRef.of(JSSPC, JSSPC_NAME, HYPOTHETICAL_JSSPC_DATE, null,
                "HYPOTHETICAL: to appoint the most suitable candidate to the joint post");
    }

    private static Assessment principle(int number, AssessmentOutcome outcome, String commentary) {
        return new Assessment(Subject.PRINCIPLE, number, outcome, commentary);
    }

    private static Assessment objective(int number, AssessmentOutcome outcome, String commentary) {
        return new Assessment(Subject.OBJECTIVE, number, outcome, commentary);
    }

    private static List<Tuple> numbered(List<String> texts) {
        List<Tuple> numbered = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            numbered.add(tuple(i + 1, texts.get(i)));
        }
        return numbered;
    }
}
