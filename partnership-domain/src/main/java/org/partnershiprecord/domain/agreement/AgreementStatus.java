package org.partnershiprecord.domain.agreement;

/** Where an agreement is in its life: in force, in force with a termination date agreed, or terminated. */
public enum AgreementStatus {
    IN_FORCE,
    TERMINATION_AGREED,
    TERMINATED
}
