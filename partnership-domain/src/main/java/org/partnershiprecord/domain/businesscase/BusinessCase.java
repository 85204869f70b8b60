package org.partnershiprecord.domain.businesscase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.GovernanceDirectory;
import org.partnershiprecord.domain.body.GovernanceDirectory.BodyFacts;
import org.partnershiprecord.domain.body.GovernanceDirectory.PartnershipFacts;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.body.PowerPolicy;
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
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BusinessCaseId;
import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;
import org.partnershiprecord.domain.common.SavingEstimate;

/**
 * The case for sharing a service between the councils of a partnership: its savings, its staff
 * consultation, its endorsements and adoption into a council's policy framework, and the democratic
 * route it then follows (scrutiny if the chairman so decides, the personnel committee, the executive's
 * decision), then implementation or a recorded reopening.
 */
public class BusinessCase {

    @AggregateIdentifier
    private BusinessCaseId businessCaseId;
    private String title;
    private final Set<AuthorityCode> authorities = new LinkedHashSet<>();
    private final Set<AuthorityCode> adoptedBy = new HashSet<>();
    private BusinessCaseStage stage;
    private org.partnershiprecord.domain.meeting.Exemption exemption;
    private boolean exemptionReleased;
    // The route's steps must follow each other in time; papers often omit dates, so only known ones count.
    private LocalDate lastRouteStepOn;
    private String lastRouteStep;

    protected BusinessCase() {
        // for Axon
    }

    @CommandHandler
    public BusinessCase(SubmitBusinessCase command, GovernanceDirectory directory) {
        Check.required(command.businessCaseId(), "The business case id");
        PartnershipId partnershipId = Check.required(command.partnershipId(), "The partnership");
        String caseTitle = Check.text(command.title(), "The business case title");
        String service = Check.text(command.service(), "The service the case would share");
        List<SavingEstimate> savings = savingsAsStated(command.savings());
        PartnershipFacts partnership = knownPartnership(directory, partnershipId);
        for (SavingEstimate saving : savings) {
            if (saving.authority() != null) {
                PowerPolicy.assertTakesPart(partnership.authorities(), saving.authority(),
                        "the council making a saving under '" + caseTitle + "'");
            }
        }
        apply(new BusinessCaseSubmitted(command.businessCaseId(), partnershipId, partnership.name(),
                List.copyOf(partnership.authorities()), caseTitle, service, Check.optionalText(command.summary()),
                savings, command.submittedOn(), command.exemption()));
    }

    @CommandHandler
    public void handle(BusinessCaseCommand.ReleaseBusinessCaseExemption command) {
        Check.required(command.releasedOn(), "The date the business case is released");
        Check.required(command.resolution(), "The decision releasing it");
        if (exemption == null) {
            throw new RuleViolation(RuleCode.NOT_EXEMPT,
                    "The business case '" + businessCaseId + "' is not exempt information; there is nothing to release.");
        }
        if (exemptionReleased) {
            throw new RuleViolation(RuleCode.ALREADY_RELEASED, "The business case '" + businessCaseId + "' has already been released.");
        }
        apply(new BusinessCaseEvent.BusinessCaseExemptionReleased(businessCaseId, exemption, command.releasedOn(),
                command.resolution()));
    }

    @EventSourcingHandler
    void on(BusinessCaseEvent.BusinessCaseExemptionReleased event) {
        exemptionReleased = true;
    }

    @CommandHandler
    public void handle(EndorseBusinessCase command) {
        Check.required(command.resolution(), "The resolution endorsing the case");
        assertNotDecided("be endorsed");
        apply(new BusinessCaseEndorsed(businessCaseId, command.resolution()));
    }

    @CommandHandler
    public void handle(OpenStaffConsultation command) {
        assertNotDecided("be put to staff consultation");
        if (stage == BusinessCaseStage.UNDER_CONSULTATION) {
            throw new RuleViolation(RuleCode.CONSULTATION_ALREADY_OPEN,
                    "Staff consultation on '" + businessCaseId + "' is already open.");
        }
        if (stage != BusinessCaseStage.SUBMITTED) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "Staff consultation on '" + businessCaseId + "' has already closed; it cannot be opened again.");
        }
        apply(new StaffConsultationOpened(businessCaseId, command.openedOn()));
    }

    @CommandHandler
    public void handle(CloseStaffConsultation command) {
        assertNotDecided("have its staff consultation closed");
        if (stage != BusinessCaseStage.UNDER_CONSULTATION) {
            throw new RuleViolation(RuleCode.CONSULTATION_NOT_OPEN,
                    "Staff consultation on '" + businessCaseId + "' is not open, so it cannot be closed.");
        }
        assertNotBeforeLastRouteStep(command.closedOn(), "Staff consultation");
        apply(new StaffConsultationClosed(businessCaseId, command.closedOn()));
    }

    @CommandHandler
    public void handle(AdoptIntoPolicyFramework command, GovernanceDirectory directory) {
        ResolutionRef resolution = Check.required(command.resolution(), "The resolution adopting the principle");
        assertNotDecided("be adopted into a policy framework");
        resolution.requireBodyAndDate("the adoption of a business case into a policy framework");
        AuthorityCode authority = assertFullCouncilOfAPartnershipAuthority(directory, resolution);
        if (adoptedBy.contains(authority)) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "The principle of '" + businessCaseId + "' is already part of the policy framework of " + authority + ".");
        }
        apply(new BusinessCaseAdoptedIntoPolicyFramework(businessCaseId, authority, resolution));
    }

    @CommandHandler
    public void handle(RecordConsideration command) {
        ConsiderationRole role = Check.required(command.role(), "The role of the considering body");
        BodyKind kind = Check.required(command.consideringBodyKind(), "The kind of body considering the case");
        ResolutionRef resolution = Check.required(command.resolution(), "The resolution considering the case");
        if (role == ConsiderationRole.DECISION) {
            throw new RuleViolation(RuleCode.INVALID_VALUE,
                    "A decision on a business case is recorded as the decision itself, not as a consideration.");
        }
        assertNotDecided("be considered");
        if (kind == BodyKind.SCRUTINY_COMMITTEE) {
            assertScrutinyInTurn();
        } else if (kind == BodyKind.PERSONNEL_COMMITTEE) {
            assertPersonnelCommitteeInTurn();
        }
        if (onRoute(kind)) {
            assertNotBeforeLastRouteStep(resolution.decidedOn(), "Consideration by " + resolution.describeBody());
        }
        apply(new BusinessCaseConsidered(businessCaseId, role, kind, resolution));
    }

    @CommandHandler
    public void handle(DecideBusinessCase command, GovernanceDirectory directory) {
        DecisionOutcome outcome = Check.required(command.outcome(), "The outcome of the decision");
        ResolutionRef resolution = Check.required(command.resolution(), "The resolution deciding the case");
        assertNotDecided("be decided again");
        if (stage != BusinessCaseStage.CONSIDERED_BY_PERSONNEL_COMMITTEE) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "'" + businessCaseId + "' can be decided only after the personnel committee has considered it.");
        }
        PowerPolicy.assertBodyHoldsPower(directory, resolution, Power.APPROVE_BUSINESS_CASES, "decide a business case");
        assertNotBeforeLastRouteStep(resolution.decidedOn(), "The decision");
        apply(new BusinessCaseDecided(businessCaseId, outcome, resolution));
    }

    @CommandHandler
    public void handle(RecordImplementation command) {
        if (stage == BusinessCaseStage.DECLINED) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "'" + businessCaseId + "' was declined; there is nothing to implement.");
        }
        if (stage == BusinessCaseStage.IMPLEMENTED) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "The implementation of '" + businessCaseId + "' is already recorded.");
        }
        if (stage != BusinessCaseStage.APPROVED) {
            throw new RuleViolation(RuleCode.CASE_NOT_DECIDED,
                    "'" + businessCaseId + "' has not been approved, so it cannot be implemented.");
        }
        assertNotBeforeLastRouteStep(command.implementedOn(), "Implementation");
        apply(new BusinessCaseImplemented(businessCaseId, command.implementedOn(),
                Check.optionalText(command.notes())));
    }

    @CommandHandler
    public void handle(ReopenBusinessCase command) {
        String reason = Check.text(command.reason(), "The reason for reopening the case");
        ResolutionRef resolution = Check.required(command.resolution(), "The resolution reopening the case");
        if (!stage.decided()) {
            throw new RuleViolation(RuleCode.CASE_NOT_DECIDED,
                    "'" + businessCaseId + "' has no final decision to reopen.");
        }
        assertNotBeforeLastRouteStep(resolution.decidedOn(), "Reopening");
        apply(new BusinessCaseReopened(businessCaseId, reason, resolution));
    }

    // No savings is a fact too: a case "met within existing budgets" states none.
    private static List<SavingEstimate> savingsAsStated(List<SavingEstimate> savings) {
        if (savings == null || savings.isEmpty()) {
            return List.of();
        }
        return List.copyOf(Check.notEmpty(savings, "The savings"));
    }

    private static PartnershipFacts knownPartnership(GovernanceDirectory directory, PartnershipId partnershipId) {
        return directory.partnership(partnershipId)
                .orElseThrow(() -> new RuleViolation(RuleCode.UNKNOWN_PARTNERSHIP,
                        "No partnership '" + partnershipId + "' is recorded."));
    }

    private void assertNotDecided(String what) {
        if (stage.decided()) {
            throw new RuleViolation(RuleCode.CASE_ALREADY_DECIDED,
                    "'" + businessCaseId + "' has been finally decided; it cannot now " + what
                            + " unless the decision is first reopened.");
        }
    }

    private AuthorityCode assertFullCouncilOfAPartnershipAuthority(GovernanceDirectory directory,
                                                                   ResolutionRef resolution) {
        BodyFacts body = directory.body(resolution.body())
                .orElseThrow(() -> new RuleViolation(RuleCode.UNKNOWN_BODY,
                        "No body '" + resolution.body() + "' (" + resolution.bodyName() + ") is recorded."));
        return body.authorities().stream()
                .filter(authorities::contains)
                .filter(body::isFullCouncilOf)
                .findFirst()
                .orElseThrow(() -> new RuleViolation(RuleCode.ADOPTION_NEEDS_FULL_COUNCIL,
                        "Only the full council of " + authorities.stream().map(AuthorityCode::value)
                                .collect(Collectors.joining(" or ")) + " can adopt '" + businessCaseId
                                + "' into its policy framework; the " + body.name() + " is not one of them."));
    }

    private void assertScrutinyInTurn() {
        if (!stage.consultationClosed()) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "Scrutiny considers '" + businessCaseId + "' only after staff consultation has closed.");
        }
        if (stage == BusinessCaseStage.CONSIDERED_BY_PERSONNEL_COMMITTEE) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "Scrutiny considers '" + businessCaseId + "' before the personnel committee, which has already"
                            + " considered it.");
        }
    }

    private void assertPersonnelCommitteeInTurn() {
        if (!stage.consultationClosed()) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "The personnel committee considers '" + businessCaseId + "' only after staff consultation has closed.");
        }
    }

    private void assertNotBeforeLastRouteStep(LocalDate on, String step) {
        if (on != null && lastRouteStepOn != null && on.isBefore(lastRouteStepOn)) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    step + " on " + on + " cannot come before " + lastRouteStep + " on " + lastRouteStepOn + ".");
        }
    }

    private static boolean onRoute(BodyKind kind) {
        return kind == BodyKind.SCRUTINY_COMMITTEE || kind == BodyKind.PERSONNEL_COMMITTEE;
    }

    private void routeStepTaken(LocalDate on, String step) {
        if (on != null) {
            lastRouteStepOn = on;
            lastRouteStep = step;
        }
    }

    @EventSourcingHandler
    void on(BusinessCaseSubmitted event) {
        businessCaseId = event.businessCaseId();
        title = event.title();
        authorities.addAll(event.authorities());
        stage = BusinessCaseStage.SUBMITTED;
        exemption = event.exemption();
    }

    @EventSourcingHandler
    void on(StaffConsultationOpened event) {
        stage = BusinessCaseStage.UNDER_CONSULTATION;
        routeStepTaken(event.openedOn(), "the opening of staff consultation");
    }

    @EventSourcingHandler
    void on(StaffConsultationClosed event) {
        stage = BusinessCaseStage.CONSULTATION_CLOSED;
        routeStepTaken(event.closedOn(), "the close of staff consultation");
    }

    @EventSourcingHandler
    void on(BusinessCaseAdoptedIntoPolicyFramework event) {
        adoptedBy.add(event.authority());
    }

    @EventSourcingHandler
    void on(BusinessCaseConsidered event) {
        if (event.consideringBodyKind() == BodyKind.SCRUTINY_COMMITTEE) {
            stage = BusinessCaseStage.CONSIDERED_BY_SCRUTINY;
        } else if (event.consideringBodyKind() == BodyKind.PERSONNEL_COMMITTEE) {
            stage = BusinessCaseStage.CONSIDERED_BY_PERSONNEL_COMMITTEE;
        }
        if (onRoute(event.consideringBodyKind())) {
            routeStepTaken(event.resolution().decidedOn(), "its consideration by " + event.resolution().describeBody());
        }
    }

    @EventSourcingHandler
    void on(BusinessCaseDecided event) {
        stage = event.outcome() == DecisionOutcome.APPROVED ? BusinessCaseStage.APPROVED : BusinessCaseStage.DECLINED;
        routeStepTaken(event.resolution().decidedOn(), "the decision of " + event.resolution().describeBody());
    }

    @EventSourcingHandler
    void on(BusinessCaseImplemented event) {
        stage = BusinessCaseStage.IMPLEMENTED;
        routeStepTaken(event.implementedOn(), "its implementation");
    }

    @EventSourcingHandler
    void on(BusinessCaseReopened event) {
        stage = BusinessCaseStage.REOPENED;
        routeStepTaken(event.resolution().decidedOn(), "its reopening by " + event.resolution().describeBody());
    }
}
