package org.openprocurement.platform.api.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A supplier's complaint about the answer to its challenge (or the lack of one). */
public record ComplaintRequest(
        @NotNull UUID challengeId,
        @NotBlank @Size(max = 10000) String grounds) {}
