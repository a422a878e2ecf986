package org.openprocurement.platform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The users the load signs in as: the platform's demo officers plus {@code suppliers} generated supplier
 * companies, each with one account. Written as a Spring configuration file that replaces the demo lists.
 */
final class Accounts {

    static final String PASSWORD = "bench";
    static final String FINANCE = "finance.officer";
    static final String OFFICER = "health.officer";
    static final String AGENT = "purchasing.agent";
    static final String ADMIN = "admin";
    static final String AUDITOR = "auditor";

    private final int suppliers;

    Accounts(int suppliers) {
        this.suppliers = suppliers;
    }

    int suppliers() {
        return suppliers;
    }

    /** The account (and organisation id) of supplier number {@code n}, 0-based. */
    static String supplier(int n) {
        return "bench-supplier-%05d".formatted(n);
    }

    Path write(Path directory) {
        List<String> lines = new ArrayList<>();
        lines.add("procurement:");
        lines.add("  security:");
        lines.add("    demo-accounts:");
        account(lines, FINANCE, "finance-bureau", "FINANCE");
        account(lines, OFFICER, "city-health", "OFFICER");
        account(lines, AGENT, "central-purchasing", "PURCHASING_AGENT");
        account(lines, ADMIN, "platform-operator", "ADMIN");
        account(lines, AUDITOR, "audit-office", "AUDITOR");
        for (int n = 0; n < suppliers; n++) {
            account(lines, supplier(n), supplier(n), "SUPPLIER");
        }
        lines.add("  organisations:");
        organisation(lines, "city-health", "Municipal Health Commission", "USING_AGENCY");
        organisation(lines, "central-purchasing", "Municipal Government Procurement Centre", "PURCHASING_AGENCY");
        organisation(lines, "finance-bureau", "Municipal Finance Bureau", "FINANCE_DEPARTMENT");
        organisation(lines, "platform-operator", "Platform operator", "PLATFORM_OPERATOR");
        organisation(lines, "audit-office", "Municipal Audit Office", "AUDIT_OFFICE");
        for (int n = 0; n < suppliers; n++) {
            organisation(lines, supplier(n), "Benchmark Supplier " + n + " Co. Ltd.", "SUPPLIER");
        }
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("bench-accounts.yml");
            Files.write(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void account(List<String> lines, String user, String organisation, String role) {
        lines.add("      - {username: %s, password: %s, organisation: %s, role: %s}"
                .formatted(user, PASSWORD, organisation, role));
    }

    private static void organisation(List<String> lines, String id, String name, String kind) {
        lines.add("    - {id: %s, name: \"%s\", kind: %s, registrationNumber: BENCH-%s}".formatted(id, name, kind, id));
    }
}
