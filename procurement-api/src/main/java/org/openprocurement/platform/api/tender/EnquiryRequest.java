package org.openprocurement.platform.api.tender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supplier's question about the tender documents. */
public record EnquiryRequest(@NotBlank @Size(max = 5000) String question) {}
