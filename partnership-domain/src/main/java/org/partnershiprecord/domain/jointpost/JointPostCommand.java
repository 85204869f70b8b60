package org.partnershiprecord.domain.jointpost;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershiprecord.domain.common.AppointmentId;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.PostId;
import org.partnershiprecord.domain.common.ResolutionRef;

/** Commands to the JointPost aggregate. */
public sealed interface JointPostCommand {

    PostId postId();

    /**
     * Proposes a post in a partnership's structure. {@code employingAuthority} holds the contract;
     * {@code servedAuthorities} are the councils the post works for (one = a single-authority post).
     * {@code salaryRange} is null when the paper states none; {@code costSplit} null or empty when the
     * split is not yet stated, in which case the served authorities are taken to pay.
     */
    record ProposeJointPost(@TargetAggregateIdentifier PostId postId, PartnershipId partnershipId, String title,
                            String remit, PostTier tier, AuthorityCode employingAuthority,
                            List<AuthorityCode> servedAuthorities, SalaryRange salaryRange,
                            List<CostShare> costSplit, ResolutionRef resolution) implements JointPostCommand {
    }

    /** States or replaces how the cost of the post is split between the authorities paying for it. */
    record AgreeCostSplit(@TargetAggregateIdentifier PostId postId, List<CostShare> costSplit,
                          ResolutionRef resolution) implements JointPostCommand {
    }

    /** A paying authority's full council approves the salary package of the post. */
    record ApproveSalaryPackage(@TargetAggregateIdentifier PostId postId, AuthorityCode authority,
                                ResolutionRef resolution) implements JointPostCommand {
    }

    /** Appoints a person to the post; {@code personName} is null when the paper does not name them. */
    record AppointJointPost(@TargetAggregateIdentifier PostId postId, AppointmentId appointmentId,
                            String personName, AppointmentBasis basis, LocalDate startsOn,
                            ResolutionRef resolution) implements JointPostCommand {
    }

    /** Ends an appointment; {@code resolution} is null when no resolution ended it (e.g. a resignation). */
    record EndAppointment(@TargetAggregateIdentifier PostId postId, AppointmentId appointmentId,
                          LocalDate endedOn, String reason, ResolutionRef resolution) implements JointPostCommand {
    }
}
