package org.partnershiprecord.domain.jointpost;

import java.util.List;

import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Money;

/**
 * The pay policy statement rule on large salary packages: where the salary of a new post can reach
 * £100,000 (the level the 2012 DCLG guidance and the Secretary of State set), members vote first,
 * so the full council of every authority paying for the post approves the package before a
 * permanent appointment. The threshold applies to the post's salary, not to each authority's share.
 */
public final class PayPolicy {

    /** The salary at or above which a package needs full council approval. */
    public static final Money THRESHOLD = Money.pounds(100_000);

    private PayPolicy() {
    }

    /** A range not stated cannot be shown to reach the threshold, so it asks for no approval. */
    public static boolean requiresFullCouncilApproval(SalaryRange range) {
        return range != null && range.reaches(THRESHOLD);
    }

    /** The paying authorities whose full council must approve the package; empty below the threshold. */
    public static List<AuthorityCode> approvalRequiredFrom(SalaryRange range, List<AuthorityCode> payingAuthorities) {
        return requiresFullCouncilApproval(range) ? List.copyOf(payingAuthorities) : List.of();
    }
}
