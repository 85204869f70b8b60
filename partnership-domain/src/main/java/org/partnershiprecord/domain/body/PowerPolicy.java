package org.partnershiprecord.domain.body;

import java.util.Set;

import org.partnershiprecord.domain.body.GovernanceDirectory.BodyFacts;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;

/**
 * The named rules that need facts from other aggregates: a decision needing a power is refused
 * unless the resolving body held that power on the decision date; some decisions belong to a
 * council's full council; every party named belongs to the partnership.
 */
public final class PowerPolicy {

    private PowerPolicy() {
    }

    /** POWER_NOT_HELD: the resolving body must hold {@code power} on the date it decided. */
    public static BodyFacts assertBodyHoldsPower(GovernanceDirectory directory, ResolutionRef resolution,
                                                 Power power, String forWhat) {
        resolution.requireBodyAndDate(forWhat);
        BodyFacts body = knownBody(directory, resolution);
        if (!directory.holdsPower(body.bodyId(), power, resolution.decidedOn())) {
            throw new RuleViolation(RuleCode.POWER_NOT_HELD,
                    "The " + body.name() + " did not hold the power to " + power.description() + " on "
                            + resolution.decidedOn() + ", so it cannot " + forWhat + ".");
        }
        return body;
    }

    /** The resolving body must be the full council of {@code authority}. */
    public static BodyFacts assertFullCouncilOf(GovernanceDirectory directory, ResolutionRef resolution,
                                                AuthorityCode authority, RuleCode code, String forWhat) {
        resolution.requireBodyAndDate(forWhat);
        BodyFacts body = knownBody(directory, resolution);
        if (!body.isFullCouncilOf(authority)) {
            throw new RuleViolation(code, "Only the full council of " + authority + " can " + forWhat + "; the "
                    + body.name() + " is not it.");
        }
        return body;
    }

    /** The councils taking part in a partnership, or UNKNOWN_PARTNERSHIP. */
    public static Set<AuthorityCode> authoritiesOf(GovernanceDirectory directory, PartnershipId partnershipId) {
        return directory.partnership(partnershipId)
                .orElseThrow(() -> new RuleViolation(RuleCode.UNKNOWN_PARTNERSHIP,
                        "No partnership '" + partnershipId + "' is recorded."))
                .authorities();
    }

    /** AUTHORITY_NOT_IN_PARTNERSHIP: every party, payer and lead belongs to the partnership. */
    public static void assertTakesPart(Set<AuthorityCode> partnershipAuthorities, AuthorityCode authority,
                                       String role) {
        if (!partnershipAuthorities.contains(authority)) {
            throw new RuleViolation(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP,
                    authority + " is named as " + role + " but does not take part in the partnership.");
        }
    }

    private static BodyFacts knownBody(GovernanceDirectory directory, ResolutionRef resolution) {
        return directory.body(resolution.body())
                .orElseThrow(() -> new RuleViolation(RuleCode.UNKNOWN_BODY,
                        "No body '" + resolution.body() + "' (" + resolution.bodyName() + ") is recorded."));
    }
}
