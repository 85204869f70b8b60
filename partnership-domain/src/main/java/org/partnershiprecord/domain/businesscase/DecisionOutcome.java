package org.partnershiprecord.domain.businesscase;

/** What the deciding body resolved on a business case. */
public enum DecisionOutcome {
    APPROVED,
    DECLINED
}
