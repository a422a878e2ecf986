package org.openprocurement.platform.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that speak real HTTP to the whole platform on a real PostgreSQL. Every test creates its
 * own objects with fresh ids, so tests share one database without cleaning it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HttpTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("db-scheduler.polling-interval", () -> "500ms");
        // Shorter than the slow-transaction fault's hold (SlowTransactionHttpTest), as a gap timeout in a
        // streaming reader would be; no read model of the platform streams through Axon's gap logic.
        registry.add("procurement.event-store.gap-timeout-millis", () -> "500");
    }

    @BeforeEach
    void http() {
        RestAssured.port = port;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A request signed in as one of the demo accounts (password {@code demo}). */
    protected static RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, "demo").contentType(ContentType.JSON);
    }

    /** A request without credentials. */
    protected static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }

    /** How many events the store holds for one aggregate. */
    protected long eventsOf(Object aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class,
                aggregateId.toString());
    }

    /** How many events the store holds in all. */
    protected long allEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    /** Sends the request and asserts that the event store holds no more events than before it. */
    protected Response appendingNothing(Supplier<Response> request) {
        long before = allEvents();
        Response response = request.get();
        assertThat(allEvents())
                .as("events in the store after a request answered %d", response.statusCode())
                .isEqualTo(before);
        return response;
    }
}
