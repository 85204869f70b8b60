package org.partnershiprecord.domain.meeting;

/**
 * Whether a resolution hangs on another body's decision. A resolution "subject to" a condition stays
 * {@link #CONDITIONAL} until the condition is recorded as met or as lapsed.
 */
public enum ConditionStatus {
    UNCONDITIONAL,
    CONDITIONAL,
    CONDITION_MET,
    CONDITION_LAPSED;

    public boolean settled() {
        return this == CONDITION_MET || this == CONDITION_LAPSED;
    }
}
