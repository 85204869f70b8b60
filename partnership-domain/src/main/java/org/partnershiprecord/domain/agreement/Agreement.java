package org.partnershiprecord.domain.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
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
import org.partnershiprecord.domain.body.GovernanceDirectory;
import org.partnershiprecord.domain.body.PowerPolicy;
import org.partnershiprecord.domain.common.AgreementId;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;

/**
 * One legal instrument between councils of a partnership (a Section 113 agreement, a delegation, a
 * service level agreement...) and its life: entered, reviewed, varied, a termination date agreed
 * (and perhaps moved), terminated.
 */
public class Agreement {

    @AggregateIdentifier
    private AgreementId agreementId;
    private PartnershipId partnershipId;
    private String title;
    private LocalDate effectiveFrom;
    private LocalDate agreedTerminationDate;
    private AgreementStatus status;

    protected Agreement() {
        // for Axon
    }

    @CommandHandler
    public Agreement(EnterIntoAgreement command, GovernanceDirectory directory) {
        Check.required(command.agreementId(), "The agreement id");
        Check.required(command.partnershipId(), "The partnership the agreement belongs to");
        AgreementType type = Check.required(command.type(), "The type of agreement");
        String agreementTitle = Check.text(command.title(), "The agreement's title");
        List<AuthorityCode> parties = List.copyOf(Check.notEmpty(command.parties(), "The agreement's parties"));
        Check.required(command.resolution(), "The resolution entering into the agreement");
        assertPartiesDistinct(parties, agreementTitle);
        assertAtLeastTwoParties(parties, agreementTitle);
        Set<AuthorityCode> members = PowerPolicy.authoritiesOf(directory, command.partnershipId());
        parties.forEach(party -> PowerPolicy.assertTakesPart(members, party, "a party to the " + agreementTitle));
        apply(new AgreementEntered(command.agreementId(), command.partnershipId(), type, agreementTitle, parties,
                command.effectiveFrom(), command.resolution()));
    }

    @CommandHandler
    public void handle(ReviewAgreement command) {
        String outcome = Check.text(command.outcome(), "The outcome of the review");
        Check.required(command.resolution(), "The resolution receiving the review");
        apply(new AgreementReviewed(agreementId, partnershipId, command.reviewedOn(), outcome, command.resolution()));
    }

    @CommandHandler
    public void handle(VaryAgreement command) {
        String variation = Check.text(command.variation(), "The variation");
        Check.required(command.resolution(), "The resolution varying the agreement");
        assertNotTerminated("varied");
        apply(new AgreementVaried(agreementId, partnershipId, variation, command.effectiveFrom(),
                command.resolution()));
    }

    @CommandHandler
    public void handle(AgreeTerminationDate command) {
        LocalDate terminationDate = Check.required(command.terminationDate(), "The agreed termination date");
        Check.required(command.resolution(), "The resolution agreeing the termination date");
        assertNotTerminated("given a termination date");
        assertAfterEffectiveDate(terminationDate, "agreed termination date");
        apply(new TerminationDateAgreed(agreementId, partnershipId, terminationDate, agreedTerminationDate,
                command.resolution()));
    }

    @CommandHandler
    public void handle(TerminateAgreement command) {
        LocalDate terminatedOn = Check.required(command.terminatedOn(), "The date the agreement terminated");
        Check.required(command.resolution(), "The resolution terminating the agreement");
        assertNotTerminated("terminated again");
        assertAfterEffectiveDate(terminatedOn, "termination date");
        apply(new AgreementTerminated(agreementId, partnershipId, terminatedOn, agreedTerminationDate,
                command.resolution()));
    }

    private static void assertPartiesDistinct(List<AuthorityCode> parties, String agreementTitle) {
        Set<AuthorityCode> seen = new HashSet<>();
        for (AuthorityCode party : parties) {
            if (!seen.add(party)) {
                throw new RuleViolation(RuleCode.AUTHORITY_LISTED_TWICE,
                        party + " is listed twice among the parties to the " + agreementTitle + ".");
            }
        }
    }

    private static void assertAtLeastTwoParties(List<AuthorityCode> parties, String agreementTitle) {
        if (parties.size() < 2) {
            throw new RuleViolation(RuleCode.AGREEMENT_NEEDS_TWO_PARTIES,
                    "An agreement needs at least two different councils as parties; the " + agreementTitle
                            + " names only " + parties.get(0) + ".");
        }
    }

    private void assertNotTerminated(String what) {
        if (status == AgreementStatus.TERMINATED) {
            throw new RuleViolation(RuleCode.AGREEMENT_TERMINATED,
                    "The " + title + " has been terminated; it cannot be " + what + ".");
        }
    }

    /** Only checked when the effective date is known: an agreement whose start is not stated can still end. */
    private void assertAfterEffectiveDate(LocalDate date, String what) {
        if (effectiveFrom != null && !date.isAfter(effectiveFrom)) {
            throw new RuleViolation(RuleCode.TERMINATION_NOT_AFTER_EFFECTIVE_DATE,
                    "The " + what + " " + date + " must be after the " + title + " took effect on " + effectiveFrom
                            + ".");
        }
    }

    @EventSourcingHandler
    void on(AgreementEntered event) {
        agreementId = event.agreementId();
        partnershipId = event.partnershipId();
        title = event.title();
        effectiveFrom = event.effectiveFrom();
        status = AgreementStatus.IN_FORCE;
    }

    @EventSourcingHandler
    void on(TerminationDateAgreed event) {
        agreedTerminationDate = event.terminationDate();
        status = AgreementStatus.TERMINATION_AGREED;
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        status = AgreementStatus.TERMINATED;
    }
}
