package org.openprocurement.platform.api.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.openprocurement.platform.api.web.InvalidInputException;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.api.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals of the portal: a person's browser (which asks for HTML) gets a readable page with the status, any
 * other client the platform's RFC 9457 problem document.
 */
@ControllerAdvice(assignableTypes = PortalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<?> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(
                request,
                Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such public procurement process exists."),
                "Not found",
                "There is no public procurement process at this address.");
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<?> invalid(InvalidInputException e, HttpServletRequest request) {
        return answer(
                request,
                Problems.invalid(
                        "The request has invalid parameters.",
                        List.of(new Problems.FieldError(e.field(), e.getMessage()))),
                "Invalid request",
                "The " + e.field() + " " + e.getMessage() + ".");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(
                request,
                Problems.invalid(
                        "The request has invalid parameters.",
                        List.of(new Problems.FieldError(e.getName(), "is not a valid value"))),
                "Invalid request",
                "The " + e.getName() + " in this address is not valid.");
    }

    private static ResponseEntity<?> answer(
            HttpServletRequest request, ProblemDetail problem, String heading, String explanation) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            String main = "<h1>" + Html.esc(heading) + "</h1>\n<p>" + Html.esc(explanation)
                    + "</p>\n<p><a href=\"/\">All procurement processes</a></p>\n";
            return PortalResponses.status(HttpStatus.valueOf(problem.getStatus()), heading, "", main);
        }
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
