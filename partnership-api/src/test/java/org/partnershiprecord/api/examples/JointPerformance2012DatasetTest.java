package org.partnershiprecord.api.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;

/**
 * {@code examples/2012-cdc-snc-joint-performance.jsonl} imported and read back against the paper
 * ({@code seeds/cdc-council-2012-05-joint-performance.txt}): two business cases of the Cherwell and South
 * Northamptonshire partnership, endorsed by the Joint Management Team and then the Steering Group, one through staff
 * consultation and one still in it, both adopted in principle into Cherwell's policy framework on 16 May 2012.
 */
class JointPerformance2012DatasetTest {

    static final String PERFORMANCE = "cdc-snc-joint-performance";
    static final String JMT_SUPPORT = "cdc-snc-joint-jmt-support";
    static final String CDC_COUNCIL = "Cherwell District Council (full Council)";
    static final String ADOPTED = "Adopt the principle of establishing a shared Performance Management team and JMT"
            + " support team with South Northamptonshire Council as part of the Council's policy framework.";

    abstract static class Scenarios extends DatasetTestBase {

        @BeforeEach
        void importTheDataset() {
            imported(DATASET_2012);
        }

        @Test
        void thePerformanceCaseHasCompletedConsultationAndSavesAboutTwentyFiveThousandPoundsForNoStatedCouncilOrYear() {
            JsonNode performance = read("/api/business-cases/" + PERFORMANCE);
            assertThat(text(performance, "partnershipId")).isEqualTo("cdc-snc");
            assertThat(texts(performance.get("authorities"))).containsExactlyInAnyOrder("CDC", "SNC");
            assertThat(text(performance, "title")).isEqualTo("A Joint Performance Service");
            assertThat(text(performance, "stage")).isEqualTo("CONSULTATION_CLOSED");
            assertThat(text(performance, "submittedOn")).as("not stated").isNull();
            assertThat(performance.get("savings")).hasSize(1);
            JsonNode saving = performance.get("savings").get(0);
            assertThat(text(saving, "authority")).as("not stated").isNull();
            assertThat(text(saving, "financialYear")).as("not stated").isNull();
            assertThat(saving.get("pence").asLong()).isEqualTo(2_500_000L);
            assertThat(saving.get("pounds").decimalValue()).isEqualByComparingTo("25000.00");
            assertThat(text(performance, "summary")).contains("approximately £25,000");
            JsonNode consultation = performance.get("staffConsultation");
            assertThat(consultation.get("closed").asBoolean()).isTrue();
            assertThat(text(consultation, "openedOn")).as("not stated").isNull();
            assertThat(text(consultation, "closedOn")).as("not stated").isNull();
            assertEndorsedAndAdopted(performance);
        }

        @Test
        void theJmtSupportCaseIsStillInConsultationAndStatesNoSaving() {
            JsonNode support = read("/api/business-cases/" + JMT_SUPPORT);
            assertThat(text(support, "title")).isEqualTo("A Joint JMT (Joint Management Team) Support Service");
            assertThat(text(support, "stage")).isEqualTo("UNDER_CONSULTATION");
            assertThat(support.get("savings")).isEmpty();
            assertThat(text(support, "summary")).contains("met within existing budgets");
            assertThat(support.get("staffConsultation").get("closed").asBoolean()).isFalse();
            assertEndorsedAndAdopted(support);
        }

        private static void assertEndorsedAndAdopted(JsonNode businessCase) {
            JsonNode endorsements = businessCase.get("endorsements");
            assertThat(endorsements).hasSize(2);
            // First the Joint Management Team (undated), then the Steering Group on 7 March 2012 (para 1.8).
            assertResolvedBy(endorsements.get(0), "cdc-jmt", "Joint Management Team", null, null);
            assertResolvedBy(endorsements.get(1), "jasg", "Joint Arrangements Steering Group", "2012-03-07", null);
            assertThat(businessCase.get("policyFrameworkAdoptions")).hasSize(1);
            JsonNode adoption = businessCase.get("policyFrameworkAdoptions").get(0);
            assertThat(text(adoption, "authority")).isEqualTo("CDC");
            assertResolvedBy(adoption.get("adoptedBy"), "cdc-council", CDC_COUNCIL, "2012-05-16", "(1)");
            assertThat(text(adoption.get("adoptedBy"), "wording")).isEqualTo(ADOPTED);
            assertThat(businessCase.get("decision").isNull()).as("the Executive has not decided").isTrue();
            assertThat(businessCase.get("considerations")).isEmpty();
            assertThat(texts(businessCase.get("route"), "step")).startsWith("SUBMITTED", "ENDORSED", "ENDORSED",
                    "STAFF_CONSULTATION_OPENED");
        }

        @Test
        void bothCasesAppearAmongThePartnershipsSavingsAndBodies() {
            List<JsonNode> cases = read("/api/business-cases?partnershipId=cdc-snc").valueStream().toList();
            assertThat(cases).extracting(c -> text(c, "businessCaseId"))
                    .containsExactlyInAnyOrder(PERFORMANCE, JMT_SUPPORT);
            List<JsonNode> savings = read("/api/business-cases/savings?partnershipId=cdc-snc").valueStream().toList();
            assertThat(savings).hasSize(1);
            assertThat(text(savings.get(0), "authority")).isNull();
            assertThat(savings.get(0).get("pence").asLong()).isEqualTo(2_500_000L);

            assertThat(text(read("/api/bodies/cdc-jmt"), "kind")).isEqualTo("OFFICER_TEAM");
            assertThat(text(read("/api/bodies/jasg"), "kind")).isEqualTo("STEERING_GROUP");
            assertThat(text(read("/api/bodies/cdc-personnel-committee"), "kind")).isEqualTo("PERSONNEL_COMMITTEE");
            assertThat(text(read("/api/agreements/cdc-snc-s113"), "type")).isEqualTo("SECTION_113");
            assertThat(text(read("/api/partnerships/cdc-snc"), "status")).isEqualTo("ACTIVE");
        }

        @Test
        void theCouncilsAdoptionIsOneEntryOfTheRegisterWithBothCasesAsItsEffects() {
            JsonNode meeting = read("/api/meetings/cdc-council-2012-05-16");
            assertThat(text(meeting, "bodyId")).isEqualTo("cdc-council");
            assertThat(text(meeting, "date")).isEqualTo("2012-05-16");
            assertThat(texts(meeting.get("resolutions"), "minuteReference")).containsExactly("(1)");
            assertThat(text(meeting.get("resolutions").get(0), "action")).isEqualTo("ADOPT");

            List<JsonNode> register = read("/api/decision-register?bodyId=cdc-council&from=2012-05-16&to=2012-05-16")
                    .valueStream().toList();
            assertThat(register).hasSize(1);
            JsonNode entry = register.get(0);
            assertThat(text(entry, "bodyName")).isEqualTo(CDC_COUNCIL);
            assertThat(text(entry, "decidedOn")).isEqualTo("2012-05-16");
            assertThat(text(entry, "minuteReference")).isEqualTo("(1)");
            assertThat(text(entry, "wording")).isEqualTo(ADOPTED);
            assertThat(texts(entry.get("effects"), "eventType")).containsExactly("ResolutionRecorded",
                    "BusinessCaseAdoptedIntoPolicyFramework", "BusinessCaseAdoptedIntoPolicyFramework");
            assertThat(texts(entry.get("effects"), "aggregateId"))
                    .containsExactly("cdc-council-2012-05-16", PERFORMANCE, JMT_SUPPORT);

            List<JsonNode> steeringGroup = read("/api/decision-register?bodyId=jasg").valueStream().toList();
            assertThat(steeringGroup).hasSize(1);
            assertThat(text(steeringGroup.get(0), "decidedOn")).isEqualTo("2012-03-07");
            assertThat(texts(steeringGroup.get(0).get("effects"), "eventType"))
                    .containsExactly("BusinessCaseEndorsed", "BusinessCaseEndorsed");
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
