package org.openprocurement.platform.api.tender;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The bid the purchasing agency awards; it must rank first. */
public record AwardRequest(@NotNull UUID bidId) {}
