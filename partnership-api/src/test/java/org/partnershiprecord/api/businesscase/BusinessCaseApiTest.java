package org.partnershiprecord.api.businesscase;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Business cases over HTTP, on H2 and PostgreSQL: the two CDC-SNC business cases of 2012 (seed: CDC Council,
 * 16 May 2012) — Performance, with "an estimated cost reduction of approximately £25,000" attributed to no
 * council or year, whose staff consultation had completed; JMT support, met "within existing budgets", still in
 * consultation. The seed ends at the Council adopting the principle into its policy framework; the later steps
 * (scrutiny, personnel committee, executive, implementation) use illustrative dates in 2012.
 */
class BusinessCaseApiTest {

    static final String PERFORMANCE_TITLE = "A Joint Performance Service";
    static final String JMT_TITLE = "A Joint JMT (Joint Management Team) Support Service";

    abstract static class Scenarios extends ApiTestBase {

        @Test
        void theJointPerformanceCaseFollowsItsDecisionRouteToImplementation() {
            Setting cdcSnc = cdcSnc();
            String id = unique("cdc-snc-joint-performance-2012");

            Response submitted = recorder().post("/api/business-cases", performanceBody(id, cdcSnc.partnershipId));
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            assertThat(submitted.header("Location")).isEqualTo("/api/business-cases/" + id);
            assertThat(submitted.header("ETag")).isEqualTo("\"0\"");
            JsonNode view = read(id, submitted);
            assertThat(view.get("title").asText()).isEqualTo(PERFORMANCE_TITLE);
            assertThat(view.get("partnershipId").asText()).isEqualTo(cdcSnc.partnershipId);
            assertThat(view.get("authorities").toString()).contains("\"CDC\"").contains("\"SNC\"");
            assertThat(view.get("stage").asText()).isEqualTo("SUBMITTED");
            assertThat(view.get("savings")).hasSize(1);
            JsonNode saving = view.get("savings").get(0);
            assertThat(saving.get("authority").isNull()).isTrue();
            assertThat(saving.get("financialYear").isNull()).isTrue();
            assertThat(saving.get("pence").asLong()).isEqualTo(2_500_000L);
            assertThat(saving.get("pounds").decimalValue()).isEqualByComparingTo("25000.00");
            assertThat(view.get("staffConsultation").isNull()).isTrue();
            assertThat(view.get("decision").isNull()).isTrue();

            Response byJmt = post(id, "endorsements", """
                    {"resolution":{"bodyId":"cdc-snc-jmt","bodyName":"Joint Management Team",
                      "wording":"Both business cases endorsed prior to consideration by the Joint Arrangements Steering Group."}}""");
            assertAccepted(byJmt, 1);
            Response byJasg = post(id, "endorsements", """
                    {"resolution":{"bodyId":"cdc-snc-jasg","bodyName":"Joint Arrangements Steering Group",
                      "decidedOn":"2012-03-07",
                      "wording":"Proposals for joint working business cases for performance management and JMT support endorsed for further development."}}""");
            assertAccepted(byJasg, 2);
            view = read(id, byJasg);
            assertThat(view.get("endorsements")).hasSize(2);
            assertThat(view.get("endorsements").get(0).get("bodyName").asText()).isEqualTo("Joint Management Team");
            assertThat(view.get("endorsements").get(0).get("decidedOn").isNull()).isTrue();
            assertThat(view.get("endorsements").get(1).get("decidedOn").asText()).isEqualTo("2012-03-07");

            // "the Performance business case has completed the staff consultation phase": no dates given.
            Response opened = post(id, "consultation/opening", "{}");
            assertAccepted(opened, 3);
            view = read(id, opened);
            assertThat(view.get("stage").asText()).isEqualTo("UNDER_CONSULTATION");
            assertThat(view.get("staffConsultation").get("closed").asBoolean()).isFalse();
            assertThat(view.get("staffConsultation").get("openedOn").isNull()).isTrue();
            Response closed = post(id, "consultation/closing", "{}");
            assertAccepted(closed, 4);
            view = read(id, closed);
            assertThat(view.get("stage").asText()).isEqualTo("CONSULTATION_CLOSED");
            assertThat(view.get("staffConsultation").get("closed").asBoolean()).isTrue();

            Response adopted = post(id, "policy-framework-adoption", councilAdoption(cdcSnc.cdcCouncil));
            assertAccepted(adopted, 5);
            view = read(id, adopted);
            assertThat(view.get("policyFrameworkAdoptions")).hasSize(1);
            assertThat(view.get("policyFrameworkAdoptions").get(0).get("authority").asText()).isEqualTo("CDC");
            assertThat(view.get("policyFrameworkAdoptions").get(0).get("adoptedBy").get("decidedOn").asText())
                    .isEqualTo("2012-05-16");

            Response scrutinised = post(id, "considerations", """
                    {"role":"PRELIMINARY_CONSIDERATION","bodyKind":"SCRUTINY_COMMITTEE",
                     "resolution":{"bodyId":"cdc-scrutiny","bodyName":"Overview and Scrutiny Committee",
                                   "decidedOn":"2012-06-12","wording":"That the business case be noted."}}""");
            assertAccepted(scrutinised, 6);
            assertThat(read(id, scrutinised).get("stage").asText()).isEqualTo("CONSIDERED_BY_SCRUTINY");
            Response personnel = post(id, "considerations", personnelCommittee("2012-06-20"));
            assertAccepted(personnel, 7);
            view = read(id, personnel);
            assertThat(view.get("stage").asText()).isEqualTo("CONSIDERED_BY_PERSONNEL_COMMITTEE");
            assertThat(view.get("considerations")).hasSize(2);
            assertThat(view.get("considerations").get(1).get("role").asText()).isEqualTo("HEARING");
            assertThat(view.get("considerations").get(1).get("bodyKind").asText()).isEqualTo("PERSONNEL_COMMITTEE");
            assertThat(view.get("considerations").get(1).get("resolution").get("bodyName").asText())
                    .isEqualTo("Personnel Committee");

            Response decided = post(id, "decision", executiveDecision(cdcSnc.cdcExecutive, "APPROVED", "2012-07-02"));
            assertAccepted(decided, 8);
            view = read(id, decided);
            assertThat(view.get("stage").asText()).isEqualTo("APPROVED");
            assertThat(view.get("decision").get("outcome").asText()).isEqualTo("APPROVED");
            assertThat(view.get("decision").get("decidedBy").get("bodyId").asText()).isEqualTo(cdcSnc.cdcExecutive);
            assertThat(view.get("decision").get("decidedBy").get("decidedOn").asText()).isEqualTo("2012-07-02");

            Response implemented = post(id, "implementation", """
                    {"implementedOn":"2012-10-01","notes":"Single team in place under the shared Performance Manager."}""");
            assertAccepted(implemented, 9);
            view = read(id, implemented);
            assertThat(view.get("stage").asText()).isEqualTo("IMPLEMENTED");
            assertThat(view.get("implementation").get("implementedOn").asText()).isEqualTo("2012-10-01");
            assertThat(view.get("implementation").get("notes").asText()).startsWith("Single team");

            List<String> route = view.get("route").findValuesAsString("step");
            assertThat(route).containsExactly("SUBMITTED", "ENDORSED", "ENDORSED", "STAFF_CONSULTATION_OPENED",
                    "STAFF_CONSULTATION_CLOSED", "ADOPTED_INTO_POLICY_FRAMEWORK", "CONSIDERED", "CONSIDERED",
                    "DECIDED", "IMPLEMENTED");
            assertThat(view.get("route").get(8).get("outcome").asText()).isEqualTo("APPROVED");
            assertThat(view.get("route").get(8).get("on").asText()).isEqualTo("2012-07-02");
        }

        @Test
        void theJmtSupportCaseStatesNoSavingsAndIsStillInConsultation() {
            Setting cdcSnc = cdcSnc();
            String id = unique("cdc-snc-jmt-support-2012");
            Response submitted = recorder().post("/api/business-cases", """
                    {"businessCaseId":"%s","partnershipId":"%s","title":"%s","service":"Joint Management Team support",
                     "summary":"Dedicated, permanent support for the JMT, replacing interim arrangements; can be met within existing budgets.",
                     "savings":[]}""".formatted(id, cdcSnc.partnershipId, JMT_TITLE));
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            Response opened = post(id, "consultation/opening", "{}");
            assertAccepted(opened, 1);

            JsonNode view = read(id, opened);
            assertThat(view.get("savings")).isEmpty();
            assertThat(view.get("stage").asText()).isEqualTo("UNDER_CONSULTATION");
            assertThat(view.get("summary").asText()).contains("within existing budgets");

            Response list = reader().get("/api/business-cases?partnershipId=" + cdcSnc.partnershipId + "&"
                    + awaiting(opened));
            assertThat(list.json()).hasSize(1);
            assertThat(list.json().get(0).get("businessCaseId").asText()).isEqualTo(id);
            assertThat(list.json().get(0).get("stage").asText()).isEqualTo("UNDER_CONSULTATION");
        }

        @Test
        void savingsAreListedPerAuthorityPerYearAndTheUnattributed25000IsKeptApart() {
            Setting cdcSnc = cdcSnc();
            String performance = unique("cdc-snc-joint-performance-2012");
            recorder().post("/api/business-cases", performanceBody(performance, cdcSnc.partnershipId));
            // Illustrative cases, to show savings of one council in one year added up across cases.
            String first = unique("illustrative-a");
            String second = unique("illustrative-b");
            recorder().post("/api/business-cases", caseBody(first, cdcSnc.partnershipId,
                    "{\"authority\":\"CDC\",\"financialYear\":\"2012/13\",\"pence\":1000000},"
                            + "{\"authority\":\"SNC\",\"financialYear\":\"2012/13\",\"pence\":500000}"));
            Response last = recorder().post("/api/business-cases", caseBody(second, cdcSnc.partnershipId,
                    "{\"authority\":\"CDC\",\"financialYear\":\"2012/13\",\"pence\":250050}"));
            assertThat(last.status()).as(last.toString()).isEqualTo(201);

            Response savings = reader().get("/api/business-cases/savings?partnershipId=" + cdcSnc.partnershipId + "&"
                    + awaiting(last));
            assertThat(savings.status()).as(savings.toString()).isEqualTo(200);
            JsonNode lines = savings.json();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0).get("authority").asText()).isEqualTo("CDC");
            assertThat(lines.get(0).get("financialYear").asText()).isEqualTo("2012/13");
            assertThat(lines.get(0).get("pence").asLong()).isEqualTo(1_250_050L);
            assertThat(lines.get(0).get("pounds").decimalValue()).isEqualByComparingTo("12500.50");
            assertThat(lines.get(0).get("businessCases").findValuesAsString("businessCaseId"))
                    .containsExactlyInAnyOrder(first, second);
            assertThat(lines.get(1).get("authority").asText()).isEqualTo("SNC");
            assertThat(lines.get(1).get("pence").asLong()).isEqualTo(500_000L);
            JsonNode unattributed = lines.get(2);
            assertThat(unattributed.get("partnershipId").asText()).isEqualTo(cdcSnc.partnershipId);
            assertThat(unattributed.get("authority").isNull()).isTrue();
            assertThat(unattributed.get("financialYear").isNull()).isTrue();
            assertThat(unattributed.get("pounds").decimalValue()).isEqualByComparingTo("25000.00");
            assertThat(unattributed.get("businessCases").get(0).get("businessCaseId").asText()).isEqualTo(performance);
            assertThat(unattributed.get("businessCases").get(0).get("title").asText()).isEqualTo(PERFORMANCE_TITLE);

            Response everyPartnership = reader().get("/api/business-cases/savings");
            assertThat(everyPartnership.status()).isEqualTo(200);
            assertThat(everyPartnership.json().findValuesAsString("partnershipId")).contains(cdcSnc.partnershipId);
        }

        @Test
        void aDeclinedCaseCanBeReopenedWithTheReasonRecorded() {
            Setting cdcSnc = cdcSnc();
            String id = readyToDecide(cdcSnc);
            Response declined = post(id, "decision", executiveDecision(cdcSnc.cdcExecutive, "DECLINED", "2012-07-02"));
            assertThat(declined.status()).as(declined.toString()).isEqualTo(200);

            // Illustrative: the seed records no reopening.
            Response reopened = post(id, "reopening", """
                    {"reason":"Cost allocations between the councils agreed after the decision.",
                     "resolution":{"bodyId":"%s","bodyName":"Executive","decidedOn":"2012-09-03",
                                   "wording":"That the business case be reconsidered."}}""".formatted(cdcSnc.cdcExecutive));
            assertAccepted(reopened, 5);
            JsonNode view = read(id, reopened);
            assertThat(view.get("stage").asText()).isEqualTo("REOPENED");
            assertThat(view.get("decision").get("outcome").asText()).isEqualTo("DECLINED");
            assertThat(view.get("reopenings")).hasSize(1);
            assertThat(view.get("reopenings").get(0).get("reason").asText()).startsWith("Cost allocations");
            assertThat(view.get("reopenings").get(0).get("reopenedBy").get("decidedOn").asText())
                    .isEqualTo("2012-09-03");
            assertThat(view.get("route").get(5).get("step").asText()).isEqualTo("REOPENED");
        }

        @Test
        void submissionIsRefusedForAnUnknownPartnershipOrACouncilOutsideIt() {
            Setting cdcSnc = cdcSnc();
            long before = eventCount();
            assertRefused(recorder().post("/api/business-cases", performanceBody(unique("case"), unique("nobody"))),
                    "UNKNOWN_PARTNERSHIP");
            assertRefused(recorder().post("/api/business-cases", caseBody(unique("case"), cdcSnc.partnershipId,
                    "{\"authority\":\"OCC\",\"financialYear\":\"2012/13\",\"pence\":100}")),
                    "AUTHORITY_NOT_IN_PARTNERSHIP");
            assertThat(eventCount()).isEqualTo(before);

            Response badYear = recorder().post("/api/business-cases", caseBody(unique("case"), cdcSnc.partnershipId,
                    "{\"authority\":\"CDC\",\"financialYear\":\"2012-13\",\"pence\":100}"));
            assertThat(badYear.status()).isEqualTo(400);
            assertThat(badYear.json().get("rule").asText()).isEqualTo("INVALID_VALUE");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void consultationStepsComeInTheirOrder() {
            Setting cdcSnc = cdcSnc();
            String id = unique("case");
            recorder().post("/api/business-cases", performanceBody(id, cdcSnc.partnershipId));
            long before = eventCount();
            assertRefused(post(id, "consultation/closing", "{}"), "CONSULTATION_NOT_OPEN");
            assertRefused(post(id, "considerations", personnelCommittee("2012-06-20")), "PROCESS_OUT_OF_ORDER");
            assertThat(eventCount()).isEqualTo(before);

            assertThat(post(id, "consultation/opening", "{\"openedOn\":\"2012-04-02\"}").status()).isEqualTo(200);
            before = eventCount();
            assertRefused(post(id, "consultation/opening", "{\"openedOn\":\"2012-04-03\"}"), "CONSULTATION_ALREADY_OPEN");
            assertRefused(post(id, "consultation/closing", "{\"closedOn\":\"2012-03-01\"}"), "PROCESS_OUT_OF_ORDER");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void onlyAFullCouncilOfAPartnershipCouncilAdoptsIntoItsPolicyFramework() {
            Setting cdcSnc = cdcSnc();
            String id = unique("case");
            recorder().post("/api/business-cases", performanceBody(id, cdcSnc.partnershipId));
            long before = eventCount();
            assertRefused(post(id, "policy-framework-adoption", """
                    {"resolution":{"bodyId":"%s","bodyName":"Executive","decidedOn":"2012-05-16",
                                   "wording":"Adopt the principle."}}""".formatted(cdcSnc.cdcExecutive)),
                    "ADOPTION_NEEDS_FULL_COUNCIL");
            assertRefused(post(id, "policy-framework-adoption", "{\"resolution\":" + notStated("Adopt it.") + "}"),
                    "RESOLVING_BODY_NOT_STATED");
            assertThat(eventCount()).isEqualTo(before);

            assertThat(post(id, "policy-framework-adoption", councilAdoption(cdcSnc.cdcCouncil)).status())
                    .isEqualTo(200);
            before = eventCount();
            assertRefused(post(id, "policy-framework-adoption", councilAdoption(cdcSnc.cdcCouncil)),
                    "PROCESS_OUT_OF_ORDER");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void theDecisionNeedsThePersonnelCommitteeFirstAndABodyHoldingThePower() {
            Setting cdcSnc = cdcSnc();
            String early = unique("case");
            recorder().post("/api/business-cases", performanceBody(early, cdcSnc.partnershipId));
            long before = eventCount();
            assertRefused(post(early, "decision", executiveDecision(cdcSnc.cdcExecutive, "APPROVED", "2012-07-02")),
                    "PROCESS_OUT_OF_ORDER");
            assertThat(eventCount()).isEqualTo(before);

            String ready = readyToDecide(cdcSnc);
            before = eventCount();
            assertRefused(post(ready, "decision", """
                    {"outcome":"APPROVED","resolution":{"bodyId":"%s","bodyName":"Council","decidedOn":"2012-07-02",
                                                        "wording":"Approved."}}""".formatted(cdcSnc.cdcCouncil)),
                    "POWER_NOT_HELD");
            // The executive held the power only from 1 January 2012.
            assertRefused(post(ready, "decision", executiveDecision(cdcSnc.cdcExecutive, "APPROVED", "2011-12-31")),
                    "POWER_NOT_HELD");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void nothingButImplementationOrReopeningFollowsAFinalDecision() {
            Setting cdcSnc = cdcSnc();
            String id = readyToDecide(cdcSnc);
            long before = eventCount();
            assertRefused(post(id, "implementation", "{\"implementedOn\":\"2012-10-01\"}"), "CASE_NOT_DECIDED");
            assertRefused(post(id, "reopening", "{\"reason\":\"Why not\",\"resolution\":" + notStated("Reopen.") + "}"),
                    "CASE_NOT_DECIDED");
            assertThat(eventCount()).isEqualTo(before);

            assertThat(post(id, "decision", executiveDecision(cdcSnc.cdcExecutive, "APPROVED", "2012-07-02")).status())
                    .isEqualTo(200);
            before = eventCount();
            assertRefused(post(id, "endorsements", "{\"resolution\":" + notStated("Endorsed.") + "}"),
                    "CASE_ALREADY_DECIDED");
            assertRefused(post(id, "considerations", personnelCommittee("2012-07-10")), "CASE_ALREADY_DECIDED");
            assertRefused(post(id, "decision", executiveDecision(cdcSnc.cdcExecutive, "DECLINED", "2012-07-09")),
                    "CASE_ALREADY_DECIDED");
            assertRefused(post(id, "implementation", "{\"implementedOn\":\"2012-06-01\"}"), "PROCESS_OUT_OF_ORDER");
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void anUnknownBusinessCaseIs404() {
            Response missing = reader().get("/api/business-cases/" + unique("nothing"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asText()).isEqualTo("NOT_FOUND");

            long before = eventCount();
            Response commandToNothing = post(unique("nothing"), "consultation/opening", "{}");
            assertThat(commandToNothing.status()).isEqualTo(404);
            assertThat(eventCount()).isEqualTo(before);
        }

        /** A case submitted, through consultation and the personnel committee: ready for the executive. */
        private String readyToDecide(Setting setting) {
            String id = unique("case");
            assertThat(recorder().post("/api/business-cases", performanceBody(id, setting.partnershipId)).status())
                    .isEqualTo(201);
            assertThat(post(id, "consultation/opening", "{}").status()).isEqualTo(200);
            assertThat(post(id, "consultation/closing", "{}").status()).isEqualTo(200);
            Response considered = post(id, "considerations", personnelCommittee("2012-06-20"));
            assertThat(considered.status()).as(considered.toString()).isEqualTo(200);
            return id;
        }

        /**
         * The CDC-SNC partnership, with a full council of CDC and a CDC executive holding the power to approve
         * business cases from 1 January 2012 (illustrative date), all recorded over HTTP.
         */
        private Setting cdcSnc() {
            String partnershipId = unique("cdc-snc");
            Partnerships.form(recorder(), partnershipId, "Cherwell and South Northamptonshire joint working",
                    "Shared management team (the resolutions are not stated in this paper).", Partnerships.CDC,
                    Partnerships.SNC);
            String council = unique("cdc-council");
            String executive = unique("cdc-executive");
            Resolution notStated = Resolution.notStated("As the record shows.");
            Bodies.constitute(recorder(), council, "Council", "FULL_COUNCIL", null, notStated, "CDC");
            Bodies.constitute(recorder(), executive, "Executive", "EXECUTIVE", null, notStated, "CDC");
            Bodies.grant(recorder(), executive, "APPROVE_BUSINESS_CASES", "2012-01-01", notStated);
            return new Setting(partnershipId, council, executive);
        }

        private Response post(String id, String task, String json) {
            return recorder().post("/api/business-cases/" + id + "/" + task, json);
        }

        private JsonNode read(String id, Response after) {
            Response view = reader().get("/api/business-cases/" + id + "?" + awaiting(after));
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.header("ETag")).isEqualTo(after.header("ETag"));
            return view.json();
        }

        private static void assertAccepted(Response response, long version) {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.header("ETag")).isEqualTo("\"" + version + "\"");
        }

        private static void assertRefused(Response refused, String rule) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("rule").asText()).isEqualTo(rule);
        }
    }

    /** A partnership and the bodies recorded for it. */
    record Setting(String partnershipId, String cdcCouncil, String cdcExecutive) {
    }

    static String performanceBody(String id, String partnershipId) {
        return """
                {"businessCaseId":"%s","partnershipId":"%s","title":"%s",
                 "service":"Performance, information management and consultation",
                 "summary":"Bring the two separate teams that report into the shared Performance Manager into one team.",
                 "savings":[{"pence":2500000}]}""".formatted(id, partnershipId, PERFORMANCE_TITLE);
    }

    static String caseBody(String id, String partnershipId, String savings) {
        return """
                {"businessCaseId":"%s","partnershipId":"%s","title":"Illustrative shared service %s",
                 "service":"Illustrative service","savings":[%s]}""".formatted(id, partnershipId, id, savings);
    }

    static String councilAdoption(String councilId) {
        return """
                {"resolution":{"bodyId":"%s","bodyName":"Council","decidedOn":"2012-05-16",
                  "wording":"Adopt the principle of establishing a shared Performance Management team and JMT support team with South Northamptonshire Council as part of the Council's policy framework."}}"""
                .formatted(councilId);
    }

    static String personnelCommittee(String on) {
        return """
                {"role":"HEARING","bodyKind":"PERSONNEL_COMMITTEE",
                 "resolution":{"bodyId":"cdc-personnel-committee","bodyName":"Personnel Committee","decidedOn":"%s",
                               "wording":"That the staffing implications of the business case be agreed."}}"""
                .formatted(on);
    }

    static String executiveDecision(String executiveId, String outcome, String on) {
        return """
                {"outcome":"%s","resolution":{"bodyId":"%s","bodyName":"Executive","decidedOn":"%s",
                 "wording":"That the final business case for a joint performance service be decided."}}"""
                .formatted(outcome, executiveId, on);
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
