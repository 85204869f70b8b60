package org.partnershiprecord.domain.body;

/** A power a formal body may hold, granted and withdrawn by resolution. */
public enum Power {
    APPOINT_JOINT_CHIEF_OFFICERS("appoint to joint chief-officer posts"),
    AGREE_JOINT_STRUCTURES("agree changes to joint management structures"),
    ENDORSE_DIRECTION_OF_TRAVEL("endorse directions of travel for service areas"),
    DECIDE_SERVICE_ARRANGEMENTS("decide the arrangement for a service area"),
    APPROVE_SALARY_PACKAGES("approve salary packages"),
    APPROVE_BUSINESS_CASES("approve business cases"),
    ADOPT_POLICY_FRAMEWORK("adopt items into the policy framework"),
    ENTER_AGREEMENTS("enter into, vary and terminate agreements");

    private final String description;

    Power(String description) {
        this.description = description;
    }

    /** Words for a sentence: "the power to {description}". */
    public String description() {
        return description;
    }
}
