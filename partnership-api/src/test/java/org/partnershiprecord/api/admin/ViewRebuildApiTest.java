package org.partnershiprecord.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiprecord.api.support.TestJson.json;
import static org.partnershiprecord.api.support.TestJson.object;
import static org.partnershiprecord.api.support.TestJson.texts;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.api.support.ApiClient.Response;
import org.partnershiprecord.api.support.ApiClient;
import org.partnershiprecord.api.support.ApiTestBase;
import org.partnershiprecord.api.support.Gaps;
import org.partnershiprecord.api.support.OnH2;
import org.partnershiprecord.api.support.OnPostgres;
import org.partnershiprecord.domain.body.BodyCommand.ConstituteBody;
import org.partnershiprecord.domain.body.BodyCommand.GrantPower;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring officer rebuilds views from the event log over HTTP, on H2 and PostgreSQL: a rebuild of every view
 * gives back every row of every view table; commands and reads go on meanwhile (a rebuilding view is empty, then
 * fills up; answers are marked; read-your-writes waits for the view to pass the position again); its status reports
 * progress; and only views, one rebuild at a time, only for the monitoring officer.
 */
class ViewRebuildApiTest {

    private static final String REBUILDS = "/api/admin/rebuilds";
    private static final String COMMITTEE = "Joint Shared Services and Personnel Committee";
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    abstract static class Scenarios extends ApiTestBase {

        @Autowired
        private CommandGateway commandGateway;

        @Autowired
        private EventProcessingConfiguration processing;

        @Test
        void rebuildingEveryViewFromTheLogGivesBackEveryRowOfEveryViewTable() {
            List<String> partnerships = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                partnerships.add(recordPartnershipWithItsWork(i));
            }
            caughtUpWithTheLog();
            Map<String, List<List<Object>>> before = viewTables();
            assertThat(before).hasSizeGreaterThanOrEqualTo(15);
            assertThat(flatten(before.get(table(before, "view_partnership")))).containsAll(partnerships);
            assertThat(before.get(table(before, "view_programme_service_area"))).isNotEmpty();
            assertThat(before.get(table(before, "view_agreement_termination_date"))).isNotEmpty();
            assertThat(before.get(table(before, "view_business_case_saving"))).isNotEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM view_meeting_resolution WHERE rescission IS NOT NULL",
                    Long.class)).as("rescinded minutes").isPositive();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM view_decision WHERE rescinded_by IS NOT NULL",
                    Long.class)).as("rescinded register entries").isPositive();
            long events = eventCount();

            Response accepted = monitor().post(REBUILDS, "{\"view\":\"all\"}");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            String location = REBUILDS + "/" + accepted.json().get("rebuildId").asText();
            assertThat(accepted.header("Location")).isEqualTo(location);
            assertThat(accepted.json().get("requested").asText()).isEqualTo("all");
            assertThat(accepted.json().get("requestedBy").asText()).isEqualTo("monitor");
            JsonNode done = awaitFinished(accepted.header("Location"));

            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(texts(done.get("views"), "view")).containsExactlyElementsOf(viewNames());
            for (JsonNode view : done.get("views")) {
                assertThat(view.get("state").asText()).isEqualTo("COMPLETED");
                assertThat(view.get("eventsProcessed").asLong()).isEqualTo(view.get("eventsTotal").asLong())
                        .isEqualTo(events);
            }
            Map<String, List<List<Object>>> after = viewTables();
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String table : before.keySet()) {
                assertThat(after.get(table)).as("every row of " + table + " after the rebuild")
                        .hasSameSizeAs(before.get(table)).isEqualTo(before.get(table));
            }
            measured("all", done);
        }

        @Test
        void aViewThatLostRowsIsRepairedByRebuildingIt() {
            String partnership = formPartnership();
            adoptPrinciple(partnership, 1);
            Response last = adoptPrinciple(partnership, 2);
            assertThat(reader().get("/api/partnerships/" + partnership + "?" + awaiting(last)).json().toString())
                    .contains("Retain sovereignty 2");
            // Damage no event explains: the view has lost what the log says.
            jdbc.update("DELETE FROM view_partnership_commitment WHERE partnership_id = ?", partnership);
            assertThat(reader().get("/api/partnerships/" + partnership).json().toString())
                    .doesNotContain("Retain sovereignty");

            JsonNode done = awaitFinished(REBUILDS + "/" + start("view-partnerships"));

            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(reader().get("/api/partnerships/" + partnership).json().toString())
                    .contains("Retain sovereignty 1").contains("Retain sovereignty 2");
        }

        @Test
        void commandsAreAcceptedAndReadsAnsweredWhileAViewIsRebuilt() throws Exception {
            String recorded = formPartnership();
            Response principle = adoptPrinciple(recorded, 1);
            Response read = reader().get("/api/partnerships/" + recorded + "?" + awaiting(principle));
            assertThat(read.status()).isEqualTo(200);
            String during = unique("during");

            String rebuild;
            try (ReplayGate gate = ReplayGate.closedOn(processing, "view-partnerships", 0)) {
                rebuild = start("view-partnerships");
                awaitEmptied(rebuild);

                // The view was emptied and fills up again as it reads the log: here it is held before its first event.
                Response list = reader().get("/api/partnerships");
                assertThat(list.status()).as(list.toString()).isEqualTo(200);
                assertThat(list.header("X-View-Rebuilding")).isEqualTo("true");
                assertThat(list.json()).isEmpty();
                Response gone = reader().get("/api/partnerships/" + recorded);
                assertThat(gone.status()).isEqualTo(404);
                assertThat(gone.header("X-View-Rebuilding")).isEqualTo("true");
                Response otherView = reader().get("/api/programmes");
                assertThat(otherView.status()).isEqualTo(200);
                assertThat(otherView.header("X-View-Rebuilding")).as("any rebuild marks every read").isEqualTo("true");

                // Commands are recorded as usual: the command side does not read views.
                Response formed = recorder().post("/api/partnerships", partnershipBody(during, "OCC", "CDC"));
                assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
                Response adopted = adoptPrinciple(during, 1);
                assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
                assertThat(adopted.header("X-View-Rebuilding")).as("only reads are marked").isNull();

                // Read-your-writes waits until the rebuilding view has passed the command's position again.
                CompletableFuture<Response> yourWrite = CompletableFuture.supplyAsync(
                        () -> reader().get("/api/partnerships/" + during + "?" + awaiting(adopted)));
                Thread.sleep(500);
                assertThat(yourWrite).as("waits while the view is behind the position").isNotDone();
                gate.open();
                Response yours = yourWrite.get(30, TimeUnit.SECONDS);
                assertThat(yours.status()).as(yours.toString()).isEqualTo(200);
                assertThat(yours.json().get("partnershipId").asText()).isEqualTo(during);
                assertThat(yours.json().toString()).contains("Retain sovereignty");
            }
            JsonNode done = awaitFinished(REBUILDS + "/" + rebuild);
            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
            Response back = reader().get("/api/partnerships/" + recorded);
            assertThat(back.status()).isEqualTo(200);
            assertThat(back.header("X-View-Rebuilding")).as("no rebuild running").isNull();
            measured("view-partnerships", done);
        }

        @Test
        void theStatusReportsEventsReadRateAndTimeLeftWhileRunningAndTheTotalWhenDone() {
            atLeastEvents(400);
            long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
            long events = eventCount();
            String rebuild;
            try (ReplayGate gate = ReplayGate.closedOn(processing, "view-audit-trail", 150)) {
                rebuild = start("view-audit-trail");
                JsonNode running = awaitView(rebuild, view -> view.get("eventsProcessed").asLong() > 0);
                assertThat(running.get("state").asText()).isEqualTo("RUNNING");
                assertThat(running.get("finishedAt").isNull()).isTrue();
                JsonNode view = running.get("views").get(0);
                assertThat(view.get("view").asText()).isEqualTo("view-audit-trail");
                assertThat(view.get("state").asText()).isEqualTo("RUNNING");
                assertThat(view.get("head").asLong()).isEqualTo(head);
                assertThat(view.get("eventsTotal").asLong()).isEqualTo(events);
                assertThat(view.get("eventsProcessed").asLong()).isBetween(1L, 150L);
                assertThat(view.get("eventsPerSecond").asDouble()).isPositive();
                assertThat(view.get("estimatedSecondsLeft").asLong()).isPositive();
                assertThat(instant(view, "startedAt")).isBeforeOrEqualTo(instant(view, "tokensResetAt"));
                assertThat(view.get("finishedAt").isNull()).isTrue();
                assertThat(view.get("durationSeconds").isNull()).isTrue();
                assertThat(view.get("outcome").asText()).contains("of " + events + " events");
                assertThat(view.get("error").isNull()).isTrue();

                JsonNode audit = viewStatus("view-audit-trail");
                assertThat(audit.get("rebuilding").asBoolean()).isTrue();
                assertThat(audit.get("rebuildId").asText()).isEqualTo(rebuild);
                assertThat(audit.get("position").asLong()).isLessThan(head);
                assertThat(audit.get("behind").asLong()).isPositive();
                gate.open();
            }
            JsonNode done = awaitFinished(REBUILDS + "/" + rebuild);
            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
            JsonNode view = done.get("views").get(0);
            assertThat(view.get("eventsProcessed").asLong()).isEqualTo(events);
            assertThat(view.get("eventsTotal").asLong()).isEqualTo(events);
            assertThat(view.get("estimatedSecondsLeft").asLong()).isZero();
            assertThat(view.get("eventsPerSecond").asDouble()).isPositive();
            assertThat(view.get("durationSeconds").asDouble()).isPositive();
            assertThat(instant(view, "finishedAt")).isAfter(instant(view, "tokensResetAt"));
            assertThat(instant(done, "finishedAt")).isEqualTo(instant(view, "finishedAt"));
            assertThat(view.get("outcome").asText()).startsWith("Rebuilt from " + events + " events");

            JsonNode recent = monitor().get(REBUILDS).json();
            assertThat(recent.get(0).get("rebuildId").asText()).as("newest first").isEqualTo(rebuild);
            JsonNode audit = viewStatus("view-audit-trail");
            assertThat(audit.get("rebuilding").asBoolean()).isFalse();
            assertThat(audit.get("position").asLong()).isGreaterThanOrEqualTo(head);
            measured("view-audit-trail", done);
        }

        @Test
        void aViewBeingRebuiltIsNotRebuiltAgainUntilItIsDone() {
            launchProgramme(formPartnership());
            caughtUpWithTheLog();
            String rebuild;
            try (ReplayGate gate = ReplayGate.closedOn(processing, "view-programmes", 0)) {
                rebuild = start("view-programmes");

                long before = eventCount();
                Response again = monitor().post(REBUILDS, "{\"view\":\"view-programmes\"}");
                assertThat(again.status()).as(again.toString()).isEqualTo(409);
                assertThat(again.contentType()).startsWith("application/problem+json");
                assertThat(again.json().get("code").asText()).isEqualTo("REBUILD_IN_PROGRESS");
                assertThat(texts(again.json().get("rebuildIds"))).containsExactly(rebuild);
                Response all = monitor().post(REBUILDS, "{\"view\":\"all\"}");
                assertThat(all.status()).as(all.toString()).isEqualTo(409);
                assertThat(texts(all.json().get("views"))).containsExactly("view-programmes");
                assertThat(eventCount()).isEqualTo(before);
                assertThat(monitor().get(REBUILDS + "/" + rebuild).json().get("state").asText()).isEqualTo("RUNNING");
                gate.open();
            }
            assertThat(awaitFinished(REBUILDS + "/" + rebuild).get("state").asText()).isEqualTo("COMPLETED");
            String afterwards = start("view-programmes");
            assertThat(afterwards).isNotEqualTo(rebuild);
            assertThat(awaitFinished(REBUILDS + "/" + afterwards).get("state").asText()).isEqualTo("COMPLETED");
        }

        @Test
        void onlyViewsCanBeRebuiltAndOnlyByTheMonitoringOfficer() {
            Response unknown = monitor().post(REBUILDS, "{\"view\":\"view-nothing\"}");
            assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
            assertThat(unknown.json().get("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(texts(unknown.json().get("views"))).containsExactlyElementsOf(viewNames());
            Response directory = monitor().post(REBUILDS, "{\"view\":\"governance-directory\"}");
            assertThat(directory.status()).as("the command side's directory is no view").isEqualTo(404);
            Response empty = monitor().post(REBUILDS, "{}");
            assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
            assertThat(empty.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
            Response unknownField = monitor().post(REBUILDS, "{\"view\":\"all\",\"force\":true}");
            assertThat(unknownField.status()).isEqualTo(400);
            Response noSuchRebuild = monitor().get(REBUILDS + "/" + unique("nothing"));
            assertThat(noSuchRebuild.status()).isEqualTo(404);
            assertThat(noSuchRebuild.json().get("code").asText()).isEqualTo("NOT_FOUND");

            for (String user : List.of("recorder", "reader", "integration")) {
                assertThat(as(user).post(REBUILDS, "{\"view\":\"all\"}").status()).as(user).isEqualTo(403);
                assertThat(as(user).get(REBUILDS).status()).as(user).isEqualTo(403);
                assertThat(as(user).get("/api/admin/views").status()).as(user).isEqualTo(403);
            }
            assertThat(anonymous().post(REBUILDS, "{\"view\":\"all\"}").status()).isEqualTo(401);
            JsonNode views = monitor().get("/api/admin/views").json();
            assertThat(views.valueStream().noneMatch(view -> view.get("rebuilding").asBoolean()))
                    .as("nothing was started").isTrue();
        }

        @Test
        void everyViewIsListedWithItsPositionAndTheDirectoryIsNot() {
            Response formed = recorder().post("/api/partnerships", partnershipBody(unique("listed"), "OCC", "CDC"));
            long position = formed.json().get("position").asLong();
            assertThat(reader().get("/api/partnerships?" + awaiting(formed)).status()).isEqualTo(200);

            Response views = monitor().get("/api/admin/views");
            assertThat(views.status()).isEqualTo(200);
            assertThat(texts(views.json(), "processorName")).containsExactlyElementsOf(viewNames())
                    .contains("view-partnerships", "view-programmes", "view-audit-trail")
                    .doesNotContain("governance-directory");
            for (JsonNode view : views.json()) {
                assertThat(view.get("running").asBoolean()).as(view.toString()).isTrue();
                assertThat(view.get("position").asLong()).as(view.toString()).isGreaterThanOrEqualTo(position);
                assertThat(view.get("head").asLong()).isGreaterThanOrEqualTo(view.get("position").asLong());
                assertThat(view.get("rebuilding").asBoolean()).isFalse();
                assertThat(view.get("errorState").asBoolean()).isFalse();
                assertThat(view.get("error").isNull()).isTrue();
            }
        }

        @Test
        void aRolledBackAppendLeavesAGapTheViewsAreShownPastOnceItHasSettled() throws Exception {
            caughtUpWithTheLog();
            // An append that rolls back (a conflicting command) uses a position no event will ever hold.
            long gap = Gaps.rolledBackAppend(jdbc);
            Response after = recorder().post("/api/partnerships", partnershipBody(unique("after-gap"), "OCC", "CDC"));
            long position = after.json().get("position").asLong();
            assertThat(position).as("recorded past the gap").isGreaterThan(gap);
            assertThat(reader().get("/api/partnerships?" + awaiting(after)).status()).isEqualTo(200);

            JsonNode young = view(monitor().get("/api/admin/views").json(), "view-partnerships");
            assertThat(young.get("position").asLong()).as("a young gap may still be filled: %s", young)
                    .isEqualTo(gap - 1);

            Instant deadline = Instant.now().plusSeconds(30);
            JsonNode settled = young;
            while (settled.get("position").asLong() < position && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                settled = view(monitor().get("/api/admin/views").json(), "view-partnerships");
            }
            assertThat(settled.get("position").asLong()).as("the gap passed after the gap timeout: %s", settled)
                    .isGreaterThanOrEqualTo(position);
            assertThat(settled.get("behind").asLong()).isEqualTo(settled.get("head").asLong()
                    - settled.get("position").asLong());
        }

        private static JsonNode view(JsonNode views, String name) {
            for (JsonNode view : views) {
                if (name.equals(view.get("processorName").asText())) {
                    return view;
                }
            }
            throw new AssertionError("No view " + name + " in " + views);
        }

        // --- rebuild helpers ---

        private ApiClient monitor() {
            return as("monitor");
        }

        private String start(String view) {
            Response accepted = monitor().post(REBUILDS, "{\"view\":\"" + view + "\"}");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            String id = accepted.json().get("rebuildId").asText();
            assertThat(accepted.header("Location")).isEqualTo(REBUILDS + "/" + id);
            return id;
        }

        private JsonNode awaitFinished(String location) {
            return awaitStatus(location, status -> !status.get("state").asText().equals("RUNNING"));
        }

        /** Waits until the rebuild's (first) view has been emptied and restarted. */
        private void awaitEmptied(String rebuild) {
            awaitView(rebuild, view -> !view.get("tokensResetAt").isNull());
        }

        private JsonNode awaitView(String rebuild, java.util.function.Predicate<JsonNode> condition) {
            return awaitStatus(REBUILDS + "/" + rebuild, status -> condition.test(status.get("views").get(0)));
        }

        private JsonNode awaitStatus(String location, java.util.function.Predicate<JsonNode> condition) {
            Instant deadline = Instant.now().plus(PATIENCE);
            while (true) {
                Response status = monitor().get(location);
                assertThat(status.status()).as(status.toString()).isEqualTo(200);
                if (condition.test(status.json())) {
                    return status.json();
                }
                assertThat(Instant.now()).as("waiting for " + status).isBefore(deadline);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        private JsonNode viewStatus(String name) {
            for (JsonNode view : monitor().get("/api/admin/views").json()) {
                if (view.get("processorName").asText().equals(name)) {
                    return view;
                }
            }
            throw new AssertionError("No view " + name);
        }

        private List<String> viewNames() {
            return processing.eventProcessors().keySet().stream().filter(name -> name.startsWith("view-")).sorted()
                    .toList();
        }

        /** Reads wait until every view has read the whole log as it stands. */
        private void caughtUpWithTheLog() {
            long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
            Response read = reader().get("/api/partnerships?awaitPosition=" + head);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
        }

        private void measured(String what, JsonNode done) {
            for (JsonNode view : done.get("views")) {
                System.out.printf("REBUILD-MEASURE %s %s: %d events in %.2f s (%.0f events/s)%n", what,
                        view.get("view").asText(), view.get("eventsTotal").asLong(),
                        view.get("durationSeconds").asDouble(), view.get("eventsPerSecond").asDouble());
            }
            System.out.printf("REBUILD-MEASURE %s overall: %d ms%n", what,
                    Duration.between(instant(done, "startedAt"), instant(done, "finishedAt")).toMillis());
        }

        // --- snapshots of the view tables ---

        /** Every row of every view table, in the order of all its columns, by table name. */
        private Map<String, List<List<Object>>> viewTables() {
            List<String> tables = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
                DatabaseMetaData metadata = connection.getMetaData();
                List<String> names = new ArrayList<>();
                try (ResultSet found = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
                    while (found.next()) {
                        String name = found.getString("TABLE_NAME");
                        String type = found.getString("TABLE_TYPE").toUpperCase(Locale.ROOT);
                        if (name.toLowerCase(Locale.ROOT).startsWith("view_") && type.contains("TABLE")
                                && !type.contains("SYSTEM")) {
                            names.add(name);
                        }
                    }
                }
                return names;
            });
            Map<String, List<List<Object>>> snapshot = new TreeMap<>();
            for (String table : tables) {
                snapshot.put(table.toLowerCase(Locale.ROOT), rows(table));
            }
            return snapshot;
        }

        private List<List<Object>> rows(String table) {
            int columns = jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0",
                    (ResultSetExtractor<Integer>) result -> result.getMetaData().getColumnCount());
            String everyColumn = IntStream.rangeClosed(1, columns).mapToObj(String::valueOf)
                    .collect(Collectors.joining(", "));
            return jdbc.query("SELECT * FROM " + table + " ORDER BY " + everyColumn, (result, row) -> {
                List<Object> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    Object value = result.getObject(column);
                    values.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
                }
                return values;
            });
        }

        private static String table(Map<String, List<List<Object>>> snapshot, String name) {
            assertThat(snapshot).containsKey(name);
            return name;
        }

        private static List<Object> flatten(List<List<Object>> rows) {
            return rows.stream().flatMap(List::stream).toList();
        }

        // --- the dataset, recorded over HTTP ---

        /**
         * A partnership with principles, objectives and a review; an agreement with a review, a variation and a moved
         * termination date; a programme with phases, service areas, recommendations, an endorsed direction and a
         * decided arrangement; a sitting of the committee with a minute it later rescinded; a business case with savings.
         */
        private String recordPartnershipWithItsWork(int n) {
            // Bodies of its own: the database is shared, and other tests read the register by body and sitting.
            String workingGroup = unique("rebuild-pwg");
            String jointCommittee = unique("rebuild-jsspc");
            String partnership = formPartnership();
            adoptPrinciple(partnership, 1);
            adoptPrinciple(partnership, 2);
            accepted(recorder().post("/api/partnerships/" + partnership + "/objectives", json("number", 1,
                    "text", "Deliver savings of £" + (n + 1) + "m", "resolution", notStatedResolution("Set."))));
            accepted(recorder().post("/api/partnerships/" + partnership + "/reviews", json("reviewId", "review-" + n,
                    "title", "Six-month review " + n, "reviewedOn", "2019-0" + (n % 9 + 1) + "-15",
                    "assessments", List.of(object("subject", "PRINCIPLE", "number", 1, "outcome", "MET",
                            "commentary", "Retained"), object("subject", "OBJECTIVE", "number", 1, "outcome",
                            "UNDERWAY")),
                    "savings", List.of(object("authority", "CDC", "financialYear", "2030/31", "pence", 31400000 + n)),
                    "recommendations", List.of("Continue", "Review the agreement"),
                    "resolution", resolution(workingGroup, "Partnership Working Group", "2019-07-10", "(2)",
                            "Received."))));
            accepted(recorder().post("/api/partnerships/" + partnership + "/commencement", json("on", "2018-10-01",
                    "resolution", notStatedResolution("Commenced."))));

            String agreement = unique("s113");
            accepted(recorder().post("/api/agreements", json("agreementId", agreement, "partnershipId", partnership,
                    "type", "SECTION_113", "title", "Section 113 Agreement " + n, "parties", List.of("OCC", "CDC"),
                    "effectiveFrom", "2018-10-01", "resolution", notStatedResolution("Entered."))));
            accepted(recorder().post("/api/agreements/" + agreement + "/reviews", json("outcome", "Endorsed",
                    "resolution", notStatedResolution("Reviewed."))));
            accepted(recorder().post("/api/agreements/" + agreement + "/variations", json("variation", "Clarified",
                    "effectiveFrom", "2019-09-01", "resolution", notStatedResolution("Varied."))));
            accepted(recorder().post("/api/agreements/" + agreement + "/termination-date", json("terminationDate",
                    "2022-06-30", "resolution", resolution(jointCommittee, COMMITTEE, null, null, "Agreed."))));
            accepted(recorder().post("/api/agreements/" + agreement + "/termination-date", json("terminationDate",
                    "2022-08-31", "resolution", resolution(jointCommittee, COMMITTEE, "2021-11-11", "(4)", "Moved."))));

            String committee = constituteBodyWithPowers(partnership, Power.ENDORSE_DIRECTION_OF_TRAVEL,
                    Power.DECIDE_SERVICE_ARRANGEMENTS);
            String programme = launchProgramme(partnership);
            for (int phase = 1; phase <= 2; phase++) {
                accepted(recorder().post("/api/programmes/" + programme + "/phases", json("phaseNumber", phase,
                        "title", "Phase " + phase, "consideredBy", COMMITTEE,
                        "scheduledConsiderationOn", "2021-11-11")));
            }
            for (String area : List.of("legal", "procurement", "it-services")) {
                accepted(recorder().post("/api/programmes/" + programme + "/service-areas", json("serviceAreaId", area,
                        "name", area.toUpperCase(Locale.ROOT), "phaseNumber", 1,
                        "leads", List.of(object("authority", "CDC", "name", "A. Officer"),
                                object("authority", "OCC")))));
                accepted(recorder().post("/api/programmes/" + programme + "/service-areas/" + area + "/recommendation",
                        json("kind", area.equals("legal") ? "DECOUPLE" : "ONGOING_PARTNERSHIP",
                                "recommendedBy", "CDC and OCC leadership teams", "recommendedOn", "2021-10-01")));
            }
            accepted(recorder().post("/api/programmes/" + programme + "/phases/1/direction-of-travel", json(
                    "resolution", resolution(committee, COMMITTEE, "2021-11-11", "(3)", "Endorsed."))));
            accepted(recorder().post("/api/programmes/" + programme + "/service-areas/procurement/arrangement", json(
                    "arrangement", "SECTION_101_DELEGATION", "effectiveFrom", "2022-09-01",
                    "resolution", resolution(committee, COMMITTEE, "2021-12-12", "(5)", "Delegated."))));

            String meeting = unique("rebuild-sitting");
            accepted(recorder().post("/api/meetings", json("meetingId", meeting, "bodyId", committee,
                    "date", "2021-11-11", "title", COMMITTEE)));
            accepted(recorder().post("/api/meetings/" + meeting + "/resolutions", json("minuteReference", "(3)",
                    "action", "ENDORSE", "wording", "Endorsed.")));
            accepted(recorder().post("/api/meetings/" + meeting + "/resolutions/(3)/rescission", json(
                    "resolution", resolution(committee, COMMITTEE, "2021-12-12", "(6)", "Rescinded."),
                    "reason", "Reconsidered.")));

            String businessCase = unique("case");
            accepted(recorder().post("/api/business-cases", json("businessCaseId", businessCase,
                    "partnershipId", partnership, "title", "Shared performance team " + n, "service", "Performance",
                    "summary", "A shared team", "savings", List.of(object("authority", "CDC", "financialYear",
                            "2030/31", "pence", 1000000 + n)))));
            accepted(recorder().post("/api/business-cases/" + businessCase + "/consultation/opening", "{}"));
            return partnership;
        }

        private void atLeastEvents(long wanted) {
            while (eventCount() < wanted) {
                String partnership = formPartnership();
                for (int number = 1; number <= 4; number++) {
                    adoptPrinciple(partnership, number);
                }
            }
            caughtUpWithTheLog();
        }

        private String formPartnership() {
            String id = unique("occ-cdc");
            accepted(recorder().post("/api/partnerships", partnershipBody(id, "OCC", "CDC")));
            return id;
        }

        private Response adoptPrinciple(String partnership, int number) {
            return accepted(recorder().post("/api/partnerships/" + partnership + "/principles", json("number", number,
                    "text", "Retain sovereignty " + number, "resolution", notStatedResolution("Adopted."))));
        }

        private String launchProgramme(String partnership) {
            String id = unique("programme");
            accepted(recorder().post("/api/programmes", json("programmeId", id, "partnershipId", partnership,
                    "kind", "SEPARATION", "title", "Separation",
                    "resolution", notStatedResolution("That separation work begin."))));
            return id;
        }

        /** Stands in for POST /api/bodies (not in this copy): the domain commands sent through Axon as the recorder. */
        private String constituteBodyWithPowers(String partnershipId, Power... powers) {
            String bodyId = unique("committee");
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "recorder", null, AuthorityUtils.createAuthorityList("ROLE_RECORDER")));
            try {
                commandGateway.sendAndWait(new ConstituteBody(BodyId.of(bodyId), COMMITTEE, BodyKind.JOINT_COMMITTEE,
                        List.of(AuthorityCode.of("OCC"), AuthorityCode.of("CDC")), PartnershipId.of(partnershipId),
                        null, null));
                for (Power power : powers) {
                    commandGateway.sendAndWait(new GrantPower(BodyId.of(bodyId), power, LocalDate.of(2018, 10, 1),
                            new ResolutionRef(null, null, null, null, "Power delegated (not stated).", null)));
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
            return bodyId;
        }

        private static Response accepted(Response response) {
            assertThat(response.status()).as(response.toString()).isIn(200, 201);
            return response;
        }
    }

    static String partnershipBody(String id, String... codes) {
        List<Map<String, Object>> authorities = new ArrayList<>();
        for (String code : codes) {
            authorities.add(object("code", code, "name", code + " Council", "tier", "DISTRICT"));
        }
        return json("partnershipId", id, "name", "Joint working", "authorities", authorities, "formedOn", "2018-10-01",
                "resolution", notStatedResolution("That joint working be established."));
    }

    private static Map<String, Object> notStatedResolution(String wording) {
        return object("wording", wording);
    }

    private static Map<String, Object> resolution(String bodyId, String bodyName, String decidedOn, String minute,
                                                  String wording) {
        return object("bodyId", bodyId, "bodyName", bodyName, "decidedOn", decidedOn, "minuteReference", minute,
                "wording", wording);
    }

    private static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.get(field).asText());
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
