package org.openprocurement.platform.api.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The responsible agency's published reply to a public comment. */
public record ReplyRequest(@NotBlank @Size(max = 2000) String reply) {}
