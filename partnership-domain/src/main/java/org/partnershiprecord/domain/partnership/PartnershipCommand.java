package org.partnershiprecord.domain.partnership;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.SavingEstimate;

/** Commands to the Partnership aggregate. */
public sealed interface PartnershipCommand {

    PartnershipId partnershipId();

    /** Two or more councils agree to work jointly. */
    record FormPartnership(@TargetAggregateIdentifier PartnershipId partnershipId, String name,
                           List<Authority> authorities, LocalDate formedOn, String modelOfJointWorking,
                           ResolutionRef resolution) implements PartnershipCommand {
    }

    record AdoptPrinciple(@TargetAggregateIdentifier PartnershipId partnershipId, int number, String text,
                          ResolutionRef resolution) implements PartnershipCommand {
    }

    record SetObjective(@TargetAggregateIdentifier PartnershipId partnershipId, int number, String text,
                        ResolutionRef resolution) implements PartnershipCommand {
    }

    record RecordPartnershipReview(@TargetAggregateIdentifier PartnershipId partnershipId, String reviewId,
                                   String title, LocalDate reviewedOn, List<Assessment> assessments,
                                   List<SavingEstimate> savings, List<String> recommendations,
                                   ResolutionRef resolution) implements PartnershipCommand {
    }

    record CommencePartnership(@TargetAggregateIdentifier PartnershipId partnershipId, LocalDate commencedOn,
                               ResolutionRef resolution) implements PartnershipCommand {
    }

    record BeginSeparation(@TargetAggregateIdentifier PartnershipId partnershipId, LocalDate begunOn,
                           ResolutionRef resolution) implements PartnershipCommand {
    }

    record DissolvePartnership(@TargetAggregateIdentifier PartnershipId partnershipId, LocalDate dissolvedOn,
                               ResolutionRef resolution) implements PartnershipCommand {
    }
}
