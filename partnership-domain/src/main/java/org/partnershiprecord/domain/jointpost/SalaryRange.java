package org.partnershiprecord.domain.jointpost;

import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;

/**
 * The pay range of a post as the paper states it, e.g. the OCC Corporate Adviser range
 * £117,912 - £144,228. A single salary is a range whose minimum and maximum are equal.
 */
public record SalaryRange(Money minimum, Money maximum) {

    public SalaryRange {
        Check.required(minimum, "The minimum of the salary range");
        Check.required(maximum, "The maximum of the salary range");
        if (minimum.compareTo(maximum) > 0) {
            throw new RuleViolation(RuleCode.SALARY_RANGE_INVALID,
                    "The salary range " + minimum + " - " + maximum + " starts above where it ends.");
        }
    }

    public static SalaryRange of(Money minimum, Money maximum) {
        return new SalaryRange(minimum, maximum);
    }

    /** True when the top of the range is at or above {@code amount}. */
    public boolean reaches(Money amount) {
        return maximum.compareTo(amount) >= 0;
    }

    @Override
    public String toString() {
        return minimum + " - " + maximum;
    }
}
