package org.partnershiprecord.domain.businesscase;

import static org.partnershiprecord.domain.common.RuleMatchers.violates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.InMemoryGovernanceDirectory;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.AdoptIntoPolicyFramework;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.CloseStaffConsultation;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.DecideBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.EndorseBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.OpenStaffConsultation;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.RecordConsideration;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.RecordImplementation;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.ReopenBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.SubmitBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseAdoptedIntoPolicyFramework;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseConsidered;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseDecided;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseEndorsed;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseImplemented;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseReopened;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseSubmitted;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.StaffConsultationClosed;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.StaffConsultationOpened;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.BusinessCaseId;
import org.partnershiprecord.domain.common.Minutes;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;

/**
 * The two CDC-SNC business cases of 2012 (seed: CDC Council, 16 May 2012): Performance, whose staff
 * consultation had completed, and JMT support, still in consultation. The seed ends at the Council's
 * adoption of the principle; the later steps here (scrutiny, personnel committee, executive) use
 * illustrative dates in June and July 2012.
 */
class BusinessCaseTest {

    static final PartnershipId CDC_SNC = PartnershipId.of("cdc-snc");
    static final String PARTNERSHIP_NAME = "Cherwell and South Northamptonshire joint working";
    static final Authority CDC = new Authority(AuthorityCode.of("CDC"), "Cherwell District Council", Tier.DISTRICT);
    static final Authority SNC = new Authority(AuthorityCode.of("SNC"), "South Northamptonshire Council",
            Tier.DISTRICT);
    static final AuthorityCode OCC = AuthorityCode.of("OCC");

    static final BusinessCaseId PERFORMANCE = BusinessCaseId.of("cdc-snc-joint-performance-2012");
    static final BusinessCaseId JMT_SUPPORT = BusinessCaseId.of("cdc-snc-jmt-support-2012");
    static final String PERFORMANCE_TITLE = "A Joint Performance Service";
    static final String PERFORMANCE_SERVICE = "Performance, information management and consultation";
    static final String PERFORMANCE_SUMMARY = "Bring the two separate teams that report into the shared Performance"
            + " Manager into one team: greater resilience, best practice across both councils, more effective and"
            + " efficient.";
    static final String JMT_TITLE = "A Joint JMT (Joint Management Team) Support Service";
    static final String JMT_SERVICE = "Joint Management Team support";
    static final String JMT_SUMMARY = "Dedicated, permanent support for the JMT, replacing interim arrangements;"
            + " can be met within existing budgets.";
    static final SavingEstimate APPROXIMATELY_25000 = new SavingEstimate(null, null, Money.pounds(25_000));

    static final BodyId CDC_COUNCIL = BodyId.of("cdc-council");
    static final BodyId SNC_COUNCIL = BodyId.of("snc-council");
    static final BodyId OCC_COUNCIL = BodyId.of("occ-council");
    static final BodyId CDC_EXECUTIVE = BodyId.of("cdc-executive");
    static final BodyId CDC_PERSONNEL = BodyId.of("cdc-personnel-committee");
    static final BodyId SNC_CABINET = BodyId.of("snc-cabinet");
    static final BodyId JSSPC = BodyId.of("cdc-snc-jsspc");
    static final BodyId JMT = BodyId.of("cdc-snc-jmt");
    static final BodyId JASG = BodyId.of("cdc-snc-jasg");

    static final ResolutionRef JMT_ENDORSED = Minutes.resolved(JMT, "Joint Management Team", null, null,
            "Both business cases endorsed prior to consideration by the Joint Arrangements Steering Group.");
    static final ResolutionRef JASG_7_MARCH_2012 = Minutes.resolved(JASG, "Joint Arrangements Steering Group",
            LocalDate.of(2012, 3, 7), null,
            "Proposals for joint working business cases for performance management and JMT support endorsed for"
                    + " further development.");
    static final ResolutionRef CDC_COUNCIL_16_MAY_2012 = Minutes.resolved(CDC_COUNCIL, "Council",
            LocalDate.of(2012, 5, 16), null,
            "Adopt the principle of establishing a shared Performance Management team and JMT support team with"
                    + " South Northamptonshire Council as part of the Council's policy framework.");
    static final ResolutionRef SCRUTINY_12_JUNE = Minutes.resolved("cdc-scrutiny", "Overview and Scrutiny Committee",
            LocalDate.of(2012, 6, 12), null, "That the business case be noted.");
    static final ResolutionRef PERSONNEL_20_JUNE = Minutes.resolved(CDC_PERSONNEL, "Personnel Committee",
            LocalDate.of(2012, 6, 20), null, "That the staffing implications of the business case be agreed.");
    static final ResolutionRef EXECUTIVE_2_JULY = Minutes.resolved(CDC_EXECUTIVE, "Executive",
            LocalDate.of(2012, 7, 2), null,
            "That the final business case for a joint performance service be approved.");

    static final BusinessCaseSubmitted PERFORMANCE_SUBMITTED = new BusinessCaseSubmitted(PERFORMANCE, CDC_SNC,
            PARTNERSHIP_NAME, List.of(CDC.code(), SNC.code()), PERFORMANCE_TITLE, PERFORMANCE_SERVICE,
            PERFORMANCE_SUMMARY, List.of(APPROXIMATELY_25000), null, null);
    static final BusinessCaseSubmitted JMT_SUBMITTED = new BusinessCaseSubmitted(JMT_SUPPORT, CDC_SNC,
            PARTNERSHIP_NAME, List.of(CDC.code(), SNC.code()), JMT_TITLE, JMT_SERVICE, JMT_SUMMARY, List.of(), null, null);
    // The paper says only that consultation "has completed": no dates.
    static final StaffConsultationOpened PERFORMANCE_CONSULTATION_OPENED = new StaffConsultationOpened(PERFORMANCE,
            null);
    static final StaffConsultationClosed PERFORMANCE_CONSULTATION_CLOSED = new StaffConsultationClosed(PERFORMANCE,
            null);
    static final BusinessCaseConsidered PERFORMANCE_SCRUTINISED = new BusinessCaseConsidered(PERFORMANCE,
            ConsiderationRole.PRELIMINARY_CONSIDERATION, BodyKind.SCRUTINY_COMMITTEE, SCRUTINY_12_JUNE);
    static final BusinessCaseConsidered PERFORMANCE_BEFORE_PERSONNEL = new BusinessCaseConsidered(PERFORMANCE,
            ConsiderationRole.HEARING, BodyKind.PERSONNEL_COMMITTEE, PERSONNEL_20_JUNE);
    static final BusinessCaseDecided PERFORMANCE_APPROVED = new BusinessCaseDecided(PERFORMANCE,
            DecisionOutcome.APPROVED, EXECUTIVE_2_JULY);
    static final BusinessCaseDecided PERFORMANCE_DECLINED = new BusinessCaseDecided(PERFORMANCE,
            DecisionOutcome.DECLINED, EXECUTIVE_2_JULY);
    static final BusinessCaseImplemented PERFORMANCE_IMPLEMENTED = new BusinessCaseImplemented(PERFORMANCE,
            LocalDate.of(2012, 10, 1), "Single team in place under the shared Performance Manager.");

    private FixtureConfiguration<BusinessCase> fixture;
    private InMemoryGovernanceDirectory directory;

    @BeforeEach
    void setUp() {
        ResolutionRef notStated = Minutes.notStated("As the record shows.");
        directory = new InMemoryGovernanceDirectory().onAll(
                new PartnershipFormed(CDC_SNC, PARTNERSHIP_NAME, List.of(CDC, SNC), null, "Shared management team",
                        notStated),
                body(CDC_COUNCIL, "Council", BodyKind.FULL_COUNCIL, CDC.code()),
                body(SNC_COUNCIL, "South Northamptonshire Council", BodyKind.FULL_COUNCIL, SNC.code()),
                body(OCC_COUNCIL, "Oxfordshire County Council", BodyKind.FULL_COUNCIL, OCC),
                body(CDC_EXECUTIVE, "Executive", BodyKind.EXECUTIVE, CDC.code()),
                body(CDC_PERSONNEL, "Personnel Committee", BodyKind.PERSONNEL_COMMITTEE, CDC.code()),
                body(SNC_CABINET, "Cabinet", BodyKind.CABINET, SNC.code()),
                body(JSSPC, "Joint Shared Services and Personnel Committee", BodyKind.JOINT_COMMITTEE, CDC.code(),
                        SNC.code()),
                body(JMT, "Joint Management Team", BodyKind.OFFICER_TEAM, CDC.code(), SNC.code()),
                body(JASG, "Joint Arrangements Steering Group", BodyKind.STEERING_GROUP, CDC.code(), SNC.code()),
                new PowerGranted(CDC_EXECUTIVE, "Executive", Power.APPROVE_BUSINESS_CASES, LocalDate.of(2012, 1, 1),
                        notStated),
                new PowerGranted(SNC_CABINET, "Cabinet", Power.APPROVE_BUSINESS_CASES, LocalDate.of(2013, 1, 1),
                        notStated),
                new PowerGranted(JSSPC, "Joint Shared Services and Personnel Committee", Power.APPROVE_BUSINESS_CASES,
                        LocalDate.of(2011, 6, 1), notStated),
                new PowerWithdrawn(JSSPC, "Joint Shared Services and Personnel Committee",
                        Power.APPROVE_BUSINESS_CASES, LocalDate.of(2012, 6, 1), notStated));
        fixture = new AggregateTestFixture<>(BusinessCase.class);
        fixture.registerInjectableResource(directory);
    }

    private static BodyConstituted body(BodyId id, String name, BodyKind kind, AuthorityCode... authorities) {
        return new BodyConstituted(id, name, kind, List.of(authorities), null, null, null);
    }

    /** The Performance case as submitted, followed by the given steps. */
    private static List<Object> performance(Object... steps) {
        List<Object> events = new ArrayList<>();
        events.add(PERFORMANCE_SUBMITTED);
        events.addAll(Arrays.asList(steps));
        return events;
    }

    /** The Performance case through consultation, scrutiny and the personnel committee, ready to decide. */
    private static List<Object> performanceBeforeTheExecutive(Object... steps) {
        List<Object> events = performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED,
                PERFORMANCE_SCRUTINISED, PERFORMANCE_BEFORE_PERSONNEL);
        events.addAll(Arrays.asList(steps));
        return events;
    }

    private static ResolutionRef resolution(BodyId body, String name, LocalDate on) {
        return Minutes.resolved(body, name, on, null, "That the business case be approved.");
    }

    // Submission

    @Test
    void performanceCaseIsSubmittedWithASavingOfApproximately25000NotAttributedToACouncil() {
        fixture.givenNoPriorActivity()
                .when(new SubmitBusinessCase(PERFORMANCE, CDC_SNC, PERFORMANCE_TITLE, PERFORMANCE_SERVICE,
                        PERFORMANCE_SUMMARY, List.of(APPROXIMATELY_25000), null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(PERFORMANCE_SUBMITTED);
    }

    @Test
    void jmtSupportCaseIsSubmittedWithNoSavingsBecauseItIsMetWithinExistingBudgets() {
        fixture.givenNoPriorActivity()
                .when(new SubmitBusinessCase(JMT_SUPPORT, CDC_SNC, JMT_TITLE, JMT_SERVICE, JMT_SUMMARY, null, null, null))
                .expectEvents(JMT_SUBMITTED);
    }

    @Test
    void savingsMayBeAttributedToACouncilOfThePartnershipForAYear() {
        SavingEstimate sncSaving = new SavingEstimate(SNC.code(), "2012/13", Money.pounds(12_500));
        LocalDate submittedOn = LocalDate.of(2012, 3, 7);
        fixture.givenNoPriorActivity()
                .when(new SubmitBusinessCase(PERFORMANCE, CDC_SNC, PERFORMANCE_TITLE, PERFORMANCE_SERVICE, null,
                        List.of(sncSaving), submittedOn, null))
                .expectEvents(new BusinessCaseSubmitted(PERFORMANCE, CDC_SNC, PARTNERSHIP_NAME,
                        List.of(CDC.code(), SNC.code()), PERFORMANCE_TITLE, PERFORMANCE_SERVICE, null,
                        List.of(sncSaving), submittedOn, null));
    }

    @Test
    void cannotSubmitACaseForAPartnershipNotRecorded() {
        fixture.givenNoPriorActivity()
                .when(new SubmitBusinessCase(PERFORMANCE, PartnershipId.of("occ-cdc"), PERFORMANCE_TITLE,
                        PERFORMANCE_SERVICE, null, List.of(), null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_PARTNERSHIP));
    }

    @Test
    void cannotAttributeASavingToACouncilOutsideThePartnership() {
        fixture.givenNoPriorActivity()
                .when(new SubmitBusinessCase(PERFORMANCE, CDC_SNC, PERFORMANCE_TITLE, PERFORMANCE_SERVICE, null,
                        List.of(new SavingEstimate(OCC, "2012/13", Money.pounds(25_000))), null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
    }

    @Test
    void cannotSubmitACaseWithoutATitleAServiceOrWithAnEmptySaving() {
        fixture.givenNoPriorActivity()
                .when(new SubmitBusinessCase(PERFORMANCE, CDC_SNC, " ", PERFORMANCE_SERVICE, null, null, null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
        fixture.givenNoPriorActivity()
                .when(new SubmitBusinessCase(PERFORMANCE, CDC_SNC, PERFORMANCE_TITLE, null, null, null, null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
        fixture.givenNoPriorActivity()
                .when(new SubmitBusinessCase(PERFORMANCE, CDC_SNC, PERFORMANCE_TITLE, PERFORMANCE_SERVICE, null,
                        Arrays.asList(APPROXIMATELY_25000, null), null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // Endorsement

    @Test
    void jointManagementTeamEndorsesTheCaseWithoutAStatedDate() {
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new EndorseBusinessCase(PERFORMANCE, JMT_ENDORSED))
                .expectEvents(new BusinessCaseEndorsed(PERFORMANCE, JMT_ENDORSED));
    }

    @Test
    void jointArrangementsSteeringGroupEndorsedBothCasesOn7March2012WithoutAnyPower() {
        fixture.given(PERFORMANCE_SUBMITTED, new BusinessCaseEndorsed(PERFORMANCE, JMT_ENDORSED))
                .when(new EndorseBusinessCase(PERFORMANCE, JASG_7_MARCH_2012))
                .expectEvents(new BusinessCaseEndorsed(PERFORMANCE, JASG_7_MARCH_2012));
    }

    @Test
    void theJmtSupportCaseIsEndorsedWhileStillInStaffConsultation() {
        fixture.given(JMT_SUBMITTED, new StaffConsultationOpened(JMT_SUPPORT, null))
                .when(new EndorseBusinessCase(JMT_SUPPORT, JASG_7_MARCH_2012))
                .expectEvents(new BusinessCaseEndorsed(JMT_SUPPORT, JASG_7_MARCH_2012));
    }

    @Test
    void anEndorsementRecordsWhoResolvedIt() {
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new EndorseBusinessCase(PERFORMANCE, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void cannotEndorseACaseAlreadyDecided() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_APPROVED))
                .when(new EndorseBusinessCase(PERFORMANCE, JASG_7_MARCH_2012))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_ALREADY_DECIDED));
    }

    // Staff consultation

    @Test
    void staffConsultationOpensOnASubmittedCase() {
        LocalDate openedOn = LocalDate.of(2012, 4, 2);
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new OpenStaffConsultation(PERFORMANCE, openedOn))
                .expectEvents(new StaffConsultationOpened(PERFORMANCE, openedOn));
    }

    @Test
    void cannotOpenStaffConsultationThatIsAlreadyOpen() {
        fixture.given(JMT_SUBMITTED, new StaffConsultationOpened(JMT_SUPPORT, null))
                .when(new OpenStaffConsultation(JMT_SUPPORT, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.CONSULTATION_ALREADY_OPEN));
    }

    @Test
    void cannotOpenStaffConsultationAgainOnceItHasClosed() {
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED))
                .when(new OpenStaffConsultation(PERFORMANCE, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED,
                        new BusinessCaseReopened(PERFORMANCE, "Revised cost allocations", EXECUTIVE_2_JULY)))
                .when(new OpenStaffConsultation(PERFORMANCE, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void cannotOpenStaffConsultationOnACaseAlreadyDecided() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_APPROVED))
                .when(new OpenStaffConsultation(PERFORMANCE, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_ALREADY_DECIDED));
    }

    @Test
    void performanceStaffConsultationCompletedWithoutStatedDates() {
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED))
                .when(new CloseStaffConsultation(PERFORMANCE, null))
                .expectEvents(PERFORMANCE_CONSULTATION_CLOSED);
    }

    @Test
    void staffConsultationMayCloseOnTheDayItOpened() {
        LocalDate day = LocalDate.of(2012, 4, 2);
        fixture.given(performance(new StaffConsultationOpened(PERFORMANCE, day)))
                .when(new CloseStaffConsultation(PERFORMANCE, day))
                .expectEvents(new StaffConsultationClosed(PERFORMANCE, day));
    }

    @Test
    void cannotCloseStaffConsultationBeforeItOpened() {
        fixture.given(performance(new StaffConsultationOpened(PERFORMANCE, LocalDate.of(2012, 4, 2))))
                .when(new CloseStaffConsultation(PERFORMANCE, LocalDate.of(2012, 4, 1)))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void cannotCloseStaffConsultationThatIsNotOpen() {
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new CloseStaffConsultation(PERFORMANCE, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.CONSULTATION_NOT_OPEN));
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED))
                .when(new CloseStaffConsultation(PERFORMANCE, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.CONSULTATION_NOT_OPEN));
    }

    @Test
    void cannotCloseStaffConsultationOnACaseAlreadyDecided() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_APPROVED))
                .when(new CloseStaffConsultation(PERFORMANCE, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_ALREADY_DECIDED));
    }

    // Adoption into the policy framework

    @Test
    void cherwellCouncilAdoptedThePrincipleIntoItsPolicyFrameworkOn16May2012() {
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED))
                .when(new AdoptIntoPolicyFramework(PERFORMANCE, CDC_COUNCIL_16_MAY_2012))
                .expectEvents(new BusinessCaseAdoptedIntoPolicyFramework(PERFORMANCE, CDC.code(),
                        CDC_COUNCIL_16_MAY_2012));
    }

    @Test
    void theJmtSupportCaseIsAdoptedWhileStillInStaffConsultation() {
        fixture.given(JMT_SUBMITTED, new StaffConsultationOpened(JMT_SUPPORT, null))
                .when(new AdoptIntoPolicyFramework(JMT_SUPPORT, CDC_COUNCIL_16_MAY_2012))
                .expectEvents(new BusinessCaseAdoptedIntoPolicyFramework(JMT_SUPPORT, CDC.code(),
                        CDC_COUNCIL_16_MAY_2012));
    }

    @Test
    void eachPartnerCouncilMayAdoptThePrincipleIntoItsOwnFramework() {
        ResolutionRef sncCouncil = Minutes.resolved(SNC_COUNCIL, "South Northamptonshire Council",
                LocalDate.of(2012, 5, 23), null, "Adopt the principle as part of the policy framework.");
        fixture.given(performance(new BusinessCaseAdoptedIntoPolicyFramework(PERFORMANCE, CDC.code(),
                        CDC_COUNCIL_16_MAY_2012)))
                .when(new AdoptIntoPolicyFramework(PERFORMANCE, sncCouncil))
                .expectEvents(new BusinessCaseAdoptedIntoPolicyFramework(PERFORMANCE, SNC.code(), sncCouncil));
    }

    @Test
    void cannotAdoptThePrincipleTwiceIntoTheSameCouncilsFramework() {
        fixture.given(performance(new BusinessCaseAdoptedIntoPolicyFramework(PERFORMANCE, CDC.code(),
                        CDC_COUNCIL_16_MAY_2012)))
                .when(new AdoptIntoPolicyFramework(PERFORMANCE, CDC_COUNCIL_16_MAY_2012))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void onlyAFullCouncilAdoptsIntoThePolicyFramework() {
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new AdoptIntoPolicyFramework(PERFORMANCE,
                        resolution(CDC_EXECUTIVE, "Executive", LocalDate.of(2012, 5, 16))))
                .expectNoEvents()
                .expectException(violates(RuleCode.ADOPTION_NEEDS_FULL_COUNCIL));
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new AdoptIntoPolicyFramework(PERFORMANCE, JASG_7_MARCH_2012))
                .expectNoEvents()
                .expectException(violates(RuleCode.ADOPTION_NEEDS_FULL_COUNCIL));
    }

    @Test
    void theFullCouncilOfACouncilOutsideThePartnershipCannotAdoptIt() {
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new AdoptIntoPolicyFramework(PERFORMANCE,
                        resolution(OCC_COUNCIL, "Oxfordshire County Council", LocalDate.of(2012, 5, 16))))
                .expectNoEvents()
                .expectException(violates(RuleCode.ADOPTION_NEEDS_FULL_COUNCIL));
    }

    @Test
    void adoptionMustStateTheCouncilAndTheDate() {
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new AdoptIntoPolicyFramework(PERFORMANCE, Minutes.notStated("Principle adopted.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new AdoptIntoPolicyFramework(PERFORMANCE, resolution(CDC_COUNCIL, "Council", null)))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new AdoptIntoPolicyFramework(PERFORMANCE, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void cannotAdoptByACouncilBodyNotRecorded() {
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new AdoptIntoPolicyFramework(PERFORMANCE,
                        resolution(BodyId.of("daventry-council"), "Daventry District Council",
                                LocalDate.of(2012, 5, 16))))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_BODY));
    }

    @Test
    void cannotAdoptACaseAlreadyDecided() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_APPROVED))
                .when(new AdoptIntoPolicyFramework(PERFORMANCE, CDC_COUNCIL_16_MAY_2012))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_ALREADY_DECIDED));
    }

    // Considerations on the democratic route

    @Test
    void scrutinyConsidersTheCaseOnceStaffConsultationHasClosed() {
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED))
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.PRELIMINARY_CONSIDERATION,
                        BodyKind.SCRUTINY_COMMITTEE, SCRUTINY_12_JUNE))
                .expectEvents(PERFORMANCE_SCRUTINISED);
    }

    @Test
    void personnelCommitteeConsidersTheCaseAfterScrutiny() {
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED,
                        PERFORMANCE_SCRUTINISED))
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.HEARING, BodyKind.PERSONNEL_COMMITTEE,
                        PERSONNEL_20_JUNE))
                .expectEvents(PERFORMANCE_BEFORE_PERSONNEL);
    }

    @Test
    void scrutinyIsOptionalWhenTheChairmanDoesNotCallForIt() {
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED))
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.HEARING, BodyKind.PERSONNEL_COMMITTEE,
                        PERSONNEL_20_JUNE))
                .expectEvents(PERFORMANCE_BEFORE_PERSONNEL);
    }

    @Test
    void personnelCommitteeMayConsiderTheCaseMoreThanOnce() {
        ResolutionRef again = Minutes.resolved(CDC_PERSONNEL, "Personnel Committee", LocalDate.of(2012, 6, 27),
                null, "That the revised staffing structure be noted.");
        fixture.given(performanceBeforeTheExecutive())
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.NOTING, BodyKind.PERSONNEL_COMMITTEE,
                        again))
                .expectEvents(new BusinessCaseConsidered(PERFORMANCE, ConsiderationRole.NOTING,
                        BodyKind.PERSONNEL_COMMITTEE, again));
    }

    @Test
    void personnelCommitteeCannotConsiderTheJmtCaseWhileStaffConsultationIsOpen() {
        ResolutionRef personnel = Minutes.resolved(CDC_PERSONNEL, "Personnel Committee", LocalDate.of(2012, 6, 20),
                null, "That the staffing implications be agreed.");
        fixture.given(JMT_SUBMITTED, new StaffConsultationOpened(JMT_SUPPORT, null))
                .when(new RecordConsideration(JMT_SUPPORT, ConsiderationRole.HEARING, BodyKind.PERSONNEL_COMMITTEE,
                        personnel))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
        fixture.given(JMT_SUBMITTED)
                .when(new RecordConsideration(JMT_SUPPORT, ConsiderationRole.HEARING, BodyKind.PERSONNEL_COMMITTEE,
                        personnel))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void scrutinyCannotConsiderTheCaseBeforeStaffConsultationHasClosed() {
        fixture.given(JMT_SUBMITTED, new StaffConsultationOpened(JMT_SUPPORT, null))
                .when(new RecordConsideration(JMT_SUPPORT, ConsiderationRole.PRELIMINARY_CONSIDERATION,
                        BodyKind.SCRUTINY_COMMITTEE, SCRUTINY_12_JUNE))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void scrutinyCannotConsiderTheCaseAfterThePersonnelCommittee() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.PRELIMINARY_CONSIDERATION,
                        BodyKind.SCRUTINY_COMMITTEE, SCRUTINY_12_JUNE))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void aRouteConsiderationCannotPredateTheCloseOfStaffConsultation() {
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED,
                        new StaffConsultationClosed(PERFORMANCE, LocalDate.of(2012, 6, 15))))
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.PRELIMINARY_CONSIDERATION,
                        BodyKind.SCRUTINY_COMMITTEE, SCRUTINY_12_JUNE))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED,
                        new BusinessCaseConsidered(PERFORMANCE, ConsiderationRole.PRELIMINARY_CONSIDERATION,
                                BodyKind.SCRUTINY_COMMITTEE, Minutes.resolved("cdc-scrutiny",
                                        "Overview and Scrutiny Committee", LocalDate.of(2012, 6, 25), null,
                                        "Noted."))))
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.HEARING, BodyKind.PERSONNEL_COMMITTEE,
                        PERSONNEL_20_JUNE))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void otherBodiesMayConsiderTheCaseAtAnyStageBeforeItIsDecided() {
        ResolutionRef jsspc = Minutes.resolved(JSSPC, "Joint Shared Services and Personnel Committee",
                LocalDate.of(2012, 4, 10), null, "That the progress of the business case be noted.");
        fixture.given(JMT_SUBMITTED, new StaffConsultationOpened(JMT_SUPPORT, null))
                .when(new RecordConsideration(JMT_SUPPORT, ConsiderationRole.NOTING, BodyKind.JOINT_COMMITTEE,
                        jsspc))
                .expectEvents(new BusinessCaseConsidered(JMT_SUPPORT, ConsiderationRole.NOTING,
                        BodyKind.JOINT_COMMITTEE, jsspc));
    }

    @Test
    void aDecisionIsNotRecordedAsAConsideration() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.DECISION, BodyKind.EXECUTIVE,
                        EXECUTIVE_2_JULY))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void aConsiderationStatesItsRoleTheKindOfBodyAndTheResolution() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new RecordConsideration(PERFORMANCE, null, BodyKind.PERSONNEL_COMMITTEE, PERSONNEL_20_JUNE))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
        fixture.given(performanceBeforeTheExecutive())
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.HEARING, null, PERSONNEL_20_JUNE))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
        fixture.given(performanceBeforeTheExecutive())
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.HEARING, BodyKind.PERSONNEL_COMMITTEE,
                        null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void cannotConsiderACaseAlreadyDecided() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_APPROVED))
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.NOTING, BodyKind.PERSONNEL_COMMITTEE,
                        PERSONNEL_20_JUNE))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_ALREADY_DECIDED));
    }

    // Decision

    @Test
    void theExecutiveApprovesTheCaseAfterThePersonnelCommittee() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED, EXECUTIVE_2_JULY))
                .expectEvents(PERFORMANCE_APPROVED);
    }

    @Test
    void theExecutiveMayDeclineTheCase() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.DECLINED, EXECUTIVE_2_JULY))
                .expectEvents(PERFORMANCE_DECLINED);
    }

    @Test
    void aPowerGrantedOnTheDayOfTheDecisionSuffices() {
        ResolutionRef onGrantDay = resolution(CDC_EXECUTIVE, "Executive", LocalDate.of(2012, 1, 1));
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED,
                        new BusinessCaseConsidered(PERFORMANCE, ConsiderationRole.HEARING,
                                BodyKind.PERSONNEL_COMMITTEE, Minutes.notStated("Considered."))))
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED, onGrantDay))
                .expectEvents(new BusinessCaseDecided(PERFORMANCE, DecisionOutcome.APPROVED, onGrantDay));
    }

    @Test
    void theExecutiveCannotDecideBeforeThePersonnelCommitteeHasConsideredIt() {
        fixture.given(performance(PERFORMANCE_CONSULTATION_OPENED, PERFORMANCE_CONSULTATION_CLOSED,
                        PERFORMANCE_SCRUTINISED))
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED, EXECUTIVE_2_JULY))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void theJmtSupportCaseCannotBeDecidedWhileStillInStaffConsultation() {
        fixture.given(JMT_SUBMITTED, new StaffConsultationOpened(JMT_SUPPORT, null))
                .when(new DecideBusinessCase(JMT_SUPPORT, DecisionOutcome.APPROVED, EXECUTIVE_2_JULY))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void theDecisionCannotPredateThePersonnelCommittee() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED,
                        resolution(CDC_EXECUTIVE, "Executive", LocalDate.of(2012, 6, 19))))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void aCaseIsDecidedOnlyOnce() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED))
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED, EXECUTIVE_2_JULY))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_ALREADY_DECIDED));
    }

    @Test
    void aBodyThatNeverHeldThePowerCannotDecide() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED,
                        resolution(CDC_PERSONNEL, "Personnel Committee", LocalDate.of(2012, 7, 2))))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void aBodyGrantedThePowerOnlyLaterCannotDecide() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED,
                        resolution(SNC_CABINET, "Cabinet", LocalDate.of(2012, 7, 2))))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void aBodyWhosePowerWasWithdrawnBeforeTheDateCannotDecide() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED,
                        resolution(JSSPC, "Joint Shared Services and Personnel Committee", LocalDate.of(2012, 7, 2))))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void aDecisionMustStateAKnownBodyAndItsDate() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED,
                        Minutes.notStated("Business case approved.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED,
                        resolution(BodyId.of("snc-executive"), "Executive", LocalDate.of(2012, 7, 2))))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_BODY));
    }

    @Test
    void aDecisionStatesItsOutcomeAndResolution() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, null, EXECUTIVE_2_JULY))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
        fixture.given(performanceBeforeTheExecutive())
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // Implementation

    @Test
    void anApprovedCaseIsImplemented() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_APPROVED))
                .when(new RecordImplementation(PERFORMANCE, LocalDate.of(2012, 10, 1),
                        "Single team in place under the shared Performance Manager."))
                .expectEvents(PERFORMANCE_IMPLEMENTED);
    }

    @Test
    void cannotImplementACaseNotYetDecided() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new RecordImplementation(PERFORMANCE, LocalDate.of(2012, 10, 1), null))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_NOT_DECIDED));
    }

    @Test
    void cannotImplementADeclinedCase() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED))
                .when(new RecordImplementation(PERFORMANCE, LocalDate.of(2012, 10, 1), null))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void anImplementationIsRecordedOnce() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_APPROVED, PERFORMANCE_IMPLEMENTED))
                .when(new RecordImplementation(PERFORMANCE, LocalDate.of(2012, 11, 1), null))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void implementationCannotPredateTheDecision() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_APPROVED))
                .when(new RecordImplementation(PERFORMANCE, LocalDate.of(2012, 7, 1), null))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    // Reopening

    @Test
    void aDecidedCaseIsReopenedByRecordedResolution() {
        ResolutionRef reopening = Minutes.resolved(CDC_EXECUTIVE, "Executive", LocalDate.of(2012, 9, 3), null,
                "That the business case be reconsidered once cost allocations are agreed.");
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED))
                .when(new ReopenBusinessCase(PERFORMANCE, "Cost allocations now agreed", reopening))
                .expectEvents(new BusinessCaseReopened(PERFORMANCE, "Cost allocations now agreed", reopening));
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_APPROVED, PERFORMANCE_IMPLEMENTED))
                .when(new ReopenBusinessCase(PERFORMANCE, "Review of the shared team", Minutes.notStated("Reopened.")))
                .expectEvents(new BusinessCaseReopened(PERFORMANCE, "Review of the shared team",
                        Minutes.notStated("Reopened.")));
    }

    @Test
    void aReopenedCaseIsConsideredAndDecidedAgain() {
        ResolutionRef reopening = resolution(CDC_EXECUTIVE, "Executive", LocalDate.of(2012, 9, 3));
        ResolutionRef personnelAgain = Minutes.resolved(CDC_PERSONNEL, "Personnel Committee",
                LocalDate.of(2012, 9, 12), null, "That the revised case be supported.");
        ResolutionRef executiveAgain = resolution(CDC_EXECUTIVE, "Executive", LocalDate.of(2012, 10, 1));
        BusinessCaseReopened reopened = new BusinessCaseReopened(PERFORMANCE, "Cost allocations agreed", reopening);
        BusinessCaseConsidered consideredAgain = new BusinessCaseConsidered(PERFORMANCE, ConsiderationRole.HEARING,
                BodyKind.PERSONNEL_COMMITTEE, personnelAgain);

        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED, reopened))
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED, executiveAgain))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED, reopened))
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.HEARING, BodyKind.PERSONNEL_COMMITTEE,
                        personnelAgain))
                .expectEvents(consideredAgain);
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED, reopened, consideredAgain))
                .when(new DecideBusinessCase(PERFORMANCE, DecisionOutcome.APPROVED, executiveAgain))
                .expectEvents(new BusinessCaseDecided(PERFORMANCE, DecisionOutcome.APPROVED, executiveAgain));
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED, reopened))
                .when(new RecordImplementation(PERFORMANCE, LocalDate.of(2012, 10, 1), null))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_NOT_DECIDED));
    }

    @Test
    void aConsiderationAfterReopeningCannotPredateTheReopening() {
        BusinessCaseReopened reopened = new BusinessCaseReopened(PERFORMANCE, "Cost allocations agreed",
                resolution(CDC_EXECUTIVE, "Executive", LocalDate.of(2012, 9, 3)));
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED, reopened))
                .when(new RecordConsideration(PERFORMANCE, ConsiderationRole.HEARING, BodyKind.PERSONNEL_COMMITTEE,
                        PERSONNEL_20_JUNE))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void cannotReopenACaseWithNoFinalDecision() {
        fixture.given(performanceBeforeTheExecutive())
                .when(new ReopenBusinessCase(PERFORMANCE, "Second thoughts", EXECUTIVE_2_JULY))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_NOT_DECIDED));
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED,
                        new BusinessCaseReopened(PERFORMANCE, "Cost allocations agreed", EXECUTIVE_2_JULY)))
                .when(new ReopenBusinessCase(PERFORMANCE, "Again", EXECUTIVE_2_JULY))
                .expectNoEvents()
                .expectException(violates(RuleCode.CASE_NOT_DECIDED));
    }

    @Test
    void reopeningCannotPredateTheDecision() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED))
                .when(new ReopenBusinessCase(PERFORMANCE, "Second thoughts",
                        resolution(CDC_EXECUTIVE, "Executive", LocalDate.of(2012, 6, 30))))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void reopeningStatesAReasonAndAResolution() {
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED))
                .when(new ReopenBusinessCase(PERFORMANCE, " ", EXECUTIVE_2_JULY))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
        fixture.given(performanceBeforeTheExecutive(PERFORMANCE_DECLINED))
                .when(new ReopenBusinessCase(PERFORMANCE, "Second thoughts", null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // Exempt business cases (Schedule 12A)

    static final org.partnershiprecord.domain.meeting.Exemption PARAGRAPH_3 =
            org.partnershiprecord.domain.meeting.Exemption.of(3);
    static final BusinessCaseSubmitted EXEMPT_SUBMITTED = new BusinessCaseSubmitted(PERFORMANCE, CDC_SNC,
            PARTNERSHIP_NAME, List.of(CDC.code(), SNC.code()), PERFORMANCE_TITLE, PERFORMANCE_SERVICE,
            PERFORMANCE_SUMMARY, List.of(APPROXIMATELY_25000), null, PARAGRAPH_3);
    static final ResolutionRef RELEASE = Minutes.resolved(CDC_COUNCIL, "Council", LocalDate.of(2013, 5, 15), "12",
            "That the business case be published, the reasons for exemption having lapsed. (HYPOTHETICAL)");

    @Test
    void anExemptCaseIsReleasedByARecordedDecisionOnce() {
        fixture.given(EXEMPT_SUBMITTED)
                .when(new BusinessCaseCommand.ReleaseBusinessCaseExemption(PERFORMANCE, LocalDate.of(2013, 5, 15), RELEASE))
                .expectEvents(new BusinessCaseEvent.BusinessCaseExemptionReleased(PERFORMANCE, PARAGRAPH_3,
                        LocalDate.of(2013, 5, 15), RELEASE));
        fixture.given(EXEMPT_SUBMITTED, new BusinessCaseEvent.BusinessCaseExemptionReleased(PERFORMANCE, PARAGRAPH_3,
                        LocalDate.of(2013, 5, 15), RELEASE))
                .when(new BusinessCaseCommand.ReleaseBusinessCaseExemption(PERFORMANCE, LocalDate.of(2013, 5, 16), RELEASE))
                .expectNoEvents()
                .expectException(violates(RuleCode.ALREADY_RELEASED));
    }

    @Test
    void aCaseThatIsNotExemptHasNothingToRelease() {
        fixture.given(PERFORMANCE_SUBMITTED)
                .when(new BusinessCaseCommand.ReleaseBusinessCaseExemption(PERFORMANCE, LocalDate.of(2013, 5, 15), RELEASE))
                .expectNoEvents()
                .expectException(violates(RuleCode.NOT_EXEMPT));
    }
}
