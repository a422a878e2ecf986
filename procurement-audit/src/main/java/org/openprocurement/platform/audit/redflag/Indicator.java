package org.openprocurement.platform.audit.redflag;

import java.util.List;
import java.util.Optional;

/** One red-flag indicator: a documented method over a process's recorded events. */
public interface Indicator {

    /** Stable code, in kebab-case. */
    String code();

    /** What the indicator says, in a line. */
    String title();

    /** How it is computed from the events. */
    String method();

    /** Where it comes from in the literature. */
    String source();

    /** The flag this process raises, if any. */
    Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context);

    /** A flag of this indicator with its detail and the events it rests on. */
    default Optional<RedFlag> flag(String detail, List<String> eventIds) {
        return Optional.of(new RedFlag(code(), title(), detail, eventIds));
    }
}
