package org.partnershiprecord.domain.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.PartnershipId;

/**
 * Facts about other aggregates that a rule needs when it decides: which councils take part in a
 * partnership, what a body is, and which powers it held on a date. It is a lookup kept consistent
 * with the events that state those facts ({@code PartnershipFormed}, {@code BodyConstituted},
 * {@code PowerGranted}, {@code PowerWithdrawn}); command handlers receive it as a parameter.
 */
public interface GovernanceDirectory {

    Optional<PartnershipFacts> partnership(PartnershipId partnershipId);

    Optional<BodyFacts> body(BodyId bodyId);

    boolean holdsPower(BodyId bodyId, Power power, LocalDate on);

    /** What the record says of a partnership that other aggregates need. */
    record PartnershipFacts(PartnershipId partnershipId, String name, Set<AuthorityCode> authorities) {
    }

    /** What the record says of a body that other aggregates need. */
    record BodyFacts(BodyId bodyId, String name, BodyKind kind, List<AuthorityCode> authorities) {

        public boolean isFullCouncilOf(AuthorityCode authority) {
            return kind == BodyKind.FULL_COUNCIL && authorities.contains(authority);
        }
    }
}
