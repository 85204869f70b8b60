package org.partnershiprecord.domain.common;

import java.time.LocalDate;

/** Test shorthand for the resolutions that authorise decisions. */
public final class Minutes {

    private Minutes() {
    }

    public static ResolutionRef resolved(BodyId body, String bodyName, LocalDate on, String minute, String wording) {
        return ResolutionRef.of(body, bodyName, on, minute, wording);
    }

    public static ResolutionRef resolved(String bodyId, String bodyName, LocalDate on, String minute, String wording) {
        return ResolutionRef.of(BodyId.of(bodyId), bodyName, on, minute, wording);
    }

    /** A resolution whose body and date the paper does not state. */
    public static ResolutionRef notStated(String wording) {
        return new ResolutionRef(null, null, null, null, wording, null);
    }
}
