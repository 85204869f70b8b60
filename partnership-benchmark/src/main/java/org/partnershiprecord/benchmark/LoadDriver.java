package org.partnershiprecord.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

import org.partnershiprecord.benchmark.Workload.Op;
import org.partnershiprecord.benchmark.Workload.Pool;

/**
 * A closed-loop load: {@code concurrency} clients, each sending its next request as soon as the previous one is
 * answered, for a fixed time. Records every latency, the errors by kind, and the CPU of the machine, of the driver
 * (this JVM) and of the application process.
 */
final class LoadDriver {

    /** Where requests go: over HTTP, or to the command gateway. Answers the outcome, e.g. "201" or "409". */
    interface Target {
        String send(Op op) throws Exception;

        default boolean ok(String outcome) {
            return outcome.startsWith("2");
        }
    }

    private LoadDriver() {
    }

    /** Sends each list in order, the lists side by side on {@code concurrency} threads; fails on any error. */
    static void sendAll(List<List<Op>> lists, Target target, int concurrency) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        ConcurrentHashMap<String, String> failures = new ConcurrentHashMap<>();
        java.util.concurrent.ConcurrentLinkedQueue<List<Op>> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(lists);
        for (int i = 0; i < concurrency; i++) {
            Thread thread = new Thread(() -> {
                List<Op> ops;
                while ((ops = queue.poll()) != null && failures.isEmpty()) {
                    for (Op op : ops) {
                        String outcome;
                        try {
                            outcome = target.send(op);
                        } catch (Exception e) {
                            outcome = e.toString();
                        }
                        boolean ok = target.ok(outcome);
                        op.done(ok);
                        if (!ok) {
                            failures.put(op.kind() + " " + op.path(), outcome);
                            return;
                        }
                    }
                }
            }, "seed-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Seeding failed: " + failures);
        }
    }

    /** Runs the mix on {@code pool} for {@code duration} with {@code concurrency} clients. */
    static Map<String, Object> run(Pool pool, Target target, int concurrency, Duration duration, long seed,
                                   long appPid) throws InterruptedException {
        List<Stats.Samples> samples = new ArrayList<>();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        Map<String, String> examples = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int w = 0; w < concurrency; w++) {
            Stats.Samples mine = new Stats.Samples();
            samples.add(mine);
            int worker = w;
            Thread thread = new Thread(() -> {
                Random random = new Random(seed * 1_000_003L + worker);
                Recorder.signIn();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = window[0] + duration.toNanos();
                while (System.nanoTime() < end) {
                    Op op = pool.next(random, worker);
                    long began = System.nanoTime();
                    String outcome;
                    try {
                        outcome = target.send(op);
                    } catch (Exception e) {
                        outcome = e.getClass().getSimpleName();
                        examples.putIfAbsent(outcome, String.valueOf(e.getMessage()));
                    }
                    long took = System.nanoTime() - began;
                    boolean ok = target.ok(outcome);
                    op.done(ok);
                    if (ok) {
                        mine.add(took);
                    }
                    outcomes.computeIfAbsent(ok ? "ok" : op.kind() + ":" + outcome, k -> new LongAdder()).increment();
                }
            }, "client-" + w);
            threads.add(thread);
            thread.start();
        }
        Machine.CpuSample machineBefore = Machine.machineCpu();
        double driverBefore = Machine.ownCpuSeconds();
        double appBefore = appPid > 0 ? Machine.processCpuSeconds(appPid) : 0;
        window[0] = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - window[0];
        double seconds = elapsed / 1e9;
        Machine.CpuSample machineAfter = Machine.machineCpu();
        double driverCpu = Machine.ownCpuSeconds() - driverBefore;
        double appCpu = appPid > 0 ? Machine.processCpuSeconds(appPid) - appBefore : 0;

        long[] all = Stats.Samples.merge(samples);
        long ok = outcomes.getOrDefault("ok", new LongAdder()).sum();
        long errors = outcomes.entrySet().stream().filter(e -> !e.getKey().equals("ok"))
                .mapToLong(e -> e.getValue().sum()).sum();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("concurrency", concurrency);
        result.put("seconds", Stats.round(seconds, 2));
        result.put("commands", ok);
        result.put("commandsPerSecond", Stats.round(ok / seconds, 1));
        result.put("errors", errors);
        Map<String, Long> errorKinds = new TreeMap<>();
        outcomes.forEach((k, v) -> {
            if (!k.equals("ok")) {
                errorKinds.put(k, v.sum());
            }
        });
        result.put("errorKinds", errorKinds);
        if (!examples.isEmpty()) {
            result.put("errorExamples", examples);
        }
        result.put("latency", Stats.latencies(all));
        Map<String, Object> cpu = new LinkedHashMap<>();
        int cores = Runtime.getRuntime().availableProcessors();
        cpu.put("machineBusy", Stats.round(Machine.busyShare(machineBefore, machineAfter), 3));
        cpu.put("driverCores", Stats.round(driverCpu / seconds, 2));
        cpu.put("driverShareOfMachine", Stats.round(driverCpu / seconds / cores, 3));
        if (appPid > 0) {
            cpu.put("appCores", Stats.round(appCpu / seconds, 2));
        }
        result.put("cpu", cpu);
        return result;
    }
}
