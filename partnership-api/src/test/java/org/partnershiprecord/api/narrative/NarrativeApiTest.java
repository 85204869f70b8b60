package org.partnershiprecord.api.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;

/**
 * The record in words over HTTP on H2 and PostgreSQL: a partnership, a joint committee, a meeting with a resolution
 * and its correction, and a programme's endorsed direction of travel read back as sentences, with links, filters,
 * pages, CSV, the history of one entity, and an exempt resolution withheld from a reader but not from the monitor.
 */
class NarrativeApiTest {

    private static final String COMMITTEE = "Joint Shared Services and Personnel Committee";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    abstract static class Scenarios extends ApiTestBase {

        /** What one scenario recorded, and the position the views must reach. */
        record Recorded(String partnership, String body, String meeting, String programme, String marker,
                        String await) {
        }

        @Test
        void theEndorsementOfADirectionOfTravelReadsAsTheMinutesDoWithLinksToTheEntityAndTheEvent() {
            Recorded recorded = record();
            Response history = reader().get("/api/history/" + recorded.programme() + "?" + recorded.await());
            assertThat(history.status()).as(history.toString()).isEqualTo(200);
            assertThat(history.json().get("aggregateType").asString()).isEqualTo("Programme");
            assertThat(history.json().get("entity").asString()).isEqualTo("/api/programmes/" + recorded.programme());
            JsonNode entries = history.json().get("entries");
            assertThat(texts(entries, "eventType")).containsExactly("ProgrammeLaunched", "ProgrammePhaseScheduled",
                    "ServiceAreaAdded", "ServiceAreaAdded", "ServiceAreaAdded", "DirectionRecommended",
                    "DirectionRecommended", "DirectionRecommended", "DirectionOfTravelEndorsed");

            JsonNode endorsed = entries.get(8);
            assertThat(endorsed.get("sentence").asString()).isEqualTo("15 March 2022 — the " + COMMITTEE
                    + ", minute (2), endorsed the direction of travel for phase 1: Emergency Planning — ongoing"
                    + " partnership; Environmental Health — ongoing partnership; Climate Team — ongoing partnership,"
                    + " further work required." + recordedBy("recorder", endorsed, "recorder"));
            assertThat(endorsed.get("date").asString()).isEqualTo("2022-03-15");
            assertThat(endorsed.get("summary").asString()).isEqualTo("Direction of travel endorsed");
            assertThat(endorsed.get("aggregateId").asString()).isEqualTo(recorded.programme());
            assertThat(endorsed.get("partnershipId").asString()).isEqualTo(recorded.partnership());
            assertThat(endorsed.get("bodyName").asString()).isEqualTo(COMMITTEE);
            assertThat(endorsed.get("exemptParagraphs").isNull()).isTrue();
            assertThat(endorsed.get("entity").asString()).isEqualTo("/api/programmes/" + recorded.programme());

            long position = endorsed.get("position").asLong();
            assertThat(endorsed.get("event").asString()).isEqualTo("/api/events?after=" + (position - 1) + "&limit=1");
            // The raw feed is for integrating systems and the monitoring officer; readers have the sentence.
            Response feed = as("integration").get(endorsed.get("event").asString());
            assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
            JsonNode raw = feed.json().get("events");
            assertThat(raw).hasSize(1);
            assertThat(raw.get(0).get("position").asLong()).isEqualTo(position);
            assertThat(raw.get(0).get("type").asString()).isEqualTo("DirectionOfTravelEndorsed");

            assertThat(entries.get(1).get("sentence").asString()).startsWith("Phase 1, 'Phase one', of programme "
                    + recorded.programme() + " was scheduled for consideration by the Joint Officer Transition Working"
                    + " Group on 4 April 2022. Recorded by recorder on ");
            assertThat(entries.get(1).get("date").isNull()).as("scheduling carries no date of its own").isTrue();
            assertThat(entries.get(5).get("sentence").asString()).startsWith("1 March 2022 — CDC and OCC leadership"
                    + " teams recommended for Emergency Planning in programme " + recorded.programme()
                    + ": an ongoing partnership opportunity.");
        }

        @Test
        void theRecordOfAPartnershipTellsItsDecisionsInOrderWithTheCorrectionsOriginalAndCorrectedValues() {
            Recorded recorded = record();
            Response answer = reader().get("/api/record?partnershipId=" + recorded.partnership() + "&" + recorded.await());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.contentType()).startsWith("application/json");
            JsonNode entries = answer.json().get("entries");
            assertThat(answer.json().get("nextAfter").isNull()).isTrue();
            List<Long> positions = longs(entries, "position");
            assertThat(positions).isSorted().doesNotHaveDuplicates();
            assertThat(texts(entries, "eventType")).startsWith("PartnershipFormed", "BodyConstituted", "PowerGranted",
                    "MeetingHeld").contains("ResolutionRecorded", "EntryCorrected", "DirectionOfTravelEndorsed");

            JsonNode formed = entries.get(0);
            assertThat(formed.get("sentence").asString()).isEqualTo("23 October 2018 — the Partnership Working Group,"
                    + " minute 5, formed the partnership 'Narrative test' of Oxfordshire County Council (OCC) and"
                    + " Cherwell District Council (CDC), from 1 October 2018." + recordedBy("recorder", formed, "recorder"));
            assertThat(formed.get("entity").asString()).isEqualTo("/api/partnerships/" + recorded.partnership());

            JsonNode constituted = find(entries, "eventType", "BodyConstituted");
            assertThat(constituted.get("sentence").asString()).startsWith("On a date not stated — a body not stated"
                    + " constituted the " + COMMITTEE + " (body " + recorded.body() + "), a joint committee of OCC and CDC"
                    + " for partnership " + recorded.partnership() + ".");
            assertThat(constituted.get("entity").asString()).isEqualTo("/api/bodies/" + recorded.body());

            JsonNode resolution = find(entries, "minuteReference", "(4)");
            assertThat(resolution.get("sentence").asString()).startsWith("15 March 2022 — the " + COMMITTEE
                    + ", minute (4) on item 4, resolved to note: 'That the \"JOTWG\" update on phase two be noted.'.");
            assertThat(resolution.get("entity").asString()).isEqualTo("/api/meetings/" + recorded.meeting());

            JsonNode correction = find(entries, "eventType", "EntryCorrected");
            assertThat(correction.get("sentence").asString()).isEqualTo("The wording of minute (4) of meeting "
                    + recorded.meeting() + " was corrected from 'That the \"JOTWG\" update on phase two be noted.' to"
                    + " 'That the \"JOTWG\" update on phase three be noted.' because the minute said phase two but meant"
                    + " phase three." + recordedBy("recorder", correction, "recorder"));
            assertThat(correction.get("date").isNull()).isTrue();
        }

        @Test
        void theRecordFiltersByAggregateBodyAndDateAndPages() {
            Recorded recorded = record();
            String await = recorded.await();

            JsonNode meeting = reader().get("/api/record?aggregateId=" + recorded.meeting() + "&" + await).json()
                    .get("entries");
            assertThat(texts(meeting, "aggregateId")).containsOnly(recorded.meeting());
            assertThat(texts(meeting, "eventType")).containsExactly("MeetingHeld", "AgendaItemAdded",
                    "ResolutionRecorded", "EntryCorrected", "AgendaItemAdded", "ResolutionRecorded",
                    "DocumentReferenced");

            JsonNode byBody = reader().get("/api/record?bodyId=" + recorded.body() + "&" + await).json().get("entries");
            assertThat(texts(byBody, "eventType")).contains("BodyConstituted", "PowerGranted", "MeetingHeld",
                    "DirectionOfTravelEndorsed").doesNotContain("PartnershipFormed", "ProgrammeLaunched");

            JsonNode onTheDay = reader().get("/api/record?partnershipId=" + recorded.partnership()
                    + "&from=2022-03-15&to=2022-03-15&" + await).json().get("entries");
            assertThat(texts(onTheDay, "date")).containsOnly("2022-03-15");
            assertThat(texts(onTheDay, "eventType")).contains("MeetingHeld", "ResolutionRecorded",
                    "DirectionOfTravelEndorsed").doesNotContain("EntryCorrected", "PartnershipFormed");
            JsonNode fromMarch = reader().get("/api/record?partnershipId=" + recorded.partnership()
                    + "&from=2022-03-01&" + await).json().get("entries");
            assertThat(texts(fromMarch, "eventType")).contains("DirectionRecommended", "DirectionOfTravelEndorsed")
                    .doesNotContain("PartnershipFormed", "ProgrammeLaunched");

            JsonNode all = reader().get("/api/record?partnershipId=" + recorded.partnership() + "&" + await).json()
                    .get("entries");
            List<Long> seen = new ArrayList<>();
            long after = 0;
            for (int page = 0; page < 50; page++) {
                JsonNode answer = reader().get("/api/record?partnershipId=" + recorded.partnership() + "&limit=4&after="
                        + after).json();
                assertThat(answer.get("entries").size()).isLessThanOrEqualTo(4);
                answer.get("entries").forEach(entry -> seen.add(entry.get("position").asLong()));
                if (answer.get("nextAfter").isNull()) {
                    break;
                }
                after = answer.get("nextAfter").asLong();
            }
            assertThat(seen).isEqualTo(longs(all, "position")).hasSizeGreaterThan(8);

            List<Long> datedPages = new ArrayList<>();
            after = 0;
            for (int page = 0; page < 50; page++) {
                JsonNode answer = reader().get("/api/record?partnershipId=" + recorded.partnership()
                        + "&from=2022-03-01&limit=2&after=" + after).json();
                answer.get("entries").forEach(entry -> datedPages.add(entry.get("position").asLong()));
                if (answer.get("nextAfter").isNull()) {
                    break;
                }
                after = answer.get("nextAfter").asLong();
            }
            assertThat(datedPages).isEqualTo(longs(fromMarch, "position"));

            Response backwards = reader().get("/api/record?from=2022-03-16&to=2022-03-15");
            assertThat(backwards.status()).isEqualTo(400);
            assertThat(backwards.json().get("code").asString()).isEqualTo("INVALID_RANGE");
            assertThat(reader().get("/api/record?limit=0").status()).isEqualTo(400);
        }

        @Test
        void theRecordIsAlsoCsvQuotedAsRfc4180Says() {
            Recorded recorded = record();
            Response csv = reader().get("/api/record.csv?aggregateId=" + recorded.meeting() + "&" + recorded.await());
            assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            String[] lines = csv.body().split("\r\n");
            assertThat(lines[0]).isEqualTo("position,date,sentence,summary,event_type,aggregate_type,aggregate_id,"
                    + "partnership_id,body_id,body_name,minute_reference,item_number,document_reference,recorded_by,"
                    + "recorded_at,client_id,exempt_paragraphs,entity,event");
            assertThat(lines).hasSize(8);
            String resolution = lines[3];
            assertThat(resolution).contains(",2022-03-15,\"15 March 2022 — the " + COMMITTEE + ", minute (4) on item 4,"
                    + " resolved to note: 'That the \"\"JOTWG\"\" update on phase two be noted.'.");
            assertThat(resolution).contains(",ResolutionRecorded,Meeting," + recorded.meeting() + ",")
                    .endsWith(",/api/meetings/" + recorded.meeting() + ",/api/events?after="
                            + (Long.parseLong(resolution.substring(0, resolution.indexOf(','))) - 1) + "&limit=1");

            Response negotiated = reader().header("Accept", "text/csv").get("/api/record?aggregateId="
                    + recorded.meeting());
            assertThat(negotiated.status()).isEqualTo(200);
            assertThat(negotiated.contentType()).startsWith("text/csv");
            assertThat(negotiated.body()).isEqualTo(csv.body());

            Response page = reader().get("/api/record.csv?aggregateId=" + recorded.meeting() + "&limit=2");
            assertThat(page.body().split("\r\n")).hasSize(3);
            assertThat(page.header("X-Next-After")).isEqualTo(lines[2].substring(0, lines[2].indexOf(',')));
        }

        @Test
        void anExemptResolutionsSentenceIsWithheldFromAReaderButNotFromTheMonitoringOfficer() {
            Recorded recorded = record();
            String path = "/api/record?aggregateId=" + recorded.meeting() + "&" + recorded.await();
            for (String reader : List.of("reader", "recorder", "integration")) {
                Response answer = as(reader).get(path);
                assertThat(answer.body()).as(reader).doesNotContain(recorded.marker());
                JsonNode exempt = find(answer.json().get("entries"), "minuteReference", "9(1)");
                assertThat(exempt.get("sentence").asString()).startsWith("[withheld");
                assertThat(exempt.get("exemptParagraphs").asString()).isEqualTo("1,2");
                assertThat(exempt.get("date").asString()).isEqualTo("2022-03-15");
                assertThat(exempt.get("bodyName").asString()).isEqualTo(COMMITTEE);
                assertThat(exempt.get("itemNumber").asString()).isEqualTo("9");
                assertThat(exempt.get("eventType").asString()).isEqualTo("ResolutionRecorded");
                JsonNode document = find(answer.json().get("entries"), "documentReference", "appendix-2");
                assertThat(document.get("sentence").asString()).startsWith("[withheld");
                assertThat(document.get("exemptParagraphs").asString()).isEqualTo("3");
                assertThat(exempt.get("recordedBy").asString()).isEqualTo("recorder");
                assertThat(find(answer.json().get("entries"), "minuteReference", "(4)").get("sentence").asString())
                        .as("entries in public are not withheld").startsWith("15 March 2022");
                assertThat(as(reader).get("/api/history/" + recorded.meeting()).body()).doesNotContain(recorded.marker());
                assertThat(as(reader).get("/api/record.csv?aggregateId=" + recorded.meeting()).body())
                        .doesNotContain(recorded.marker()).contains("[withheld");
            }

            Response monitor = as("monitor").get(path);
            JsonNode shown = find(monitor.json().get("entries"), "minuteReference", "9(1)");
            assertThat(shown.get("sentence").asString()).startsWith("15 March 2022 — the " + COMMITTEE
                    + ", minute 9(1) on item 9, resolved to approve: '" + recorded.marker() + "'; exempt under paragraphs"
                    + " 1 and 2 of Schedule 12A, the press and public excluded.");
            assertThat(shown.get("event").asString()).startsWith("/api/events?after=");
            assertThat(find(monitor.json().get("entries"), "itemNumber", "9").get("sentence").asString())
                    .contains(recorded.marker() + " item");
            assertThat(find(monitor.json().get("entries"), "documentReference", "appendix-2").get("sentence").asString())
                    .startsWith("The document '" + recorded.marker() + " paper' (appendix-2) was put before meeting "
                            + recorded.meeting() + "; exempt under paragraph 3 of Schedule 12A.");
            assertThat(as("monitor").get("/api/history/" + recorded.meeting()).body()).contains(recorded.marker());
            assertThat(as("monitor").get("/api/record.csv?aggregateId=" + recorded.meeting()).body())
                    .contains(recorded.marker());

            Response released = recorder().post("/api/meetings/" + recorded.meeting() + "/exemption-releases", """
                    {"itemNumber":"9","releasedOn":"2023-03-15","resolution":{"bodyId":"%s","bodyName":"%s",
                     "decidedOn":"2023-03-15","minuteReference":"(3)","wording":"That the information be published."}}"""
                    .formatted(recorded.body(), COMMITTEE));
            assertThat(released.status()).as(released.toString()).isEqualTo(200);
            JsonNode afterRelease = reader().get("/api/record?aggregateId=" + recorded.meeting() + "&"
                    + awaiting(released)).json().get("entries");
            assertThat(find(afterRelease, "minuteReference", "9(1)").get("sentence").asString())
                    .as("released by a recorded decision, the sentence is public").contains(recorded.marker());
            assertThat(find(afterRelease, "eventType", "ExemptInformationReleased").get("sentence").asString())
                    .startsWith("15 March 2023 — the " + COMMITTEE + ", minute (3), released the exempt information of"
                            + " item 9 of meeting " + recorded.meeting() + ", exempt until then under paragraphs 1 and 2"
                            + " of Schedule 12A, publishing it from 15 March 2023.");
        }

        @Test
        void everyEntryOfTheWholeRecordIsPutIntoWords() {
            Recorded recorded = record();
            long after = 0;
            int read = 0;
            for (int page = 0; page < 1000; page++) {
                JsonNode answer = as("monitor").get("/api/record?limit=1000&after=" + after + "&" + recorded.await())
                        .json();
                for (JsonNode entry : answer.get("entries")) {
                    assertThat(entry.get("sentence").asString()).as(entry.toString())
                            .doesNotContain("cannot be put into words").doesNotContainPattern("\\bnull\\b");
                    read++;
                }
                if (answer.get("nextAfter").isNull()) {
                    break;
                }
                after = answer.get("nextAfter").asLong();
            }
            assertThat(read).isGreaterThan(20);
        }

        @Test
        void eachEntityHasItsHistoryAtItsOwnAddressAndAServiceAreaHasOneOfItsOwn() {
            Recorded recorded = record();
            JsonNode programme = reader().get("/api/programmes/" + recorded.programme() + "/history?"
                    + recorded.await()).json();
            assertThat(programme).isEqualTo(reader().get("/api/history/" + recorded.programme()).json());
            assertThat(reader().get("/api/meetings/" + recorded.meeting() + "/history").json().get("aggregateType")
                    .asString()).isEqualTo("Meeting");
            assertThat(reader().get("/api/partnerships/" + recorded.partnership() + "/history").status())
                    .isEqualTo(200);
            Response wrongKind = reader().get("/api/posts/" + recorded.programme() + "/history");
            assertThat(wrongKind.status()).as("a programme is not a post").isEqualTo(404);
            assertThat(wrongKind.json().get("code").asString()).isEqualTo("NOT_FOUND");

            Response climate = reader().get("/api/programmes/" + recorded.programme()
                    + "/service-areas/climate/history");
            assertThat(climate.status()).as(climate.toString()).isEqualTo(200);
            assertThat(texts(climate.json().get("entries"), "eventType")).containsExactly("ServiceAreaAdded",
                    "DirectionRecommended", "DirectionOfTravelEndorsed");
            assertThat(climate.json().get("entries").get(0).get("sentence").asString()).contains("Climate Team");
            assertThat(reader().get("/api/programmes/" + recorded.programme() + "/service-areas/"
                    + unique("nowhere") + "/history").status()).isEqualTo(404);
        }

        @Test
        void theHistoryOfAnUnrecordedEntityIsNotFound() {
            Response missing = reader().get("/api/history/" + unique("nothing"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asString()).isEqualTo("NOT_FOUND");
        }

        /** A partnership, its joint committee, a meeting (a resolution, its correction, an exempt item) and a programme. */
        private Recorded record() {
            String partnership = unique("narrative");
            String body = unique("jsspc");
            String meeting = unique("jsspc-2022-03-15");
            String programme = unique("separation");
            String marker = unique("EXEMPT-MARKER");
            ok(recorder().post("/api/partnerships", """
                    {"partnershipId":"%s","name":"Narrative test","formedOn":"2018-10-01",
                     "authorities":[{"code":"OCC","name":"Oxfordshire County Council","tier":"COUNTY"},
                                    {"code":"CDC","name":"Cherwell District Council","tier":"DISTRICT"}],
                     "resolution":{"bodyId":"%s","bodyName":"Partnership Working Group","decidedOn":"2018-10-23",
                                   "minuteReference":"5","wording":"That the partnership be formed."}}"""
                    .formatted(partnership, unique("pwg"))));
            ok(recorder().post("/api/bodies", """
                    {"bodyId":"%s","name":"%s","kind":"JOINT_COMMITTEE","authorities":["OCC","CDC"],"partnershipId":"%s"}"""
                    .formatted(body, COMMITTEE, partnership)));
            ok(recorder().post("/api/bodies/" + body + "/powers", """
                    {"power":"ENDORSE_DIRECTION_OF_TRAVEL","grantedFrom":"2018-10-01",
                     "resolution":{"wording":"Power delegated."}}"""));

            ok(recorder().post("/api/meetings", """
                    {"meetingId":"%s","bodyId":"%s","date":"2022-03-15","title":"JOTWG update"}""".formatted(meeting, body)));
            ok(recorder().post("/api/meetings/" + meeting + "/agenda-items", """
                    {"itemNumber":"4","title":"JOTWG update"}"""));
            ok(recorder().post("/api/meetings/" + meeting + "/resolutions", """
                    {"itemNumber":"4","minuteReference":"(4)","action":"NOTE",
                     "wording":"That the \\"JOTWG\\" update on phase two be noted."}"""));
            ok(recorder().post("/api/meetings/" + meeting + "/corrections", """
                    {"minuteReference":"(4)","field":"wording",
                     "correctedValue":"That the \\"JOTWG\\" update on phase three be noted.",
                     "reason":"The minute said phase two but meant phase three."}"""));
            ok(recorder().post("/api/meetings/" + meeting + "/agenda-items", """
                    {"itemNumber":"9","title":"%s item","exemptParagraphs":[1,2]}""".formatted(marker)));
            ok(recorder().post("/api/meetings/" + meeting + "/resolutions", """
                    {"itemNumber":"9","minuteReference":"9(1)","action":"APPROVE","wording":"%s"}""".formatted(marker)));
            ok(recorder().post("/api/meetings/" + meeting + "/documents", """
                    {"documentReference":"appendix-2","title":"%s paper","exemptParagraphs":[3]}""".formatted(marker)));

            ok(recorder().post("/api/programmes", """
                    {"programmeId":"%s","partnershipId":"%s","kind":"SEPARATION","title":"Separation"}"""
                    .formatted(programme, partnership)));
            ok(recorder().post("/api/programmes/" + programme + "/phases", """
                    {"phaseNumber":1,"title":"Phase one","consideredBy":"Joint Officer Transition Working Group",
                     "scheduledConsiderationOn":"2022-04-04"}"""));
            String[][] areas = {{"emergency-planning", "Emergency Planning", "false"},
                    {"environmental-health", "Environmental Health", "false"}, {"climate", "Climate Team", "true"}};
            for (String[] area : areas) {
                ok(recorder().post("/api/programmes/" + programme + "/service-areas", """
                        {"serviceAreaId":"%s","name":"%s","phaseNumber":1,"leads":[{"authority":"CDC"},{"authority":"OCC"}]}"""
                        .formatted(area[0], area[1])));
            }
            for (String[] area : areas) {
                ok(recorder().post("/api/programmes/" + programme + "/service-areas/" + area[0] + "/recommendation", """
                        {"kind":"ONGOING_PARTNERSHIP","furtherWorkRequired":%s,
                         "recommendedBy":"CDC and OCC leadership teams","recommendedOn":"2022-03-01"}""".formatted(area[2])));
            }
            Response endorsed = ok(recorder().post("/api/programmes/" + programme + "/phases/1/direction-of-travel", """
                    {"resolution":{"bodyId":"%s","bodyName":"%s","decidedOn":"2022-03-15","minuteReference":"(2)",
                     "wording":"That the direction of travel for services in phase one be endorsed."}}"""
                    .formatted(body, COMMITTEE)));
            return new Recorded(partnership, body, meeting, programme, marker, awaiting(endorsed));
        }
    }

    /** " Recorded by {who} on {the day the entry was recorded} via {client}." */
    private static String recordedBy(String who, JsonNode entry, String client) {
        Instant at = Instant.parse(entry.get("recordedAt").asString());
        return " Recorded by " + who + " on " + DATE.format(at.atZone(ZoneId.of("Europe/London"))) + " via " + client + ".";
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    private static JsonNode find(JsonNode entries, String field, String value) {
        for (JsonNode entry : entries) {
            if (entry.hasNonNull(field) && entry.get(field).asString().equals(value)) {
                return entry;
            }
        }
        throw new AssertionError("No entry with " + field + " = " + value + " in " + entries);
    }

    private static List<String> texts(JsonNode entries, String field) {
        return entries.valueStream().map(entry -> entry.get(field).isNull() ? null : entry.get(field).asString())
                .toList();
    }

    private static List<Long> longs(JsonNode entries, String field) {
        return entries.valueStream().map(entry -> entry.get(field).asLong()).toList();
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
