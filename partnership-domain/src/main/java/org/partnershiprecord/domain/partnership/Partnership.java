package org.partnershiprecord.domain.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;
import org.partnershiprecord.domain.common.SavingEstimate;
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

/**
 * Two or more councils working jointly: who takes part, the principles and objectives they set,
 * the reviews of how it is going, and its life from forming to dissolution.
 */
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private final Set<AuthorityCode> authorities = new LinkedHashSet<>();
    private final Set<Integer> principles = new HashSet<>();
    private final Set<Integer> objectives = new HashSet<>();
    private final Set<String> reviews = new HashSet<>();
    private PartnershipStatus status;

    protected Partnership() {
        // for Axon
    }

    @CommandHandler
    public Partnership(FormPartnership command) {
        Check.required(command.partnershipId(), "The partnership id");
        String name = Check.text(command.name(), "The partnership name");
        Check.required(command.resolution(), "The resolution forming the partnership");
        List<Authority> parties = List.copyOf(Check.notEmpty(command.authorities(), "The partnership's authorities"));
        assertAuthoritiesDistinct(parties);
        assertAtLeastTwoAuthorities(parties);
        apply(new PartnershipFormed(command.partnershipId(), name, parties, command.formedOn(),
                Check.optionalText(command.modelOfJointWorking()), command.resolution()));
    }

    @CommandHandler
    public void handle(AdoptPrinciple command) {
        assertNotDissolved();
        Check.required(command.resolution(), "The resolution adopting the principle");
        String text = Check.text(command.text(), "The principle's text");
        assertPositive(command.number(), "principle");
        if (principles.contains(command.number())) {
            throw new RuleViolation(RuleCode.PRINCIPLE_NUMBER_TAKEN,
                    "Principle " + command.number() + " has already been adopted for this partnership.");
        }
        apply(new PrincipleAdopted(partnershipId, command.number(), text, command.resolution()));
    }

    @CommandHandler
    public void handle(SetObjective command) {
        assertNotDissolved();
        Check.required(command.resolution(), "The resolution setting the objective");
        String text = Check.text(command.text(), "The objective's text");
        assertPositive(command.number(), "objective");
        if (objectives.contains(command.number())) {
            throw new RuleViolation(RuleCode.OBJECTIVE_NUMBER_TAKEN,
                    "Objective " + command.number() + " has already been set for this partnership.");
        }
        apply(new ObjectiveSet(partnershipId, command.number(), text, command.resolution()));
    }

    @CommandHandler
    public void handle(RecordPartnershipReview command) {
        assertNotDissolved();
        String reviewId = Check.text(command.reviewId(), "The review id");
        String title = Check.text(command.title(), "The review title");
        Check.required(command.resolution(), "The resolution receiving the review");
        if (reviews.contains(reviewId)) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, "A review '" + reviewId + "' is already recorded.");
        }
        List<Assessment> assessments = command.assessments() == null ? List.of() : List.copyOf(command.assessments());
        for (Assessment assessment : assessments) {
            assertAssessedItemExists(assessment);
        }
        List<SavingEstimate> savings = command.savings() == null ? List.of() : List.copyOf(command.savings());
        for (SavingEstimate saving : savings) {
            if (saving.authority() != null) {
                assertTakesPart(saving.authority());
            }
        }
        List<String> recommendations = command.recommendations() == null ? List.of()
                : command.recommendations().stream().map(r -> Check.text(r, "A recommendation")).toList();
        apply(new PartnershipReviewed(partnershipId, reviewId, title, command.reviewedOn(), assessments, savings,
                recommendations, command.resolution()));
    }

    @CommandHandler
    public void handle(CommencePartnership command) {
        assertTransition(PartnershipStatus.FORMING, PartnershipStatus.ACTIVE);
        Check.required(command.resolution(), "The resolution commencing the partnership");
        apply(new PartnershipCommenced(partnershipId, command.commencedOn(), command.resolution()));
    }

    @CommandHandler
    public void handle(BeginSeparation command) {
        assertTransition(PartnershipStatus.ACTIVE, PartnershipStatus.SEPARATING);
        Check.required(command.resolution(), "The resolution to separate");
        apply(new SeparationBegun(partnershipId, command.begunOn(), command.resolution()));
    }

    @CommandHandler
    public void handle(DissolvePartnership command) {
        assertNotDissolved();
        Check.required(command.resolution(), "The resolution dissolving the partnership");
        apply(new PartnershipDissolved(partnershipId, command.dissolvedOn(), command.resolution()));
    }

    private static void assertAuthoritiesDistinct(List<Authority> parties) {
        Set<AuthorityCode> seen = new HashSet<>();
        for (Authority authority : parties) {
            if (!seen.add(authority.code())) {
                throw new RuleViolation(RuleCode.AUTHORITY_LISTED_TWICE,
                        authority.code() + " is listed twice among the partnership's authorities.");
            }
        }
    }

    private static void assertAtLeastTwoAuthorities(List<Authority> parties) {
        if (parties.size() < 2) {
            throw new RuleViolation(RuleCode.PARTNERSHIP_NEEDS_TWO_AUTHORITIES,
                    "A partnership needs at least two different councils; only " + parties.get(0).code() + " was named.");
        }
    }

    private static void assertPositive(int number, String what) {
        if (number < 1) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, "A " + what + " number starts at 1.");
        }
    }

    private void assertAssessedItemExists(Assessment assessment) {
        boolean principle = assessment.subject() == Assessment.Subject.PRINCIPLE;
        Set<Integer> known = principle ? principles : objectives;
        if (!known.contains(assessment.number())) {
            throw new RuleViolation(principle ? RuleCode.UNKNOWN_PRINCIPLE : RuleCode.UNKNOWN_OBJECTIVE,
                    "The review assesses " + (principle ? "principle " : "objective ") + assessment.number()
                            + ", which has not been recorded for this partnership.");
        }
    }

    private void assertTakesPart(AuthorityCode authority) {
        if (!authorities.contains(authority)) {
            throw new RuleViolation(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP,
                    authority + " does not take part in this partnership.");
        }
    }

    private void assertNotDissolved() {
        if (status == PartnershipStatus.DISSOLVED) {
            throw new RuleViolation(RuleCode.PARTNERSHIP_DISSOLVED,
                    "The partnership has been dissolved; nothing more can be recorded against it.");
        }
    }

    private void assertTransition(PartnershipStatus from, PartnershipStatus to) {
        assertNotDissolved();
        if (status != from) {
            throw new RuleViolation(RuleCode.STATUS_TRANSITION_NOT_ALLOWED,
                    "The partnership is " + status.name().toLowerCase() + "; it can become "
                            + to.name().toLowerCase() + " only when " + from.name().toLowerCase() + ".");
        }
    }

    @EventSourcingHandler
    void on(PartnershipFormed event) {
        partnershipId = event.partnershipId();
        event.authorities().forEach(a -> authorities.add(a.code()));
        status = PartnershipStatus.FORMING;
    }

    @EventSourcingHandler
    void on(PrincipleAdopted event) {
        principles.add(event.number());
    }

    @EventSourcingHandler
    void on(ObjectiveSet event) {
        objectives.add(event.number());
    }

    @EventSourcingHandler
    void on(PartnershipReviewed event) {
        reviews.add(event.reviewId());
    }

    @EventSourcingHandler
    void on(PartnershipCommenced event) {
        status = PartnershipStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(SeparationBegun event) {
        status = PartnershipStatus.SEPARATING;
    }

    @EventSourcingHandler
    void on(PartnershipDissolved event) {
        status = PartnershipStatus.DISSOLVED;
    }

}
