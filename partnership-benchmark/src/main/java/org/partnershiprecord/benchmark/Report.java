package org.partnershiprecord.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The printed table of a run, and the targets checked against the run's own figures. */
final class Report {

    private Report() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    /** The level of a load step at a concurrency, if it ran. */
    private static Map<String, Object> level(Map<String, Object> steps, String step, int concurrency) {
        for (Object level : list(map(steps.get(step)).get("levels"))) {
            if (number(map(level).get("concurrency")) != null
                    && number(map(level).get("concurrency")).intValue() == concurrency) {
                return map(level);
            }
        }
        return Map.of();
    }

    static List<Map<String, Object>> targets(Map<String, Object> steps) {
        List<Map<String, Object>> targets = new ArrayList<>();
        Map<String, Object> rest32 = level(steps, "rest-pg", 32);
        Map<String, Object> base32 = level(steps, "baseline", 32);
        Double rate = number(rest32.get("commandsPerSecond"));
        Double p99 = number(map(rest32.get("latency")).get("p99Ms"));
        Double baseRate = number(base32.get("rowsPerSecond"));
        targets.add(target("REST on PostgreSQL, 32 clients: commands/s", ">= 1000", rate, rate == null ? null : rate >= 1000));
        targets.add(target("REST on PostgreSQL, 32 clients: p99 ms", "< 50", p99, p99 == null ? null : p99 < 50));
        Double share = rate == null || baseRate == null ? null : Stats.round(rate / baseRate, 3);
        targets.add(target("REST on PostgreSQL, 32 clients / JDBC baseline, 32 connections", ">= 0.5", share,
                share == null ? null : share >= 0.5));
        Double rebuild = number(map(steps.get("rebuild")).get("eventsPerSecond"));
        targets.add(target("Rebuild of every view: events/s", ">= 20000", rebuild,
                rebuild == null ? null : rebuild >= 20_000));
        Double asat = null;
        for (Object entity : list(map(steps.get("asat")).get("entities"))) {
            if (number(map(entity).get("eventsInHistory")) != null
                    && number(map(entity).get("eventsInHistory")).intValue() == 1_000) {
                asat = number(map(map(entity).get("latency")).get("p99Ms"));
            }
        }
        targets.add(target("As-at, one entity with 1,000 events: p99 ms", "< 20", asat, asat == null ? null : asat < 20));
        Double whole = number(map(map(map(steps.get("asat")).get("wholeRecord")).get("latency")).get("maxMs"));
        targets.add(target("As-at, whole record over the as-at store: slowest of 5, ms", "< 2000", whole,
                whole == null ? null : whole < 2_000));
        for (String step : List.of("rest-pg", "rest-h2")) {
            Double startup = number(map(map(map(steps.get(step)).get("startup"))).get("secondsToReady"));
            targets.add(target("Start-up to ready (" + step + "): s", "< 10", startup,
                    startup == null ? null : startup < 10));
            Double rss = number(map(map(steps.get(step)).get("memoryAfterLoad")).get("rssMiB"));
            targets.add(target("Resident memory after the load (" + step + "): MiB", "< 512", rss,
                    rss == null ? null : rss < 512));
        }
        return targets;
    }

    private static Map<String, Object> target(String what, String goal, Double actual, Boolean met) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("what", what);
        target.put("target", goal);
        target.put("actual", actual);
        target.put("met", met == null ? "not measured" : met ? "yes" : "NO");
        return target;
    }

    static String table(Map<String, Object> results) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> run = map(results.get("run"));
        Map<String, Object> steps = map(results.get("steps"));
        out.append(String.format("Partnership record benchmark, %s run, %s, seed %s, started %s%n", run.get("mode"),
                map(run.get("machine")).get("cpu") + " x" + map(run.get("machine")).get("cores"), run.get("seed"),
                run.get("startedAt")));
        out.append(String.format("%-34s %5s %10s %8s %8s %8s %8s %7s %6s %6s%n", "step", "conc", "ops/s", "p50 ms",
                "p95 ms", "p99 ms", "p99.9 ms", "errors", "busy", "driver"));
        for (String step : List.of("baseline", "rest-pg", "rest-h2", "gateway")) {
            for (Object value : list(map(steps.get(step)).get("levels"))) {
                Map<String, Object> level = map(value);
                Map<String, Object> latency = map(level.get("latency"));
                Map<String, Object> cpu = map(level.get("cpu"));
                Object rate = level.containsKey("rowsPerSecond") ? level.get("rowsPerSecond")
                        : level.get("commandsPerSecond");
                out.append(String.format("%-34s %5s %10s %8s %8s %8s %8s %7s %6s %6s%n",
                        step.equals("baseline") ? "baseline (JDBC insert, PostgreSQL)" : step,
                        level.get("concurrency"), rate, latency.get("p50Ms"), latency.get("p95Ms"),
                        latency.get("p99Ms"), latency.get("p999Ms"), level.getOrDefault("errors", 0),
                        cpu.get("machineBusy"), cpu.get("driverCores")));
            }
        }
        for (String step : List.of("rest-pg", "rest-h2")) {
            map(map(steps.get(step)).get("reads")).forEach((request, value) -> {
                Map<String, Object> latency = map(map(value).get("latency"));
                out.append(String.format("%s read as a reader, %s: p50 %s ms, p99 %s ms%n", step, request,
                        latency.get("p50Ms"), latency.get("p99Ms")));
            });
        }
        Map<String, Object> rebuild = map(steps.get("rebuild"));
        if (rebuild.containsKey("eventsPerSecond")) {
            out.append(String.format("rebuild: %s events, %s s, %s events/s%n", rebuild.get("events"),
                    rebuild.get("seconds"), rebuild.get("eventsPerSecond")));
        }
        Map<String, Object> asat = map(steps.get("asat"));
        if (asat.containsKey("skipped") || asat.containsKey("notAvailable")) {
            out.append("as-at: ").append(asat.containsKey("skipped") ? asat.get("skipped") : "not available ("
                    + asat.get("notAvailable") + ")").append('\n');
        }
        for (Object value : list(asat.get("entities"))) {
            Map<String, Object> entity = map(value);
            out.append(String.format("as-at %s (%s events): p50 %s ms, p99 %s ms, statuses %s%n", entity.get("entity"),
                    entity.get("eventsInHistory"), map(entity.get("latency")).get("p50Ms"),
                    map(entity.get("latency")).get("p99Ms"), entity.get("statuses")));
        }
        if (asat.containsKey("wholeRecord")) {
            Map<String, Object> whole = map(asat.get("wholeRecord"));
            out.append(String.format("as-at whole record: median %s ms, slowest %s ms, statuses %s%n",
                    map(whole.get("latency")).get("p50Ms"), map(whole.get("latency")).get("maxMs"),
                    whole.get("statuses")));
        }
        for (String step : List.of("rest-pg", "rest-h2")) {
            Map<String, Object> rest = map(steps.get(step));
            if (rest.containsKey("startup")) {
                out.append(String.format("%s: start-up to ready %s s; resident memory after the load %s MiB"
                                + " (peak %s MiB)%n", step, map(rest.get("startup")).get("secondsToReady"),
                        map(rest.get("memoryAfterLoad")).get("rssMiB"), map(rest.get("memoryAfterLoad")).get("peakRssMiB")));
            }
        }
        Map<String, Object> check = map(steps.get("check"));
        if (check.containsKey("identical")) {
            out.append(String.format("generator check: %s events, batch path identical to command path: %s%n",
                    check.get("events"), check.get("identical")));
        }
        for (String step : steps.keySet()) {
            if (map(steps.get(step)).containsKey("failed")) {
                out.append(String.format("%s FAILED: %s%n", step, map(steps.get(step)).get("failed")));
            }
        }
        List<Object> targets = list(results.get("targets"));
        if (!targets.isEmpty()) {
            out.append("\nTargets (2 cores, application and PostgreSQL on one machine):\n");
            for (Object value : targets) {
                Map<String, Object> target = map(value);
                out.append(String.format("  %-70s %-8s actual %-10s met: %s%n", target.get("what"),
                        target.get("target"), target.get("actual"), target.get("met")));
            }
        }
        return out.toString();
    }
}
