package org.openprocurement.platform.api.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openprocurement.platform.core.appeal.ChallengeSubject;

/** A supplier's written challenge: what it is about and why. */
public record ChallengeRequest(
        @NotNull ChallengeSubject subject,
        @NotBlank @Size(max = 10000) String grounds) {}
