package org.openprocurement.platform.api.web;

/** The object does not exist, or the caller may not know that it exists: answered 404 either way. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " " + id + " is visible to you.", null, false, false);
    }
}
