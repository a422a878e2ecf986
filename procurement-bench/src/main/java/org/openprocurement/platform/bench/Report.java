package org.openprocurement.platform.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the figures side by side and writes them as JSON and as an SVG chart. */
final class Report {

    private final List<Figures> figures = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<String> verdicts = new ArrayList<>();

    void add(Figures measured) {
        figures.add(measured);
    }

    void fact(String name, String value) {
        facts.put(name, value);
    }

    /** A target and whether this run met it, stated plainly. */
    void verdict(String target, boolean met, String detail) {
        verdicts.add((met ? "MET     " : "NOT MET ") + target + " — " + detail);
    }

    void print(PrintStream out) {
        out.println();
        facts.forEach((name, value) -> out.printf("%-28s %s%n", name, value));
        out.println();
        out.printf(
                Locale.ROOT,
                "%-44s %7s %8s %8s %9s %9s %9s %9s %9s  %s%n",
                "scenario",
                "clients",
                "ok",
                "failed",
                "per sec",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "failures");
        for (Figures f : figures) {
            out.printf(
                    Locale.ROOT,
                    "%-44s %7d %8d %8d %9.0f %9.1f %9.1f %9.1f %9.1f  %s%n",
                    f.scenario(),
                    f.clients(),
                    f.succeeded(),
                    f.failed(),
                    f.throughput(),
                    f.p50Millis(),
                    f.p95Millis(),
                    f.p99Millis(),
                    f.maxMillis(),
                    f.failureKinds());
        }
        out.println();
        verdicts.forEach(out::println);
        out.println();
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            ObjectNode root = Client.JSON.createObjectNode();
            ObjectNode environment = root.putObject("environment");
            facts.forEach(environment::put);
            ArrayNode scenarios = root.putArray("scenarios");
            figures.forEach(f -> scenarios.addPOJO(Client.JSON.valueToTree(f)));
            ArrayNode targets = root.putArray("targets");
            verdicts.forEach(targets::add);
            Client.JSON
                    .copy()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(directory.resolve("results.json").toFile(), root);
            Files.writeString(directory.resolve("throughput.svg"), chart());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Horizontal bars of throughput, each labelled with its p99. */
    private String chart() {
        int rowHeight = 34;
        int labelWidth = 360;
        int barWidth = 460;
        int height = 60 + rowHeight * figures.size();
        double widest = figures.stream().mapToDouble(Figures::throughput).max().orElse(1);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                        + "font-size=\"13\">%n",
                labelWidth + barWidth + 170,
                height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Successful operations per second "
                + "(durable PostgreSQL, loopback)</text>\n");
        int y = 46;
        for (Figures f : figures) {
            int width = (int) Math.max(1, Math.round(barWidth * f.throughput() / widest));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"10\" y=\"%d\">%s</text>%n<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" "
                            + "fill=\"%s\"/>%n<text x=\"%d\" y=\"%d\">%,.0f/s · p99 %.1f ms</text>%n",
                    y + 15,
                    escape(f.scenario()),
                    labelWidth,
                    y,
                    width,
                    f.scenario().startsWith("ceiling") ? "#8a8a8a" : "#2a6ebb",
                    labelWidth + width + 8,
                    y + 15,
                    f.throughput(),
                    f.p99Millis()));
            y += rowHeight;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
