package org.partnershiprecord.domain.jointpost;

import java.math.BigDecimal;

import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;

/**
 * One authority's share of the cost of a post, as a percentage with at most two decimal places
 * (never a floating-point number). The percentage is kept at two decimal places so that 50 and
 * 50.00 are the same share wherever it is compared or stored.
 */
public record CostShare(AuthorityCode authority, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CostShare {
        Check.required(authority, "The authority paying a share");
        Check.required(percent, "The percentage " + authority + " pays");
        // The refusals never print the number as given: 1e999999999 written out is a gigabyte.
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new RuleViolation(RuleCode.INVALID_VALUE,
                    "The share " + authority + " pays must be more than 0% and at most 100%.");
        }
        if (percent.scale() > 2) {
            throw new RuleViolation(RuleCode.INVALID_VALUE,
                    "The share " + authority + " pays is given to at most two decimal places.");
        }
        percent = percent.setScale(2);
    }

    public static CostShare of(AuthorityCode authority, String percent) {
        return new CostShare(authority, new BigDecimal(percent));
    }

    @Override
    public String toString() {
        return authority + " " + percent.toPlainString() + "%";
    }
}
