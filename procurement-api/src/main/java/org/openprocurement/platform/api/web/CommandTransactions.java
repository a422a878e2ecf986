package org.openprocurement.platform.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.ConcurrencyException;
import org.openprocurement.platform.api.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a state-changing request in one database transaction: the command's events, the projections kept in
 * that transaction, and the {@code Idempotency-Key} record commit together or not at all.
 *
 * <p>Two commands racing on one aggregate are serialised by the unique (aggregate, sequence) key: the loser is
 * rolled back whole and run again on the new state, so it is answered by the rules rather than by a conflict.
 */
@Component
public class CommandTransactions {

    private static final int ATTEMPTS = 5;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final TransactionTemplate transactions;
    private final IdempotencyRecords records;
    private final ObjectMapper json;
    private final Clock clock;

    CommandTransactions(TransactionTemplate transactions, IdempotencyRecords records, ObjectMapper json, Clock clock) {
        this.transactions = transactions;
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once per idempotency key: a retry with the same key and the same request gets the
     * first answer again and changes nothing; the same key with another request is refused.
     */
    public ResponseEntity<?> run(
            Actor actor, String idempotencyKey, String operation, Object request, Supplier<ResponseEntity<?>> action) {
        String requestHash = fingerprint(idempotencyKey, operation, request);
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> idempotencyKey == null
                        ? action.get()
                        : records.once(actor.userId(), idempotencyKey, requestHash, clock.instant(), action));
            } catch (ConcurrencyException lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
            } catch (RuntimeException failed) {
                // A retry of a request already answered may fail on the state the first one left (a bid past the
                // deadline, a contract already signed): it gets the first answer, not a new one.
                Optional<ResponseEntity<?>> first = idempotencyKey == null
                        ? Optional.empty()
                        : recorded(actor, idempotencyKey, requestHash, failed);
                if (first.isPresent()) {
                    return first.get();
                }
                if (!(failed instanceof IdempotencyRecords.KeyTakenException) || attempt == ATTEMPTS) {
                    throw failed;
                }
            }
        }
    }

    /** The first answer recorded for the key; the request's own failure if even that cannot be read. */
    private Optional<ResponseEntity<?>> recorded(
            Actor actor, String idempotencyKey, String requestHash, RuntimeException failed) {
        try {
            return records.recorded(actor.userId(), idempotencyKey, requestHash);
        } catch (RequestRefusedException reused) {
            throw reused;
        } catch (RuntimeException unreadable) {
            failed.addSuppressed(unreadable);
            throw failed;
        }
    }

    /** Refuses a malformed key; the fingerprint a retry with the same key must match, or null without a key. */
    String fingerprint(String idempotencyKey, String operation, Object request) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new RequestRefusedException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters.");
        }
        return idempotencyKey == null ? null : hash(operation, request);
    }

    Instant now() {
        return clock.instant();
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
