package org.partnershiprecord.api.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.partnershiprecord.api.support.ApiClient;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dataset tests share: reading a dataset of {@code examples/} (the repository's own files, so the tests
 * prove the files as shipped), importing it through {@code POST /api/imports} as the recorder, and reading views
 * once they have caught up with everything recorded so far.
 *
 * <p>The datasets use the papers' fixed ids ({@code occ-cdc}, {@code jsspc}, ...), not {@link #unique(String)} ones:
 * the test database is shared, so every test imports the file it reads (the first import records, later ones find
 * every line already imported) and never assumes it was the one that recorded it.
 */
abstract class DatasetTestBase extends ApiTestBase {

    static final String DATASET_2012 = "2012-cdc-snc-joint-performance.jsonl";
    static final String DATASET_2019 = "2019-occ-cdc-senior-joint-roles.jsonl";
    static final String DATASET_2022 = "2022-occ-cdc-separation-update.jsonl";
    /** In name order, the order the demo loader imports them. */
    static final List<String> DATASETS = List.of(DATASET_2012, DATASET_2019, DATASET_2022);

    /** The examples folder at the repository root; tests run in the partnership-api module. */
    static final Path EXAMPLES = Path.of("..", "examples");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The outcome of one import: a line per command, then the summary. */
    record Imported(List<JsonNode> lines, JsonNode summary) {

        List<String> outcomes() {
            return lines.stream().map(line -> line.get("outcome").asString()).toList();
        }
    }

    static String dataset(String file) {
        try {
            return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command lines of a dataset: neither blank nor a comment. */
    static List<String> commands(String file) {
        return dataset(file).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("//"))
                .toList();
    }

    /** Imports one dataset as the recorder, stopping at the first refusal, and reports every line. */
    Imported importing(String file) {
        ApiClient recorder = recorder();
        Response response = new Response(recorder.http().send(recorder.request("/api/imports?onError=stop")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(dataset(file), StandardCharsets.UTF_8))));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        response.body().lines().filter(line -> !line.isBlank()).forEach(line -> lines.add(JSON.readTree(line)));
        JsonNode summary = lines.remove(lines.size() - 1).get("summary");
        assertThat(summary).as("the import's summary").isNotNull();
        return new Imported(lines, summary);
    }

    /** Imports one dataset and asserts that no line was refused: each is recorded now or was already. */
    Imported imported(String file) {
        Imported imported = importing(file);
        assertThat(imported.lines()).as("%s: one answer per command line", file).hasSize(commands(file).size());
        assertThat(imported.lines()).as("%s: every line recorded or already imported", file).allSatisfy(line ->
                assertThat(line.get("outcome").asString()).as("line %s: %s", line.get("line"), line.get("problem"))
                        .isIn("RECORDED", "ALREADY_IMPORTED"));
        assertThat(imported.summary().get("refused").asInt()).isZero();
        assertThat(imported.summary().get("stopped").asBoolean()).isFalse();
        assertThat(imported.summary().get("outcome").asString()).isEqualTo("COMPLETED");
        return imported;
    }

    /** A view read once the views have handled every event recorded so far. */
    JsonNode read(String path) {
        long head = jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry", Long.class);
        Response response = reader().get(path + (path.contains("?") ? "&" : "?") + "awaitPosition=" + head);
        assertThat(response.status()).as("GET %s: %s", path, response).isEqualTo(200);
        return response.json();
    }

    /** A text value, or null where the record says "not stated" (JSON null or absent). */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(node -> node.isNull() ? null : node.asString()).toList();
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> text(node, field)).toList();
    }

    /** The element of an array whose {@code field} is {@code value}. */
    static JsonNode find(JsonNode array, String field, String value) {
        return array.valueStream().filter(node -> value.equals(text(node, field))).findFirst()
                .orElseThrow(() -> new AssertionError("No element with " + field + " = " + value + " in " + array));
    }

    /** Asserts who resolved something: body, date and minute as the record holds them (null: not stated). */
    static void assertResolvedBy(JsonNode resolution, String bodyId, String bodyName, String decidedOn,
                                 String minuteReference) {
        assertThat(resolution).as("resolution").isNotNull();
        assertThat(text(resolution, "bodyId")).as("resolving body").isEqualTo(bodyId);
        assertThat(text(resolution, "bodyName")).as("resolving body's name").isEqualTo(bodyName);
        assertThat(text(resolution, "decidedOn")).as("date resolved").isEqualTo(decidedOn);
        assertThat(text(resolution, "minuteReference")).as("minute reference").isEqualTo(minuteReference);
    }
}
