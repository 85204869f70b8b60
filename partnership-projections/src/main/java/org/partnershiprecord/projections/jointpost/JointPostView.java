package org.partnershiprecord.projections.jointpost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.projections.common.ResolutionView;

/**
 * A joint post as the record shows it now: what it is, who employs and who pays for it, the full-council
 * approvals of its salary package, and who has held it. {@code version} is the aggregate version (its ETag).
 *
 * @param salaryRange       null when the paper states no salary
 * @param costSplit         empty while the split is not stated (the authorities served are then taken to pay)
 * @param costSplitStatedBy the resolution that stated the split now recorded, or null while none has
 */
public record JointPostView(String postId, String partnershipId, String title, String remit, String tier,
                            String employingAuthority, List<String> servedAuthorities, SalaryRangeView salaryRange,
                            List<CostShareView> costSplit, ResolutionView costSplitStatedBy,
                            SalaryPackageView salaryPackage, List<AppointmentView> currentAppointments,
                            List<AppointmentView> pastAppointments, ResolutionView proposedBy, long version) {

    /** A salary range in whole pence and in pounds (two decimal places). */
    public record SalaryRangeView(long minimumPence, long maximumPence, BigDecimal minimumPounds,
                                  BigDecimal maximumPounds) {

        static SalaryRangeView of(long minimumPence, long maximumPence) {
            return new SalaryRangeView(minimumPence, maximumPence, Money.pence(minimumPence).inPounds(),
                    Money.pence(maximumPence).inPounds());
        }
    }

    /** One authority's share; {@code percent} is the exact decimal as a string, e.g. "33.33" (never floating point). */
    public record CostShareView(String authority, String percent) {
    }

    /**
     * The pay-policy approvals: the paying authorities whose full council must approve the package (empty when the
     * range does not reach the threshold or is not stated), and the approvals recorded so far.
     */
    public record SalaryPackageView(List<String> approvalRequiredFrom, List<SalaryApprovalView> approvals) {
    }

    /** A full council's approval of the package, with the resolution that gave it. */
    public record SalaryApprovalView(String authority, ResolutionView approvedBy) {
    }

    /**
     * One appointment. {@code personName} is null when the paper does not name the person; {@code endedOn},
     * {@code endReason} and {@code endedBy} are null until an end is recorded ({@code endedBy} also when no
     * resolution ended it). {@code current} is true while no end is recorded.
     */
    public record AppointmentView(String appointmentId, String personName, String basis, LocalDate startsOn,
                                  LocalDate endedOn, String endReason, ResolutionView appointedBy,
                                  ResolutionView endedBy, boolean current) {
    }

    /** A post's appointments, current and past, in the order they started. */
    public record PostAppointments(String postId, String title, List<AppointmentView> appointments, long version) {
    }

    /** A line of the post list. */
    public record Summary(String postId, String partnershipId, String title, String tier, String employingAuthority,
                          List<String> servedAuthorities, SalaryRangeView salaryRange,
                          List<AppointmentView> currentAppointments, long version) {
    }
}
