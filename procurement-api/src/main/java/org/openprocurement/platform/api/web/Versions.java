package org.openprocurement.platform.api.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** Maps the HTTP entity tag to the aggregate version it stands for, and back. */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private Versions() {}

    /** The entity tag of an aggregate version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header expects, or null when the header is absent or {@code *}. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new RequestRefusedException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-if-match",
                    "If-Match must be one entity tag as returned in ETag, for example \"3\".");
        }
        return Long.parseLong(matcher.group(1));
    }
}
