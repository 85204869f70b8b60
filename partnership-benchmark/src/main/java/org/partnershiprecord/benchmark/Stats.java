package org.partnershiprecord.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency percentiles from every sample (sorted array; no histogram buckets). */
final class Stats {

    private Stats() {
    }

    /** Count, mean, p50, p95, p99, p99.9 and max of nanosecond samples, in milliseconds. */
    static Map<String, Object> latencies(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", sorted.length);
        if (sorted.length == 0) {
            return summary;
        }
        summary.put("meanMs", ms((long) Arrays.stream(sorted).average().orElse(0)));
        summary.put("p50Ms", ms(percentile(sorted, 50)));
        summary.put("p95Ms", ms(percentile(sorted, 95)));
        summary.put("p99Ms", ms(percentile(sorted, 99)));
        summary.put("p999Ms", ms(percentile(sorted, 99.9)));
        summary.put("maxMs", ms(sorted[sorted.length - 1]));
        return summary;
    }

    /** Nearest-rank percentile of a sorted array. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    /** A growable array of longs, one per worker (no sharing while measuring). */
    static final class Samples {
        private long[] values = new long[4096];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }

        static long[] merge(Iterable<Samples> all) {
            int total = 0;
            for (Samples s : all) {
                total += s.size;
            }
            long[] merged = new long[total];
            int at = 0;
            for (Samples s : all) {
                System.arraycopy(s.values, 0, merged, at, s.size);
                at += s.size;
            }
            return merged;
        }
    }
}
