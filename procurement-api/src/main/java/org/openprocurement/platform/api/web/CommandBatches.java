package org.openprocurement.platform.api.web;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openprocurement.platform.api.infrastructure.DeferredWrites;
import org.openprocurement.platform.api.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Group commit of requests that arrive together: the requests queued on one lane are run one after the other
 * in a single database transaction (one commit, one WAL flush, one lock per batch key), and each is answered
 * only after that transaction committed. A batch is optimistic: if any request in it fails, the whole
 * transaction rolls back, nothing of it is kept, and every request of the batch is then run again on its own,
 * exactly as {@link CommandTransactions#run} runs a single request, so that a refused request never undoes
 * another and is answered by the same rules.
 *
 * <p>Each key has {@code procurement.command.stripes} lanes, each running its own batches, so that one batch can
 * run while another waits for its commit to be flushed; an organisation's requests always take the same lane
 * ({@link #stripeOf}). The batch's writes are sent together at its end ({@link DeferredWrites}).
 *
 * <p>{@code procurement.command.group-commit=false} runs every request alone (the benchmark's out-of-the-box peer).
 *
 * <p>No thread of its own: the first waiting request thread to take a lane's lock runs the batch for everyone
 * queued on it (flat combining), the others wait for the lock and find their answer ready. Each request runs
 * with its own request attributes and security context, so its events carry its own correlation id.
 */
@Component
public class CommandBatches {

    private static final int LANES = 64;
    private static final int MAX_BATCH = 64;

    private final CommandTransactions transactions;
    private final TransactionTemplate template;
    private final IdempotencyRecords records;
    private final DeferredWrites writes;
    private final Lane[] lanes = new Lane[LANES];

    private final DistributionSummary sizes;
    private final boolean groupCommit;
    private final int stripes;

    CommandBatches(
            CommandTransactions transactions,
            TransactionTemplate template,
            IdempotencyRecords records,
            DeferredWrites writes,
            MeterRegistry meters,
            @Value("${procurement.command.group-commit:true}") boolean groupCommit,
            @Value("${procurement.command.stripes:2}") int stripes) {
        this.groupCommit = groupCommit;
        if (stripes < 1) {
            throw new IllegalArgumentException("procurement.command.stripes must be at least 1, not " + stripes);
        }
        this.stripes = stripes;
        this.transactions = transactions;
        this.template = template;
        this.records = records;
        this.writes = writes;
        for (int i = 0; i < LANES; i++) {
            lanes[i] = new Lane();
        }
        Gauge.builder("procurement.command.batch.queued", this, CommandBatches::queued)
                .description("Requests waiting for their batch to start")
                .register(meters);
        this.sizes = DistributionSummary.builder("procurement.command.batch.size")
                .description("Requests committed together in one transaction")
                .register(meters);
    }

    private double queued() {
        int queued = 0;
        for (Lane lane : lanes) {
            queued += lane.queue.size();
        }
        return queued;
    }

    /**
     * Runs {@code action} like {@link CommandTransactions#run}, possibly in one transaction with other requests
     * of the same {@code batchKey}; {@code preamble} runs once in every transaction for each key it holds,
     * before any of that key's actions (a lock, typically).
     */
    public ResponseEntity<?> run(
            Object batchKey,
            Consumer<Object> preamble,
            Actor actor,
            String idempotencyKey,
            String operation,
            Object request,
            Supplier<ResponseEntity<?>> action) {
        String requestHash = transactions.fingerprint(idempotencyKey, operation, request);
        Item item = new Item(
                batchKey,
                preamble,
                actor,
                idempotencyKey,
                operation,
                request,
                requestHash,
                action,
                RequestContextHolder.getRequestAttributes(),
                SecurityContextHolder.getContext());
        if (!groupCommit) {
            alone(item);
            return item.answer();
        }
        Lane lane = lanes[Math.floorMod(batchKey.hashCode() * 31 + stripeOf(actor.organisationId()), LANES)];
        lane.queue.add(item);
        lane.lock.lock();
        try {
            while (!item.done) {
                lane.runNextBatch();
            }
        } finally {
            lane.lock.unlock();
        }
        return item.answer();
    }

    /**
     * Which of a key's stripes an organisation's requests take: requests of one organisation always queue on
     * the same lane, so its own requests are never in two transactions at once.
     */
    public int stripeOf(String organisationId) {
        return Math.floorMod(organisationId.hashCode(), stripes);
    }

    private final class Lane {

        private final ReentrantLock lock = new ReentrantLock();
        private final Queue<Item> queue = new ConcurrentLinkedQueue<>();

        /** Under the lock: every item removed from the queue is done before the lock is released. */
        void runNextBatch() {
            List<Item> batch = new ArrayList<>();
            for (Item next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
                batch.add(next);
            }
            if (batch.size() > 1 && together(batch)) {
                return;
            }
            batch.forEach(CommandBatches.this::alone);
        }
    }

    /** All in one transaction; false (and nothing kept) if any item failed for a reason of its own. */
    private boolean together(List<Item> batch) {
        List<ResponseEntity<?>> answers = new ArrayList<>(batch.size());
        try {
            // The batch's events, projection rows and idempotency records go to the database together at its end.
            template.executeWithoutResult(status -> writes.deferring(() -> {
                Set<Object> preambles = new LinkedHashSet<>();
                for (Item item : batch) {
                    if (preambles.add(item.batchKey)) {
                        item.preamble.accept(item.batchKey);
                    }
                    answers.add(item.within(() -> item.idempotencyKey == null
                            ? item.action.get()
                            : records.once(
                                    item.actor.userId(),
                                    item.idempotencyKey,
                                    item.requestHash,
                                    transactions.now(),
                                    item.action)));
                }
                return answers;
            }));
        } catch (RuntimeException | Error failed) {
            if (ProblemAdvice.databaseUnavailable(failed)) {
                // Running each again alone would only wait for the database once per bid, in turn: every bid of
                // the batch is answered 503 at once, and its retry with the same key does the work once.
                batch.forEach(item -> item.fail(failed));
                return true;
            }
            return false;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer(answers.get(i));
        }
        sizes.record(batch.size());
        return true;
    }

    /** On its own, exactly as a request that is not batched. */
    private void alone(Item item) {
        try {
            item.answer(item.within(
                    () -> transactions.run(item.actor, item.idempotencyKey, item.operation, item.request, () -> {
                        item.preamble.accept(item.batchKey);
                        return item.action.get();
                    })));
        } catch (RuntimeException | Error failed) {
            item.fail(failed);
        }
    }

    private static final class Item {

        final Object batchKey;
        final Consumer<Object> preamble;
        final Actor actor;
        final String idempotencyKey;
        final String operation;
        final Object request;
        final String requestHash;
        final Supplier<ResponseEntity<?>> action;
        private final RequestAttributes attributes;
        private final SecurityContext security;
        // Written and read under the lane's lock only (the waiting thread reads them after taking it).
        boolean done;
        private ResponseEntity<?> answer;
        private Throwable failure;

        Item(
                Object batchKey,
                Consumer<Object> preamble,
                Actor actor,
                String idempotencyKey,
                String operation,
                Object request,
                String requestHash,
                Supplier<ResponseEntity<?>> action,
                RequestAttributes attributes,
                SecurityContext security) {
            this.batchKey = batchKey;
            this.preamble = preamble;
            this.actor = actor;
            this.idempotencyKey = idempotencyKey;
            this.operation = operation;
            this.request = request;
            this.requestHash = requestHash;
            this.action = action;
            this.attributes = attributes;
            this.security = security;
        }

        /** Runs {@code work} on the current thread as if it were this item's own request thread. */
        <T> T within(Supplier<T> work) {
            RequestAttributes ownAttributes = RequestContextHolder.getRequestAttributes();
            SecurityContext ownSecurity = SecurityContextHolder.getContext();
            RequestContextHolder.setRequestAttributes(attributes);
            SecurityContextHolder.setContext(security);
            try {
                return work.get();
            } finally {
                RequestContextHolder.setRequestAttributes(ownAttributes);
                SecurityContextHolder.setContext(ownSecurity);
            }
        }

        void answer(ResponseEntity<?> answer) {
            this.answer = answer;
            this.done = true;
        }

        void fail(Throwable failure) {
            this.failure = failure;
            this.done = true;
        }

        ResponseEntity<?> answer() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return answer;
        }
    }
}
