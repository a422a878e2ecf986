package org.openprocurement.platform.bench;

/**
 * What one scenario measured.
 *
 * @param throughput successful operations per second of wall-clock time
 * @param failureKinds each kind of failure with its count, empty when none
 */
record Figures(
        String scenario,
        int clients,
        long operations,
        long succeeded,
        long failed,
        String failureKinds,
        double seconds,
        double throughput,
        double p50Millis,
        double p95Millis,
        double p99Millis,
        double maxMillis) {}
