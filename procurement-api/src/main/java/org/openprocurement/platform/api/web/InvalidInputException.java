package org.openprocurement.platform.api.web;

/** Well-formed input whose field fails a check that needs more than one field to decide: answered 400. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
