package org.openprocurement.platform.core.shared;

/**
 * A command refused because it would break a rule or does not fit the current state; nothing is recorded.
 *
 * <p>Each aggregate keeps its refusals in a sealed hierarchy below this base (Java allows a sealed
 * hierarchy to span packages only inside a named module), so the web module can map every refusal by its
 * {@link #kind()} and stable {@link #code()} without knowing the concrete class.
 */
public abstract class DomainRefusal extends RuntimeException {

    private final String code;
    private final RefusalKind kind;

    protected DomainRefusal(String code, RefusalKind kind, String message) {
        // Refusals are expected outcomes: no stack trace is captured.
        super(message, null, false, false);
        this.code = code;
        this.kind = kind;
    }

    /** A stable, machine-readable name of the broken rule, for example {@code insufficient-funds}. */
    public final String code() {
        return code;
    }

    /** Whether the refusal is a broken rule, a state conflict or an unknown object. */
    public final RefusalKind kind() {
        return kind;
    }
}
