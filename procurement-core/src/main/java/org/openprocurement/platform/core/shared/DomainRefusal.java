package org.openprocurement.platform.core.shared;

/**
 * A command refused because it would break a rule or does not fit the current state; nothing is recorded.
 *
 * <p>Each aggregate keeps its refusals in a sealed hierarchy below this base (Java allows a sealed
 * hierarchy to span packages only inside a named module), so the web module can map every refusal by its
 * {@link #kind()} and stable {@link #code()} without knowing the concrete class.
 */
public abstract class DomainRefusal extends RuntimeException {

    protected DomainRefusal(String message) {
        // Refusals are expected outcomes: no stack trace is captured.
        super(message, null, false, false);
    }

    /** A stable, machine-readable name of the broken rule, for example {@code insufficient-funds}. */
    public abstract String code();

    /** Whether the refusal is a broken rule, a state conflict or an unknown object. */
    public abstract RefusalKind kind();
}
