package org.partnershiprecord.api.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import tools.jackson.databind.JsonNode;

/** Bodies, seats, posts and appointments exported in Popolo's terms for open-data tools. */
@OnH2
class PopoloExportTest extends ApiTestBase {

    @Test
    void exportsOrganizationsPostsAndMembershipsWithOnBehalfOf() {
        String partnership = unique("popolo");
        String body = unique("jsspc");
        String post = unique("post");
        assertThat(recorder().post("/api/partnerships", """
                {"partnershipId":"%s","name":"Popolo","authorities":[
                 {"code":"OCC","name":"Oxfordshire County Council","tier":"COUNTY"},
                 {"code":"CDC","name":"Cherwell District Council","tier":"DISTRICT"}],
                 "resolution":{"wording":"Formed"}}""".formatted(partnership)).status()).isEqualTo(201);
        assertThat(recorder().post("/api/bodies", """
                {"bodyId":"%s","name":"Joint Shared Services and Personnel Committee","kind":"JOINT_COMMITTEE",
                 "authorities":["OCC","CDC"],"partnershipId":"%s"}""".formatted(body, partnership)).status()).isEqualTo(201);
        assertThat(recorder().post("/api/bodies/" + body + "/members", """
                {"membershipId":"m1","personName":"Cllr Jane Example","onBehalfOf":"CDC","role":"Chair",
                 "from":"2019-05-01"}""").status()).isEqualTo(200);
        assertThat(recorder().post("/api/posts", """
                {"postId":"%s","partnershipId":"%s","title":"Strategic Lead for HR","tier":"OTHER",
                 "employingAuthority":"OCC","servedAuthorities":["OCC","CDC"],
                 "resolution":{"wording":"Post shared (not stated by whom)"}}""".formatted(post, partnership)).status())
                .isEqualTo(201);
        Response appointed = recorder().post("/api/posts/" + post + "/appointments", """
                {"appointmentId":"a1","basis":"PERMANENT","startsOn":"2019-03-01",
                 "resolution":{"wording":"Appointed (resolution not stated)"}}""");
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);

        Response export = reader().get("/api/exports/popolo?partnershipId=" + partnership + "&" + awaiting(appointed));
        assertThat(export.status()).isEqualTo(200);
        JsonNode popolo = export.json();
        assertThat(popolo.get("organizations").toString()).contains("\"id\":\"OCC\"").contains("\"id\":\"" + body + "\"")
                .contains("\"classification\":\"joint committee\"");
        assertThat(popolo.get("posts").get(0).get("label").asString()).isEqualTo("Strategic Lead for HR");
        assertThat(popolo.get("posts").get(0).get("organization_id").asString()).isEqualTo("OCC");
        assertThat(popolo.get("persons").get(0).get("name").asString()).isEqualTo("Cllr Jane Example");
        JsonNode seat = popolo.get("memberships").get(0);
        assertThat(seat.get("organization_id").asString()).isEqualTo(body);
        assertThat(seat.get("on_behalf_of_id").asString()).isEqualTo("CDC");
        assertThat(seat.get("person_id").asString()).isEqualTo(popolo.get("persons").get(0).get("id").asString());
        JsonNode appointment = popolo.get("memberships").get(1);
        assertThat(appointment.get("post_id").asString()).isEqualTo(post);
        assertThat(appointment.get("person_id").isNull()).as("the paper names no one: no invented person").isTrue();
        assertThat(appointment.get("start_date").asString()).isEqualTo("2019-03-01");
    }
}
