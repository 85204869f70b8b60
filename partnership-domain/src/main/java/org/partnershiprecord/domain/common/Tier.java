package org.partnershiprecord.domain.common;

/** The tier of local government a council belongs to. */
public enum Tier {
    COUNTY,
    DISTRICT,
    CITY,
    UNITARY,
    OTHER
}
