package org.partnershiprecord.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.partnershiprecord.benchmark.Workload.Op;
import org.partnershiprecord.benchmark.Workload.Pool;
import org.partnershiprecord.projections.agreement.AgreementProjection;
import org.partnershiprecord.projections.audit.AuditTrailProjection;
import org.partnershiprecord.projections.body.BodyProjection;
import org.partnershiprecord.projections.businesscase.BusinessCaseProjection;
import org.partnershiprecord.projections.disclosure.ExemptionReleaseProjection;
import org.partnershiprecord.projections.jointpost.JointPostProjection;
import org.partnershiprecord.projections.meeting.MeetingProjection;
import org.partnershiprecord.projections.partnership.PartnershipProjection;
import org.partnershiprecord.projections.programme.ProgrammeProjection;
import org.partnershiprecord.projections.register.DecisionRegisterProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The benchmark: runs the steps asked for, in order, on this machine, and writes every figure of the run to
 * {@code results.json} and a table. How to run it and what each step measures: docs/performance.md.
 */
public final class Benchmark {

    /** Every view processor (a rebuild of "all" resets these). */
    static final List<String> VIEWS = List.of(PartnershipProjection.PROCESSING_GROUP, BodyProjection.PROCESSING_GROUP,
            MeetingProjection.PROCESSING_GROUP, AgreementProjection.PROCESSING_GROUP,
            BusinessCaseProjection.PROCESSING_GROUP, ProgrammeProjection.PROCESSING_GROUP,
            JointPostProjection.PROCESSING_GROUP, AuditTrailProjection.PROCESSING_GROUP,
            DecisionRegisterProjection.PROCESSING_GROUP, ExemptionReleaseProjection.PROCESSING_GROUP);

    private final Options options;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<String, Object> steps = new LinkedHashMap<>();
    private final Databases databases;
    private final String password = UUID.randomUUID().toString();
    private final String passwordHash = "{bcrypt}" + new BCryptPasswordEncoder().encode(password);

    private Benchmark(Options options) {
        this.options = options;
        this.databases = new Databases(options.postgres, options.postgresUser, options.keepDatabases);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.out);
        Benchmark benchmark = new Benchmark(options);
        int failures = benchmark.run();
        System.exit(failures == 0 ? 0 : 1);
    }

    private int run() throws Exception {
        Instant started = Instant.now();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("mode", options.quick ? "quick" : "full");
        meta.put("steps", List.copyOf(options.steps));
        meta.put("seed", options.seed);
        meta.put("startedAt", started.toString());
        meta.put("commit", System.getenv().getOrDefault("BENCH_COMMIT", "unknown"));
        meta.put("machine", Machine.describe());
        meta.put("appJvmOptions", options.appJvmOptions);
        meta.put("appArguments", options.appArguments);
        meta.put("note", "All figures of this file come from this one run on this machine.");
        results.put("run", meta);
        results.put("steps", steps);
        int failures = 0;
        try (databases) {
            for (String step : options.steps) {
                System.out.printf("%n=== %s (%s) ===%n", step, options.quick ? "quick" : "full");
                long began = System.nanoTime();
                try {
                    switch (step) {
                        case "check" -> check();
                        case "baseline" -> baseline();
                        case "rest-pg" -> rest("rest-pg", true);
                        case "rest-h2" -> rest("rest-h2", false);
                        case "gateway" -> gateway();
                        case "rebuild" -> rebuild();
                        case "asat" -> asat();
                        default -> throw new IllegalArgumentException(step);
                    }
                } catch (Exception | AssertionError e) {
                    failures++;
                    e.printStackTrace();
                    steps.put(step, Map.of("failed", String.valueOf(e)));
                }
                System.out.printf("    (%s took %.0f s)%n", step, (System.nanoTime() - began) / 1e9);
                write();
            }
        }
        meta.put("finishedAt", Instant.now().toString());
        meta.put("minutes", Stats.round(Duration.between(started, Instant.now()).toSeconds() / 60.0, 1));
        results.put("targets", Report.targets(steps));
        write();
        System.out.println();
        System.out.println(Report.table(results));
        System.out.println("Results: " + options.out.resolve("results.json").toAbsolutePath());
        return failures;
    }

    private void write() throws Exception {
        Files.writeString(options.out.resolve("results.json"), RestTarget.JSON.copy()
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        Files.writeString(options.out.resolve("results.txt"), Report.table(results));
    }

    // --- 0. the generator's batch path writes the events the command path writes ---

    private void check() throws Exception {
        int events = options.checkEvents();
        String viaCommands = databases.create("bench_check_commands");
        long began = System.nanoTime();
        try (InProcessApp app = new InProcessApp(viaCommands, databases.user(), passwordHash)) {
            GatewayTarget target = new GatewayTarget(app.gateway());
            Generator generator = new Generator(options.seed, events, options.asatEntities().subList(0, 1));
            while (generator.hasNext()) {
                Op op = generator.next();
                String outcome = target.send(op);
                if (!target.ok(outcome)) {
                    throw new IllegalStateException(op.kind() + " " + op.path() + " was refused: " + outcome);
                }
            }
        }
        double commandSeconds = (System.nanoTime() - began) / 1e9;
        String viaBatch = databases.create("bench_check_batch");
        Databases.migrate(viaBatch, databases.user());
        began = System.nanoTime();
        generate(viaBatch, events, options.asatEntities().subList(0, 1));
        double batchSeconds = (System.nanoTime() - began) / 1e9;
        Map<String, Object> result = GeneratorCheck.compare(Databases.dataSource(viaCommands, databases.user()),
                Databases.dataSource(viaBatch, databases.user()));
        result.put("commandPathSeconds", Stats.round(commandSeconds, 1));
        result.put("batchPathSeconds", Stats.round(batchSeconds, 1));
        result.put("rowWidth", rowWidth(Databases.dataSource(viaCommands, databases.user())));
        steps.put("check", result);
        System.out.printf("    %d events through the CommandGateway and the batch path: %s%n", events,
                Boolean.TRUE.equals(result.get("identical")) ? "identical (modulo ids and times)"
                        : "DIFFERENT " + result.get("differences"));
        if (!Boolean.TRUE.equals(result.get("identical"))) {
            throw new AssertionError("The batch path does not write the events the command path writes");
        }
    }

    /** Fills a migrated store with {@code events} generated events through the batch path. */
    private long generate(String url, long events, List<Generator.Designated> designated) throws Exception {
        Generator generator = new Generator(options.seed, events, designated);
        long began = System.nanoTime();
        try (BatchWriter writer = new BatchWriter(Databases.dataSource(batchUrl(url), databases.user()), 2_000)) {
            long sent = 0;
            while (generator.hasNext()) {
                writer.send(generator.next().command());
                if (++sent % 100_000 == 0) {
                    System.out.printf("    generated %,d of %,d events (%.0f s)%n", sent, events,
                            (System.nanoTime() - began) / 1e9);
                }
            }
        }
        return System.nanoTime() - began;
    }

    private static String batchUrl(String url) {
        return url.startsWith("jdbc:postgresql:") ? url + "?reWriteBatchedInserts=true" : url;
    }

    /** Average width of a stored event row and of its parts, in bytes (PostgreSQL's own sizes). */
    private static Map<String, Object> rowWidth(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForObject("""
                SELECT COUNT(*) AS n, AVG(pg_column_size(d.*)) AS row_bytes, AVG(octet_length(payload)) AS payload_bytes,
                       AVG(octet_length(meta_data)) AS metadata_bytes
                  FROM domain_event_entry d""", (rs, i) -> {
            Map<String, Object> width = new LinkedHashMap<>();
            width.put("events", rs.getLong("n"));
            width.put("rowBytes", Stats.round(rs.getDouble("row_bytes"), 0));
            width.put("payloadBytes", Stats.round(rs.getDouble("payload_bytes"), 0));
            width.put("metadataBytes", Stats.round(rs.getDouble("metadata_bytes"), 0));
            return width;
        });
    }

    // --- 1. the floor: plain JDBC, one event-sized row per transaction ---

    private void baseline() throws Exception {
        String url = databases.create("bench_baseline");
        Databases.migrate(url, databases.user());
        // Real rows: a sample of the mix written by the batch path (identical to the command path's, see 'check').
        generate(url, options.quick ? 1_000 : 5_000, List.of());
        DataSource dataSource = Databases.dataSource(url, databases.user());
        Map<String, Object> width = rowWidth(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String synchronousCommit = jdbc.queryForObject("SHOW synchronous_commit", String.class);
        List<Object[]> sample = jdbc.query("SELECT type, meta_data, payload, payload_revision, payload_type"
                + " FROM domain_event_entry ORDER BY global_index", (rs, i) -> new Object[] {rs.getString(1),
                rs.getBytes(2), rs.getBytes(3), rs.getString(4), rs.getString(5)});
        jdbc.execute("CREATE TABLE baseline_event (LIKE domain_event_entry INCLUDING ALL)");

        List<Object> levels = new ArrayList<>();
        for (int concurrency : options.baselineConcurrencies) {
            levels.add(baselineLevel(url, concurrency, sample));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("what", "INSERT of one event-sized row per transaction (autocommit), table shaped as"
                + " domain_event_entry (identity, two unique keys), rows copied from generated events");
        result.put("synchronousCommit", synchronousCommit);
        result.put("rowWidth", width);
        result.put("levels", levels);
        steps.put("baseline", result);
    }

    private Map<String, Object> baselineLevel(String url, int concurrency, List<Object[]> sample) throws Exception {
        List<Stats.Samples> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(concurrency);
        CountDownLatch start = new CountDownLatch(1);
        long duration = Duration.ofSeconds(options.baselineSeconds()).toNanos();
        long[] window = new long[1];
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Stats.Samples mine = new Stats.Samples();
            samples.add(mine);
            int worker = w;
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, databases.user(), "");
                     PreparedStatement insert = connection.prepareStatement("""
                             INSERT INTO baseline_event (aggregate_identifier, sequence_number, type, event_identifier,
                                 meta_data, payload, payload_revision, payload_type, time_stamp)
                             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    connection.setAutoCommit(true);
                    ready.countDown();
                    start.await();
                    long n = 0;
                    while (System.nanoTime() < window[0] + duration) {
                        Object[] row = sample.get((int) ((n + worker * 7919L) % sample.size()));
                        long began = System.nanoTime();
                        insert.setString(1, "baseline-" + concurrency + "-" + worker + "-" + (n / 100));
                        insert.setLong(2, n % 100);
                        insert.setString(3, (String) row[0]);
                        insert.setString(4, UUID.randomUUID().toString());
                        insert.setBytes(5, (byte[]) row[1]);
                        insert.setBytes(6, (byte[]) row[2]);
                        insert.setString(7, (String) row[3]);
                        insert.setString(8, (String) row[4]);
                        insert.setString(9, Instant.now().toString());
                        insert.executeUpdate();
                        mine.add(System.nanoTime() - began);
                        n++;
                    }
                } catch (Exception e) {
                    failures.add(e);
                    ready.countDown();
                }
            }, "baseline-" + w);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        Machine.CpuSample before = Machine.machineCpu();
        double driverBefore = Machine.ownCpuSeconds();
        window[0] = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Baseline insert failed", failures.get(0));
        }
        long[] all = Stats.Samples.merge(samples);
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("concurrency", concurrency);
        level.put("seconds", Stats.round(seconds, 2));
        level.put("rows", all.length);
        level.put("rowsPerSecond", Stats.round(all.length / seconds, 1));
        level.put("latency", Stats.latencies(all));
        level.put("cpu", Map.of("machineBusy", Stats.round(Machine.busyShare(before, Machine.machineCpu()), 3),
                "driverCores", Stats.round((Machine.ownCpuSeconds() - driverBefore) / seconds, 2)));
        System.out.printf("    baseline %2d connections: %8.0f rows/s  p50 %6.2f ms  p99 %6.2f ms%n", concurrency,
                all.length / seconds, Stats.latencies(all).get("p50Ms"), Stats.latencies(all).get("p99Ms"));
        return level;
    }

    // --- 2. commands over REST, on PostgreSQL and H2; 6. start-up and memory ---

    private void rest(String name, boolean postgres) throws Exception {
        String url;
        String user;
        if (postgres) {
            url = databases.create("bench_" + name.replace('-', '_'));
            user = databases.user();
        } else {
            Path dir = Files.createTempDirectory(options.out.toAbsolutePath(), "h2-");
            url = "jdbc:h2:file:" + dir.resolve("partnership") + ";DB_CLOSE_ON_EXIT=FALSE";
            user = "sa";
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("database", postgres ? "PostgreSQL" : "H2 (file)");
        List<Pool> pools = pools();
        result.put("seeding", seed(url, user, pools));
        try (AppProcess app = AppProcess.start(options.appJar.toAbsolutePath(), url, user, passwordHash,
                options.appJvmOptions(name), options.appArguments, options.out.resolve("app-" + name + ".log"))) {
            result.put("startup", startup(app));
            System.out.printf("    started in %.2f s (ready: /actuator/health UP)%n", app.startupSeconds());
            RestTarget target = new RestTarget(app.baseUrl(), Recorder.USERNAME, password);
            load(result, pools, target, app.pid(), () -> waitForViews(target, Duration.ofMinutes(30)));
            result.put("memoryAfterLoad", app.memory());
            System.out.printf("    resident memory after the load: %s%n", app.memory());
            result.put("reads", reads(new RestTarget(app.baseUrl(), Recorder.READER, password), pools.get(1)));
            if (postgres) {
                DataSource dataSource = Databases.dataSource(url, user);
                result.put("rowWidth", rowWidth(dataSource));
                result.put("globalIndexGaps", gaps(dataSource));
            }
        }
        steps.put(name, result);
    }

    /**
     * A few reads after the load, one client, as a READER (exempt content withheld, so every answer goes through the
     * exempt-content filter): lists of 100 entries and one long-lived programme.
     */
    private Map<String, Object> reads(RestTarget reader, Pool pool) throws Exception {
        Map<String, Object> reads = new LinkedHashMap<>();
        int repeats = options.quick ? 50 : 100;
        for (String path : List.of("/api/audit-trail?limit=100", "/api/decision-register?limit=100",
                "/api/record?limit=100", "/api/programmes/" + pool.programmes.get(0),
                "/api/posts/" + pool.allPosts.get(0).id)) {
            long[] latencies = new long[repeats];
            Map<String, Integer> statuses = new java.util.TreeMap<>();
            for (int i = 0; i < repeats; i++) {
                long began = System.nanoTime();
                HttpResponse<String> answer = reader.get(path);
                latencies[i] = System.nanoTime() - began;
                statuses.merge(Integer.toString(answer.statusCode()), 1, Integer::sum);
            }
            reads.put("GET " + path.replace(pool.prefix + "-", "{pool}-"),
                    Map.of("statuses", statuses, "latency", Stats.latencies(latencies)));
            System.out.printf("    GET %s as a reader: %s %s%n", path, statuses, Stats.latencies(latencies));
        }
        return reads;
    }

    /** A pool of long-lived aggregates for the warm-up and one for each measured level. */
    private List<Pool> pools() {
        List<Pool> pools = new ArrayList<>();
        pools.add(new Pool("w", options.poolSize()));
        for (int concurrency : options.concurrencies) {
            pools.add(new Pool("c" + concurrency, options.poolSize()));
        }
        return pools;
    }

    /**
     * Writes the foundation and the pools' histories into a fresh store through the batch path (identical to the
     * command path, see 'check'), before the application starts; its views then build from the log at start-up.
     */
    private Map<String, Object> seed(String url, String user, List<Pool> pools) throws Exception {
        Databases.migrate(url, user);
        long began = System.nanoTime();
        long events = 0;
        try (BatchWriter writer = new BatchWriter(Databases.dataSource(batchUrl(url), user), 2_000)) {
            for (Op op : Workload.foundation()) {
                writer.send(op.command());
                events++;
            }
            for (Pool pool : pools) {
                for (List<Op> ops : pool.seeding()) {
                    for (Op op : ops) {
                        writer.send(op.command());
                        events++;
                    }
                }
            }
        }
        Map<String, Object> seed = new LinkedHashMap<>();
        seed.put("path", "batch");
        seed.put("poolSize", options.poolSize());
        seed.put("pools", pools.size());
        seed.put("events", events);
        seed.put("seconds", Stats.round((System.nanoTime() - began) / 1e9, 1));
        System.out.printf("    seeded %,d events (%d pools of long-lived aggregates) in %.1f s%n", events,
                pools.size(), (System.nanoTime() - began) / 1e9);
        return seed;
    }

    private static Map<String, Object> startup(AppProcess app) {
        Map<String, Object> startup = new LinkedHashMap<>();
        startup.put("secondsToReady", Stats.round(app.startupSeconds(), 2));
        startup.put("springReportedSeconds", app.reportedStartupSeconds());
        startup.put("memoryAtReady", app.memory());
        return startup;
    }

    /** Waits for the views, warms up, then one measured level per concurrency, each on its own pool. */
    private void load(Map<String, Object> result, List<Pool> pools, LoadDriver.Target target, long appPid,
                      ViewWait views) throws Exception {
        double built = views.await();
        result.put("viewsBuiltAtStartSeconds", built);
        System.out.printf("    views built from the seeded log in %.1f s%n", built);
        Map<String, Object> warm = LoadDriver.run(pools.get(0), target, 8,
                Duration.ofSeconds(options.warmupSeconds()), options.seed, appPid);
        result.put("warmup", Map.of("seconds", warm.get("seconds"), "commandsPerSecond", warm.get("commandsPerSecond"),
                "errors", warm.get("errors")));
        List<Object> levels = new ArrayList<>();
        for (int i = 0; i < options.concurrencies.size(); i++) {
            double caughtUp = views.await();
            Map<String, Object> level = LoadDriver.run(pools.get(i + 1), target, options.concurrencies.get(i),
                    Duration.ofSeconds(options.levelSeconds()), options.seed + i, appPid);
            level.put("viewsCaughtUpBeforeSeconds", caughtUp);
            levels.add(level);
            @SuppressWarnings("unchecked")
            Map<String, Object> latency = (Map<String, Object>) level.get("latency");
            System.out.printf("    %2d clients: %7.1f commands/s  p50 %6.2f  p95 %6.2f  p99 %6.2f  p99.9 %7.2f ms"
                            + "  errors %d  cpu %s%n", options.concurrencies.get(i), level.get("commandsPerSecond"),
                    latency.get("p50Ms"), latency.get("p95Ms"), latency.get("p99Ms"), latency.get("p999Ms"),
                    level.get("errors"), level.get("cpu"));
        }
        result.put("levels", levels);
        result.put("viewsCaughtUpAfterSeconds", views.await());
    }

    @FunctionalInterface
    private interface ViewWait {
        double await() throws Exception;
    }

    /** Waits until every view has read the whole log (GET /api/admin/views); answers the seconds waited. */
    private static double waitForViews(RestTarget target, Duration atMost) throws Exception {
        long began = System.nanoTime();
        long deadline = began + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = target.get("/api/admin/views");
            if (answer.statusCode() == 200) {
                JsonNode views = RestTarget.JSON.readTree(answer.body());
                boolean caughtUp = views.size() > 0;
                for (JsonNode view : views) {
                    caughtUp &= !view.path("rebuilding").asBoolean() && view.hasNonNull("behind")
                            && view.get("behind").asLong() <= 0;
                }
                if (caughtUp) {
                    return Stats.round((System.nanoTime() - began) / 1e9, 1);
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The views did not catch up within " + atMost);
    }

    /** Positions never used in the global index (rolled-back appends): each is a gap tracking tokens must carry. */
    private static Map<String, Object> gaps(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) AS n, MIN(global_index) AS lo, MAX(global_index) AS hi FROM domain_event_entry",
                (rs, i) -> {
                    long n = rs.getLong("n");
                    long span = n == 0 ? 0 : rs.getLong("hi") - rs.getLong("lo") + 1;
                    return Map.of("events", n, "positionsUnused", span - n);
                });
    }

    // --- 3. commands without HTTP: the CommandGateway in this JVM ---

    private void gateway() throws Exception {
        String url = databases.create("bench_gateway");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("database", "PostgreSQL");
        result.put("note", "The application runs inside the benchmark JVM: cpu.driverCores is application + driver.");
        List<Pool> pools = pools();
        result.put("seeding", seed(url, databases.user(), pools));
        try (InProcessApp app = new InProcessApp(url, databases.user(), passwordHash)) {
            RestTarget admin = new RestTarget(app.baseUrl(), Recorder.USERNAME, password);
            load(result, pools, new GatewayTarget(app.gateway()), 0,
                    () -> waitForViews(admin, Duration.ofMinutes(30)));
        }
        DataSource dataSource = Databases.dataSource(url, databases.user());
        result.put("globalIndexGaps", gaps(dataSource));
        steps.put("gateway", result);
    }

    // --- 4. rebuild every view over a large store ---

    private void rebuild() throws Exception {
        long events = options.rebuildEvents();
        String url = databases.create("bench_rebuild");
        Databases.migrate(url, databases.user());
        long generation = generate(url, events, List.of());
        try (BatchWriter writer = new BatchWriter(Databases.dataSource(url, databases.user()), 1)) {
            writer.tokensAtHead(VIEWS);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", events);
        result.put("generator", Map.of("path", "batch (real aggregates in memory, Axon's JDBC engine, 2,000 events"
                + " per transaction)", "seconds", Stats.round(generation / 1e9, 1),
                "eventsPerSecond", Stats.round(events / (generation / 1e9), 0)));
        System.out.printf("    generated %,d events in %.1f s%n", events, generation / 1e9);
        result.put("rowWidth", rowWidth(Databases.dataSource(url, databases.user())));
        try (AppProcess app = AppProcess.start(options.appJar.toAbsolutePath(), url, databases.user(), passwordHash,
                options.appJvmOptions("rebuild"), options.appArguments, options.out.resolve("app-rebuild.log"))) {
            result.put("startupOnLargeStore", startup(app));
            RestTarget target = new RestTarget(app.baseUrl(), Recorder.USERNAME, password);
            waitForViews(target, Duration.ofMinutes(60));
            long began = System.nanoTime();
            HttpResponse<String> started = target.postJson("/api/admin/rebuilds", "{\"view\":\"all\"}");
            if (started.statusCode() != 202) {
                throw new IllegalStateException("The rebuild was not started: " + started.statusCode() + " "
                        + started.body());
            }
            String location = started.headers().firstValue("Location").orElseThrow();
            String path = location.startsWith("http") ? java.net.URI.create(location).getPath() : location;
            JsonNode status;
            long lastPrint = 0;
            while (true) {
                status = RestTarget.JSON.readTree(target.get(path).body());
                if (!"RUNNING".equals(status.path("state").asText())) {
                    break;
                }
                if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                    lastPrint = System.nanoTime();
                    long slowest = Long.MAX_VALUE;
                    for (JsonNode view : status.path("views")) {
                        slowest = Math.min(slowest, view.path("eventsProcessed").asLong());
                    }
                    System.out.printf("    rebuilding: slowest view at %,d of %,d events (%.0f s)%n", slowest, events,
                            (System.nanoTime() - began) / 1e9);
                }
                Thread.sleep(250);
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            result.put("state", status.path("state").asText());
            result.put("seconds", Stats.round(seconds, 1));
            result.put("eventsPerSecond", Stats.round(events / seconds, 0));
            result.put("what", "POST /api/admin/rebuilds {\"view\":\"all\"} until every view has read the whole log"
                    + " again; events/s = events in the log / wall time (all views rebuilt side by side)");
            List<Object> views = new ArrayList<>();
            for (JsonNode view : status.path("views")) {
                views.add(Map.of("view", view.path("view").asText(),
                        "durationSeconds", view.path("durationSeconds").asDouble(),
                        "eventsPerSecond", Stats.round(view.path("eventsPerSecond").asDouble(), 0)));
            }
            result.put("views", views);
            result.put("memoryAfterRebuild", app.memory());
            System.out.printf("    rebuilt every view over %,d events in %.1f s: %.0f events/s%n", events, seconds,
                    events / seconds);
        }
        steps.put("rebuild", result);
    }

    // --- 5. as-at: one entity's history, and the whole record ---

    private void asat() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        if (!options.asat) {
            result.put("skipped", "switched off with --no-asat");
            System.out.println("    as-at: skipped (--no-asat)");
            steps.put("asat", result);
            return;
        }
        long events = options.asatStoreEvents();
        String url = databases.create("bench_asat");
        Databases.migrate(url, databases.user());
        generate(url, events, options.asatEntities());
        result.put("events", events);
        JdbcTemplate jdbc = new JdbcTemplate(Databases.dataSource(url, databases.user()));
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        try (AppProcess app = AppProcess.start(options.appJar.toAbsolutePath(), url, databases.user(), passwordHash,
                options.appJvmOptions("asat"), options.appArguments, options.out.resolve("app-asat.log"))) {
            RestTarget target = new RestTarget(app.baseUrl(), Recorder.USERNAME, password);
            double catchUp = waitForViews(target, Duration.ofMinutes(60));
            result.put("viewsBuiltAtStart", Map.of("seconds", catchUp,
                    "eventsPerSecond", catchUp <= 0 ? 0 : Stats.round(events / catchUp, 0)));
            // The contract: GET /api/programmes/{id}?atPosition=N answers the programme as it stood at position N. A
            // server without it answers 400 for the parameter, or ignores it (then the answer is today's version).
            Generator.Designated first = options.asatEntities().get(0);
            long firstEvent = jdbc.queryForObject("SELECT MIN(global_index) FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ?", Long.class, first.programmeId());
            HttpResponse<String> probe = target.get("/api/programmes/" + first.programmeId() + "?atPosition="
                    + firstEvent);
            String version = probe.headers().firstValue("ETag").orElse("").replace("\"", "").replace("W/", "");
            String notAvailable = probe.statusCode() == 400
                    ? "the server answered 400 for ?atPosition=: " + probe.body()
                    : probe.statusCode() == 200 && !version.equals("0")
                    ? "the server ignored ?atPosition= (the programme as at its first event came back at version "
                    + version + ", not 0)"
                    : probe.statusCode() != 200 ? "the server answered " + probe.statusCode() + ": " + probe.body()
                    : null;
            if (notAvailable != null) {
                result.put("notAvailable", notAvailable);
                System.out.println("    as-at: not available (" + notAvailable + ")");
                steps.put("asat", result);
                return;
            }
            List<Object> entities = new ArrayList<>();
            Random random = new Random(options.seed);
            for (Generator.Designated entity : options.asatEntities()) {
                List<Long> positions = jdbc.queryForList("SELECT global_index FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number", Long.class, entity.programmeId());
                long[] latencies = new long[options.asatRequests()];
                Map<String, Integer> statuses = new java.util.TreeMap<>();
                for (int i = 0; i < latencies.length; i++) {
                    // the whole history (its last event) half the time, a random point within it otherwise
                    long at = i % 2 == 0 ? positions.get(positions.size() - 1)
                            : positions.get(random.nextInt(positions.size()));
                    long began = System.nanoTime();
                    HttpResponse<String> answer = target.get("/api/programmes/" + entity.programmeId()
                            + "?atPosition=" + at);
                    latencies[i] = System.nanoTime() - began;
                    statuses.merge(Integer.toString(answer.statusCode()), 1, Integer::sum);
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("entity", entity.programmeId());
                entry.put("eventsInHistory", positions.size());
                entry.put("statuses", statuses);
                entry.put("latency", Stats.latencies(latencies));
                entities.add(entry);
                System.out.printf("    as-at %s (%,d events): %s%n", entity.programmeId(), positions.size(),
                        Stats.latencies(latencies));
            }
            result.put("entities", entities);
            long[] whole = new long[5];
            Map<String, Integer> statuses = new java.util.TreeMap<>();
            String wholePath = options.asatRecordPath + (options.asatRecordPath.contains("?") ? "&" : "?")
                    + "atPosition=" + head;
            for (int i = 0; i < whole.length; i++) {
                long began = System.nanoTime();
                HttpResponse<String> answer = target.get(wholePath);
                whole[i] = System.nanoTime() - began;
                statuses.merge(Integer.toString(answer.statusCode()), 1, Integer::sum);
            }
            result.put("wholeRecord", Map.of("request", "GET " + wholePath, "statuses", statuses,
                    "latency", Stats.latencies(whole)));
            System.out.printf("    whole record as at position %d: %s%n", head, Stats.latencies(whole));
        }
        steps.put("asat", result);
    }
}
