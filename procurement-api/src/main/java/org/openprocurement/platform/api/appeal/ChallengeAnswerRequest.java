package org.openprocurement.platform.api.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The purchasing agency's written answer to a challenge, and whether it finds it well founded. */
public record ChallengeAnswerRequest(
        @NotNull Boolean upheld,
        @NotBlank @Size(max = 10000) String answer) {}
