package org.partnershiprecord.domain.agreement;

/**
 * The legal instrument an agreement is: a Section 113 agreement (Local Government Act 1972, one
 * council's officers placed at the disposal of another), a Section 101 delegation of a function, a
 * service level agreement, the terms of a joint committee, or another instrument.
 */
public enum AgreementType {
    SECTION_113,
    SECTION_101,
    SERVICE_LEVEL,
    JOINT_COMMITTEE_TERMS,
    OTHER
}
