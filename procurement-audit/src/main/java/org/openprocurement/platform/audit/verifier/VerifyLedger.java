package org.openprocurement.platform.audit.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offline ledger verifier: {@code java -jar procurement-audit.jar --export ledger.ndjson
 * --checkpoints checkpoints.json --key <verifier key>}. No database, no network, no Spring. Exit 0: intact;
 * 1: tampered (the first problem names the leaf); 2: the command was not understood.
 */
public final class VerifyLedger {

    private VerifyLedger() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path export = null;
        Path checkpoints = null;
        String key = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--export" -> export = Path.of(args[i + 1]);
                case "--checkpoints" -> checkpoints = Path.of(args[i + 1]);
                case "--key" -> key = args[i + 1];
                default -> {
                    return usage(err, "unknown option " + args[i]);
                }
            }
        }
        if (export == null || checkpoints == null || key == null || args.length % 2 != 0) {
            return usage(err, "all three options are needed");
        }
        try {
            List<String> notes = notes(Files.readString(checkpoints, StandardCharsets.UTF_8));
            LedgerVerifier verifier = new LedgerVerifier(
                    notes,
                    key.startsWith("@")
                            ? Files.readString(Path.of(key.substring(1))).trim()
                            : key);
            long total = Math.max(1, Files.size(export));
            ProgressBar bar = new ProgressBar(err, total);
            LedgerVerifier.Result result;
            try (BufferedReader reader = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
                result = verifier.verify(reader, bar::update);
            }
            bar.done();
            if (result.intact()) {
                out.printf(
                        "INTACT: %,d leaves, %d of %d signed checkpoints verified against the export%n",
                        result.leaves(), result.checkpointsVerified(), notes.size());
                return 0;
            }
            out.printf("TAMPERED: %s%n", result.problems().get(0));
            result.problems().stream().skip(1).limit(20).forEach(p -> out.println("  also: " + p));
            if (result.problems().size() > 21) {
                out.printf("  … and %d more%n", result.problems().size() - 21);
            }
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
    }

    /** The checkpoints as served by /api/public/ledger/checkpoints (a JSON array), or notes one after another. */
    @SuppressWarnings("unchecked")
    static List<String> notes(String text) {
        String trimmed = text.strip();
        List<String> notes = new ArrayList<>();
        if (trimmed.startsWith("[")) {
            for (Object item : (List<Object>) Json.parse(trimmed)) {
                if (item instanceof Map<?, ?> checkpoint && checkpoint.get("note") instanceof String note) {
                    notes.add(note);
                } else {
                    throw new IllegalArgumentException("a checkpoint without a note");
                }
            }
            return notes;
        }
        StringBuilder note = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            note.append(line).append('\n');
            if (line.startsWith("— ")) {
                notes.add(note.toString());
                note.setLength(0);
            }
        }
        return notes;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("verify-ledger: " + problem);
        err.println("usage: java -jar procurement-audit.jar --export ledger.ndjson --checkpoints checkpoints.json "
                + "--key <name+id+base64 key | @file>");
        return 2;
    }

    /** A one-line progress bar on the error stream, redrawn at most once per percent. */
    private static final class ProgressBar {

        private final PrintStream err;
        private final long total;
        private int shown = -1;

        ProgressBar(PrintStream err, long total) {
            this.err = err;
            this.total = total;
        }

        void update(long done) {
            int percent = (int) Math.min(100, done * 100 / total);
            if (percent != shown) {
                shown = percent;
                err.print("\r[" + "#".repeat(percent / 4) + " ".repeat(25 - percent / 4) + "] " + percent + "%");
            }
        }

        void done() {
            err.println();
        }
    }
}
