package org.partnershiprecord.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;

/** The event feed: global order, resumable from any position, also as server-sent events. */
class EventFeedApiTest {

    static String form(String id) {
        return """
                {"partnershipId":"%s","name":"Feed test","formedOn":"2018-10-01",
                 "authorities":[{"code":"OCC","name":"Oxfordshire County Council","tier":"COUNTY"},
                                {"code":"CDC","name":"Cherwell District Council","tier":"DISTRICT"}],
                 "resolution":{"wording":"Formed"}}""".formatted(id);
    }

    static String principle(int number) {
        return "{\"number\":" + number + ",\"text\":\"Principle " + number + "\",\"resolution\":{\"wording\":\"Adopted\"}}";
    }

    abstract static class Scenarios extends ApiTestBase {

        /** Records a partnership and four principles: five events; returns their positions. */
        List<Long> recordFive(String id) {
            List<Long> positions = new ArrayList<>();
            positions.add(recorder().post("/api/partnerships", form(id)).json().get("position").asLong());
            for (int n = 1; n <= 4; n++) {
                Response adopted = recorder().post("/api/partnerships/" + id + "/principles", principle(n));
                assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
                positions.add(adopted.json().get("position").asLong());
            }
            return positions;
        }

        @Test
        void theFeedResumedFromAMiddlePositionGivesExactlyTheRemainingEvents() {
            String id = unique("feed");
            List<Long> positions = recordFive(id);
            long middle = positions.get(1);

            List<JsonNode> remaining = new ArrayList<>();
            long after = middle;
            while (true) {
                Response page = as("integration").get("/api/events?after=" + after + "&limit=2");
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                JsonNode events = page.json().get("events");
                if (events.isEmpty()) {
                    break;
                }
                events.forEach(remaining::add);
                after = page.json().get("last").asLong();
            }
            List<JsonNode> mine = remaining.stream()
                    .filter(e -> e.get("aggregateId").asText().equals(id)).toList();
            assertThat(mine).extracting(e -> e.get("position").asLong()).containsExactlyElementsOf(positions.subList(2, 5));
            assertThat(remaining).extracting(e -> e.get("position").asLong()).isSorted().doesNotHaveDuplicates();
            assertThat(remaining.get(0).get("position").asLong()).isGreaterThan(middle);

            JsonNode adopted = mine.get(0);
            assertThat(adopted.get("type").asText()).isEqualTo("PrincipleAdopted");
            assertThat(adopted.get("payload").get("partnershipId").asText()).isEqualTo(id);
            assertThat(adopted.get("payload").get("number").asInt()).isEqualTo(2);
            assertThat(adopted.get("metadata").get("recordedBy").asText()).isEqualTo("recorder");
            assertThat(adopted.get("revision").asText()).isEqualTo("1");
        }

        @Test
        void theFeedIsForSystemsAndTheMonitoringOfficerNotForReaders() {
            assertThat(reader().get("/api/events").status()).isEqualTo(403);
            assertThat(as("monitor").get("/api/events").status()).isEqualTo(200);
            assertThat(anonymous().get("/api/events").status()).isEqualTo(401);
        }

        @Test
        void aBadPositionIs400() {
            Response negative = as("integration").get("/api/events?after=-5");
            assertThat(negative.status()).isEqualTo(400);
            assertThat(negative.contentType()).startsWith("application/problem+json");
            assertThat(as("integration").get("/api/events?limit=100000").status()).isEqualTo(400);
            assertThat(as("integration").get("/api/events?after=abc").status()).isEqualTo(400);
            assertThat(as("integration").header("Last-Event-ID", "yesterday").get("/api/events/stream").status())
                    .isEqualTo(400);
        }

        @Test
        void theStreamSendsTheSameEventsWithTheirPositionsAsIds() throws Exception {
            String id = unique("stream");
            List<Long> positions = recordFive(id);
            long from = positions.get(0);

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<InputStream> response = client.send(as("integration").request("/api/events/stream?after=" + from)
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            List<Long> ids = new ArrayList<>();
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while (ids.size() < 4 && (line = lines.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            ids.add(Long.parseLong(line.substring(3).strip()));
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            reading.get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
            assertThat(ids.get(0)).isGreaterThan(from);
            assertThat(ids).isSorted();
            assertThat(ids).containsAll(positions.subList(1, 5).stream().filter(p -> p <= ids.get(ids.size() - 1)).toList());
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
