package org.openprocurement.platform.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Runs a bounded number of operations from a fixed number of client threads, as fast as the system under
 * test takes them, and measures each one. Bounded in count and in time: it stops at whichever comes first.
 */
final class Load {

    /** One operation: its index in the run; answers the HTTP status, or a negative number for no answer. */
    @FunctionalInterface
    interface Operation {
        int run(int index) throws Exception;
    }

    private Load() {}

    static Figures run(String scenario, int clients, int operations, Duration bound, Operation operation) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong succeeded = new AtomicLong();
        ConcurrentHashMap<String, AtomicLong> failures = new ConcurrentHashMap<>();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        for (int c = 0; c < clients; c++) {
            Histogram histogram = new Histogram(Duration.ofMinutes(2).toNanos(), 3);
            histograms.add(histogram);
            threads.add(Thread.ofPlatform().name(scenario + "-client-" + c).start(() -> {
                int index;
                while ((index = next.getAndIncrement()) < operations && System.nanoTime() < deadline) {
                    long before = System.nanoTime();
                    String failure;
                    try {
                        int status = operation.run(index);
                        failure = status >= 200 && status < 300 ? null : "HTTP " + status;
                    } catch (Exception e) {
                        failure = e.getClass().getSimpleName();
                    }
                    histogram.recordValue(Math.min(System.nanoTime() - before, histogram.getHighestTrackableValue()));
                    if (failure == null) {
                        succeeded.incrementAndGet();
                    } else {
                        failures.computeIfAbsent(failure, f -> new AtomicLong()).incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram all = new Histogram(Duration.ofMinutes(2).toNanos(), 3);
        histograms.forEach(all::add);
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        StringBuilder kinds = new StringBuilder();
        failures.forEach((kind, count) -> kinds.append(kinds.isEmpty() ? "" : ", ")
                .append(kind)
                .append(" ×")
                .append(count.get()));
        return new Figures(
                scenario,
                clients,
                succeeded.get() + failed,
                succeeded.get(),
                failed,
                kinds.toString(),
                seconds,
                succeeded.get() / seconds,
                millis(all.getValueAtPercentile(50)),
                millis(all.getValueAtPercentile(95)),
                millis(all.getValueAtPercentile(99)),
                millis(all.getMaxValue()));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
