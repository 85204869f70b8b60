package org.partnershiprecord.domain.partnership;

import static org.partnershiprecord.domain.common.RuleMatchers.violates;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Minutes;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.partnership.PartnershipCommand.AdoptPrinciple;
import org.partnershiprecord.domain.partnership.PartnershipCommand.BeginSeparation;
import org.partnershiprecord.domain.partnership.PartnershipCommand.CommencePartnership;
import org.partnershiprecord.domain.partnership.PartnershipCommand.DissolvePartnership;
import org.partnershiprecord.domain.partnership.PartnershipCommand.FormPartnership;
import org.partnershiprecord.domain.partnership.PartnershipCommand.RecordPartnershipReview;
import org.partnershiprecord.domain.partnership.PartnershipCommand.SetObjective;
import org.partnershiprecord.domain.partnership.PartnershipEvent.ObjectiveSet;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipCommenced;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipDissolved;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipReviewed;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PrincipleAdopted;
import org.partnershiprecord.domain.partnership.PartnershipEvent.SeparationBegun;

class PartnershipTest {

    static final PartnershipId ID = PartnershipId.of("occ-cdc");
    static final Authority OCC = new Authority(AuthorityCode.of("OCC"), "Oxfordshire County Council", Tier.COUNTY);
    static final Authority CDC = new Authority(AuthorityCode.of("CDC"), "Cherwell District Council", Tier.DISTRICT);
    static final ResolutionRef PWG = Minutes.resolved("pwg", "Partnership Working Group", LocalDate.of(2018, 10, 23),
            null, "That the principles and objectives be the guiding framework of the partnership.");
    static final PartnershipFormed FORMED = new PartnershipFormed(ID, "Oxfordshire and Cherwell partnership",
            List.of(OCC, CDC), LocalDate.of(2018, 10, 1), "Shared roles / specialist functions", PWG);

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    @Test
    void twoCouncilsFormAPartnership() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(ID, "Oxfordshire and Cherwell partnership", List.of(OCC, CDC),
                        LocalDate.of(2018, 10, 1), "Shared roles / specialist functions", PWG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(FORMED);
    }

    @Test
    void cannotFormAPartnershipOfOneCouncil() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(ID, "Alone", List.of(OCC), null, null, PWG))
                .expectNoEvents()
                .expectException(violates(RuleCode.PARTNERSHIP_NEEDS_TWO_AUTHORITIES));
    }

    @Test
    void cannotNameTheSameCouncilTwice() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(ID, "Twice", List.of(OCC, OCC), null, null, PWG))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_LISTED_TWICE));
    }

    @Test
    void cannotFormWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(ID, " ", List.of(OCC, CDC), null, null, PWG))
                .expectNoEvents()
                .expectException(violates(RuleCode.INVALID_VALUE));
    }

    @Test
    void adoptsNumberedPrinciplesOnce() {
        fixture.given(FORMED)
                .when(new AdoptPrinciple(ID, 1, "That both councils will retain their own governance", PWG))
                .expectEvents(new PrincipleAdopted(ID, 1, "That both councils will retain their own governance", PWG));
        fixture.given(FORMED, new PrincipleAdopted(ID, 1, "Retain governance", PWG))
                .when(new AdoptPrinciple(ID, 1, "Another", PWG))
                .expectNoEvents()
                .expectException(violates(RuleCode.PRINCIPLE_NUMBER_TAKEN));
    }

    @Test
    void setsNumberedObjectivesOnce() {
        fixture.given(FORMED)
                .when(new SetObjective(ID, 3, "To improve (or maintain) the financial position of both councils.", PWG))
                .expectEvents(new ObjectiveSet(ID, 3, "To improve (or maintain) the financial position of both councils.", PWG));
        fixture.given(FORMED, new ObjectiveSet(ID, 3, "Finance", PWG))
                .when(new SetObjective(ID, 3, "Again", PWG))
                .expectNoEvents()
                .expectException(violates(RuleCode.OBJECTIVE_NUMBER_TAKEN));
    }

    @Test
    void recordsASixMonthReviewWithAssessmentsAndSavings() {
        List<Assessment> assessments = List.of(new Assessment(Assessment.Subject.PRINCIPLE, 1, AssessmentOutcome.MET, "Principle met."));
        List<SavingEstimate> savings = List.of(
                new SavingEstimate(AuthorityCode.of("OCC"), "2019/20", Money.pounds(314_000)),
                new SavingEstimate(AuthorityCode.of("CDC"), "2019/20", Money.pounds(315_000)));
        fixture.given(FORMED, new PrincipleAdopted(ID, 1, "Retain governance", PWG))
                .when(new RecordPartnershipReview(ID, "six-month-review", "Partnership Review, Evaluation and Next Steps",
                        LocalDate.of(2019, 3, 16), assessments, savings, List.of("Note the progress to date"), PWG))
                .expectEvents(new PartnershipReviewed(ID, "six-month-review", "Partnership Review, Evaluation and Next Steps",
                        LocalDate.of(2019, 3, 16), assessments, savings, List.of("Note the progress to date"), PWG));
    }

    @Test
    void cannotAssessAPrincipleNeverAdopted() {
        fixture.given(FORMED)
                .when(new RecordPartnershipReview(ID, "r", "Review", null,
                        List.of(new Assessment(Assessment.Subject.PRINCIPLE, 9, AssessmentOutcome.MET, null)), List.of(), List.of(), PWG))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_PRINCIPLE));
    }

    @Test
    void cannotAssessAnObjectiveNeverSet() {
        fixture.given(FORMED)
                .when(new RecordPartnershipReview(ID, "r", "Review", null,
                        List.of(new Assessment(Assessment.Subject.OBJECTIVE, 2, AssessmentOutcome.UNDERWAY, null)), List.of(), List.of(), PWG))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_OBJECTIVE));
    }

    @Test
    void cannotRecordSavingsForACouncilOutsideThePartnership() {
        fixture.given(FORMED)
                .when(new RecordPartnershipReview(ID, "r", "Review", null, List.of(),
                        List.of(new SavingEstimate(AuthorityCode.of("SNC"), null, Money.pounds(1))), List.of(), PWG))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
    }

    @Test
    void movesFromFormingToActiveToSeparatingToDissolved() {
        LocalDate day = LocalDate.of(2022, 3, 15);
        fixture.given(FORMED)
                .when(new CommencePartnership(ID, day, PWG))
                .expectEvents(new PartnershipCommenced(ID, day, PWG));
        fixture.given(FORMED, new PartnershipCommenced(ID, day, PWG))
                .when(new BeginSeparation(ID, day, PWG))
                .expectEvents(new SeparationBegun(ID, day, PWG));
        fixture.given(FORMED, new PartnershipCommenced(ID, day, PWG), new SeparationBegun(ID, day, PWG))
                .when(new DissolvePartnership(ID, day, PWG))
                .expectEvents(new PartnershipDissolved(ID, day, PWG));
    }

    @Test
    void cannotSeparateAPartnershipThatNeverCommenced() {
        fixture.given(FORMED)
                .when(new BeginSeparation(ID, LocalDate.of(2022, 1, 1), PWG))
                .expectNoEvents()
                .expectException(violates(RuleCode.STATUS_TRANSITION_NOT_ALLOWED));
    }

    @Test
    void nothingIsRecordedAgainstADissolvedPartnership() {
        fixture.given(FORMED, new PartnershipDissolved(ID, LocalDate.of(2022, 8, 31), PWG))
                .when(new AdoptPrinciple(ID, 1, "Too late", PWG))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violates(RuleCode.PARTNERSHIP_DISSOLVED));
    }
}
