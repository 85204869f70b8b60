package org.partnershiprecord.domain.body;

/**
 * What kind of body resolves. Working groups, steering groups and officer teams are informal:
 * they endorse and recommend, and can hold no decision-making power.
 */
public enum BodyKind {
    FULL_COUNCIL(true, false),
    CABINET(true, false),
    EXECUTIVE(true, false),
    JOINT_COMMITTEE(true, true),
    PERSONNEL_COMMITTEE(true, false),
    SCRUTINY_COMMITTEE(true, false),
    OTHER_COMMITTEE(true, false),
    WORKING_GROUP(false, false),
    STEERING_GROUP(false, false),
    OFFICER_TEAM(false, false);

    private final boolean formal;
    private final boolean joint;

    BodyKind(boolean formal, boolean joint) {
        this.formal = formal;
        this.joint = joint;
    }

    /** Formal bodies may hold powers; informal ones only endorse and recommend. */
    public boolean formal() {
        return formal;
    }

    /** Joint committees always belong to two or more authorities. */
    public boolean alwaysJoint() {
        return joint;
    }

    /** Council-level bodies (full council, cabinet, ...) belong to exactly one authority. */
    public boolean singleAuthority() {
        return this == FULL_COUNCIL || this == CABINET || this == EXECUTIVE || this == PERSONNEL_COMMITTEE
                || this == SCRUTINY_COMMITTEE;
    }
}
