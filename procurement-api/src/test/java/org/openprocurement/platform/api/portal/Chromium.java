package org.openprocurement.platform.api.portal;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium as a person's browser: the DOM it builds from a page, and a screenshot of it. On CI
 * ({@code CI=true}) a missing Chromium fails the test; elsewhere the test is skipped with the reason.
 */
final class Chromium {

    private static final List<String> CANDIDATES =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The installed Chromium (CHROMIUM names another), or the test's failure or skip when there is none. */
    static Chromium installed() {
        String configured = System.getenv("CHROMIUM");
        Stream<String> candidates = configured == null ? CANDIDATES.stream() : Stream.of(configured);
        Path found =
                candidates.map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null) {
            String reason = "Chromium is not installed (looked at " + CANDIDATES
                    + "); install Debian's chromium package, as ./procurement test does when run as root";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason);
            }
            Assumptions.abort(reason);
        }
        return new Chromium(found);
    }

    /** The DOM the browser built for the page at {@code url}, serialized. */
    String dom(String url) {
        return new String(run(List.of("--dump-dom", url)), StandardCharsets.UTF_8);
    }

    /** A PNG screenshot of the page, written to {@code file}. */
    void screenshot(String url, Path file) {
        run(List.of("--window-size=1280,1800", "--screenshot=" + file.toAbsolutePath(), url));
        if (!Files.isRegularFile(file)) {
            fail("Chromium wrote no screenshot of " + url);
        }
    }

    private byte[] run(List<String> arguments) {
        Path profile = null;
        try {
            profile = Files.createTempDirectory("portal-chromium");
            List<String> command = new ArrayList<>(List.of(
                    executable.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--user-data-dir=" + profile));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + arguments);
            }
            if (process.exitValue() != 0) {
                fail("Chromium exited with " + process.exitValue() + ": " + arguments);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run Chromium", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Chromium ran", e);
        } finally {
            delete(profile);
        }
    }

    /** What a person reads: the text of the DOM without markup, styles or entities, whitespace collapsed. */
    static String visibleText(String dom) {
        String text = dom.replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<title>.*?</title>", " ")
                // inline elements run on with the text around them; every other element breaks it
                .replaceAll("</?(?:a|span|time|code|em|strong|abbr)\\b[^>]*>", "")
                .replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a left-over temporary profile is harmless
        }
    }
}
