package org.openprocurement.platform.api.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.openprocurement.platform.core.shared.DomainRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The one place where failures become RFC 9457 problem responses; never a class name or stack trace. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(DomainRefusal.class)
    ResponseEntity<ProblemDetail> refused(DomainRefusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_ENTITY;
            case STATE_CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        return problem(Problems.of(status, refusal.code(), refusal.getMessage()));
    }

    @ExceptionHandler(RequestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RequestRefusedException refusal) {
        return problem(Problems.of(refusal.status(), refusal.code(), refusal.getMessage()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(Problems.invalid(
                "The request has invalid fields.", List.of(new Problems.FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        String detail = e instanceof NotFoundException ? e.getMessage() : "No such object is visible to you.";
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", detail));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> stale(ConflictingAggregateVersionException e) {
        return problem(Problems.of(
                HttpStatus.PRECONDITION_FAILED,
                "stale-version",
                "The object changed since the version given in If-Match; read it again and retry."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e) {
        return problem(Problems.of(
                HttpStatus.CONFLICT, "concurrent-modification", "Another change to the same object won; retry."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this action."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> bug(Exception e) {
        if (databaseUnavailable(e)) {
            log.warn("The database is unavailable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "unavailable",
                            "The platform cannot reach its database just now. Retry with the same Idempotency-Key: "
                                    + "a retry never records the same request twice."));
        }
        log.error("Unhandled failure", e);
        return problem(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The platform failed; the failure was logged."));
    }

    /**
     * PostgreSQL down, restarting or recovering from a crash: the connection failed, a commit or rollback
     * could not complete, or the server said so (SQLSTATE class 08, connection exception; class 57, operator
     * intervention: shutdown, crash recovery, a statement cancelled by its timeout). Whether a commit that failed half-way took effect is unknown to the platform, which is
     * why the answer asks for a retry with the same Idempotency-Key: that retry either replays the recorded
     * answer or does the work once.
     */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof TransactionSystemException
                    || cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return body(Problems.invalid("The request has invalid fields.", errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(m -> new Problems.FieldError(
                                r.getMethodParameter().getParameterName(), m.getDefaultMessage())))
                .toList();
        return body(Problems.invalid("The request has invalid parameters.", errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return body(unreadable(e.getCause()), headers);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(Problems.invalid(
                "The request has invalid parameters.",
                List.of(new Problems.FieldError(e.getName(), "is not a valid value"))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && problem.getProperties() != null
                && problem.getProperties().containsKey("code")) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        String detail =
                e instanceof ErrorResponse response && response.getBody().getDetail() != null
                        ? response.getBody().getDetail()
                        : "The request could not be handled.";
        return body(Problems.of(status, codeOf(status), detail), headers);
    }

    private static ProblemDetail unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.invalid(
                    "The request has a field this operation does not know.",
                    List.of(new Problems.FieldError(path(unknown), "is not a known field")));
        }
        if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
            return Problems.invalid(
                    "The request has a field of the wrong type or format.",
                    List.of(new Problems.FieldError(
                            path((JsonMappingException) cause), "has the wrong type or format")));
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "The request body is not well-formed JSON.");
    }

    private static String path(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "(body)";
        }
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "request-too-large";
            case 415 -> "unsupported-media-type";
            default -> status.is5xxServerError() ? "internal-error" : "request-failed";
        };
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> body(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }
}
