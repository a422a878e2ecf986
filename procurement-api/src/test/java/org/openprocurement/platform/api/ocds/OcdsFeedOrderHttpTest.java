package org.openprocurement.platform.api.ocds;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Parallel;
import org.openprocurement.platform.api.support.Tenders;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.core.tender.command.AnswerEnquiry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed is gap-free while others write: one transaction appends an event and stays open while four clients
 * publish tenders and a consumer pages the feed. The held event has a lower global index than theirs and
 * commits last, which is how Axon's gap detection can lose an event (AxonFramework #4829); the consumer
 * still misses nothing and sees nothing twice, and the held release takes its place in the settled order.
 */
class OcdsFeedOrderHttpTest extends HttpTest {

    private static final Actor AGENT = new Actor("purchasing.agent", "central-purchasing", Role.PURCHASING_AGENT);

    @Autowired
    private CommandSender commands;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private Clock clock;

    @Autowired
    private OcdsPublisher publisher;

    @Test
    void aConsumerPagingWhileOthersWriteMissesNothingAndSeesNothingTwicePastATransactionHeldOpen() throws Exception {
        UUID held = Tenders.publishedPumps();
        UUID enquiry = UUID.fromString(lastSegment(as("supplier.anhe")
                .body(Map.of("question", "May the pumps be refurbished?"))
                .post("/api/tenders/{id}/enquiries", held)
                .then()
                .statusCode(201)
                .extract()
                .header("Location")));
        OcdsFeed.awaitRelease(held, "tender");
        long start = jdbc.queryForObject("SELECT coalesce(max(position), 0) FROM ocds_release", Long.class);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicLong heldGlobalIndex = new AtomicLong();
        try {
            Future<?> holder =
                    threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                        commands.send(
                                new AnswerEnquiry(held, enquiry, "No, only new pumps.", clock.instant()),
                                AGENT,
                                clock.instant());
                        heldGlobalIndex.set(jdbc.queryForObject(
                                "SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                                Long.class,
                                held.toString()));
                        appended.countDown();
                        await().atMost(Duration.ofSeconds(120)).until(() -> commit.getCount() == 0);
                    }));
            assertThat(appended.await(30, SECONDS)).isTrue();
            Consumer consumer = new Consumer(start);
            Future<?> paging = threads.submit(consumer::run);

            List<UUID> written = Parallel.race(
                            4,
                            () -> List.of(Tenders.publishedPumps(), Tenders.publishedPumps(), Tenders.publishedPumps()))
                    .stream()
                    .flatMap(List::stream)
                    .toList();
            publisher.publish();
            List<String> writerReleases =
                    written.stream().map(t -> OcdsFeed.ocid(t) + "-0001").toList();

            // While the transaction is open nothing after it is published: the fence holds every later one back.
            assertThat(consumer.seen()).doesNotContainAnyElementsOf(writerReleases);

            commit.countDown();
            holder.get(60, SECONDS);
            String heldRelease = OcdsFeed.ocid(held) + "-0002";
            List<String> expected = new ArrayList<>(writerReleases);
            expected.add(heldRelease);
            await("the consumer seeing every release")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> consumer.seen().containsAll(expected));
            consumer.stop();
            paging.get(30, SECONDS);

            List<String> settled = ids(OcdsFeed.pagesAfter(start, 1000));
            assertThat(consumer.seen()).isEqualTo(settled).doesNotHaveDuplicates();
            assertThat(settled.indexOf(heldRelease))
                    .isLessThan(writerReleases.stream()
                            .mapToInt(settled::indexOf)
                            .min()
                            .orElseThrow());
            Long writersFirstIndex = jdbc.queryForObject(
                    "SELECT min(global_index) FROM ocds_release WHERE release_id = ANY(?)", Long.class, (Object)
                            writerReleases.toArray(String[]::new));
            assertThat(heldGlobalIndex.get()).isLessThan(writersFirstIndex);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    private static List<String> ids(List<JsonNode> pages) {
        List<String> ids = new ArrayList<>();
        pages.forEach(
                page -> page.get("releases").forEach(r -> ids.add(r.get("id").asText())));
        return ids;
    }

    private static String lastSegment(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Pages the feed from a cursor, two releases at a time, following links.next, until stopped. */
    private static final class Consumer {
        private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private String next;

        Consumer(long after) {
            this.next = "/api/public/ocds/releases?after=" + after + "&limit=2";
        }

        void run() {
            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        Response response = OcdsFeed.anonymous().get(next);
                        if (response.statusCode() == 200) {
                            JsonNode page = OcdsFeed.json(response);
                            page.get("releases")
                                    .forEach(r -> seen.add(r.get("id").asText()));
                            next = OcdsFeed.relative(page.at("/links/next").asText());
                        }
                        return !running.get();
                    });
        }

        List<String> seen() {
            synchronized (seen) {
                return List.copyOf(seen);
            }
        }

        void stop() {
            running.set(false);
        }
    }
}
