package org.partnershiprecord.domain.jointpost;

/**
 * The level of a post in a council's senior structure. Chief-officer posts (the chief executive and
 * the chief officers reporting to them) are the ones whose joint appointments need the appointment
 * power; deputy chief officers and other posts are appointed in the ordinary way.
 */
public enum PostTier {
    CHIEF_EXECUTIVE,
    CHIEF_OFFICER,
    DEPUTY_CHIEF_OFFICER,
    OTHER;

    public boolean chiefOfficer() {
        return this == CHIEF_EXECUTIVE || this == CHIEF_OFFICER;
    }
}
