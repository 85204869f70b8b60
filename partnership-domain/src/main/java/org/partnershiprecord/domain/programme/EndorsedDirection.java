package org.partnershiprecord.domain.programme;

import org.partnershiprecord.domain.common.Check;

/**
 * One service area's direction of travel as a body endorsed it: the recommendation standing at
 * the time, with the area's name as recorded.
 */
public record EndorsedDirection(String serviceAreaId, String serviceAreaName, Recommendation recommendation) {

    public EndorsedDirection {
        serviceAreaId = Check.text(serviceAreaId, "The service area id");
        serviceAreaName = Check.text(serviceAreaName, "The service area name");
        Check.required(recommendation, "The endorsed recommendation");
    }
}
