package org.partnershiprecord.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershiprecord.api.support.ApiClient.Response;
import tools.jackson.databind.json.JsonMapper;

/** Forms partnerships over real HTTP ({@code POST /api/partnerships}), as a recorder would. */
public final class Partnerships {

    /** A council taking part in a partnership; the tier is the API's name, e.g. {@code "COUNTY"}. */
    public record Authority(String code, String name, String tier) {
    }

    public static final Authority OCC = new Authority("OCC", "Oxfordshire County Council", "COUNTY");
    public static final Authority CDC = new Authority("CDC", "Cherwell District Council", "DISTRICT");
    public static final Authority SNC = new Authority("SNC", "South Northamptonshire Council", "DISTRICT");

    public static final String OCC_CDC_NAME = "Oxfordshire County Council and Cherwell District Council partnership";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Partnerships() {
    }

    /** Forms the OCC-CDC partnership, by a resolution whose body and date are not stated; asserts 201. */
    public static Response formOccCdc(ApiClient recorder, String partnershipId, String resolutionWording) {
        return form(recorder, partnershipId, OCC_CDC_NAME, resolutionWording, OCC, CDC);
    }

    /**
     * Forms a partnership of {@code authorities}, by a resolution whose body and date are not stated; the date it was
     * formed is not stated either. Asserts the answer is 201 Created.
     */
    public static Response form(ApiClient recorder, String partnershipId, String name, String resolutionWording,
                                Authority... authorities) {
        List<Map<String, Object>> members = Arrays.stream(authorities).map(authority -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("code", authority.code());
            member.put("name", authority.name());
            member.put("tier", authority.tier());
            return member;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnershipId", partnershipId);
        body.put("name", name);
        body.put("authorities", members);
        body.put("resolution", Map.of("wording", resolutionWording));
        Response formed = recorder.post("/api/partnerships", JSON.writeValueAsString(body));
        assertThat(formed.status()).as("POST /api/partnerships forming %s of %s was not created; the API answered %s",
                partnershipId, Arrays.stream(authorities).map(Authority::code).toList(), formed).isEqualTo(201);
        return formed;
    }
}
