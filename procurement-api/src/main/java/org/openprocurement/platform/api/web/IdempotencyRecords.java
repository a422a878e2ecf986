package org.openprocurement.platform.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openprocurement.platform.api.infrastructure.DeferredWrites;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The stored first answers to requests sent with an {@code Idempotency-Key}. */
@Component
class IdempotencyRecords {

    static final String REPLAYED = "Idempotent-Replayed";

    private final JdbcTemplate jdbc;
    private final DeferredWrites writes;
    private final ObjectMapper json;

    IdempotencyRecords(JdbcTemplate jdbc, DeferredWrites writes, ObjectMapper json) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.json = json;
    }

    /**
     * Must run inside the caller's transaction. The action runs first and its answer is recorded with the key
     * in one statement at the end. A request whose key is already recorded, or being recorded by a transaction
     * still running (the insert waits for it), finds the key taken: {@link KeyTakenException} rolls the whole
     * transaction back, and the caller answers with {@link #recorded} once it has.
     */
    ResponseEntity<?> once(
            String caller, String key, String requestHash, Instant now, Supplier<ResponseEntity<?>> action) {
        ResponseEntity<?> answer = action.get();
        // Deferred to the end of a group-commit batch, with the batch's other writes; a taken key then fails the
        // batch, whose requests are run again alone.
        writes.update(
                "idempotency_record",
                """
                INSERT INTO idempotency_record (caller, idempotency_key, request_hash, status, location, etag, body,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                new Object[] {
                    caller,
                    key,
                    requestHash,
                    answer.getStatusCode().value(),
                    answer.getHeaders().getLocation() == null
                            ? null
                            : answer.getHeaders().getLocation().toString(),
                    answer.getHeaders().getETag(),
                    write(answer.getBody()),
                    Timestamp.from(now)
                },
                rows -> {
                    if (rows != 1) {
                        throw new KeyTakenException();
                    }
                });
        return answer;
    }

    /**
     * Outside any transaction: the first answer recorded for the key, replayed, if there is one; a key recorded
     * for a different request is refused.
     */
    Optional<ResponseEntity<?>> recorded(String caller, String key, String requestHash) {
        return Optional.ofNullable(replay(caller, key, requestHash));
    }

    /** The key is recorded already: what the transaction did is to be undone and the first answer given. */
    static final class KeyTakenException extends RuntimeException {
        KeyTakenException() {
            super("The Idempotency-Key is already recorded", null, false, false);
        }
    }

    private ResponseEntity<?> replay(String caller, String key, String requestHash) {
        List<ResponseEntity<String>> found = jdbc.query(
                "SELECT request_hash, status, location, etag, body FROM idempotency_record "
                        + "WHERE caller = ? AND idempotency_key = ?",
                (rs, row) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        throw new RequestRefusedException(
                                HttpStatus.UNPROCESSABLE_ENTITY,
                                "idempotency-key-reused",
                                "This Idempotency-Key was already used for a different request.");
                    }
                    HttpHeaders headers = new HttpHeaders();
                    if (rs.getString("location") != null) {
                        headers.setLocation(URI.create(rs.getString("location")));
                    }
                    if (rs.getString("etag") != null) {
                        headers.setETag(rs.getString("etag"));
                    }
                    headers.set(REPLAYED, "true");
                    // A first answer that was a problem (a late bid, a failed tender) is replayed as one.
                    headers.setContentType(
                            rs.getInt("status") >= 400
                                    ? MediaType.APPLICATION_PROBLEM_JSON
                                    : MediaType.APPLICATION_JSON);
                    return ResponseEntity.status(rs.getInt("status"))
                            .headers(headers)
                            .body(rs.getString("body"));
                },
                caller,
                key);
        return found.isEmpty() ? null : found.get(0);
    }

    private String write(Object body) {
        // Spring fills in a problem's instance when it writes the response, after this record is made; fill it
        // in here the same way, so that a replay is the first answer byte for byte.
        if (body instanceof ProblemDetail problem
                && problem.getInstance() == null
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            problem.setInstance(URI.create(request.getRequest().getRequestURI()));
        }
        try {
            return body == null ? null : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the answer", e);
        }
    }
}
