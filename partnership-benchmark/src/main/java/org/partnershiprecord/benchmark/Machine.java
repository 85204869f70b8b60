package org.partnershiprecord.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the benchmark reads of the machine: CPU of the whole machine, of a process, of this JVM; resident memory. */
final class Machine {

    /** Linux reports process CPU in clock ticks of 1/100 s (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100.0;

    private Machine() {
    }

    /** CPU time of the whole machine: busy and total jiffies from /proc/stat. */
    record CpuSample(long busy, long total) {
    }

    static CpuSample machineCpu() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                long value = Long.parseLong(fields[i]);
                total += value;
                if (i == 4 || i == 5) {
                    idle += value;
                }
            }
            return new CpuSample(total - idle, total);
        } catch (IOException | RuntimeException e) {
            return new CpuSample(0, 0);
        }
    }

    /** Busy share of all cores between two samples, 0..1. */
    static double busyShare(CpuSample before, CpuSample after) {
        long total = after.total() - before.total();
        return total <= 0 ? 0 : (double) (after.busy() - before.busy()) / total;
    }

    /** User + system CPU seconds a process has used, from /proc/{pid}/stat. */
    static double processCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU seconds this JVM (the load driver) has used. */
    static double ownCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return processCpuSeconds(ProcessHandle.current().pid());
    }

    /** VmRSS and VmHWM of a process in MiB, from /proc/{pid}/status. */
    static Map<String, Object> memory(long pid) {
        Map<String, Object> memory = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
            for (String line : lines) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    memory.put(line.startsWith("VmRSS:") ? "rssMiB" : "peakRssMiB", Stats.round(kb / 1024.0, 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            memory.put("error", e.getMessage());
        }
        return memory;
    }

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        try {
            Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .ifPresent(l -> machine.put("memoryGiB",
                            Stats.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0, 1)));
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .ifPresent(l -> machine.put("cpu", l.substring(l.indexOf(':') + 1).strip()));
        } catch (IOException e) {
            // not Linux: leave it out
        }
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }
}
