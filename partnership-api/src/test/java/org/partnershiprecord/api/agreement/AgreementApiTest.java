package org.partnershiprecord.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;

/**
 * Agreements over HTTP, on H2 and PostgreSQL: the OCC-CDC Section 113 agreement (seed: JSSPC 2022 separation
 * update, "the agreed Section 113 Agreement termination date of 31 August 2022"; its six-month review, seed: OCC
 * Cabinet July 2019, Annex B) and the refusals of its life.
 */
class AgreementApiTest {

    // The papers say the partnership, and so the agreement, began in "October 2018"; the day is illustrative.
    static final String EFFECTIVE_FROM = "2018-10-01";
    static final String S113_TITLE = "Section 113 Agreement between Oxfordshire County Council and Cherwell District"
            + " Council";

    abstract static class Scenarios extends ApiTestBase {

        @Test
        void theOccCdcSection113AgreementRunsToItsAgreedTerminationDateOf31August2022() {
            String partnership = partnership("OCC", "CDC");
            String id = unique("occ-cdc-s113");

            Response entered = recorder().post("/api/agreements", enterBody(id, partnership, "OCC", "CDC"));
            assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
            assertThat(entered.header("Location")).isEqualTo("/api/agreements/" + id);
            assertThat(entered.header("ETag")).isEqualTo("\"0\"");

            JsonNode view = read(id, entered);
            assertThat(view.get("type").asText()).isEqualTo("SECTION_113");
            assertThat(view.get("title").asText()).isEqualTo(S113_TITLE);
            assertThat(view.get("partnershipId").asText()).isEqualTo(partnership);
            assertThat(view.get("parties").toString()).isEqualTo("[\"OCC\",\"CDC\"]");
            assertThat(view.get("effectiveFrom").asText()).isEqualTo(EFFECTIVE_FROM);
            assertThat(view.get("status").asText()).isEqualTo("IN_FORCE");
            assertThat(view.get("enteredBy").get("bodyId").isNull()).isTrue();
            assertThat(view.get("enteredBy").get("wording").asText()).contains("not stated in this paper");

            Response reviewed = recorder().post("/api/agreements/" + id + "/reviews", """
                    {"outcome":"Endorse the ongoing use of a section 113 agreement as the framework to enable joint working.",
                     "resolution":{"bodyId":"pwg","bodyName":"Partnership Working Group",
                                   "wording":"Six-month review of the partnership received; recommendations endorsed."}}""");
            assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
            assertThat(reviewed.header("ETag")).isEqualTo("\"1\"");
            view = read(id, reviewed);
            assertThat(view.get("reviews")).hasSize(1);
            assertThat(view.get("reviews").get(0).get("reviewedOn").isNull()).isTrue();
            assertThat(view.get("reviews").get(0).get("outcome").asText()).startsWith("Endorse the ongoing use");
            assertThat(view.get("reviews").get(0).get("receivedBy").get("bodyName").asText())
                    .isEqualTo("Partnership Working Group");

            // Illustrative: the review suggested "a brief review of the 113 ... to ensure it is clear and fit for purpose".
            Response varied = recorder().post("/api/agreements/" + id + "/variations", """
                    {"variation":"Agreement clarified following the brief review suggested by the six-month review.",
                     "effectiveFrom":"2019-09-01",
                     "resolution":{"bodyId":"jsspc","bodyName":"Joint Shared Services and Personnel Committee",
                                   "decidedOn":"2019-07-30","wording":"That the revised agreement be approved."}}""");
            assertThat(varied.status()).as(varied.toString()).isEqualTo(200);
            assertThat(varied.header("ETag")).isEqualTo("\"2\"");
            view = read(id, varied);
            assertThat(view.get("variations")).hasSize(1);
            assertThat(view.get("variations").get(0).get("effectiveFrom").asText()).isEqualTo("2019-09-01");
            assertThat(view.get("variations").get(0).get("variedBy").get("decidedOn").asText()).isEqualTo("2019-07-30");

            Response agreed = recorder().post("/api/agreements/" + id + "/termination-date", """
                    {"terminationDate":"2022-08-31",
                     "resolution":{"wording":"The agreed Section 113 Agreement termination date of 31 August 2022 (the resolution agreeing it is not stated in this paper)"}}""");
            assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
            assertThat(agreed.header("ETag")).isEqualTo("\"3\"");
            view = read(id, agreed);
            assertThat(view.get("status").asText()).isEqualTo("TERMINATION_AGREED");
            assertThat(view.get("agreedTerminationDate").asText()).isEqualTo("2022-08-31");
            assertThat(view.get("terminationDates")).hasSize(1);
            assertThat(view.get("terminationDates").get(0).get("terminationDate").asText()).isEqualTo("2022-08-31");
            assertThat(view.get("terminationDates").get(0).get("previousTerminationDate").isNull()).isTrue();
            assertThat(view.get("terminationDates").get(0).get("agreedBy").get("wording").asText())
                    .contains("31 August 2022");

            Response terminated = recorder().post("/api/agreements/" + id + "/termination", """
                    {"terminatedOn":"2022-08-31",
                     "resolution":{"wording":"The Section 113 Agreement ended on its agreed termination date."}}""");
            assertThat(terminated.status()).as(terminated.toString()).isEqualTo(200);
            assertThat(terminated.header("ETag")).isEqualTo("\"4\"");
            Response afterTermination = reader().get("/api/agreements/" + id + "?" + awaiting(terminated));
            assertThat(afterTermination.header("ETag")).isEqualTo("\"4\"");
            view = afterTermination.json();
            assertThat(view.get("status").asText()).isEqualTo("TERMINATED");
            assertThat(view.get("terminatedOn").asText()).isEqualTo("2022-08-31");
            assertThat(view.get("agreedTerminationDate").asText()).isEqualTo("2022-08-31");
            assertThat(view.get("terminatedBy").get("wording").asText()).contains("ended on its agreed termination date");
        }

        @Test
        void agreeingAnotherTerminationDateMovesItAndKeepsTheDateItReplaced() {
            String partnership = partnership("OCC", "CDC");
            String id = unique("s113-moved");
            recorder().post("/api/agreements", enterBody(id, partnership, "OCC", "CDC"));
            // Illustrative: a first date, later moved to the 31 August 2022 the seed records.
            recorder().post("/api/agreements/" + id + "/termination-date", terminationDateBody("2022-06-30"));
            Response moved = recorder().post("/api/agreements/" + id + "/termination-date",
                    terminationDateBody("2022-08-31"));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

            JsonNode view = read(id, moved);
            assertThat(view.get("agreedTerminationDate").asText()).isEqualTo("2022-08-31");
            assertThat(view.get("terminationDates")).hasSize(2);
            assertThat(view.get("terminationDates").get(0).get("terminationDate").asText()).isEqualTo("2022-06-30");
            assertThat(view.get("terminationDates").get(1).get("terminationDate").asText()).isEqualTo("2022-08-31");
            assertThat(view.get("terminationDates").get(1).get("previousTerminationDate").asText())
                    .isEqualTo("2022-06-30");
            assertThat(view.get("terminationDates").get(1).get("agreedBy").get("bodyName").asText())
                    .isEqualTo("Joint Shared Services and Personnel Committee");
        }

        @Test
        void theListCanBeFilteredByPartnership() {
            String occCdc = partnership("OCC", "CDC");
            String cdcSnc = partnership("CDC", "SNC");
            String s113 = unique("occ-cdc-s113");
            String other = unique("cdc-snc-s113");
            recorder().post("/api/agreements", enterBody(s113, occCdc, "OCC", "CDC"));
            Response last = recorder().post("/api/agreements", enterBody(other, cdcSnc, "CDC", "SNC"));

            Response list = reader().get("/api/agreements?partnershipId=" + occCdc + "&" + awaiting(last));
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json()).hasSize(1);
            assertThat(list.json().get(0).get("agreementId").asText()).isEqualTo(s113);
            assertThat(list.json().get(0).get("status").asText()).isEqualTo("IN_FORCE");
            assertThat(list.json().get(0).get("parties").toString()).isEqualTo("[\"OCC\",\"CDC\"]");

            Response all = reader().get("/api/agreements");
            assertThat(all.json().findValuesAsString("agreementId")).contains(s113, other);
        }

        @Test
        void enteringIntoAnAgreementWithACouncilOutsideThePartnershipIsRefused() {
            String partnership = partnership("OCC", "CDC");
            long before = eventCount();
            Response refused = recorder().post("/api/agreements",
                    enterBody(unique("s113"), partnership, "OCC", "SNC"));
            assertRefused(refused, "AUTHORITY_NOT_IN_PARTNERSHIP");
            assertThat(eventCount()).isEqualTo(before);

            Response alone = recorder().post("/api/agreements", enterBody(unique("s113"), partnership, "OCC"));
            assertRefused(alone, "AGREEMENT_NEEDS_TWO_PARTIES");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void aTerminationDateNotAfterTheEffectiveDateIsRefused() {
            String partnership = partnership("OCC", "CDC");
            String id = unique("s113");
            recorder().post("/api/agreements", enterBody(id, partnership, "OCC", "CDC"));
            long before = eventCount();

            Response refused = recorder().post("/api/agreements/" + id + "/termination-date",
                    terminationDateBody("2018-09-30"));
            assertRefused(refused, "TERMINATION_NOT_AFTER_EFFECTIVE_DATE");
            Response terminatedEarly = recorder().post("/api/agreements/" + id + "/termination",
                    "{\"terminatedOn\":\"" + EFFECTIVE_FROM + "\",\"resolution\":" + notStated("Ended.") + "}");
            assertRefused(terminatedEarly, "TERMINATION_NOT_AFTER_EFFECTIVE_DATE");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void nothingIsVariedOrGivenANewDateAfterTermination() {
            String partnership = partnership("OCC", "CDC");
            String id = unique("s113");
            recorder().post("/api/agreements", enterBody(id, partnership, "OCC", "CDC"));
            Response terminated = recorder().post("/api/agreements/" + id + "/termination",
                    "{\"terminatedOn\":\"2022-08-31\",\"resolution\":" + notStated("Ended.") + "}");
            assertThat(terminated.status()).as(terminated.toString()).isEqualTo(200);
            long before = eventCount();

            assertRefused(recorder().post("/api/agreements/" + id + "/variations",
                    "{\"variation\":\"Late change\",\"resolution\":" + notStated("Varied.") + "}"), "AGREEMENT_TERMINATED");
            assertRefused(recorder().post("/api/agreements/" + id + "/termination-date",
                    terminationDateBody("2023-03-31")), "AGREEMENT_TERMINATED");
            assertRefused(recorder().post("/api/agreements/" + id + "/termination",
                    "{\"terminatedOn\":\"2022-09-30\",\"resolution\":" + notStated("Ended again.") + "}"),
                    "AGREEMENT_TERMINATED");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void aTerminationDateIsRequired() {
            String partnership = partnership("OCC", "CDC");
            String id = unique("s113");
            recorder().post("/api/agreements", enterBody(id, partnership, "OCC", "CDC"));
            long before = eventCount();
            Response invalid = recorder().post("/api/agreements/" + id + "/termination-date",
                    "{\"resolution\":" + notStated("Agreed.") + "}");
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(invalid.json().get("errors").toString()).contains("terminationDate");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void anUnknownAgreementIs404() {
            Response missing = reader().get("/api/agreements/" + unique("nothing"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asText()).isEqualTo("NOT_FOUND");

            long before = eventCount();
            Response commandToNothing = recorder().post("/api/agreements/" + unique("nothing") + "/reviews",
                    "{\"outcome\":\"Fine\",\"resolution\":" + notStated("Noted.") + "}");
            assertThat(commandToNothing.status()).isEqualTo(404);
            assertThat(eventCount()).isEqualTo(before);
        }

        private String partnership(String... codes) {
            String id = unique("partnership");
            Response formed = recorder().post("/api/partnerships", partnershipBody(id, codes));
            assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
            return id;
        }

        private JsonNode read(String id, Response after) {
            Response view = reader().get("/api/agreements/" + id + "?" + awaiting(after));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.header("ETag")).isEqualTo(after.header("ETag"));
            return view.json();
        }

        private static void assertRefused(Response refused, String rule) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("rule").asText()).isEqualTo(rule);
        }
    }

    static String enterBody(String id, String partnershipId, String... parties) {
        return """
                {"agreementId":"%s","partnershipId":"%s","type":"SECTION_113","title":"%s",
                 "parties":[%s],"effectiveFrom":"%s",
                 "resolution":{"wording":"Section 113 Agreement between Oxfordshire County Council and Cherwell District Council (the resolution entering into it is not stated in this paper)"}}"""
                .formatted(id, partnershipId, S113_TITLE, quoted(parties), EFFECTIVE_FROM);
    }

    static String terminationDateBody(String date) {
        return """
                {"terminationDate":"%s",
                 "resolution":{"bodyId":"jsspc","bodyName":"Joint Shared Services and Personnel Committee",
                               "wording":"That the termination date of the Section 113 Agreement be agreed."}}"""
                .formatted(date);
    }

    /** A partnership of the given councils, as PartnershipApiTest forms one. */
    static String partnershipBody(String id, String... codes) {
        StringBuilder authorities = new StringBuilder();
        for (String code : codes) {
            if (authorities.length() > 0) {
                authorities.append(',');
            }
            authorities.append("{\"code\":\"").append(code).append("\",\"name\":\"").append(code)
                    .append(" Council\",\"tier\":\"DISTRICT\"}");
        }
        return """
                {"partnershipId":"%s","name":"Joint working","authorities":[%s],"formedOn":"2018-10-01",
                 "resolution":{"wording":"That joint working be established."}}""".formatted(id, authorities);
    }

    private static String quoted(String... codes) {
        StringBuilder json = new StringBuilder();
        for (String code : codes) {
            if (json.length() > 0) {
                json.append(',');
            }
            json.append('"').append(code).append('"');
        }
        return json.toString();
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
