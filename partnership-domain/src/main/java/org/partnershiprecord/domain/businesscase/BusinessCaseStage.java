package org.partnershiprecord.domain.businesscase;

/**
 * Where a business case stands on its route: submitted, through staff consultation, scrutiny
 * (when the chairman so decides) and the personnel committee, to the executive's decision and its
 * implementation. A reopened case stands where it stood when consultation closed.
 */
public enum BusinessCaseStage {
    SUBMITTED,
    UNDER_CONSULTATION,
    CONSULTATION_CLOSED,
    CONSIDERED_BY_SCRUTINY,
    CONSIDERED_BY_PERSONNEL_COMMITTEE,
    APPROVED,
    DECLINED,
    IMPLEMENTED,
    REOPENED;

    /** A final decision stands: nothing follows but implementation or a recorded reopening. */
    public boolean decided() {
        return this == APPROVED || this == DECLINED || this == IMPLEMENTED;
    }

    /** Staff consultation is over (or, for a reopened case, treated as over). */
    public boolean consultationClosed() {
        return this == CONSULTATION_CLOSED || this == CONSIDERED_BY_SCRUTINY
                || this == CONSIDERED_BY_PERSONNEL_COMMITTEE || this == REOPENED;
    }
}
