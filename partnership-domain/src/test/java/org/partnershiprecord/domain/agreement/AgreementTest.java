package org.partnershiprecord.domain.agreement;

import static org.partnershiprecord.domain.common.RuleMatchers.violates;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.agreement.AgreementCommand.AgreeTerminationDate;
import org.partnershiprecord.domain.agreement.AgreementCommand.EnterIntoAgreement;
import org.partnershiprecord.domain.agreement.AgreementCommand.ReviewAgreement;
import org.partnershiprecord.domain.agreement.AgreementCommand.TerminateAgreement;
import org.partnershiprecord.domain.agreement.AgreementCommand.VaryAgreement;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementEntered;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementReviewed;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementTerminated;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementVaried;
import org.partnershiprecord.domain.agreement.AgreementEvent.TerminationDateAgreed;
import org.partnershiprecord.domain.body.InMemoryGovernanceDirectory;
import org.partnershiprecord.domain.common.AgreementId;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Minutes;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;

class AgreementTest {

    static final AgreementId S113 = AgreementId.of("occ-cdc-s113");
    static final PartnershipId OCC_CDC = PartnershipId.of("occ-cdc");
    static final AuthorityCode OCC = AuthorityCode.of("OCC");
    static final AuthorityCode CDC = AuthorityCode.of("CDC");
    static final AuthorityCode SNC = AuthorityCode.of("SNC");
    static final String TITLE =
            "Section 113 Agreement between Oxfordshire County Council and Cherwell District Council";

    /** The papers say the s113 agreement was established; not who entered into it, nor when it took effect. */
    static final ResolutionRef ESTABLISHED = Minutes.notStated(
            "The councils have established a broad 113 agreement which extends beyond the CEO role to include any post "
                    + "or service area.");
    static final AgreementEntered ENTERED = new AgreementEntered(S113, OCC_CDC, AgreementType.SECTION_113, TITLE,
            List.of(OCC, CDC), null, ESTABLISHED);
    static final LocalDate EFFECTIVE = LocalDate.of(2018, 10, 1);
    static final AgreementEntered ENTERED_WITH_DATE = new AgreementEntered(S113, OCC_CDC, AgreementType.SECTION_113,
            TITLE, List.of(OCC, CDC), EFFECTIVE, ESTABLISHED);

    /** "the agreed Section 113 Agreement termination date of 31 August 2022": who agreed it and when is not stated. */
    static final LocalDate AUGUST_2022 = LocalDate.of(2022, 8, 31);
    static final ResolutionRef TERMINATION_AGREED = Minutes.notStated(
            "The agreed Section 113 Agreement termination date of 31 August 2022.");
    /** Illustrative: the seeds do not record the resolution that brought the agreement to an end. */
    static final ResolutionRef JSSPC_DECIDES = Minutes.resolved("jsspc",
            "Joint Shared Services and Personnel Committee", LocalDate.of(2022, 6, 28), "12",
            "That the Section 113 Agreement terminate.");

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        InMemoryGovernanceDirectory directory = new InMemoryGovernanceDirectory().on(new PartnershipFormed(OCC_CDC,
                "Oxfordshire and Cherwell partnership",
                List.of(new Authority(OCC, "Oxfordshire County Council", Tier.COUNTY),
                        new Authority(CDC, "Cherwell District Council", Tier.DISTRICT)),
                null, null, Minutes.notStated("Formed")));
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(directory);
    }

    @Test
    void oxfordshireAndCherwellEnterIntoTheirSection113Agreement() {
        fixture.givenNoPriorActivity()
                .when(new EnterIntoAgreement(S113, OCC_CDC, AgreementType.SECTION_113, TITLE, List.of(OCC, CDC), null,
                        ESTABLISHED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ENTERED);
    }

    @Test
    void anAgreementNeedsTwoParties() {
        fixture.givenNoPriorActivity()
                .when(new EnterIntoAgreement(S113, OCC_CDC, AgreementType.SECTION_113, TITLE, List.of(OCC), null,
                        ESTABLISHED))
                .expectNoEvents()
                .expectException(violates(RuleCode.AGREEMENT_NEEDS_TWO_PARTIES));
    }

    @Test
    void aPartyIsNotListedTwice() {
        fixture.givenNoPriorActivity()
                .when(new EnterIntoAgreement(S113, OCC_CDC, AgreementType.SECTION_113, TITLE, List.of(OCC, CDC, OCC),
                        null, ESTABLISHED))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_LISTED_TWICE));
    }

    @Test
    void everyPartyTakesPartInThePartnership() {
        fixture.givenNoPriorActivity()
                .when(new EnterIntoAgreement(S113, OCC_CDC, AgreementType.SECTION_113, TITLE, List.of(CDC, SNC), null,
                        ESTABLISHED))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
    }

    @Test
    void cannotEnterIntoAnAgreementForAPartnershipNotRecorded() {
        fixture.givenNoPriorActivity()
                .when(new EnterIntoAgreement(S113, PartnershipId.of("cdc-snc"), AgreementType.SECTION_113, TITLE,
                        List.of(CDC, SNC), null, ESTABLISHED))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_PARTNERSHIP));
    }

    @Test
    void cannotEnterIntoAnUntitledAgreement() {
        fixture.givenNoPriorActivity()
                .when(new EnterIntoAgreement(S113, OCC_CDC, AgreementType.SECTION_113, " ", List.of(OCC, CDC), null,
                        ESTABLISHED))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void theSixMonthReviewEndorsesTheOngoingUseOfTheAgreement() {
        ResolutionRef pwg = Minutes.resolved("pwg", "Partnership Working Group", null, null,
                "Endorse the ongoing use of a section 113 agreement as the framework to enable joint working.");
        String outcome = "The 113 provides the simplest method by which to undertake joint service delivery and as "
                + "such should be maintained; a brief review of the 113 is suggested to ensure it is clear and fit "
                + "for purpose.";
        fixture.given(ENTERED)
                .when(new ReviewAgreement(S113, null, outcome, pwg))
                .expectEvents(new AgreementReviewed(S113, OCC_CDC, null, outcome, pwg));
    }

    @Test
    void aReviewStatesItsOutcome() {
        fixture.given(ENTERED)
                .when(new ReviewAgreement(S113, LocalDate.of(2019, 3, 1), "", ESTABLISHED))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void variesTheAgreement() {
        // illustrative: no variation appears in the seeds
        ResolutionRef varied = Minutes.resolved("jsspc", "Joint Shared Services and Personnel Committee",
                LocalDate.of(2019, 9, 10), "7", "That the Section 113 Agreement be varied to include joint posts.");
        fixture.given(ENTERED)
                .when(new VaryAgreement(S113, "Joint posts added to the schedule", LocalDate.of(2019, 10, 1), varied))
                .expectEvents(new AgreementVaried(S113, OCC_CDC, "Joint posts added to the schedule",
                        LocalDate.of(2019, 10, 1), varied));
    }

    @Test
    void nothingIsVariedAfterTermination() {
        fixture.given(ENTERED, new AgreementTerminated(S113, OCC_CDC, AUGUST_2022, null, JSSPC_DECIDES))
                .when(new VaryAgreement(S113, "Too late", null, JSSPC_DECIDES))
                .expectNoEvents()
                .expectException(violates(RuleCode.AGREEMENT_TERMINATED));
    }

    @Test
    void recordsTheAgreedTerminationDateOf31August2022WhoeverAgreedIt() {
        fixture.given(ENTERED)
                .when(new AgreeTerminationDate(S113, AUGUST_2022, TERMINATION_AGREED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TerminationDateAgreed(S113, OCC_CDC, AUGUST_2022, null, TERMINATION_AGREED));
    }

    @Test
    void aLaterAgreementMovesTheTerminationDateAndKeepsThePreviousOne() {
        LocalDate september = LocalDate.of(2022, 9, 30);
        fixture.given(ENTERED, new TerminationDateAgreed(S113, OCC_CDC, AUGUST_2022, null, TERMINATION_AGREED))
                .when(new AgreeTerminationDate(S113, september, JSSPC_DECIDES))
                .expectEvents(new TerminationDateAgreed(S113, OCC_CDC, september, AUGUST_2022, JSSPC_DECIDES));
    }

    @Test
    void theTerminationDateIsAfterTheEffectiveDate() {
        fixture.given(ENTERED_WITH_DATE)
                .when(new AgreeTerminationDate(S113, EFFECTIVE, TERMINATION_AGREED))
                .expectNoEvents()
                .expectException(violates(RuleCode.TERMINATION_NOT_AFTER_EFFECTIVE_DATE));
        fixture.given(ENTERED_WITH_DATE)
                .when(new AgreeTerminationDate(S113, AUGUST_2022, TERMINATION_AGREED))
                .expectEvents(new TerminationDateAgreed(S113, OCC_CDC, AUGUST_2022, null, TERMINATION_AGREED));
    }

    @Test
    void noTerminationDateIsAgreedAfterTermination() {
        fixture.given(ENTERED, new AgreementTerminated(S113, OCC_CDC, AUGUST_2022, null, JSSPC_DECIDES))
                .when(new AgreeTerminationDate(S113, AUGUST_2022, TERMINATION_AGREED))
                .expectNoEvents()
                .expectException(violates(RuleCode.AGREEMENT_TERMINATED));
    }

    @Test
    void cannotAgreeATerminationWithoutADate() {
        fixture.given(ENTERED)
                .when(new AgreeTerminationDate(S113, null, TERMINATION_AGREED))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void terminatesOnTheAgreedDate() {
        fixture.given(ENTERED, new TerminationDateAgreed(S113, OCC_CDC, AUGUST_2022, null, TERMINATION_AGREED))
                .when(new TerminateAgreement(S113, AUGUST_2022, JSSPC_DECIDES))
                .expectEvents(new AgreementTerminated(S113, OCC_CDC, AUGUST_2022, AUGUST_2022, JSSPC_DECIDES));
    }

    @Test
    void terminatesWithoutAnAgreedDate() {
        fixture.given(ENTERED_WITH_DATE)
                .when(new TerminateAgreement(S113, AUGUST_2022, JSSPC_DECIDES))
                .expectEvents(new AgreementTerminated(S113, OCC_CDC, AUGUST_2022, null, JSSPC_DECIDES));
    }

    @Test
    void cannotTerminateBeforeTheAgreementTookEffect() {
        fixture.given(ENTERED_WITH_DATE)
                .when(new TerminateAgreement(S113, LocalDate.of(2018, 9, 30), JSSPC_DECIDES))
                .expectNoEvents()
                .expectException(violates(RuleCode.TERMINATION_NOT_AFTER_EFFECTIVE_DATE));
    }

    @Test
    void anAgreementTerminatesOnlyOnce() {
        fixture.given(ENTERED, new AgreementTerminated(S113, OCC_CDC, AUGUST_2022, null, JSSPC_DECIDES))
                .when(new TerminateAgreement(S113, AUGUST_2022, JSSPC_DECIDES))
                .expectNoEvents()
                .expectException(violates(RuleCode.AGREEMENT_TERMINATED));
    }

    @Test
    void aTerminationStatesWhoResolvedIt() {
        fixture.given(ENTERED)
                .when(new TerminateAgreement(S113, AUGUST_2022, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }
}
