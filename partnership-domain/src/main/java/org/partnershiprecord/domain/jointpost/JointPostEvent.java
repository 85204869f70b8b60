package org.partnershiprecord.domain.jointpost;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.partnershiprecord.domain.common.AppointmentId;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.PostId;
import org.partnershiprecord.domain.common.ResolutionRef;

/** Facts recorded about a joint post, its salary package and its appointments. */
public sealed interface JointPostEvent {

    PostId postId();

    /**
     * A post proposed. {@code costSplit} is empty when the split was not yet stated;
     * {@code salaryPackageApprovalRequiredFrom} lists the paying authorities whose full council must
     * approve the package (empty when the range does not reach the pay-policy threshold or is not stated).
     */
    @Revision("1")
    record JointPostProposed(PostId postId, PartnershipId partnershipId, List<AuthorityCode> partnershipAuthorities,
                             String title, String remit, PostTier tier, AuthorityCode employingAuthority,
                             List<AuthorityCode> servedAuthorities, SalaryRange salaryRange,
                             List<CostShare> costSplit, List<AuthorityCode> salaryPackageApprovalRequiredFrom,
                             ResolutionRef resolution) implements JointPostEvent {
    }

    /** The split agreed, and the full councils whose approval it now requires; approvals already given stay. */
    @Revision("1")
    record CostSplitAgreed(PostId postId, String postTitle, List<CostShare> costSplit,
                           List<AuthorityCode> salaryPackageApprovalRequiredFrom, ResolutionRef resolution)
            implements JointPostEvent {
    }

    @Revision("1")
    record SalaryPackageApproved(PostId postId, String postTitle, AuthorityCode authority, ResolutionRef resolution)
            implements JointPostEvent {
    }

    @Revision("1")
    record JointPostAppointed(PostId postId, AppointmentId appointmentId, String postTitle, PostTier tier,
                              AppointmentBasis basis, String personName, LocalDate startsOn,
                              ResolutionRef resolution) implements JointPostEvent {
    }

    @Revision("1")
    record AppointmentEnded(PostId postId, AppointmentId appointmentId, String postTitle, AppointmentBasis basis,
                            String personName, LocalDate endedOn, String reason, ResolutionRef resolution)
            implements JointPostEvent {
    }
}
