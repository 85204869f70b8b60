package org.partnershiprecord.domain.partnership;

/** Where a partnership is in its life. */
public enum PartnershipStatus {
    FORMING,
    ACTIVE,
    SEPARATING,
    DISSOLVED
}
