package org.partnershiprecord.domain.common;

/**
 * A saving as a paper states it: for an authority (or null when the paper gives one figure for
 * the whole arrangement), for a financial year such as "2019/20" (or null when not stated).
 */
public record SavingEstimate(AuthorityCode authority, String financialYear, Money amount) {

    public SavingEstimate {
        financialYear = Check.optionalText(financialYear);
        Check.required(amount, "The saving amount");
        if (financialYear != null && !financialYear.matches("\\d{4}/\\d{2}")) {
            throw new RuleViolation(RuleCode.INVALID_VALUE,
                    "The financial year '" + financialYear + "' must be written like 2019/20.");
        }
    }
}
