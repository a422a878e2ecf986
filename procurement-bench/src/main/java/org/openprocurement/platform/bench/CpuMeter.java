package org.openprocurement.platform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time spent by the platform, by PostgreSQL (all its server processes) and by the load generator over
 * one scenario, so that a figure can say where the machine's cores went.
 */
final class CpuMeter {

    private final long platformPid;
    private final long postmasterPid;
    private final Duration platform;
    private final Duration postgres;
    private final Duration load;

    private CpuMeter(long platformPid, long postmasterPid) {
        this.platformPid = platformPid;
        this.postmasterPid = postmasterPid;
        this.platform = cpu(platformPid);
        this.postgres = postgresCpu(postmasterPid);
        this.load = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static CpuMeter start(long platformPid, long postmasterPid) {
        return new CpuMeter(platformPid, postmasterPid);
    }

    /** Milliseconds of CPU per operation for each process since the start, as one line. */
    String perOperation(long operations) {
        CpuMeter now = new CpuMeter(platformPid, postmasterPid);
        return String.format(
                Locale.ROOT,
                "platform %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms of CPU per operation",
                millis(now.platform.minus(platform), operations),
                millis(now.postgres.minus(postgres), operations),
                millis(now.load.minus(load), operations));
    }

    private static double millis(Duration cpu, long operations) {
        return operations == 0 ? 0 : cpu.toNanos() / 1e6 / operations;
    }

    private static Duration cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /**
     * The postmaster and its live backends, plus every backend that already exited: the postmaster reaps its
     * children, so the kernel adds their CPU to its own children's times (Linux {@code /proc}; elsewhere those
     * are left out, and a backend that exited during the run is not counted).
     */
    private static Duration postgresCpu(long postmasterPid) {
        Duration live = ProcessHandle.of(postmasterPid)
                .map(p -> Stream.concat(Stream.of(p), p.descendants())
                        .map(h -> h.info().totalCpuDuration().orElse(Duration.ZERO))
                        .reduce(Duration.ZERO, Duration::plus))
                .orElse(Duration.ZERO);
        return live.plus(reapedChildren(postmasterPid));
    }

    /** Fields 16 and 17 of {@code /proc/<pid>/stat} (cutime, cstime), in clock ticks of 1/100 s. */
    private static Duration reapedChildren(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state), so field n is fields[n - 3]
            long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return Duration.ofMillis(ticks * 10);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }
}
