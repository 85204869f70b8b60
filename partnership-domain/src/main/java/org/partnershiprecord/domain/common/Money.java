package org.partnershiprecord.domain.common;

import java.math.BigDecimal;

/** An amount of money in whole pence. Never a floating-point number. */
public record Money(long pence) implements Comparable<Money> {

    /** £10 trillion: far beyond any council's budget, and far from overflowing a sum of many amounts. */
    public static final long MAX_PENCE = 1_000_000_000_000_000L;

    public Money {
        if (pence < 0) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, "An amount of money cannot be negative.");
        }
        if (pence > MAX_PENCE) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, "An amount of money above £10,000,000,000,000 is not a council's.");
        }
    }

    public static Money pence(long pence) {
        return new Money(pence);
    }

    public static Money pounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    public BigDecimal inPounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    @Override
    public String toString() {
        return "£" + inPounds().toPlainString();
    }
}
