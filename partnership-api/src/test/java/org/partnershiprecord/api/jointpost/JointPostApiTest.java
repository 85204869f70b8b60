package org.partnershiprecord.api.jointpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.Bodies;
import org.partnershiprecord.api.support.Bodies.Resolution;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import org.partnershiprecord.api.support.Partnerships;
import tools.jackson.databind.JsonNode;

/**
 * Joint posts over HTTP, on H2 and PostgreSQL, from OCC Cabinet 16 July 2019, item 18 (seeds/occ-cabinet-2019-07-
 * senior-joint-roles.txt), paragraphs 15-17: two new joint chief-officer posts in the OCC Corporate Adviser range,
 * one on an OCC contract and one on a CDC contract; the appointment power reserved to the Joint Shared Services
 * and Personnel Committee; the package needing each full council's approval. The paper records the County
 * Council's approval on 9 July 2019 and nothing from Cherwell's full council: whatever goes beyond that (Cherwell's
 * approval, the committee's appointment, a cost split in figures, an end) is marked HYPOTHETICAL.
 */
class JointPostApiTest {

    static final String COMMERCIAL_TITLE =
            "Corporate Director: Commercial Development, Assets and Investment (new role title to be confirmed)";
    static final String COMMERCIAL_REMIT =
            "strategic finance, assets, property, commercial matters, procurement and contracts";
    static final String CUSTOMERS_TITLE = "Corporate Director: customers, people and improvement (title to be confirmed)";
    static final String CUSTOMERS_REMIT =
            "HR, ICT, digital, transformation, strategic communities, policy and performance, customer contact";
    static final long RANGE_BOTTOM_PENCE = 11_791_200L;        // £117,912
    static final long OCC_CONTRACT_TOP_PENCE = 14_422_800L;    // £144,228
    static final long CDC_CONTRACT_TOP_PENCE = 12_863_100L;    // £128,631
    static final String POSTS_PROPOSED = "Create two new permanent posts for immediate recruitment (report to County"
            + " Council, 9 July 2019, paragraph 15(i); the resolution creating the posts is not stated)";
    static final String PARTNERSHIP_FORMED = "During the summer of 2018 Members at Oxfordshire County Council (OCC)"
            + " and Cherwell District Council (CDC) agreed to establish a joint working partnership.";
    static final String PACKAGE_APPROVED = "approve the salary package as proposed in paragraph 15(i) for two Joint"
            + " Corporate Director roles";

    /** The partnership and bodies of the 2019 paper, under ids unique to one test. */
    record Setting(String partnershipId, String countyCouncil, String cdcCouncil, String cabinet, String jsspc) {
    }

    abstract static class Scenarios extends ApiTestBase {

        @Test
        void theTwoJointPostsOfParagraph15AreProposedWithTheirRangesAndBothFullCouncilsToApprove() {
            Setting bodies = recordThe2019PartnershipAndBodies();
            String commercial = unique("joint-corporate-director-commercial");
            String customers = unique("joint-corporate-director-customers");

            Response occContract = recorder().post("/api/posts", commercialPost(commercial, bodies));
            assertThat(occContract.status()).as(occContract.toString()).isEqualTo(201);
            assertThat(occContract.header("Location")).isEqualTo("/api/posts/" + commercial);
            assertThat(occContract.header("ETag")).isEqualTo("\"0\"");
            Response cdcContract = recorder().post("/api/posts", customersPost(customers, bodies));
            assertThat(cdcContract.status()).as(cdcContract.toString()).isEqualTo(201);

            Response view = reader().get("/api/posts/" + commercial + "?" + awaiting(cdcContract));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.header("ETag")).isEqualTo("\"0\"");
            JsonNode post = view.json();
            assertThat(post.get("title").asText()).isEqualTo(COMMERCIAL_TITLE);
            assertThat(post.get("remit").asText()).isEqualTo(COMMERCIAL_REMIT);
            assertThat(post.get("tier").asText()).isEqualTo("CHIEF_OFFICER");
            assertThat(post.get("partnershipId").asText()).isEqualTo(bodies.partnershipId());
            assertThat(post.get("employingAuthority").asText()).isEqualTo("OCC");
            assertThat(texts(post.get("servedAuthorities"))).containsExactly("OCC", "CDC");
            assertSalaryRange(post.get("salaryRange"), RANGE_BOTTOM_PENCE, OCC_CONTRACT_TOP_PENCE, "117912.00",
                    "144228.00");
            // "costs of joint roles will be split between each authority": no figures, so no split is stated.
            assertThat(post.get("costSplit")).isEmpty();
            assertThat(post.get("costSplitStatedBy").isNull()).isTrue();
            assertThat(texts(post.get("salaryPackage").get("approvalRequiredFrom"))).containsExactly("OCC", "CDC");
            assertThat(post.get("salaryPackage").get("approvals")).isEmpty();
            assertThat(post.get("currentAppointments")).isEmpty();
            assertThat(post.get("pastAppointments")).isEmpty();
            assertThat(post.get("proposedBy").get("wording").asText()).isEqualTo(POSTS_PROPOSED);
            assertThat(post.get("proposedBy").get("bodyId").isNull()).isTrue();

            JsonNode cdcPost = reader().get("/api/posts/" + customers).json();
            assertThat(cdcPost.get("employingAuthority").asText()).isEqualTo("CDC");
            assertSalaryRange(cdcPost.get("salaryRange"), RANGE_BOTTOM_PENCE, CDC_CONTRACT_TOP_PENCE, "117912.00",
                    "128631.00");

            Response listed = reader().get("/api/posts?partnershipId=" + bodies.partnershipId());
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.json()).extracting(line -> line.get("postId").asText())
                    .containsExactlyInAnyOrder(commercial, customers);
            assertThat(listed.json()).allSatisfy(line -> assertThat(line.get("currentAppointments")).isEmpty());
        }

        @Test
        void aPostCannotBeEmployedByACouncilOutsideThePartnership() {
            Setting bodies = recordThe2019PartnershipAndBodies();
            long before = eventCount();
            String post = unique("snc-post");

            Response refused = recorder().post("/api/posts", commercialPost(post, bodies)
                    .replace("\"employingAuthority\":\"OCC\"", "\"employingAuthority\":\"SNC\""));

            assertRefused(refused, "AUTHORITY_NOT_IN_PARTNERSHIP", before);
            assertThat(reader().get("/api/posts/" + post).status()).isEqualTo(404);
        }

        @Test
        void theCountyCouncilApprovesTheSalaryPackageOn9July2019() {
            Setting bodies = recordThe2019PartnershipAndBodies();
            String post = id(proposeCommercialPost(bodies));

            Response approved = recorder().post("/api/posts/" + post + "/salary-approvals",
                    countyCouncilApproves(bodies));

            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(approved.header("ETag")).isEqualTo("\"1\"");
            Response view = reader().get("/api/posts/" + post + "?" + awaiting(approved));
            assertThat(view.header("ETag")).isEqualTo("\"1\"");
            JsonNode approvals = view.json().get("salaryPackage").get("approvals");
            assertThat(approvals).hasSize(1);
            assertThat(approvals.get(0).get("authority").asText()).isEqualTo("OCC");
            JsonNode resolution = approvals.get(0).get("approvedBy");
            assertThat(resolution.get("bodyId").asText()).isEqualTo(bodies.countyCouncil());
            assertThat(resolution.get("bodyName").asText()).isEqualTo("County Council");
            assertThat(resolution.get("decidedOn").asText()).isEqualTo("2019-07-09");
            assertThat(resolution.get("wording").asText()).isEqualTo(PACKAGE_APPROVED);
            assertThat(texts(view.json().get("salaryPackage").get("approvalRequiredFrom"))).containsExactly("OCC", "CDC");
        }

        @Test
        void theCabinetCannotApproveTheSalaryPackageForTheFullCouncil() {
            Setting bodies = recordThe2019PartnershipAndBodies();
            Response proposed = proposeCommercialPost(bodies);
            String post = id(proposed);
            Response before = reader().get("/api/posts/" + post + "?" + awaiting(proposed));
            long events = eventCount();

            Response refused = recorder().post("/api/posts/" + post + "/salary-approvals", """
                    {"authority":"OCC","resolution":%s}""".formatted(resolution(bodies.cabinet(), "Cabinet",
                    "2019-07-16", "1(a)", "Note the proposals to appoint two senior joint posts so as to facilitate"
                            + " further joint working between OCC and CDC.")));

            assertRefused(refused, "SALARY_PACKAGE_NEEDS_FULL_COUNCIL", events);
            assertUntouched(post, before);
        }

        @Test
        void onThePapersFactsThePermanentAppointmentIsRefusedUntilCherwellsFullCouncilApproves() {
            Setting bodies = recordThe2019PartnershipAndBodies();
            String post = id(proposeCommercialPost(bodies));
            Response approvedByOcc = recorder().post("/api/posts/" + post + "/salary-approvals",
                    countyCouncilApproves(bodies));
            assertThat(approvedByOcc.status()).as(approvedByOcc.toString()).isEqualTo(200);
            Response before = reader().get("/api/posts/" + post + "?" + awaiting(approvedByOcc));
            long events = eventCount();

            Response refused = recorder().post("/api/posts/" + post + "/appointments",
                    jsspcAppoints(bodies, unique("permanent")));

            assertRefused(refused, "SALARY_PACKAGE_NOT_APPROVED", events);
            assertThat(refused.json().get("detail").asText()).contains("CDC");
            assertUntouched(post, before);
            assertThat(reader().get("/api/posts/" + post + "/appointments").json().get("appointments")).isEmpty();
        }

        @Test
        void theCabinetCannotAppointToAJointChiefOfficerPost() {
            Setting bodies = recordThe2019PartnershipAndBodies();
            Response proposed = proposeCommercialPost(bodies);
            String post = id(proposed);
            Response before = reader().get("/api/posts/" + post + "?" + awaiting(proposed));
            long events = eventCount();

            Response refused = recorder().post("/api/posts/" + post + "/appointments", """
                    {"appointmentId":"by-cabinet","basis":"PERMANENT","startsOn":"2019-09-01","resolution":%s}"""
                    .formatted(resolution(bodies.cabinet(), "Cabinet", "2019-07-16", "1(b)",
                            "To appoint the most suitable candidate.")));

            assertRefused(refused, "POWER_NOT_HELD", events);
            assertUntouched(post, before);
        }

        @Test
        void hypotheticallyOnceBothFullCouncilsApproveTheCommitteeAppointsAndTheAppointmentLaterEnds() {
            Setting bodies = recordThe2019PartnershipAndBodies();
            String post = id(proposeCommercialPost(bodies));
            String unheld = id(proposeCustomersPost(bodies));
            recorder().post("/api/posts/" + post + "/salary-approvals", countyCouncilApproves(bodies));
            Response cdcApproves = recorder().post("/api/posts/" + post + "/salary-approvals", """
                    {"authority":"CDC","resolution":%s}""".formatted(resolution(bodies.cdcCouncil(),
                    "Cherwell District Council (full council)", "2019-07-22", null,
                    "HYPOTHETICAL: approve the salary package for the two Joint Corporate Director roles")));
            assertThat(cdcApproves.status()).as(cdcApproves.toString()).isEqualTo(200);
            String appointment = unique("commercial-director-permanent");

            Response appointed = recorder().post("/api/posts/" + post + "/appointments",
                    jsspcAppoints(bodies, appointment));

            assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);
            assertThat(appointed.header("ETag")).isEqualTo("\"3\"");
            Response view = reader().get("/api/posts/" + post + "?" + awaiting(appointed));
            assertThat(view.header("ETag")).isEqualTo("\"3\"");
            assertThat(view.json().get("salaryPackage").get("approvals")).extracting(a -> a.get("authority").asText())
                    .containsExactly("OCC", "CDC");
            JsonNode current = view.json().get("currentAppointments");
            assertThat(current).hasSize(1);
            assertThat(current.get(0).get("appointmentId").asText()).isEqualTo(appointment);
            assertThat(current.get(0).get("personName").isNull()).as("the paper names nobody").isTrue();
            assertThat(current.get(0).get("basis").asText()).isEqualTo("PERMANENT");
            assertThat(current.get(0).get("startsOn").asText()).isEqualTo("2019-09-01");
            assertThat(current.get(0).get("current").asBoolean()).isTrue();
            assertThat(current.get(0).get("appointedBy").get("bodyId").asText()).isEqualTo(bodies.jsspc());
            assertThat(current.get(0).get("appointedBy").get("decidedOn").asText()).isEqualTo("2019-07-30");
            assertThat(view.json().get("pastAppointments")).isEmpty();
            assertThat(postIds("/api/posts?current=true&partnershipId=" + bodies.partnershipId()))
                    .containsExactly(post);
            assertThat(postIds("/api/posts?current=false&partnershipId=" + bodies.partnershipId()))
                    .containsExactly(unheld);

            long events = eventCount();
            Response tooEarly = recorder().post("/api/posts/" + post + "/appointments/" + appointment + "/end",
                    "{\"endedOn\":\"2019-08-31\",\"reason\":\"Resigned\"}");
            assertRefused(tooEarly, "APPOINTMENT_ENDS_BEFORE_START", events);

            Response ended = recorder().post("/api/posts/" + post + "/appointments/" + appointment + "/end", """
                    {"endedOn":"2022-03-31","reason":"HYPOTHETICAL: post deleted on separation","resolution":%s}"""
                    .formatted(resolution(bodies.jsspc(), "Joint Shared Services and Personnel Committee",
                            "2022-03-15", null, "HYPOTHETICAL: that the joint post end on 31 March 2022")));

            assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
            assertThat(ended.header("ETag")).isEqualTo("\"4\"");
            Response afterEnd = reader().get("/api/posts/" + post + "/appointments?" + awaiting(ended));
            assertThat(afterEnd.status()).isEqualTo(200);
            assertThat(afterEnd.header("ETag")).isEqualTo("\"4\"");
            JsonNode past = afterEnd.json().get("appointments").get(0);
            assertThat(past.get("current").asBoolean()).isFalse();
            assertThat(past.get("endedOn").asText()).isEqualTo("2022-03-31");
            assertThat(past.get("endReason").asText()).isEqualTo("HYPOTHETICAL: post deleted on separation");
            assertThat(past.get("endedBy").get("decidedOn").asText()).isEqualTo("2022-03-15");
            JsonNode postView = reader().get("/api/posts/" + post).json();
            assertThat(postView.get("currentAppointments")).isEmpty();
            assertThat(postView.get("pastAppointments")).hasSize(1);
            assertThat(postIds("/api/posts?current=true&partnershipId=" + bodies.partnershipId())).isEmpty();
        }

        @Test
        void aCostSplitIsKeptAsExactPercentagesWhetherSentAsStringsOrNumbers() {
            Setting bodies = recordThe2019PartnershipAndBodies();
            String post = id(proposeCommercialPost(bodies));
            // HYPOTHETICAL figures: the paper says only that the costs "will be split between each authority".
            // 33.33 read as a double would be 33.329999..., which the split refuses; read exactly it adds up to 100.
            Response agreed = recorder().post("/api/posts/" + post + "/cost-split", """
                    {"costSplit":[{"authority":"OCC","percent":"33.33"},{"authority":"CDC","percent":66.67}],
                     "resolution":%s}""".formatted(resolution(bodies.jsspc(),
                    "Joint Shared Services and Personnel Committee", "2019-07-30", null,
                    "HYPOTHETICAL: that the costs of the post be split one third to OCC, two thirds to CDC")));

            assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
            assertThat(agreed.header("ETag")).isEqualTo("\"1\"");
            Response view = reader().get("/api/posts/" + post + "?" + awaiting(agreed));
            JsonNode split = view.json().get("costSplit");
            assertThat(split).hasSize(2);
            assertThat(split.get(0).get("authority").asText()).isEqualTo("OCC");
            assertThat(split.get(0).get("percent").isString()).isTrue();
            assertThat(split.get(0).get("percent").asText()).isEqualTo("33.33");
            assertThat(split.get(1).get("percent").asText()).isEqualTo("66.67");
            assertThat(view.json().get("costSplitStatedBy").get("bodyId").asText()).isEqualTo(bodies.jsspc());
            assertThat(texts(view.json().get("salaryPackage").get("approvalRequiredFrom"))).containsExactly("OCC", "CDC");

            long events = eventCount();
            Response notHundred = recorder().post("/api/posts/" + post + "/cost-split", """
                    {"costSplit":[{"authority":"OCC","percent":50},{"authority":"CDC","percent":"49.99"}],
                     "resolution":%s}""".formatted(notStated("HYPOTHETICAL: a split short of 100%")));
            assertRefused(notHundred, "COST_SPLIT_NOT_100", events);

            Response thirdDecimal = recorder().post("/api/posts/" + post + "/cost-split", """
                    {"costSplit":[{"authority":"OCC","percent":33.333},{"authority":"CDC","percent":"66.667"}],
                     "resolution":%s}""".formatted(notStated("HYPOTHETICAL: a split to three decimal places")));
            assertThat(thirdDecimal.status()).as(thirdDecimal.toString()).isEqualTo(400);
            assertThat(thirdDecimal.json().get("rule").asText()).isEqualTo("INVALID_VALUE");
            assertThat(eventCount()).isEqualTo(events);
            assertUntouched(post, view);
        }

        @Test
        void aSalaryInFractionsOfAPennyIsRefusedNotRounded() {
            Setting bodies = recordThe2019PartnershipAndBodies();
            long before = eventCount();

            Response refused = recorder().post("/api/posts", commercialPost(unique("fraction"), bodies)
                    .replace("\"minimumPence\":" + RANGE_BOTTOM_PENCE, "\"minimumPence\":11791200.5"));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.json().get("errors").toString()).contains("salaryRange.minimumPence");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void anUnknownPostIs404() {
            String nobody = unique("no-such-post");
            Response missing = reader().get("/api/posts/" + nobody);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(reader().get("/api/posts/" + nobody + "/appointments").status()).isEqualTo(404);

            long before = eventCount();
            Response commandToNobody = recorder().post("/api/posts/" + nobody + "/salary-approvals",
                    "{\"authority\":\"OCC\",\"resolution\":" + notStated("x") + "}");
            assertThat(commandToNobody.status()).isEqualTo(404);
            assertThat(eventCount()).isEqualTo(before);
        }

        // --- the record of the 2019 paper -------------------------------------------------------------------------

        /**
         * The OCC-CDC partnership, then its bodies, over HTTP: the County Council, Cherwell's full council, the OCC
         * Cabinet and the Joint Shared Services and Personnel Committee holding the power to appoint joint chief
         * officers (para 16).
         */
        private Setting recordThe2019PartnershipAndBodies() {
            String partnershipId = unique("occ-cdc");
            Partnerships.formOccCdc(recorder(), partnershipId, PARTNERSHIP_FORMED);
            Setting bodies = new Setting(partnershipId, unique("occ-county-council"), unique("cdc-council"),
                    unique("occ-cabinet"), unique("jsspc"));
            Bodies.constitute(recorder(), bodies.countyCouncil(), "County Council", "FULL_COUNCIL", null, "OCC");
            Bodies.constitute(recorder(), bodies.cdcCouncil(), "Cherwell District Council (full council)",
                    "FULL_COUNCIL", null, "CDC");
            Bodies.constitute(recorder(), bodies.cabinet(), "Cabinet", "CABINET", null, "OCC");
            Bodies.constitute(recorder(), bodies.jsspc(), "Joint Shared Services and Personnel Committee",
                    "JOINT_COMMITTEE", partnershipId, Resolution.notStated("The Joint Shared Service and Personnel"
                            + " Committee established under the Partnership Agreement between Oxfordshire County"
                            + " Council and Cherwell District Council."), "OCC", "CDC");
            // The paper gives no date for the delegation: recorded from the start of partnership working.
            Bodies.grant(recorder(), bodies.jsspc(), "APPOINT_JOINT_CHIEF_OFFICERS", "2018-10-01",
                    Resolution.by(bodies.cabinet(), "Cabinet", "It also agreed to delegate powers from the"
                            + " Remuneration Committee to the Joint Shared Services and Personnel Committee for the"
                            + " appointment of senior members of staff."));
            return bodies;
        }

        /** The accepted answer; its {@code id} is the post's id, its position what a read awaits. */
        private Response proposeCommercialPost(Setting bodies) {
            Response proposed = recorder().post("/api/posts",
                    commercialPost(unique("joint-corporate-director-commercial"), bodies));
            assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
            return proposed;
        }

        private Response proposeCustomersPost(Setting bodies) {
            Response proposed = recorder().post("/api/posts",
                    customersPost(unique("joint-corporate-director-customers"), bodies));
            assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
            return proposed;
        }

        private static String id(Response accepted) {
            return accepted.json().get("id").asText();
        }

        private static String commercialPost(String postId, Setting bodies) {
            return post(postId, bodies, COMMERCIAL_TITLE, COMMERCIAL_REMIT, "OCC", OCC_CONTRACT_TOP_PENCE);
        }

        private static String customersPost(String postId, Setting bodies) {
            return post(postId, bodies, CUSTOMERS_TITLE, CUSTOMERS_REMIT, "CDC", CDC_CONTRACT_TOP_PENCE);
        }

        private static String post(String postId, Setting bodies, String title, String remit, String employer,
                                   long topPence) {
            return """
                    {"postId":"%s","partnershipId":"%s","title":"%s","remit":"%s","tier":"CHIEF_OFFICER",
                     "employingAuthority":"%s","servedAuthorities":["OCC","CDC"],
                     "salaryRange":{"minimumPence":%d,"maximumPence":%d},
                     "resolution":%s}""".formatted(postId, bodies.partnershipId(), title, remit, employer,
                    RANGE_BOTTOM_PENCE, topPence, notStated(POSTS_PROPOSED));
        }

        private static String countyCouncilApproves(Setting bodies) {
            return """
                    {"authority":"OCC","resolution":%s}""".formatted(resolution(bodies.countyCouncil(),
                    "County Council", "2019-07-09", null, PACKAGE_APPROVED));
        }

        private static String jsspcAppoints(Setting bodies, String appointmentId) {
            return """
                    {"appointmentId":"%s","basis":"PERMANENT","startsOn":"2019-09-01","resolution":%s}"""
                    .formatted(appointmentId, resolution(bodies.jsspc(),
                            "Joint Shared Services and Personnel Committee", "2019-07-30", null,
                            "HYPOTHETICAL: to appoint the most suitable candidate to the joint post"));
        }

        private static String resolution(String bodyId, String bodyName, String decidedOn, String minute,
                                         String wording) {
            return """
                    {"bodyId":"%s","bodyName":"%s","decidedOn":"%s",%s"wording":"%s"}""".formatted(bodyId, bodyName,
                    decidedOn, minute == null ? "" : "\"minuteReference\":\"" + minute + "\",", wording);
        }

        // --- assertions --------------------------------------------------------------------------------------------

        private void assertRefused(Response refused, String rule, long eventsBefore) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("rule").asText()).isEqualTo(rule);
            assertThat(eventCount()).isEqualTo(eventsBefore);
        }

        /** Nothing was recorded, so the post reads exactly as it did. */
        private void assertUntouched(String postId, Response before) {
            Response after = reader().get("/api/posts/" + postId);
            assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
            assertThat(after.json()).isEqualTo(before.json());
        }

        private static void assertSalaryRange(JsonNode range, long minimumPence, long maximumPence,
                                              String minimumPounds, String maximumPounds) {
            assertThat(range.get("minimumPence").asLong()).isEqualTo(minimumPence);
            assertThat(range.get("maximumPence").asLong()).isEqualTo(maximumPence);
            assertThat(range.get("minimumPounds").decimalValue()).isEqualByComparingTo(new BigDecimal(minimumPounds));
            assertThat(range.get("maximumPounds").decimalValue()).isEqualByComparingTo(new BigDecimal(maximumPounds));
        }

        private List<String> postIds(String path) {
            Response listed = reader().get(path);
            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
            return listed.json().valueStream().map(line -> line.get("postId").asText()).toList();
        }

        private static List<String> texts(JsonNode array) {
            return array.valueStream().map(JsonNode::asText).toList();
        }
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
