package org.partnershiprecord.domain.body;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;

/** Commands to the GovernanceBody aggregate. */
public sealed interface BodyCommand {

    BodyId bodyId();

    /**
     * Records a body: a council's full council or cabinet, a joint committee, a working group.
     * {@code partnershipId} is set for bodies constituted for a partnership (their authorities must
     * take part in it); {@code resolution} is null when the paper does not say how it was set up.
     */
    record ConstituteBody(@TargetAggregateIdentifier BodyId bodyId, String name, BodyKind kind,
                          List<AuthorityCode> authorities, PartnershipId partnershipId, LocalDate constitutedOn,
                          ResolutionRef resolution) implements BodyCommand {
    }

    record GrantPower(@TargetAggregateIdentifier BodyId bodyId, Power power, LocalDate grantedFrom,
                      ResolutionRef resolution) implements BodyCommand {
    }

    record WithdrawPower(@TargetAggregateIdentifier BodyId bodyId, Power power, LocalDate withdrawnFrom,
                         ResolutionRef resolution) implements BodyCommand {
    }

    /** A person sits on the body on behalf of an authority (Popolo: membership with on_behalf_of). */
    record AddBodyMember(@TargetAggregateIdentifier BodyId bodyId, String membershipId, String personName,
                         AuthorityCode onBehalfOf, String role, LocalDate from) implements BodyCommand {
    }

    record EndBodyMembership(@TargetAggregateIdentifier BodyId bodyId, String membershipId, LocalDate endedOn)
            implements BodyCommand {
    }
}
