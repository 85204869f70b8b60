package org.partnershiprecord.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.api.support.TestJson.json;
import static org.partnershiprecord.api.support.TestJson.object;

import java.util.List;
import java.util.Map;

import org.partnershiprecord.api.support.ApiClient.Response;

/**
 * Records governance bodies over real HTTP, as a recorder would: {@code POST /api/bodies} and
 * {@code POST /api/bodies/{bodyId}/powers}. Each call asserts the API accepted it (2xx) and returns the answer, whose
 * position a later read can await. Kinds and powers are the API's names, e.g. {@code "JOINT_COMMITTEE"},
 * {@code "ENDORSE_DIRECTION_OF_TRAVEL"}; dates are ISO, e.g. {@code "2018-10-01"}.
 */
public final class Bodies {


    private Bodies() {
    }

    /** A resolution as a request states it; what the paper does not state (null) is left out. */
    public record Resolution(String bodyId, String bodyName, String decidedOn, String minuteReference, String wording) {

        /** A resolution whose body, date and minute the paper does not state. */
        public static Resolution notStated(String wording) {
            return new Resolution(null, null, null, null, wording);
        }

        /** A resolution of a named body, its date and minute not stated. */
        public static Resolution by(String bodyId, String bodyName, String wording) {
            return new Resolution(bodyId, bodyName, null, null, wording);
        }

        Map<String, Object> json() {
            return object("bodyId", bodyId, "bodyName", bodyName, "decidedOn", decidedOn,
                    "minuteReference", minuteReference, "wording", wording);
        }
    }

    /**
     * Constitutes a body of the given authorities, for {@code partnershipId} (null for none); the paper states neither
     * the date nor the resolution constituting it.
     */
    public static Response constitute(ApiClient recorder, String bodyId, String name, String kind, String partnershipId,
                                      String... authorities) {
        return constitute(recorder, bodyId, name, kind, partnershipId, null, authorities);
    }

    /** Constitutes a body under {@code constitutedBy} (null when not stated); the date is not stated. */
    public static Response constitute(ApiClient recorder, String bodyId, String name, String kind, String partnershipId,
                                      Resolution constitutedBy, String... authorities) {
        Response constituted = recorder.post("/api/bodies", json("bodyId", bodyId, "name", name, "kind", kind,
                "authorities", List.of(authorities), "partnershipId", partnershipId,
                "resolution", constitutedBy == null ? null : constitutedBy.json()));
        assertAccepted(constituted, "POST /api/bodies constituting %s '%s' (%s of %s, partnership %s)", bodyId, name,
                kind, List.of(authorities), partnershipId);
        return constituted;
    }

    /** Grants {@code power} to the body from {@code grantedFrom}, by a resolution whose body and date are not stated. */
    public static Response grant(ApiClient recorder, String bodyId, String power, String grantedFrom,
                                 String resolutionWording) {
        return grant(recorder, bodyId, power, grantedFrom, Resolution.notStated(resolutionWording));
    }

    /** Grants {@code power} to the body from {@code grantedFrom}, by {@code resolution}. */
    public static Response grant(ApiClient recorder, String bodyId, String power, String grantedFrom,
                                 Resolution resolution) {
        Response granted = recorder.post("/api/bodies/" + bodyId + "/powers", json("power", power,
                "grantedFrom", grantedFrom, "resolution", resolution.json()));
        assertAccepted(granted, "POST /api/bodies/%s/powers granting %s from %s", bodyId, power, grantedFrom);
        return granted;
    }

    private static void assertAccepted(Response response, String request, Object... arguments) {
        assertThat(response.status()).as("%s was not accepted; the API answered %s", request.formatted(arguments),
                response).isBetween(200, 299);
    }

}
