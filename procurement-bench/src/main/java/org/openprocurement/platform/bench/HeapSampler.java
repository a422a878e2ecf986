package org.openprocurement.platform.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Reads the platform's used heap from its metrics endpoint twice a second and keeps the highest value. */
final class HeapSampler implements AutoCloseable {

    private final AtomicLong highest = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler(Client client) {
        thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                try {
                    Client.Answer answer =
                            client.get(Accounts.ADMIN, "/actuator/metrics/jvm.memory.used?tag=area:heap");
                    if (answer.status() == 200) {
                        long used = answer.json()
                                .path("measurements")
                                .path(0)
                                .path("value")
                                .asLong();
                        highest.accumulateAndGet(used, Math::max);
                    }
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // the platform may be restarting; try again on the next tick
                }
            }
        });
    }

    /** The highest used heap seen, in MiB. */
    double highestMiB() {
        return highest.get() / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
