package org.openprocurement.platform.api.appeal;

import java.time.Instant;

/** A suspension of the procurement while a complaint is handled (GPL art. 57). */
public record SuspensionResponse(
        String reason, Instant suspendedAt, Instant suspendedUntil, Instant resumedAt, String resumeReason) {}
