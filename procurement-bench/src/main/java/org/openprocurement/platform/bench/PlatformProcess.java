package org.openprocurement.platform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform as its own JVM, started the way an operator starts it (heap capped at 512 MB) against the
 * harness's PostgreSQL, so that the load comes from another process over loopback and the platform can be
 * killed with SIGKILL.
 */
final class PlatformProcess {

    /**
     * The JVM options {@code ./procurement run} starts the platform with (keep the two alike): a 512 MB heap and
     * the parallel collector, which took the bid storm from about 600 to 870 bids/s on two cores against G1,
     * whose concurrent marking and write barriers cost a third of the platform's CPU there.
     */
    static final List<String> SHIPPED_JVM = List.of("-Xmx512m", "-XX:+UseParallelGC");

    /** The JVM's own defaults (G1 on a server-class machine), with the same heap cap. */
    static final List<String> DEFAULT_JVM = List.of("-Xmx512m");

    private static final String MAIN = "org.openprocurement.platform.api.ProcurementApplication";

    private final Path work;
    private final String classPath;
    private final String jdbcUrl;
    private final Path accounts;
    private final List<String> settings;
    private final List<String> jvm;
    private final int port;
    private Process process;

    PlatformProcess(Path work, String classPath, String jdbcUrl, Path accounts, List<String> settings) {
        this(work, classPath, jdbcUrl, accounts, settings, SHIPPED_JVM);
    }

    PlatformProcess(
            Path work, String classPath, String jdbcUrl, Path accounts, List<String> settings, List<String> jvm) {
        this.jvm = List.copyOf(jvm);
        this.work = work;
        this.classPath = classPath;
        this.jdbcUrl = jdbcUrl;
        this.accounts = accounts;
        this.settings = List.copyOf(settings);
        this.port = BenchDatabase.freePort();
    }

    URI base() {
        return URI.create("http://localhost:" + port);
    }

    long pid() {
        return process.pid();
    }

    /** Starts the platform and waits until its health endpoint answers UP. */
    void start(Duration bound) {
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvm);
        String extra = System.getProperty("bench.platform.jvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-cp",
                classPath,
                MAIN,
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + BenchDatabase.USER,
                "--spring.datasource.password=" + BenchDatabase.PASSWORD,
                "--spring.config.additional-location=file:" + accounts.toAbsolutePath(),
                "--procurement.sealing.key-file="
                        + work.resolve("keys/bid-sealing.key").toAbsolutePath()));
        command.addAll(settings);
        try {
            Files.createDirectories(work);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            work.resolve("platform.log").toFile()));
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The platform did not start", e);
        }
        awaitHealthy(bound);
    }

    private void awaitHealthy(Duration bound) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(base().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The platform exited with " + process.exitValue() + "; see " + work.resolve("platform.log"));
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            BenchDatabase.pause(Duration.ofMillis(250));
        }
        kill();
        throw new IllegalStateException(
                "The platform was not healthy within " + bound + "; see " + work.resolve("platform.log"));
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(30));
        }
    }

    /** SIGTERM, the orderly stop; killed if it takes longer than half a minute. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(30))) {
                kill();
            }
        }
    }

    private boolean waitFor(Duration bound) {
        try {
            return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
