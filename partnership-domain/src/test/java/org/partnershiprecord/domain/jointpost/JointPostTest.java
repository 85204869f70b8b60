package org.partnershiprecord.domain.jointpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershiprecord.domain.common.RuleMatchers.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.partnershiprecord.domain.common.AppointmentId;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.Minutes;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.PostId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.jointpost.JointPostCommand.AgreeCostSplit;
import org.partnershiprecord.domain.jointpost.JointPostCommand.AppointJointPost;
import org.partnershiprecord.domain.jointpost.JointPostCommand.ApproveSalaryPackage;
import org.partnershiprecord.domain.jointpost.JointPostCommand.EndAppointment;
import org.partnershiprecord.domain.jointpost.JointPostCommand.ProposeJointPost;
import org.partnershiprecord.domain.jointpost.JointPostEvent.AppointmentEnded;
import org.partnershiprecord.domain.jointpost.JointPostEvent.CostSplitAgreed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostAppointed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostProposed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.SalaryPackageApproved;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;

/**
 * The two senior joint roles of OCC Cabinet 16 July 2019 (item 18) and County Council 9 July 2019,
 * paragraphs 15-17. Where the seed is silent (Cherwell's own full-council approval, the date the
 * JSSPC met to appoint, the people appointed) the tests say they assume it.
 */
class JointPostTest {

    static final PartnershipId OCC_CDC = PartnershipId.of("occ-cdc");
    static final AuthorityCode OCC = AuthorityCode.of("OCC");
    static final AuthorityCode CDC = AuthorityCode.of("CDC");
    static final AuthorityCode SNC = AuthorityCode.of("SNC");

    static final BodyConstituted OCC_COUNCIL = new BodyConstituted(BodyId.of("occ-council"), "County Council",
            BodyKind.FULL_COUNCIL, List.of(OCC), null, null, null);
    static final BodyConstituted CDC_COUNCIL = new BodyConstituted(BodyId.of("cdc-council"), "Council",
            BodyKind.FULL_COUNCIL, List.of(CDC), null, null, null);
    static final BodyConstituted OCC_CABINET = new BodyConstituted(BodyId.of("occ-cabinet"), "Cabinet",
            BodyKind.CABINET, List.of(OCC), null, null, null);
    static final BodyConstituted JSSPC = new BodyConstituted(BodyId.of("jsspc"),
            "Joint Shared Services and Personnel Committee", BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), OCC_CDC,
            LocalDate.of(2018, 10, 1), null);
    static final LocalDate JSSPC_POWER_FROM = LocalDate.of(2018, 10, 1);
    static final ResolutionRef CABINET_DELEGATES = Minutes.resolved("occ-cabinet", "Cabinet",
            LocalDate.of(2018, 9, 18), null,
            "To delegate to the Joint Shared Services and Personnel Committee the appointment of senior staff.");

    static final LocalDate COUNCIL_9_JULY = LocalDate.of(2019, 7, 9);
    static final ResolutionRef COUNCIL_NOTES_STRUCTURE = Minutes.resolved("occ-council", "County Council",
            COUNCIL_9_JULY, null, "To note the proposed change to the Senior Management Structure.");
    static final ResolutionRef OCC_COUNCIL_APPROVES = Minutes.resolved("occ-council", "County Council",
            COUNCIL_9_JULY, null,
            "To approve the salary package as proposed in paragraph 15(i) for two Joint Corporate Director roles.");
    /** Assumed: the seed does not record Cherwell's full council approving the package. */
    static final ResolutionRef CDC_COUNCIL_APPROVES = Minutes.resolved("cdc-council", "Council",
            LocalDate.of(2019, 7, 17), null, "To approve the salary package for the two joint senior roles.");
    static final ResolutionRef CABINET_APPROVES = Minutes.resolved("occ-cabinet", "Cabinet",
            LocalDate.of(2019, 7, 16), "18",
            "To note the proposals to appoint two senior joint posts so as to facilitate further joint working.");
    static final ResolutionRef CABINET_APPOINTS = Minutes.resolved("occ-cabinet", "Cabinet",
            LocalDate.of(2019, 7, 16), "18", "To appoint to the joint post.");
    /** Assumed date: the Cabinet asked the committee to convene "as soon as practicable". */
    static final LocalDate JSSPC_MEETS = LocalDate.of(2019, 9, 2);
    static final ResolutionRef JSSPC_APPOINTS = Minutes.resolved("jsspc",
            "Joint Shared Services and Personnel Committee", JSSPC_MEETS, null,
            "To appoint the most suitable candidate to the joint post.");

    static final SalaryRange CORPORATE_ADVISER_A = SalaryRange.of(Money.pounds(117_912), Money.pounds(144_228));
    static final SalaryRange CORPORATE_ADVISER_B = SalaryRange.of(Money.pounds(117_912), Money.pounds(128_631));

    static final PostId FINANCE = PostId.of("joint-commercial-assets-investment");
    static final String FINANCE_TITLE = "Corporate Director: Commercial Development, Assets and Investment";
    static final String FINANCE_REMIT =
            "Strategic finance, assets, property, commercial matters, procurement and contracts";
    static final PostId CUSTOMERS = PostId.of("joint-customers-people-improvement");
    static final String CUSTOMERS_TITLE = "Corporate Director: Customers, People and Improvement";
    static final String CUSTOMERS_REMIT = "HR, ICT, digital, transformation, strategic communities, policy and "
            + "performance, customer contact";

    static final JointPostProposed FINANCE_PROPOSED = new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC),
            FINANCE_TITLE, FINANCE_REMIT, PostTier.CHIEF_OFFICER, OCC, List.of(OCC, CDC), CORPORATE_ADVISER_A,
            List.of(), List.of(OCC, CDC), COUNCIL_NOTES_STRUCTURE);
    static final SalaryPackageApproved OCC_APPROVED =
            new SalaryPackageApproved(FINANCE, FINANCE_TITLE, OCC, OCC_COUNCIL_APPROVES);
    static final SalaryPackageApproved CDC_APPROVED =
            new SalaryPackageApproved(FINANCE, FINANCE_TITLE, CDC, CDC_COUNCIL_APPROVES);

    static final AppointmentId INTERIM_ID = AppointmentId.of("finance-interim-1");
    static final AppointmentId PERMANENT_ID = AppointmentId.of("finance-permanent-1");
    static final LocalDate STARTS = LocalDate.of(2019, 10, 1);
    static final JointPostAppointed INTERIM_APPOINTED = new JointPostAppointed(FINANCE, INTERIM_ID, FINANCE_TITLE,
            PostTier.CHIEF_OFFICER, AppointmentBasis.INTERIM, "A. Interim", LocalDate.of(2019, 8, 1), JSSPC_APPOINTS);

    private FixtureConfiguration<JointPost> fixture;
    private InMemoryGovernanceDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new InMemoryGovernanceDirectory().onAll(
                new PartnershipFormed(OCC_CDC, "Oxfordshire County Council and Cherwell District Council",
                        List.of(new Authority(OCC, "Oxfordshire County Council", Tier.COUNTY),
                                new Authority(CDC, "Cherwell District Council", Tier.DISTRICT)),
                        LocalDate.of(2018, 10, 1), null, Minutes.notStated("The councils entered a s113 agreement.")),
                OCC_COUNCIL, CDC_COUNCIL, OCC_CABINET, JSSPC,
                new PowerGranted(JSSPC.bodyId(), JSSPC.name(), Power.APPOINT_JOINT_CHIEF_OFFICERS, JSSPC_POWER_FROM,
                        CABINET_DELEGATES));
        fixture = new AggregateTestFixture<>(JointPost.class);
        fixture.registerInjectableResource(directory);
    }

    // proposing a post

    @Test
    void proposesTheJointFinanceChiefOfficerOnAnOccContractNeedingBothFullCouncils() {
        fixture.givenNoPriorActivity()
                .when(proposeFinance(List.of(OCC, CDC), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(FINANCE_PROPOSED);
    }

    @Test
    void proposesTheCustomersPeopleAndImprovementRoleOnACdcContract() {
        fixture.givenNoPriorActivity()
                .when(new ProposeJointPost(CUSTOMERS, OCC_CDC, CUSTOMERS_TITLE, CUSTOMERS_REMIT, PostTier.CHIEF_OFFICER,
                        CDC, List.of(OCC, CDC), CORPORATE_ADVISER_B, null, COUNCIL_NOTES_STRUCTURE))
                .expectEvents(new JointPostProposed(CUSTOMERS, OCC_CDC, List.of(OCC, CDC), CUSTOMERS_TITLE,
                        CUSTOMERS_REMIT, PostTier.CHIEF_OFFICER, CDC, List.of(OCC, CDC), CORPORATE_ADVISER_B, List.of(),
                        List.of(OCC, CDC), COUNCIL_NOTES_STRUCTURE));
    }

    @Test
    void anEmptyCostSplitIsASplitNotYetStated() {
        fixture.givenNoPriorActivity()
                .when(proposeFinance(List.of(OCC, CDC), List.of()))
                .expectEvents(FINANCE_PROPOSED);
    }

    @Test
    void aStatedCostSplitNamesThePayingAuthoritiesWhoseFullCouncilsMustApprove() {
        List<CostShare> occPaysAll = List.of(CostShare.of(OCC, "100"));
        fixture.givenNoPriorActivity()
                .when(proposeFinance(List.of(OCC, CDC), occPaysAll))
                .expectEvents(new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC), FINANCE_TITLE, FINANCE_REMIT,
                        PostTier.CHIEF_OFFICER, OCC, List.of(OCC, CDC), CORPORATE_ADVISER_A, occPaysAll, List.of(OCC),
                        COUNCIL_NOTES_STRUCTURE));
    }

    @Test
    void aPostPaidBelowTheThresholdNeedsNoFullCouncilApproval() {
        SalaryRange below = SalaryRange.of(Money.pounds(80_000), Money.pounds(99_999));
        fixture.givenNoPriorActivity()
                .when(new ProposeJointPost(FINANCE, OCC_CDC, "Joint Assistant Director", null,
                        PostTier.DEPUTY_CHIEF_OFFICER, OCC, List.of(OCC, CDC), below, null, COUNCIL_NOTES_STRUCTURE))
                .expectEvents(new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC), "Joint Assistant Director",
                        null, PostTier.DEPUTY_CHIEF_OFFICER, OCC, List.of(OCC, CDC), below, List.of(), List.of(),
                        COUNCIL_NOTES_STRUCTURE));
    }

    @Test
    void aSingleAuthorityPostIsPaidWhollyByItsEmployer() {
        fixture.givenNoPriorActivity()
                .when(new ProposeJointPost(FINANCE, OCC_CDC, "Chief Operating Officer", null, PostTier.CHIEF_OFFICER,
                        CDC, List.of(CDC), CORPORATE_ADVISER_B, List.of(CostShare.of(CDC, "100")),
                        COUNCIL_NOTES_STRUCTURE))
                .expectEvents(new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC), "Chief Operating Officer",
                        null, PostTier.CHIEF_OFFICER, CDC, List.of(CDC), CORPORATE_ADVISER_B,
                        List.of(CostShare.of(CDC, "100")), List.of(CDC), COUNCIL_NOTES_STRUCTURE));
    }

    @Test
    void cannotSplitTheCostOfASingleAuthorityPost() {
        fixture.givenNoPriorActivity()
                .when(new ProposeJointPost(FINANCE, OCC_CDC, "Chief Operating Officer", null, PostTier.CHIEF_OFFICER,
                        CDC, List.of(CDC), null, List.of(CostShare.of(CDC, "60"), CostShare.of(OCC, "40")),
                        COUNCIL_NOTES_STRUCTURE))
                .expectNoEvents()
                .expectException(violates(RuleCode.SINGLE_AUTHORITY_POST_NOT_PAID_BY_EMPLOYER));
    }

    @Test
    void aSingleAuthorityPostServingAnotherCouncilIsNotPaidByItsEmployerUnlessTheSplitSaysSo() {
        fixture.givenNoPriorActivity()
                .when(new ProposeJointPost(FINANCE, OCC_CDC, "Seconded Director", null, PostTier.CHIEF_OFFICER,
                        OCC, List.of(CDC), null, null, COUNCIL_NOTES_STRUCTURE))
                .expectNoEvents()
                .expectException(violates(RuleCode.SINGLE_AUTHORITY_POST_NOT_PAID_BY_EMPLOYER));
    }

    @Test
    void cannotProposeAPostForAPartnershipNotRecorded() {
        fixture.givenNoPriorActivity()
                .when(new ProposeJointPost(FINANCE, PartnershipId.of("cdc-snc"), FINANCE_TITLE, null,
                        PostTier.CHIEF_OFFICER, OCC, List.of(OCC, CDC), null, null, COUNCIL_NOTES_STRUCTURE))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_PARTNERSHIP));
    }

    @Test
    void theEmployingAuthorityTakesPartInThePartnership() {
        fixture.givenNoPriorActivity()
                .when(new ProposeJointPost(FINANCE, OCC_CDC, FINANCE_TITLE, null, PostTier.CHIEF_OFFICER, SNC,
                        List.of(OCC, CDC), null, null, COUNCIL_NOTES_STRUCTURE))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
    }

    @Test
    void everyAuthorityServedTakesPartInThePartnership() {
        fixture.givenNoPriorActivity()
                .when(proposeFinance(List.of(OCC, CDC, SNC), null))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
    }

    @Test
    void everyPayingAuthorityTakesPartInThePartnership() {
        fixture.givenNoPriorActivity()
                .when(proposeFinance(List.of(OCC, CDC), List.of(CostShare.of(OCC, "50"), CostShare.of(SNC, "50"))))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
    }

    @Test
    void cannotListAnAuthorityServedTwice() {
        fixture.givenNoPriorActivity()
                .when(proposeFinance(List.of(OCC, OCC), null))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_LISTED_TWICE));
    }

    @Test
    void aCostSplitNamesEachAuthorityOnce() {
        fixture.givenNoPriorActivity()
                .when(proposeFinance(List.of(OCC, CDC), List.of(CostShare.of(OCC, "50"), CostShare.of(OCC, "50"))))
                .expectNoEvents()
                .expectException(violates(RuleCode.COST_SPLIT_AUTHORITY_TWICE));
    }

    @Test
    void aCostSplitAddsUpToExactlyOneHundredPercent() {
        fixture.givenNoPriorActivity()
                .when(proposeFinance(List.of(OCC, CDC), List.of(CostShare.of(OCC, "50"), CostShare.of(CDC, "49.99"))))
                .expectNoEvents()
                .expectException(violates(RuleCode.COST_SPLIT_NOT_100));
    }

    @Test
    void aSplitInThirdsAddsUpWhenWrittenToTwoPlaces() {
        List<CostShare> thirds = List.of(CostShare.of(OCC, "66.67"), CostShare.of(CDC, "33.33"));
        fixture.givenNoPriorActivity()
                .when(proposeFinance(List.of(OCC, CDC), thirds))
                .expectEvents(new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC), FINANCE_TITLE, FINANCE_REMIT,
                        PostTier.CHIEF_OFFICER, OCC, List.of(OCC, CDC), CORPORATE_ADVISER_A, thirds, List.of(OCC, CDC),
                        COUNCIL_NOTES_STRUCTURE));
    }

    @Test
    void cannotProposeAPostWithoutATitle() {
        fixture.givenNoPriorActivity()
                .when(new ProposeJointPost(FINANCE, OCC_CDC, " ", null, PostTier.CHIEF_OFFICER, OCC, List.of(OCC, CDC),
                        null, null, COUNCIL_NOTES_STRUCTURE))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    // the values a proposal carries

    @Test
    void aSalaryRangeCannotStartAboveWhereItEnds() {
        assertThatThrownBy(() -> SalaryRange.of(Money.pounds(144_228), Money.pounds(117_912)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo(RuleCode.SALARY_RANGE_INVALID));
        assertThat(SalaryRange.of(Money.pounds(100_000), Money.pounds(100_000)).maximum())
                .isEqualTo(Money.pounds(100_000));
    }

    @Test
    void aCostShareIsMoreThanNothingAtMostAllAndToTwoDecimalPlaces() {
        for (String bad : List.of("0", "-1", "100.01", "33.333")) {
            assertThatThrownBy(() -> CostShare.of(OCC, bad))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.code()).isEqualTo(RuleCode.INVALID_VALUE));
        }
        assertThat(CostShare.of(OCC, "50")).isEqualTo(new CostShare(OCC, new BigDecimal("50.00")));
        assertThat(CostShare.of(OCC, "100").percent()).isEqualByComparingTo("100");
    }

    @Test
    void thePayPolicyAsksForFullCouncilApprovalWhenTheRangeReachesOneHundredThousandPounds() {
        assertThat(PayPolicy.THRESHOLD).isEqualTo(Money.pounds(100_000));
        assertThat(PayPolicy.requiresFullCouncilApproval(CORPORATE_ADVISER_A)).isTrue();
        assertThat(PayPolicy.requiresFullCouncilApproval(
                SalaryRange.of(Money.pounds(90_000), Money.pounds(100_000)))).isTrue();
        assertThat(PayPolicy.requiresFullCouncilApproval(
                SalaryRange.of(Money.pounds(90_000), Money.pence(9_999_999)))).isFalse();
        assertThat(PayPolicy.requiresFullCouncilApproval(null)).isFalse();
    }

    // agreeing the cost split

    @Test
    void agreesAnEvenSplitOfTheJointFinancePost() {
        List<CostShare> even = List.of(CostShare.of(OCC, "50"), CostShare.of(CDC, "50"));
        fixture.given(FINANCE_PROPOSED)
                .when(new AgreeCostSplit(FINANCE, even, JSSPC_APPOINTS))
                .expectEvents(new CostSplitAgreed(FINANCE, FINANCE_TITLE, even, List.of(OCC, CDC), JSSPC_APPOINTS));
    }

    @Test
    void aSplitPaidByOneAuthorityNarrowsTheApprovalsRequired() {
        List<CostShare> occPaysAll = List.of(CostShare.of(OCC, "100"));
        fixture.given(FINANCE_PROPOSED)
                .when(new AgreeCostSplit(FINANCE, occPaysAll, JSSPC_APPOINTS))
                .expectEvents(new CostSplitAgreed(FINANCE, FINANCE_TITLE, occPaysAll, List.of(OCC), JSSPC_APPOINTS));
    }

    @Test
    void approvalsAlreadyGivenStayWhenTheSplitIsAgreed() {
        List<CostShare> occPaysAll = List.of(CostShare.of(OCC, "100"));
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED,
                        new CostSplitAgreed(FINANCE, FINANCE_TITLE, occPaysAll, List.of(OCC), JSSPC_APPOINTS))
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectEvents(appointed(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS));
    }

    @Test
    void anAgreedSplitFollowsTheSameRules() {
        fixture.given(FINANCE_PROPOSED)
                .when(new AgreeCostSplit(FINANCE, List.of(CostShare.of(OCC, "60"), CostShare.of(CDC, "30")),
                        JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.COST_SPLIT_NOT_100));
        fixture.given(FINANCE_PROPOSED)
                .when(new AgreeCostSplit(FINANCE, List.of(CostShare.of(CDC, "50"), CostShare.of(CDC, "50")),
                        JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.COST_SPLIT_AUTHORITY_TWICE));
        fixture.given(FINANCE_PROPOSED)
                .when(new AgreeCostSplit(FINANCE, List.of(CostShare.of(OCC, "50"), CostShare.of(SNC, "50")),
                        JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
        fixture.given(FINANCE_PROPOSED)
                .when(new AgreeCostSplit(FINANCE, List.of(), JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void anAgreedSplitOfASingleAuthorityPostLeavesItWhollyWithTheEmployer() {
        fixture.given(new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC), "Chief Operating Officer", null,
                        PostTier.CHIEF_OFFICER, CDC, List.of(CDC), null, List.of(), List.of(), COUNCIL_NOTES_STRUCTURE))
                .when(new AgreeCostSplit(FINANCE, List.of(CostShare.of(OCC, "100")), JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.SINGLE_AUTHORITY_POST_NOT_PAID_BY_EMPLOYER));
    }

    // approving the salary package

    @Test
    void theCountyCouncilApprovesTheSalaryPackageOn9July2019() {
        fixture.given(FINANCE_PROPOSED)
                .when(new ApproveSalaryPackage(FINANCE, OCC, OCC_COUNCIL_APPROVES))
                .expectEvents(OCC_APPROVED);
    }

    @Test
    void theCabinetCannotApproveTheSalaryPackageInsteadOfTheFullCouncil() {
        fixture.given(FINANCE_PROPOSED)
                .when(new ApproveSalaryPackage(FINANCE, OCC, CABINET_APPROVES))
                .expectNoEvents()
                .expectException(violates(RuleCode.SALARY_PACKAGE_NEEDS_FULL_COUNCIL));
    }

    @Test
    void oneCouncilsFullCouncilCannotApproveForAnother() {
        fixture.given(FINANCE_PROPOSED)
                .when(new ApproveSalaryPackage(FINANCE, CDC, OCC_COUNCIL_APPROVES))
                .expectNoEvents()
                .expectException(violates(RuleCode.SALARY_PACKAGE_NEEDS_FULL_COUNCIL));
    }

    @Test
    void anApprovalStatesTheBodyAndItsDate() {
        fixture.given(FINANCE_PROPOSED)
                .when(new ApproveSalaryPackage(FINANCE, OCC, Minutes.notStated("The salary package was approved.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
    }

    @Test
    void anApprovalByABodyNotRecordedIsRefused() {
        fixture.given(FINANCE_PROPOSED)
                .when(new ApproveSalaryPackage(FINANCE, OCC, Minutes.resolved("occ-remuneration",
                        "Remuneration Committee", COUNCIL_9_JULY, null, "To approve the package.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_BODY));
    }

    @Test
    void onlyAPayingAuthorityApprovesThePackage() {
        fixture.given(FINANCE_PROPOSED,
                        new CostSplitAgreed(FINANCE, FINANCE_TITLE, List.of(CostShare.of(OCC, "100")), List.of(OCC),
                                JSSPC_APPOINTS))
                .when(new ApproveSalaryPackage(FINANCE, CDC, CDC_COUNCIL_APPROVES))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_PAYING));
        fixture.given(FINANCE_PROPOSED)
                .when(new ApproveSalaryPackage(FINANCE, SNC, CDC_COUNCIL_APPROVES))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_PAYING));
    }

    @Test
    void eachFullCouncilApprovesThePackageOnce() {
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED)
                .when(new ApproveSalaryPackage(FINANCE, OCC, OCC_COUNCIL_APPROVES))
                .expectNoEvents()
                .expectException(violates(RuleCode.SALARY_PACKAGE_ALREADY_APPROVED));
    }

    // appointing

    @Test
    void theJointCommitteeAppointsPermanentlyOnceEachPayingFullCouncilHasApproved() {
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED, CDC_APPROVED)
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(appointed(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS));
    }

    @Test
    void cannotAppointPermanentlyBeforeSalaryPackageApproved() {
        fixture.given(FINANCE_PROPOSED)
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.SALARY_PACKAGE_NOT_APPROVED));
    }

    @Test
    void cannotAppointPermanentlyWhileOnePayingFullCouncilHasNotApproved() {
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED)
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.SALARY_PACKAGE_NOT_APPROVED));
    }

    @Test
    void anApprovalResolvedAfterTheAppointmentDoesNotCount() {
        ResolutionRef cdcApprovesLate = Minutes.resolved("cdc-council", "Council", JSSPC_MEETS.plusDays(1), null,
                "To approve the salary package.");
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED,
                        new SalaryPackageApproved(FINANCE, FINANCE_TITLE, CDC, cdcApprovesLate))
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.SALARY_PACKAGE_NOT_APPROVED));
    }

    @Test
    void anApprovalResolvedTheSameDayAsTheAppointmentCounts() {
        ResolutionRef cdcApprovesSameDay = Minutes.resolved("cdc-council", "Council", JSSPC_MEETS, null,
                "To approve the salary package.");
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED,
                        new SalaryPackageApproved(FINANCE, FINANCE_TITLE, CDC, cdcApprovesSameDay))
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectEvents(appointed(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS));
    }

    @Test
    void anInterimAppointmentNeedsNoSalaryPackageApproval() {
        fixture.given(FINANCE_PROPOSED)
                .when(appoint(INTERIM_ID, AppointmentBasis.INTERIM, JSSPC_APPOINTS))
                .expectEvents(appointed(INTERIM_ID, AppointmentBasis.INTERIM, JSSPC_APPOINTS));
    }

    @Test
    void aPermanentAppointmentBelowTheThresholdNeedsNoSalaryPackageApproval() {
        SalaryRange below = SalaryRange.of(Money.pounds(80_000), Money.pounds(95_000));
        fixture.given(new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC), FINANCE_TITLE, null,
                        PostTier.CHIEF_OFFICER, OCC, List.of(OCC, CDC), below, List.of(), List.of(),
                        COUNCIL_NOTES_STRUCTURE))
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectEvents(appointed(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS));
    }

    @Test
    void thePackageCheckNeedsTheDateOfTheAppointment() {
        ResolutionRef notStated = Minutes.notStated("The post was filled.");
        fixture.given(new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC), "Chief Operating Officer", null,
                        PostTier.CHIEF_OFFICER, CDC, List.of(CDC), CORPORATE_ADVISER_B, List.of(), List.of(CDC),
                        COUNCIL_NOTES_STRUCTURE))
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, notStated))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
    }

    @Test
    void theCabinetCannotAppointToAJointChiefOfficerPost() {
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED, CDC_APPROVED)
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, CABINET_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void theJointCommitteeCannotAppointBeforeItWasGrantedThePower() {
        ResolutionRef tooEarly = Minutes.resolved("jsspc", JSSPC.name(), JSSPC_POWER_FROM.minusDays(1), null,
                "To appoint an interim joint director.");
        fixture.given(FINANCE_PROPOSED)
                .when(appoint(INTERIM_ID, AppointmentBasis.INTERIM, tooEarly))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void theJointCommitteeCannotAppointAfterThePowerWasWithdrawn() {
        directory.on(new PowerWithdrawn(JSSPC.bodyId(), JSSPC.name(), Power.APPOINT_JOINT_CHIEF_OFFICERS,
                JSSPC_MEETS.minusDays(1), CABINET_DELEGATES));
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED, CDC_APPROVED)
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void anAppointmentToAJointChiefOfficerPostStatesWhoResolvedAndWhen() {
        fixture.given(FINANCE_PROPOSED)
                .when(appoint(INTERIM_ID, AppointmentBasis.INTERIM, Minutes.notStated("An interim was appointed.")))
                .expectNoEvents()
                .expectException(violates(RuleCode.RESOLVING_BODY_NOT_STATED));
    }

    @Test
    void aJointDeputyChiefOfficerPostNeedsNoAppointmentPower() {
        SalaryRange below = SalaryRange.of(Money.pounds(70_000), Money.pounds(80_000));
        fixture.given(new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC), "Joint Assistant Director", null,
                        PostTier.DEPUTY_CHIEF_OFFICER, OCC, List.of(OCC, CDC), below, List.of(), List.of(),
                        COUNCIL_NOTES_STRUCTURE))
                .when(new AppointJointPost(FINANCE, PERMANENT_ID, null, AppointmentBasis.PERMANENT, STARTS,
                        CABINET_APPOINTS))
                .expectEvents(new JointPostAppointed(FINANCE, PERMANENT_ID, "Joint Assistant Director",
                        PostTier.DEPUTY_CHIEF_OFFICER, AppointmentBasis.PERMANENT, null, STARTS, CABINET_APPOINTS));
    }

    @Test
    void aSingleAuthorityChiefOfficerPostNeedsNoJointAppointmentPower() {
        ResolutionRef cdcAppoints = Minutes.notStated("The Chief Operating Officer continues in post.");
        fixture.given(new JointPostProposed(FINANCE, OCC_CDC, List.of(OCC, CDC), "Chief Operating Officer", null,
                        PostTier.CHIEF_OFFICER, CDC, List.of(CDC), null, List.of(), List.of(), COUNCIL_NOTES_STRUCTURE))
                .when(new AppointJointPost(FINANCE, PERMANENT_ID, " ", AppointmentBasis.PERMANENT, STARTS, cdcAppoints))
                .expectEvents(new JointPostAppointed(FINANCE, PERMANENT_ID, "Chief Operating Officer",
                        PostTier.CHIEF_OFFICER, AppointmentBasis.PERMANENT, null, STARTS, cdcAppoints));
    }

    @Test
    void aPostHoldsAPermanentAppointmentAlongsideAnInterimOne() {
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED, CDC_APPROVED, INTERIM_APPOINTED)
                .when(appoint(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectEvents(appointed(PERMANENT_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS));
    }

    @Test
    void aPostHoldsAtMostOneCurrentAppointmentOfEachBasis() {
        fixture.given(FINANCE_PROPOSED, INTERIM_APPOINTED)
                .when(appoint(AppointmentId.of("finance-interim-2"), AppointmentBasis.INTERIM, JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.APPOINTMENT_ALREADY_CURRENT));
    }

    @Test
    void anAppointmentEndingAfterTheNextStartsIsStillCurrent() {
        fixture.given(FINANCE_PROPOSED, INTERIM_APPOINTED, new AppointmentEnded(FINANCE, INTERIM_ID, FINANCE_TITLE,
                        AppointmentBasis.INTERIM, "A. Interim", STARTS.plusDays(1), null, null))
                .when(appoint(AppointmentId.of("finance-interim-2"), AppointmentBasis.INTERIM, JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.APPOINTMENT_ALREADY_CURRENT));
    }

    @Test
    void aNewInterimIsAppointedOnceTheLastOneHasEnded() {
        AppointmentId next = AppointmentId.of("finance-interim-2");
        fixture.given(FINANCE_PROPOSED, INTERIM_APPOINTED, new AppointmentEnded(FINANCE, INTERIM_ID, FINANCE_TITLE,
                        AppointmentBasis.INTERIM, "A. Interim", STARTS, "Interim arrangement ended.", null))
                .when(appoint(next, AppointmentBasis.INTERIM, JSSPC_APPOINTS))
                .expectEvents(appointed(next, AppointmentBasis.INTERIM, JSSPC_APPOINTS));
    }

    @Test
    void anAppointmentIdIsUsedOnce() {
        fixture.given(FINANCE_PROPOSED, OCC_APPROVED, CDC_APPROVED, INTERIM_APPOINTED)
                .when(appoint(INTERIM_ID, AppointmentBasis.PERMANENT, JSSPC_APPOINTS))
                .expectNoEvents()
                .expectException(violates(RuleCode.APPOINTMENT_ID_TAKEN));
    }

    // ending an appointment

    @Test
    void endsAnInterimAppointment() {
        LocalDate ended = LocalDate.of(2019, 9, 30);
        fixture.given(FINANCE_PROPOSED, INTERIM_APPOINTED)
                .when(new EndAppointment(FINANCE, INTERIM_ID, ended, " Permanent appointment made ", JSSPC_APPOINTS))
                .expectEvents(new AppointmentEnded(FINANCE, INTERIM_ID, FINANCE_TITLE, AppointmentBasis.INTERIM,
                        "A. Interim", ended, "Permanent appointment made", JSSPC_APPOINTS));
    }

    @Test
    void anAppointmentMayEndWithoutAResolution() {
        LocalDate ended = INTERIM_APPOINTED.startsOn();
        fixture.given(FINANCE_PROPOSED, INTERIM_APPOINTED)
                .when(new EndAppointment(FINANCE, INTERIM_ID, ended, null, null))
                .expectEvents(new AppointmentEnded(FINANCE, INTERIM_ID, FINANCE_TITLE, AppointmentBasis.INTERIM,
                        "A. Interim", ended, null, null));
    }

    @Test
    void cannotEndAnAppointmentNeverMade() {
        fixture.given(FINANCE_PROPOSED)
                .when(new EndAppointment(FINANCE, INTERIM_ID, STARTS, null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_APPOINTMENT));
    }

    @Test
    void anAppointmentEndsOnce() {
        fixture.given(FINANCE_PROPOSED, INTERIM_APPOINTED, new AppointmentEnded(FINANCE, INTERIM_ID, FINANCE_TITLE,
                        AppointmentBasis.INTERIM, "A. Interim", STARTS, null, null))
                .when(new EndAppointment(FINANCE, INTERIM_ID, STARTS.plusDays(1), null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.APPOINTMENT_ALREADY_ENDED));
    }

    @Test
    void anAppointmentCannotEndBeforeItStarts() {
        fixture.given(FINANCE_PROPOSED, INTERIM_APPOINTED)
                .when(new EndAppointment(FINANCE, INTERIM_ID, INTERIM_APPOINTED.startsOn().minusDays(1), null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.APPOINTMENT_ENDS_BEFORE_START));
    }

    private static ProposeJointPost proposeFinance(List<AuthorityCode> served, List<CostShare> split) {
        return new ProposeJointPost(FINANCE, OCC_CDC, FINANCE_TITLE, FINANCE_REMIT, PostTier.CHIEF_OFFICER, OCC,
                served, CORPORATE_ADVISER_A, split, COUNCIL_NOTES_STRUCTURE);
    }

    private static AppointJointPost appoint(AppointmentId id, AppointmentBasis basis, ResolutionRef resolution) {
        return new AppointJointPost(FINANCE, id, "A. Candidate", basis, STARTS, resolution);
    }

    private static JointPostAppointed appointed(AppointmentId id, AppointmentBasis basis, ResolutionRef resolution) {
        return new JointPostAppointed(FINANCE, id, FINANCE_TITLE, PostTier.CHIEF_OFFICER, basis, "A. Candidate",
                STARTS, resolution);
    }
}
