package org.partnershiprecord.domain.partnership;

/** How a review judged a principle or objective. */
public enum AssessmentOutcome {
    MET,
    UNDERWAY,
    TOO_SOON,
    NOT_MET
}
