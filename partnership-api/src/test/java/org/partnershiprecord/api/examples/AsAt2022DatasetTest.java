package org.partnershiprecord.api.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.api.examples.SeparationUpdate2022DatasetTest.MEETING;
import static org.partnershiprecord.api.examples.SeparationUpdate2022DatasetTest.NARRATIVE_PHASE_THREE;
import static org.partnershiprecord.api.examples.SeparationUpdate2022DatasetTest.NARRATIVE_PHASE_TWO;
import static org.partnershiprecord.api.examples.SeparationUpdate2022DatasetTest.PROGRAMME;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;

/**
 * The views as at a past moment, read back against the 2022 paper: as decided before the JSSPC sat on
 * 15 March 2022 the separation programme holds the working group's recommendations and no endorsement,
 * and from that day it holds the endorsements; as known before the correction of "narrative 3" the
 * meeting shows the minute as written ("phase two" twice), and from the correction on it shows the
 * corrected wording with the correction beside it.
 */
class AsAt2022DatasetTest {

    abstract static class Scenarios extends DatasetTestBase {

        @BeforeEach
        void importTheDataset() {
            imported(DATASET_2022);
        }

        @Test
        void asDecidedTheDayBeforeTheSittingPhaseOneHasRecommendationsButNoEndorsement() {
            JsonNode before = asAt("/api/programmes/" + PROGRAMME + "?decidedAsAt=2022-03-14");
            assertThat(areas(before, 1)).as("phase one's service areas are undated facts of the programme").hasSize(4);
            List<JsonNode> phaseOne = recommended(before, 1);
            assertThat(phaseOne).as("all but housing (already decoupled) were recommended").hasSize(3);
            assertThat(phaseOne).allSatisfy(area -> {
                assertThat(area.get("recommendation").isNull()).as("%s: recommended (date not stated)", area).isFalse();
                assertThat(area.get("endorsedDirection").isNull()).as("%s: not yet endorsed", area).isTrue();
            });

            JsonNode sitting = asAt("/api/programmes/" + PROGRAMME + "?decidedAsAt=2022-03-15");
            assertThat(recommended(sitting, 1)).hasSize(3).allSatisfy(area -> {
                assertThat(area.get("endorsedDirection").isNull()).as("%s: endorsed on 15 March", area).isFalse();
                assertThat(text(area.get("endorsedDirection").get("endorsedBy"), "decidedOn")).isEqualTo("2022-03-15");
            });
            assertThat(sitting).as("as decided today's date and the present agree")
                    .isEqualTo(read("/api/programmes/" + PROGRAMME));
        }

        @Test
        void asDecidedBeforeTheSittingTheMeetingAndItsResolutionsAreNotYetThere() {
            Response meeting = reader().get("/api/meetings/" + MEETING + "?decidedAsAt=2022-03-14");
            assertThat(meeting.status()).as(meeting.toString()).isEqualTo(404);

            JsonNode register = asAt("/api/decision-register?bodyId=jsspc&decidedAsAt=2022-03-14");
            assertThat(register.valueStream().filter(entry -> MEETING.equals(text(entry, "aggregateId"))))
                    .as("no JSSPC resolution of 15 March yet").isEmpty();
            JsonNode registerThen = asAt("/api/decision-register?bodyId=jsspc&decidedAsAt=2022-03-15");
            assertThat(registerThen.valueStream().filter(entry -> MEETING.equals(text(entry, "aggregateId"))))
                    .as("the sitting's resolutions").hasSizeGreaterThanOrEqualTo(7);
        }

        @Test
        void asKnownBeforeTheCorrectionNarrativeThreeReadsAsWrittenAndAfterItAsCorrected() {
            Map<String, Object> correction = jdbc.queryForMap("""
                    SELECT global_index, time_stamp FROM domain_event_entry
                     WHERE aggregate_identifier = ? AND payload_type LIKE '%EntryCorrected'
                     ORDER BY global_index FETCH FIRST 1 ROWS ONLY""", MEETING);
            long corrected = ((Number) correction.get("global_index")).longValue();
            Map<String, Object> previous = jdbc.queryForMap("""
                    SELECT global_index, time_stamp FROM domain_event_entry
                     WHERE aggregate_identifier = ? AND global_index < ?
                     ORDER BY global_index DESC FETCH FIRST 1 ROWS ONLY""", MEETING, corrected);

            JsonNode asWritten = asAt("/api/meetings/" + MEETING + "?atPosition=" + (corrected - 1));
            assertThat(text(narrativeThree(asWritten), "wording")).isEqualTo(NARRATIVE_PHASE_TWO);
            assertThat(narrativeThree(asWritten).get("corrections")).isEmpty();

            Response atCorrection = reader().get("/api/meetings/" + MEETING + "?atPosition=" + corrected);
            assertThat(atCorrection.header("X-As-At")).isEqualTo("atPosition=" + corrected);
            assertThat(atCorrection.header("X-As-At-Position")).isEqualTo(Long.toString(corrected));
            JsonNode asCorrected = atCorrection.json();
            assertThat(text(narrativeThree(asCorrected), "wording")).isEqualTo(NARRATIVE_PHASE_THREE);
            assertThat(texts(narrativeThree(asCorrected).get("corrections"), "originalValue"))
                    .containsExactly(NARRATIVE_PHASE_TWO);
            JsonNode correctionShown = narrativeThree(asCorrected).get("corrections").get(0);
            assertThat(correctionShown.get("position").asLong()).as("a link to the correction").isEqualTo(corrected);
            assertThat(correctionShown.get("event").asString())
                    .isEqualTo("/api/events?after=" + (corrected - 1) + "&limit=1");

            Instant writtenAt = Instant.parse((String) previous.get("time_stamp"));
            Instant correctedAt = Instant.parse((String) correction.get("time_stamp"));
            assertThat(writtenAt).as("recorded by separate requests").isBefore(correctedAt);
            assertThat(text(narrativeThree(asAt("/api/meetings/" + MEETING + "?knownAt=" + writtenAt)), "wording"))
                    .isEqualTo(NARRATIVE_PHASE_TWO);
            assertThat(text(narrativeThree(asAt("/api/meetings/" + MEETING + "?knownAt=" + correctedAt)), "wording"))
                    .isEqualTo(NARRATIVE_PHASE_THREE);
            assertThat(asAt("/api/meetings/" + MEETING + "?knownAt=" + correctedAt))
                    .as("known now and the present agree once nothing later concerns the meeting")
                    .isEqualTo(read("/api/meetings/" + MEETING));
        }

        @Test
        void everyViewAsAtTheLastPositionIsTheViewAsItStands() {
            long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
            for (String path : List.of("/api/partnerships", "/api/partnerships/occ-cdc", "/api/bodies",
                    "/api/bodies/jsspc", "/api/agreements", "/api/agreements/occ-cdc-s113", "/api/meetings",
                    "/api/meetings/" + MEETING, "/api/programmes", "/api/programmes/" + PROGRAMME,
                    "/api/programmes/" + PROGRAMME + "/phases/1", "/api/posts", "/api/business-cases",
                    "/api/business-cases/savings", "/api/decision-register", "/api/audit-trail?limit=5")) {
                Response now = reader().get(path + (path.contains("?") ? "&" : "?") + "atPosition=" + head);
                assertThat(now.status()).as("%s: %s", path, now).isEqualTo(200);
                assertThat(now.header("X-As-At")).as(path).isEqualTo("atPosition=" + head);
                assertThat(now.json()).as("%s as at the last position is the view as it stands", path)
                        .isEqualTo(read(path));
                // Before the first event nothing existed; the scratch views are reused, so this also shows
                // that nothing of the answer just built is left behind in them.
                Response nothing = reader().get(path + (path.contains("?") ? "&" : "?") + "atPosition=0");
                assertThat(nothing.status()).as("%s: %s", path, nothing).isIn(200, 404);
                if (nothing.status() == 200) {
                    JsonNode empty = nothing.json();
                    assertThat(empty.isArray() ? empty : empty.get("entries")).as("%s: %s", path, nothing).isEmpty();
                }
            }
        }

        @Test
        void badMomentsAreRefusedWithAStableCode() {
            String programme = "/api/programmes/" + PROGRAMME;
            assertProblem(reader().get(programme + "?atPosition=-1"), 400, "INVALID_POSITION");
            assertProblem(reader().get(programme + "?atPosition=soon"), 400, "INVALID_POSITION");
            assertProblem(reader().get(programme + "?atPosition=" + Long.MAX_VALUE), 400, "POSITION_NOT_RECORDED");
            assertProblem(reader().get(programme + "?knownAt=yesterday"), 400, "INVALID_INSTANT");
            assertProblem(reader().get(programme + "?knownAt=2022-04-01T09:00"), 400, "INVALID_INSTANT");
            assertProblem(reader().get(programme + "?decidedAsAt=2022-02-30"), 400, "INVALID_DATE");
            assertProblem(reader().get(programme + "?decidedAsAt=0999-12-31"), 400, "INVALID_DATE");
            assertProblem(reader().get(programme + "?decidedAsAt=2022-03-14&atPosition=3"), 400, "AS_AT_AMBIGUOUS");
            assertProblem(reader().get(programme + "?atPosition=3&atPosition=4"), 400, "AS_AT_AMBIGUOUS");
            assertProblem(as("integration").get("/api/events?atPosition=3"), 400, "AS_AT_NOT_SUPPORTED");
            assertProblem(as("integration").get("/api/exports/events?knownAt=2022-04-01T09:00Z"), 400,
                    "AS_AT_NOT_SUPPORTED");
            long before = eventCount();
            assertProblem(recorder().post("/api/meetings?atPosition=3", "{}"), 400, "AS_AT_NOT_SUPPORTED");
            assertThat(eventCount()).as("nothing recorded").isEqualTo(before);
        }

        private JsonNode asAt(String path) {
            Response response = reader().get(path);
            assertThat(response.status()).as("GET %s: %s", path, response).isEqualTo(200);
            assertThat(response.header("X-As-At")).as(path).isNotNull();
            return response.json();
        }

        private static List<JsonNode> areas(JsonNode programme, int phase) {
            return programme.get("phases").get(phase - 1).get("serviceAreas").valueStream().toList();
        }

        private static List<JsonNode> recommended(JsonNode programme, int phase) {
            return areas(programme, phase).stream().filter(area -> !area.get("recommendation").isNull()).toList();
        }

        private static JsonNode narrativeThree(JsonNode meeting) {
            return find(meeting.get("resolutions"), "minuteReference", "narrative 3");
        }

        private static void assertProblem(Response response, int status, String code) {
            assertThat(response.status()).as(response.toString()).isEqualTo(status);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asText()).as(response.toString()).isEqualTo(code);
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
