package org.partnershiprecord.api.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.api.examples.DatasetTestBase.DATASETS;
import static org.partnershiprecord.api.examples.DatasetTestBase.DATASET_2012;
import static org.partnershiprecord.api.examples.DatasetTestBase.DATASET_2019;
import static org.partnershiprecord.api.examples.DatasetTestBase.DATASET_2022;
import static org.partnershiprecord.api.examples.DatasetTestBase.EXAMPLES;
import static org.partnershiprecord.api.examples.DatasetTestBase.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three council papers as replayable datasets ({@code examples/*.jsonl}): each is in the importer's form, imports
 * in name order with no line refused, and imports a second time without recording anything.
 */
class ExampleDatasetsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theExamplesFolderHoldsExactlyTheThreePapersInTheImportersForm() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".jsonl"))
                    .sorted()).containsExactlyElementsOf(DATASETS);
        }
        for (String file : DATASETS) {
            List<String> commands = commands(file);
            assertThat(commands).as(file).isNotEmpty();
            assertThat(new HashSet<>(commands)).as("%s: no command line repeated within the file", file)
                    .hasSameSizeAs(commands);
            for (String command : commands) {
                JsonNode line = JSON.readTree(command);
                assertThat(line.propertyNames()).as(command).containsExactlyInAnyOrder("path", "body");
                assertThat(line.get("path").asString()).as(command).startsWith("/api/")
                        .doesNotStartWith("/api/imports");
                assertThat(line.get("body").isObject()).as(command).isTrue();
            }
        }
    }

    @Test
    void whatTwoPapersShareIsTheSameLineInBothFiles() {
        Set<String> shared2019And2022 = new HashSet<>(commands(DATASET_2019));
        shared2019And2022.retainAll(commands(DATASET_2022));
        assertThat(shared2019And2022.stream().map(ExampleDatasetsTest::subject)).containsExactlyInAnyOrder(
                "/api/partnerships occ-cdc", "/api/partnerships/occ-cdc/commencement", "/api/agreements occ-cdc-s113",
                "/api/bodies jsspc");
        Set<String> shared2012And2019 = new HashSet<>(commands(DATASET_2012));
        shared2012And2019.retainAll(commands(DATASET_2019));
        assertThat(shared2012And2019.stream().map(ExampleDatasetsTest::subject))
                .containsExactlyInAnyOrder("/api/bodies cdc-council", "/api/bodies cdc-executive");
    }

    /** A command's path, and for a creation the id it creates. */
    private static String subject(String command) {
        JsonNode line = JSON.readTree(command);
        String path = line.get("path").asString();
        return line.get("body").propertyStream().filter(p -> p.getKey().endsWith("Id")).findFirst()
                .filter(p -> path.chars().filter(ch -> ch == '/').count() == 2)
                .map(p -> path + " " + p.getValue().asString()).orElse(path);
    }

    abstract static class Scenarios extends DatasetTestBase {

        @Test
        void everyDatasetImportsInNameOrderWithEveryLineRecordedOrAlreadyImported() {
            for (String file : DATASETS) {
                Imported imported = imported(file);
                assertThat(imported.summary().get("lines").asInt()).isEqualTo(commands(file).size());
                JsonNode summary = imported.summary();
                assertThat(summary.get("recorded").asInt() + summary.get("alreadyImported").asInt())
                        .isEqualTo(commands(file).size());
            }
        }

        @Test
        void importingADatasetAgainRecordsNothingNew() {
            DATASETS.forEach(this::imported);
            long before = eventCount();
            for (String file : DATASETS) {
                Imported again = imported(file);
                assertThat(again.outcomes()).as(file).containsOnly("ALREADY_IMPORTED");
                assertThat(again.summary().get("recorded").asInt()).isZero();
                assertThat(again.summary().get("alreadyImported").asInt()).isEqualTo(commands(file).size());
                assertThat(again.summary().get("lastPosition").isNull()).isTrue();
            }
            assertThat(eventCount()).isEqualTo(before);
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
