package org.openprocurement.platform.core.method;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A jurisdiction's procurement rules as data: rows of (method, rule, value, legal source, effective date)
 * read from a CSV file. Another jurisdiction is another file.
 */
public final class RuleTable {

    private final List<Rule> rules;

    private RuleTable(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The default table: the People's Republic of China's Government Procurement Law and MOF orders. */
    public static RuleTable chinaGovernmentProcurementLaw() {
        try (InputStream in = RuleTable.class.getResourceAsStream("/rules/cn-gpl.csv")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table: a header line, then one rule per line; lines starting with # are comments. */
    public static RuleTable read(InputStream csv) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        boolean header = true;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rules.add(row(Csv.fields(line), number));
        }
        return new RuleTable(rules);
    }

    /** Every rule, in table order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rules in force for {@code method} on {@code day}. */
    public MethodRules forMethod(ProcurementMethod method, LocalDate day) {
        return new MethodRules(method, day, this);
    }

    /** The rule in force: the method's own row before a row for every method, the latest effective first. */
    Optional<Rule> find(ProcurementMethod method, String name, LocalDate day) {
        Comparator<Rule> byDate = Comparator.comparing(Rule::effectiveFrom);
        Optional<Rule> own = rules.stream()
                .filter(r -> r.method() == method
                        && r.name().equals(name)
                        && !r.effectiveFrom().isAfter(day))
                .max(byDate);
        if (own.isPresent()) {
            return own;
        }
        return rules.stream()
                .filter(r -> r.method() == null
                        && r.name().equals(name)
                        && !r.effectiveFrom().isAfter(day))
                .max(byDate);
    }

    private static Rule row(List<String> fields, int number) {
        if (fields.size() != 5) {
            throw new IllegalArgumentException("Rule table line " + number + " has " + fields.size() + " fields");
        }
        ProcurementMethod method = fields.get(0).equals("*") ? null : ProcurementMethod.valueOf(fields.get(0));
        return new Rule(method, fields.get(1), fields.get(2), fields.get(3), LocalDate.parse(fields.get(4)));
    }
}
