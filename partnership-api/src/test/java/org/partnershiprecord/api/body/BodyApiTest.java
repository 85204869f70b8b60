package org.partnershiprecord.api.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.api.support.TestJson.json;
import static org.partnershiprecord.api.support.TestJson.object;
import static org.partnershiprecord.api.support.TestJson.texts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;

/**
 * Governance bodies over HTTP, on H2 and PostgreSQL, with the facts of the OCC Cabinet paper of 16 July 2019
 * ({@code seeds/occ-cabinet-2019-07-senior-joint-roles.txt}) and the JSSPC update of 2022
 * ({@code seeds/jsspc-2022-separation-update.txt}). What goes beyond the papers is marked HYPOTHETICAL.
 */
class BodyApiTest {


    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    static final String JOTWG_NAME = "Joint Officer Transition Working Group";
    static final String CABINET_NAME = "Cabinet";
    // "Partnership working began in October 2018": the paper gives no date for the Cabinet's delegation, so the
    // grants are recorded from the start of partnership working.
    static final String POWERS_DELEGATED_FROM = "2018-10-01";
    static final String JSSPC_ESTABLISHED = "The Joint Shared Service and Personnel Committee established under the"
            + " Partnership Agreement between Oxfordshire County Council and Cherwell District Council.";
    static final String APPOINTMENT_POWER_DELEGATED = "It also agreed to delegate powers from the Remuneration"
            + " Committee to the Joint Shared Services and Personnel Committee for the appointment of senior members"
            + " of staff.";
    static final String STRUCTURES_POWER_DELEGATED = "With the establishment of the s113 Agreement, Cabinet delegated"
            + " powers to the Joint Shared Services and Personnel Committee both to agree appropriate changes to"
            + " structures where they were delivering joint services.";
    static final String CABINET_MEMBER_ROLE = "Cabinet Member: Cherwell Partnership";

    abstract static class Scenarios extends ApiTestBase {

        @Test
        void theJointCommitteeIsConstitutedForThePartnershipAndHoldsThePowersTheCabinetDelegated() {
            String partnership = formPartnership();
            String cabinet = unique("occ-cabinet");
            assertThat(constitute(cabinet, CABINET_NAME, "CABINET", List.of("OCC"), partnership, null).status())
                    .isEqualTo(201);
            String jsspc = unique("jsspc");

            Response constituted = constitute(jsspc, JSSPC_NAME, "JOINT_COMMITTEE", List.of("OCC", "CDC"), partnership,
                    notStatedResolution(JSSPC_ESTABLISHED));
            assertThat(constituted.status()).as(constituted.toString()).isEqualTo(201);
            assertThat(constituted.header("Location")).isEqualTo("/api/bodies/" + jsspc);
            assertThat(constituted.header("ETag")).isEqualTo("\"0\"");

            Response appointing = recorder().post("/api/bodies/" + jsspc + "/powers", json(
                    "power", "APPOINT_JOINT_CHIEF_OFFICERS", "grantedFrom", POWERS_DELEGATED_FROM,
                    "resolution", byCabinet(cabinet, APPOINTMENT_POWER_DELEGATED)));
            assertThat(appointing.status()).as(appointing.toString()).isEqualTo(200);
            assertThat(appointing.header("ETag")).isEqualTo("\"1\"");
            Response structures = recorder().post("/api/bodies/" + jsspc + "/powers", json(
                    "power", "AGREE_JOINT_STRUCTURES", "grantedFrom", POWERS_DELEGATED_FROM,
                    "resolution", byCabinet(cabinet, STRUCTURES_POWER_DELEGATED)));
            assertThat(structures.status()).as(structures.toString()).isEqualTo(200);
            assertThat(structures.header("ETag")).isEqualTo("\"2\"");

            Response view = reader().get("/api/bodies/" + jsspc + "?" + awaiting(structures));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.header("ETag")).isEqualTo("\"2\"");
            JsonNode body = view.json();
            assertThat(body.get("name").asString()).isEqualTo(JSSPC_NAME);
            assertThat(body.get("kind").asString()).isEqualTo("JOINT_COMMITTEE");
            assertThat(texts(body.get("authorities"))).containsExactly("OCC", "CDC");
            assertThat(body.get("partnershipId").asString()).isEqualTo(partnership);
            assertThat(body.get("constitutedBy").get("wording").asString()).isEqualTo(JSSPC_ESTABLISHED);
            assertThat(body.get("constitutedBy").get("bodyId").isNull()).isTrue();
            assertThat(body.get("powers")).hasSize(2);
            JsonNode appointPower = body.get("powers").get(0);
            assertThat(appointPower.get("power").asString()).isEqualTo("APPOINT_JOINT_CHIEF_OFFICERS");
            assertThat(appointPower.get("heldFrom").asString()).isEqualTo(POWERS_DELEGATED_FROM);
            assertThat(appointPower.get("heldUntil").isNull()).isTrue();
            assertThat(appointPower.get("grantedBy").get("bodyId").asString()).isEqualTo(cabinet);
            assertThat(appointPower.get("grantedBy").get("bodyName").asString()).isEqualTo(CABINET_NAME);
            assertThat(appointPower.get("grantedBy").get("wording").asString()).isEqualTo(APPOINTMENT_POWER_DELEGATED);
            assertThat(appointPower.get("withdrawnBy").isNull()).isTrue();
            assertThat(body.get("powers").get(1).get("power").asString()).isEqualTo("AGREE_JOINT_STRUCTURES");

            Response list = reader().get("/api/bodies?partnershipId=" + partnership + "&" + awaiting(structures));
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json()).hasSize(2);
            assertThat(texts(list.json(), "bodyId")).containsExactlyInAnyOrder(cabinet, jsspc);
            assertThat(texts(reader().get("/api/bodies").json(), "bodyId")).contains(cabinet, jsspc);
        }

        @Test
        void aWithdrawnPowerKeepsItsSpanWithWhoGrantedAndWhoWithdrewIt() {
            String partnership = formPartnership();
            String jsspc = unique("jsspc");
            constitute(jsspc, JSSPC_NAME, "JOINT_COMMITTEE", List.of("OCC", "CDC"), partnership, null);
            recorder().post("/api/bodies/" + jsspc + "/powers", json("power", "ENDORSE_DIRECTION_OF_TRAVEL",
                    "grantedFrom", POWERS_DELEGATED_FROM, "resolution", notStatedResolution(
                            "Power delegated to the JSSPC under the partnership arrangements (not stated in this paper)")));

            // HYPOTHETICAL: the 2022 update gives 31 August 2022 as the agreed end of the s113 agreement; no paper
            // records the committee's power ending with it.
            String withdrawal = "HYPOTHETICAL: the committee's power to endorse directions of travel ends with the"
                    + " Section 113 Agreement on 31 August 2022.";
            Response withdrawn = recorder().post("/api/bodies/" + jsspc + "/powers/ENDORSE_DIRECTION_OF_TRAVEL/withdrawal",
                    json("withdrawnFrom", "2022-09-01", "resolution", notStatedResolution(withdrawal)));
            assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
            assertThat(withdrawn.header("ETag")).isEqualTo("\"2\"");

            Response view = reader().get("/api/bodies/" + jsspc + "?" + awaiting(withdrawn));
            assertThat(view.header("ETag")).isEqualTo("\"2\"");
            JsonNode span = view.json().get("powers").get(0);
            assertThat(span.get("power").asString()).isEqualTo("ENDORSE_DIRECTION_OF_TRAVEL");
            assertThat(span.get("heldFrom").asString()).isEqualTo(POWERS_DELEGATED_FROM);
            assertThat(span.get("heldUntil").asString()).isEqualTo("2022-09-01");
            assertThat(span.get("grantedBy").get("wording").asString()).startsWith("Power delegated to the JSSPC");
            assertThat(span.get("withdrawnBy").get("wording").asString()).isEqualTo(withdrawal);
        }

        @Test
        void aMemberSitsForAnAuthorityAndAnEndedMembershipMovesToThePast() {
            String cabinet = unique("occ-cabinet");
            constitute(cabinet, CABINET_NAME, "CABINET", List.of("OCC"), null, null);

            // The paper names the portfolio ("Cabinet Member: Cherwell Partnership"), not the councillor.
            Response added = recorder().post("/api/bodies/" + cabinet + "/members", json(
                    "membershipId", "cherwell-partnership-member", "personName",
                    "Cabinet Member for the Cherwell Partnership (not named in the paper)", "onBehalfOf", "OCC",
                    "role", CABINET_MEMBER_ROLE, "from", null));
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            assertThat(added.header("ETag")).isEqualTo("\"1\"");
            // HYPOTHETICAL: a second member, and the first membership ending; neither is in any paper.
            recorder().post("/api/bodies/" + cabinet + "/members", json("membershipId", "leader",
                    "personName", "HYPOTHETICAL Leader of the Council", "onBehalfOf", "OCC", "role", "Leader",
                    "from", "2019-05-21"));
            Response ended = recorder().post("/api/bodies/" + cabinet + "/members/cherwell-partnership-member/end",
                    json("endedOn", "2020-05-19"));
            assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
            assertThat(ended.header("ETag")).isEqualTo("\"3\"");

            JsonNode body = reader().get("/api/bodies/" + cabinet + "?" + awaiting(ended)).json();
            assertThat(body.get("currentMemberships")).hasSize(1);
            assertThat(body.get("currentMemberships").get(0).get("membershipId").asString()).isEqualTo("leader");
            assertThat(body.get("currentMemberships").get(0).get("from").asString()).isEqualTo("2019-05-21");
            assertThat(body.get("currentMemberships").get(0).get("until").isNull()).isTrue();
            JsonNode past = body.get("pastMemberships").get(0);
            assertThat(body.get("pastMemberships")).hasSize(1);
            assertThat(past.get("personName").asString()).startsWith("Cabinet Member for the Cherwell Partnership");
            assertThat(past.get("onBehalfOf").asString()).isEqualTo("OCC");
            assertThat(past.get("role").asString()).isEqualTo(CABINET_MEMBER_ROLE);
            assertThat(past.get("from").isNull()).isTrue();
            assertThat(past.get("until").asString()).isEqualTo("2020-05-19");
        }

        @Test
        void constitutingIsRefusedForAJointCommitteeOfOneCouncilOrAnUnrecordedPartnership() {
            String partnership = formPartnership();
            long before = eventCount();

            assertRefused(constitute(unique("jsspc"), JSSPC_NAME, "JOINT_COMMITTEE", List.of("OCC"), partnership, null),
                    "JOINT_BODY_NEEDS_TWO_AUTHORITIES", before);
            assertRefused(constitute(unique("jsspc"), JSSPC_NAME, "JOINT_COMMITTEE", List.of("OCC", "CDC"),
                    unique("no-such-partnership"), null), "UNKNOWN_PARTNERSHIP", before);
            assertRefused(constitute(unique("jsspc"), JSSPC_NAME, "JOINT_COMMITTEE", List.of("OCC", "SNC"),
                    partnership, null), "AUTHORITY_NOT_IN_PARTNERSHIP", before);
        }

        @Test
        void theWorkingGroupCannotBeGrantedAPowerAndAPowerNotHeldCannotBeWithdrawn() {
            String partnership = formPartnership();
            String jotwg = unique("jotwg");
            constitute(jotwg, JOTWG_NAME, "WORKING_GROUP", List.of("OCC", "CDC"), partnership, null);
            long before = eventCount();

            assertRefused(recorder().post("/api/bodies/" + jotwg + "/powers", json("power", "ENDORSE_DIRECTION_OF_TRAVEL",
                    "grantedFrom", POWERS_DELEGATED_FROM, "resolution", notStatedResolution("Delegated"))),
                    "INFORMAL_BODY_CANNOT_HOLD_POWER", before);
            assertRefused(recorder().post("/api/bodies/" + jotwg + "/powers/ENDORSE_DIRECTION_OF_TRAVEL/withdrawal",
                    json("withdrawnFrom", "2022-09-01", "resolution", notStatedResolution("Withdrawn"))),
                    "POWER_NOT_HELD", before);

            Response unknownPower = recorder().post("/api/bodies/" + jotwg + "/powers/RULE_THE_WORLD/withdrawal",
                    json("withdrawnFrom", "2022-09-01", "resolution", notStatedResolution("Withdrawn")));
            assertThat(unknownPower.status()).as(unknownPower.toString()).isEqualTo(400);
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void noOneSitsForACouncilTheBodyDoesNotIncludeAndOnlyACurrentMembershipEnds() {
            String cabinet = unique("occ-cabinet");
            constitute(cabinet, CABINET_NAME, "CABINET", List.of("OCC"), null, null);
            long before = eventCount();

            assertRefused(recorder().post("/api/bodies/" + cabinet + "/members", json("membershipId", "m1",
                    "personName", "HYPOTHETICAL Cherwell councillor", "onBehalfOf", "CDC", "role", null, "from", null)),
                    "AUTHORITY_NOT_IN_PARTNERSHIP", before);
            assertRefused(recorder().post("/api/bodies/" + cabinet + "/members/never-added/end",
                    json("endedOn", "2020-05-19")), "UNKNOWN_MEMBERSHIP", before);
        }

        @Test
        void anUnknownBodyIs404() {
            Response missing = reader().get("/api/bodies/" + unique("nobody"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asString()).isEqualTo("NOT_FOUND");

            long before = eventCount();
            Response toNobody = recorder().post("/api/bodies/" + unique("nobody") + "/powers",
                    json("power", "APPROVE_SALARY_PACKAGES", "grantedFrom", "2019-07-09",
                            "resolution", notStatedResolution("x")));
            assertThat(toNobody.status()).isEqualTo(404);
            assertThat(eventCount()).isEqualTo(before);
        }

        private String formPartnership() {
            String id = unique("occ-cdc");
            Response formed = recorder().post("/api/partnerships", json("partnershipId", id,
                    "name", "Oxfordshire County Council and Cherwell District Council partnership",
                    "authorities", List.of(
                            Map.of("code", "OCC", "name", "Oxfordshire County Council", "tier", "COUNTY"),
                            Map.of("code", "CDC", "name", "Cherwell District Council", "tier", "DISTRICT")),
                    "formedOn", "2018-10-01",
                    "resolution", notStatedResolution("Partnership between Oxfordshire County Council and Cherwell"
                            + " District Council (the resolutions forming it are not stated in this paper)")));
            assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
            return id;
        }

        private Response constitute(String id, String name, String kind, List<String> authorities, String partnership,
                                    Map<String, Object> resolution) {
            return recorder().post("/api/bodies", json("bodyId", id, "name", name, "kind", kind,
                    "authorities", authorities, "partnershipId", partnership, "constitutedOn", null,
                    "resolution", resolution));
        }

        private void assertRefused(Response refused, String rule, long eventsBefore) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("rule").asString()).isEqualTo(rule);
            assertThat(eventCount()).isEqualTo(eventsBefore);
        }
    }

    /** The Cabinet's delegation: para 10 names the body but not the date or minute. */
    static Map<String, Object> byCabinet(String cabinetId, String wording) {
        return object("bodyId", cabinetId, "bodyName", CABINET_NAME, "wording", wording);
    }

    static Map<String, Object> notStatedResolution(String wording) {
        return object("wording", wording);
    }

    @Nested
    @OnH2
    class OnH2Database extends Scenarios {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends Scenarios {
    }
}
