package org.openprocurement.platform.api.web;

import org.springframework.http.HttpStatus;

/** A request refused by the web layer before any command is sent, with its problem code. */
public class RequestRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public RequestRefusedException(HttpStatus status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
