package org.openprocurement.platform.api.support;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one request on several threads released at the same instant, with bounded waits throughout. */
public final class Parallel {

    private static final long READY_SECONDS = 30;
    private static final long FINISH_SECONDS = 120;

    private Parallel() {}

    /** Runs {@code task} on {@code threads} threads that start together; returns every result in order. */
    public static <T> List<T> race(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(() -> {
                    ready.countDown();
                    if (!start.await(READY_SECONDS, SECONDS)) {
                        throw new IllegalStateException("The start signal never came");
                    }
                    return task.call();
                }));
            }
            assertThat(ready.await(READY_SECONDS, SECONDS))
                    .as("all threads ready")
                    .isTrue();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(FINISH_SECONDS, SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
