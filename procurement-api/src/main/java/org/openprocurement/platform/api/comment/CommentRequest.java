package org.openprocurement.platform.api.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openprocurement.platform.core.comment.CommentKind;

/** A comment or question of the public; it names nobody and is published as written. */
public record CommentRequest(
        @NotNull CommentKind kind,

        @NotBlank
        @Size(max = 2000)
        @Pattern(
                regexp = "[^\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F]*",
                message = "must not contain control characters other than line breaks")
        String text) {}
