package org.openprocurement.platform.api.tender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The purchasing agency's published answer to an enquiry. */
public record AnswerRequest(@NotBlank @Size(max = 20000) String answer) {}
