package org.partnershiprecord.domain.jointpost;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.partnershiprecord.domain.body.GovernanceDirectory;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.body.PowerPolicy;
import org.partnershiprecord.domain.common.AppointmentId;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.PostId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;
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

/**
 * A post serving one or more councils of a partnership: who employs it, who pays for it and in what
 * shares, the full-council approvals of its salary package, and the people appointed to it over time.
 */
public class JointPost {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @AggregateIdentifier
    private PostId postId;
    private String title;
    private PostTier tier;
    private AuthorityCode employingAuthority;
    private final Set<AuthorityCode> partnershipAuthorities = new LinkedHashSet<>();
    private List<AuthorityCode> servedAuthorities = List.of();
    private SalaryRange salaryRange;
    private List<CostShare> costSplit = List.of();
    private final Map<AuthorityCode, LocalDate> packageApprovedOn = new HashMap<>();
    private final Map<AppointmentId, Holding> appointments = new LinkedHashMap<>();

    protected JointPost() {
        // for Axon
    }

    @CommandHandler
    public JointPost(ProposeJointPost command, GovernanceDirectory directory) {
        Check.required(command.postId(), "The post id");
        Check.required(command.partnershipId(), "The partnership");
        String postTitle = Check.text(command.title(), "The post's title");
        PostTier postTier = Check.required(command.tier(), "The tier of the post");
        AuthorityCode employer = Check.required(command.employingAuthority(), "The employing authority");
        List<AuthorityCode> served = List.copyOf(Check.notEmpty(command.servedAuthorities(),
                "The authorities the post serves"));
        Check.required(command.resolution(), "The resolution proposing the post");
        List<CostShare> split = command.costSplit() == null || command.costSplit().isEmpty() ? List.of()
                : List.copyOf(Check.notEmpty(command.costSplit(), "The cost split"));
        assertServedOnce(served, postTitle);

        Set<AuthorityCode> members = PowerPolicy.authoritiesOf(directory, command.partnershipId());
        PowerPolicy.assertTakesPart(members, employer, "the employing authority of the " + postTitle);
        served.forEach(a -> PowerPolicy.assertTakesPart(members, a, "an authority served by the " + postTitle));
        assertSplitValid(members, split, served, employer, postTitle);

        List<AuthorityCode> paying = payingAuthorities(split, served);
        apply(new JointPostProposed(command.postId(), command.partnershipId(), List.copyOf(members), postTitle,
                Check.optionalText(command.remit()), postTier, employer, served, command.salaryRange(), split,
                PayPolicy.approvalRequiredFrom(command.salaryRange(), paying), command.resolution()));
    }

    @CommandHandler
    public void handle(AgreeCostSplit command) {
        List<CostShare> split = List.copyOf(Check.notEmpty(command.costSplit(), "The cost split"));
        Check.required(command.resolution(), "The resolution agreeing the cost split");
        assertSplitValid(partnershipAuthorities, split, servedAuthorities, employingAuthority, title);
        apply(new CostSplitAgreed(postId, title, split,
                PayPolicy.approvalRequiredFrom(salaryRange, payingAuthorities(split, servedAuthorities)),
                command.resolution()));
    }

    @CommandHandler
    public void handle(ApproveSalaryPackage command, GovernanceDirectory directory) {
        AuthorityCode authority = Check.required(command.authority(), "The authority approving the package");
        ResolutionRef resolution = Check.required(command.resolution(), "The resolution approving the package");
        assertPaying(authority);
        assertNotYetApprovedBy(authority);
        PowerPolicy.assertFullCouncilOf(directory, resolution, authority, RuleCode.SALARY_PACKAGE_NEEDS_FULL_COUNCIL,
                "approve the salary package of the " + title + " for " + authority);
        apply(new SalaryPackageApproved(postId, title, authority, resolution));
    }

    @CommandHandler
    public void handle(AppointJointPost command, GovernanceDirectory directory) {
        AppointmentId appointmentId = Check.required(command.appointmentId(), "The appointment id");
        AppointmentBasis basis = Check.required(command.basis(), "The basis of the appointment");
        LocalDate startsOn = Check.required(command.startsOn(), "The date the appointment starts");
        ResolutionRef resolution = Check.required(command.resolution(), "The resolution making the appointment");
        String person = Check.optionalText(command.personName());
        assertAppointmentIdFree(appointmentId);
        assertNoCurrentAppointment(basis, startsOn);
        if (isJointChiefOfficerPost()) {
            PowerPolicy.assertBodyHoldsPower(directory, resolution, Power.APPOINT_JOINT_CHIEF_OFFICERS,
                    "appoint to the joint chief-officer post of " + title);
        }
        if (basis == AppointmentBasis.PERMANENT && PayPolicy.requiresFullCouncilApproval(salaryRange)) {
            assertSalaryPackageApprovedBy(resolution);
        }
        apply(new JointPostAppointed(postId, appointmentId, title, tier, basis, person, startsOn, resolution));
    }

    @CommandHandler
    public void handle(EndAppointment command) {
        AppointmentId appointmentId = Check.required(command.appointmentId(), "The appointment id");
        LocalDate endedOn = Check.required(command.endedOn(), "The date the appointment ends");
        Holding holding = appointments.get(appointmentId);
        if (holding == null) {
            throw new RuleViolation(RuleCode.UNKNOWN_APPOINTMENT,
                    "No appointment '" + appointmentId + "' to the " + title + " is recorded.");
        }
        if (holding.endedOn() != null) {
            throw new RuleViolation(RuleCode.APPOINTMENT_ALREADY_ENDED,
                    "Appointment '" + appointmentId + "' to the " + title + " already ended on " + holding.endedOn()
                            + ".");
        }
        if (endedOn.isBefore(holding.startsOn())) {
            throw new RuleViolation(RuleCode.APPOINTMENT_ENDS_BEFORE_START,
                    "Appointment '" + appointmentId + "' to the " + title + " started on " + holding.startsOn()
                            + "; it cannot end on " + endedOn + ".");
        }
        apply(new AppointmentEnded(postId, appointmentId, title, holding.basis(), holding.personName(), endedOn,
                Check.optionalText(command.reason()), command.resolution()));
    }

    private static void assertServedOnce(List<AuthorityCode> served, String postTitle) {
        if (new HashSet<>(served).size() != served.size()) {
            throw new RuleViolation(RuleCode.AUTHORITY_LISTED_TWICE,
                    "An authority is listed twice among those the " + postTitle + " serves.");
        }
    }

    /** The cost-split rules, shared by the proposal and a later agreement of the split. */
    private static void assertSplitValid(Set<AuthorityCode> members, List<CostShare> split,
                                         List<AuthorityCode> served, AuthorityCode employer, String postTitle) {
        Set<AuthorityCode> seen = new HashSet<>();
        for (CostShare share : split) {
            PowerPolicy.assertTakesPart(members, share.authority(), "paying for the " + postTitle);
            if (!seen.add(share.authority())) {
                throw new RuleViolation(RuleCode.COST_SPLIT_AUTHORITY_TWICE,
                        share.authority() + " appears twice in the cost split of the " + postTitle + ".");
            }
        }
        if (!split.isEmpty()) {
            BigDecimal total = split.stream().map(CostShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(HUNDRED) != 0) {
                throw new RuleViolation(RuleCode.COST_SPLIT_NOT_100,
                        "The cost split of the " + postTitle + " adds up to " + total.toPlainString()
                                + "%, not 100%.");
            }
        }
        List<AuthorityCode> paying = payingAuthorities(split, served);
        if (served.size() == 1 && !paying.equals(List.of(employer))) {
            throw new RuleViolation(RuleCode.SINGLE_AUTHORITY_POST_NOT_PAID_BY_EMPLOYER,
                    "The " + postTitle + " serves " + served.get(0) + " alone, so its employer " + employer
                            + " pays 100% of it; the record names " + paying + ".");
        }
    }

    /** Who pays: the authorities in the split when it is stated, otherwise those the post serves. */
    private static List<AuthorityCode> payingAuthorities(List<CostShare> split, List<AuthorityCode> served) {
        return split.isEmpty() ? served : split.stream().map(CostShare::authority).toList();
    }

    private List<AuthorityCode> payingAuthorities() {
        return payingAuthorities(costSplit, servedAuthorities);
    }

    private boolean isJointChiefOfficerPost() {
        return tier.chiefOfficer() && servedAuthorities.size() >= 2;
    }

    private void assertPaying(AuthorityCode authority) {
        if (!payingAuthorities().contains(authority)) {
            throw new RuleViolation(RuleCode.AUTHORITY_NOT_PAYING,
                    authority + " does not pay for the " + title + ", so its approval of the salary package is not"
                            + " called for; the paying authorities are " + payingAuthorities() + ".");
        }
    }

    private void assertNotYetApprovedBy(AuthorityCode authority) {
        if (packageApprovedOn.containsKey(authority)) {
            throw new RuleViolation(RuleCode.SALARY_PACKAGE_ALREADY_APPROVED,
                    "The full council of " + authority + " already approved the salary package of the " + title
                            + " on " + packageApprovedOn.get(authority) + ".");
        }
    }

    /** Each paying authority's full council must have approved on or before the appointment's date. */
    private void assertSalaryPackageApprovedBy(ResolutionRef appointment) {
        appointment.requireBodyAndDate("a permanent appointment to the " + title);
        LocalDate appointedOn = appointment.decidedOn();
        List<AuthorityCode> missing = payingAuthorities().stream()
                .filter(a -> !packageApprovedOn.containsKey(a) || packageApprovedOn.get(a).isAfter(appointedOn))
                .toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation(RuleCode.SALARY_PACKAGE_NOT_APPROVED,
                    "The salary range of the " + title + " reaches " + PayPolicy.THRESHOLD + ", so the full council of"
                            + " each paying authority approves the package before a permanent appointment; on "
                            + appointedOn + " it had not been approved by the full council of "
                            + missing.stream().map(AuthorityCode::toString).collect(Collectors.joining(" and "))
                            + ".");
        }
    }

    private void assertAppointmentIdFree(AppointmentId appointmentId) {
        if (appointments.containsKey(appointmentId)) {
            throw new RuleViolation(RuleCode.APPOINTMENT_ID_TAKEN,
                    "An appointment '" + appointmentId + "' to the " + title + " is already recorded.");
        }
    }

    /** An appointment ending on the day the new one starts hands over; one ending later overlaps it. */
    private void assertNoCurrentAppointment(AppointmentBasis basis, LocalDate startsOn) {
        for (Map.Entry<AppointmentId, Holding> entry : appointments.entrySet()) {
            Holding holding = entry.getValue();
            if (holding.basis() == basis && (holding.endedOn() == null || holding.endedOn().isAfter(startsOn))) {
                throw new RuleViolation(RuleCode.APPOINTMENT_ALREADY_CURRENT,
                        "The " + title + " already has a current " + basis.name().toLowerCase() + " appointment ('"
                                + entry.getKey() + "') on " + startsOn + "; it must end before another is made.");
            }
        }
    }

    @EventSourcingHandler
    void on(JointPostProposed event) {
        postId = event.postId();
        title = event.title();
        tier = event.tier();
        employingAuthority = event.employingAuthority();
        partnershipAuthorities.addAll(event.partnershipAuthorities());
        servedAuthorities = event.servedAuthorities();
        salaryRange = event.salaryRange();
        costSplit = event.costSplit();
    }

    @EventSourcingHandler
    void on(CostSplitAgreed event) {
        costSplit = event.costSplit();
    }

    @EventSourcingHandler
    void on(SalaryPackageApproved event) {
        packageApprovedOn.put(event.authority(), event.resolution().decidedOn());
    }

    @EventSourcingHandler
    void on(JointPostAppointed event) {
        appointments.put(event.appointmentId(),
                new Holding(event.basis(), event.personName(), event.startsOn(), null));
    }

    @EventSourcingHandler
    void on(AppointmentEnded event) {
        appointments.computeIfPresent(event.appointmentId(), (id, holding) -> holding.endingOn(event.endedOn()));
    }

    /** One appointment as far as the rules need it. */
    private record Holding(AppointmentBasis basis, String personName, LocalDate startsOn, LocalDate endedOn) {

        Holding endingOn(LocalDate date) {
            return new Holding(basis, personName, startsOn, date);
        }
    }
}
