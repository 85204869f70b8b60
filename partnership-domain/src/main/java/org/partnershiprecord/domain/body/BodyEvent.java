package org.partnershiprecord.domain.body;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;

/** Facts recorded about a governance body. */
public sealed interface BodyEvent {

    BodyId bodyId();

    @Revision("1")
    record BodyConstituted(BodyId bodyId, String name, BodyKind kind, List<AuthorityCode> authorities,
                           PartnershipId partnershipId, LocalDate constitutedOn, ResolutionRef resolution)
            implements BodyEvent {
    }

    @Revision("1")
    record PowerGranted(BodyId bodyId, String bodyName, Power power, LocalDate grantedFrom, ResolutionRef resolution)
            implements BodyEvent {
    }

    @Revision("1")
    record PowerWithdrawn(BodyId bodyId, String bodyName, Power power, LocalDate withdrawnFrom,
                          ResolutionRef resolution) implements BodyEvent {
    }

    @Revision("1")
    record BodyMemberAdded(BodyId bodyId, String membershipId, String personName, AuthorityCode onBehalfOf,
                           String role, LocalDate from) implements BodyEvent {
    }

    @Revision("1")
    record BodyMembershipEnded(BodyId bodyId, String membershipId, LocalDate endedOn) implements BodyEvent {
    }
}
