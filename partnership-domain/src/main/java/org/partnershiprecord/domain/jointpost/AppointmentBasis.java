package org.partnershiprecord.domain.jointpost;

/** Whether a person holds a post for the time being or substantively. */
public enum AppointmentBasis {
    INTERIM,
    PERMANENT
}
