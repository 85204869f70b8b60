package org.partnershiprecord.domain.programme;

/** Whether a programme brings services together or takes them apart. */
public enum ProgrammeKind {
    INTEGRATION,
    SEPARATION
}
