package org.partnershiprecord.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The command line of the benchmark (bench/run passes its arguments through). */
final class Options {

    static final List<String> ALL_STEPS = List.of("check", "baseline", "rest-pg", "rest-h2", "gateway", "rebuild",
            "asat");

    boolean quick;
    Set<String> steps = new LinkedHashSet<>(ALL_STEPS);
    boolean asat = true;
    long seed = 20_220_315L;
    Path out = Path.of("target", "benchmark");
    Path appJar = Path.of("partnership-api", "target", "partnership-api.jar");
    String postgres = "jdbc:postgresql://127.0.0.1:5432/";
    String postgresUser = "postgres";
    boolean keepDatabases;
    boolean jfr;
    List<String> appJvmOptions = new ArrayList<>();
    List<String> appArguments = new ArrayList<>();
    List<Integer> concurrencies = List.of(1, 8, 32, 64);
    List<Integer> baselineConcurrencies = List.of(1, 8, 32);
    Integer levelSeconds;
    Integer warmupSeconds;
    Long rebuildEvents;
    Long asatStoreEvents;
    String asatRecordPath = "/api/decision-register";

    static Options parse(String[] args) {
        Options options = new Options();
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--quick" -> options.quick = true;
                case "--steps" -> {
                    options.steps = new LinkedHashSet<>(Arrays.asList(value.split(",")));
                    if (!ALL_STEPS.containsAll(options.steps)) {
                        throw new IllegalArgumentException("Steps are " + ALL_STEPS + "; got " + value);
                    }
                }
                case "--asat" -> options.asat = true;
                case "--no-asat" -> options.asat = false;
                case "--seed" -> options.seed = Long.parseLong(value);
                case "--out" -> options.out = Path.of(value);
                case "--app-jar" -> options.appJar = Path.of(value);
                case "--postgres" -> options.postgres = value;
                case "--postgres-user" -> options.postgresUser = value;
                case "--keep-databases" -> options.keepDatabases = true;
                case "--jfr" -> options.jfr = true;
                case "--app-jvm-options" -> options.appJvmOptions = value.isBlank() ? List.of()
                        : List.of(value.trim().split("\\s+"));
                case "--app-args" -> options.appArguments = value.isBlank() ? List.of()
                        : List.of(value.trim().split("\\s+"));
                case "--concurrency" -> options.concurrencies = ints(value);
                case "--baseline-concurrency" -> options.baselineConcurrencies = ints(value);
                case "--seconds" -> options.levelSeconds = Integer.parseInt(value);
                case "--warmup-seconds" -> options.warmupSeconds = Integer.parseInt(value);
                case "--rebuild-events" -> options.rebuildEvents = Long.parseLong(value);
                case "--asat-store-events" -> options.asatStoreEvents = Long.parseLong(value);
                case "--asat-record-path" -> options.asatRecordPath = value;
                case "--help", "-h" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
            }
        }
        return options;
    }

    static String usage() {
        return """
                bench/run [--quick] [--steps=check,baseline,rest-pg,rest-h2,gateway,rebuild,asat] [--no-asat]
                          [--seconds=N] [--warmup-seconds=N] [--concurrency=1,8,32,64] [--baseline-concurrency=1,8,32]
                          [--rebuild-events=N] [--asat-store-events=N] [--asat-record-path=/api/decision-register]
                          [--seed=N] [--out=target/benchmark] [--jfr] [--app-jvm-options="..."] [--app-args="--a.b=c ..."]
                          [--keep-databases]
                          [--postgres=jdbc:postgresql://127.0.0.1:5432/] [--postgres-user=postgres]
                """;
    }

    private static List<Integer> ints(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    int levelSeconds() {
        return levelSeconds != null ? levelSeconds : quick ? 8 : 60;
    }

    int warmupSeconds() {
        return warmupSeconds != null ? warmupSeconds : quick ? 5 : 30;
    }

    int baselineSeconds() {
        return levelSeconds != null ? levelSeconds : quick ? 5 : 30;
    }

    Workload.PoolSize poolSize() {
        return quick ? new Workload.PoolSize(8, 30, 16, 10, 8, 20) : new Workload.PoolSize(16, 200, 32, 50, 16, 100);
    }

    long rebuildEvents() {
        return rebuildEvents != null ? rebuildEvents : quick ? 50_000 : 1_000_000;
    }

    long asatStoreEvents() {
        return asatStoreEvents != null ? asatStoreEvents : quick ? 30_000 : 100_000;
    }

    List<Generator.Designated> asatEntities() {
        return List.of(new Generator.Designated("asat-10", 10), new Generator.Designated("asat-1000", 1_000),
                new Generator.Designated("asat-10000", quick ? 5_000 : 10_000));
    }

    int asatRequests() {
        return quick ? 50 : 300;
    }

    int checkEvents() {
        return quick ? 500 : 2_000;
    }

    List<String> appJvmOptions(String label) {
        List<String> all = new ArrayList<>(appJvmOptions);
        if (jfr) {
            all.add("-XX:StartFlightRecording=filename=" + out.resolve("app-" + label + ".jfr").toAbsolutePath()
                    + ",settings=profile,dumponexit=true");
        }
        return all;
    }
}
