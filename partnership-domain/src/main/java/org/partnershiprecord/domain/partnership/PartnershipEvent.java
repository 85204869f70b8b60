package org.partnershiprecord.domain.partnership;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.SavingEstimate;

/** Facts recorded about a partnership. */
public sealed interface PartnershipEvent {

    PartnershipId partnershipId();

    @Revision("1")
    record PartnershipFormed(PartnershipId partnershipId, String name, List<Authority> authorities,
                             LocalDate formedOn, String modelOfJointWorking, ResolutionRef resolution)
            implements PartnershipEvent {
    }

    @Revision("1")
    record PrincipleAdopted(PartnershipId partnershipId, int number, String text, ResolutionRef resolution)
            implements PartnershipEvent {
    }

    @Revision("1")
    record ObjectiveSet(PartnershipId partnershipId, int number, String text, ResolutionRef resolution)
            implements PartnershipEvent {
    }

    @Revision("1")
    record PartnershipReviewed(PartnershipId partnershipId, String reviewId, String title, LocalDate reviewedOn,
                               List<Assessment> assessments, List<SavingEstimate> savings,
                               List<String> recommendations, ResolutionRef resolution) implements PartnershipEvent {
    }

    @Revision("1")
    record PartnershipCommenced(PartnershipId partnershipId, LocalDate commencedOn, ResolutionRef resolution)
            implements PartnershipEvent {
    }

    @Revision("1")
    record SeparationBegun(PartnershipId partnershipId, LocalDate begunOn, ResolutionRef resolution)
            implements PartnershipEvent {
    }

    @Revision("1")
    record PartnershipDissolved(PartnershipId partnershipId, LocalDate dissolvedOn, ResolutionRef resolution)
            implements PartnershipEvent {
    }
}
