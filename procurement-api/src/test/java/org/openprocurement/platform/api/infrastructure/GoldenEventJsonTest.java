package org.openprocurement.platform.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openprocurement.platform.core.budget.event.BudgetLineAppropriated;
import org.openprocurement.platform.core.budget.event.BudgetLineEvent;
import org.openprocurement.platform.core.budget.event.BudgetLineLapsed;
import org.openprocurement.platform.core.budget.event.FundsCommitted;
import org.openprocurement.platform.core.budget.event.FundsReleased;
import org.openprocurement.platform.core.budget.event.FundsSpent;

/**
 * Pins the stored JSON of every event revision. A failure here means a stored event would no longer read or
 * write the same: write an upcaster and a new revision, never re-approve the file.
 */
class GoldenEventJsonTest {

    private static final UUID LINE = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0a01");
    private static final UUID COMMITMENT = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0a02");
    private static final UUID SPENDING = UUID.fromString("5b0c1c1e-7d2a-4a8e-9a53-0d6f1f6f0a03");
    private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");

    /** Sealed event interfaces whose every permitted record must have a golden sample. */
    private static final List<Class<?>> EVENT_FAMILIES = List.of(BudgetLineEvent.class);

    private final JacksonSerializer serializer = AxonJson.serializer();
    // Numbers compare as written: 1000000.00 stays 1000000.00, never a double.
    private final ObjectMapper reader = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static Stream<Object> samples() {
        return Stream.of(
                new BudgetLineAppropriated(
                        LINE,
                        "city-health",
                        2026,
                        "2100101",
                        "Medical equipment",
                        new BigDecimal("1000000.00"),
                        "CNY",
                        Instant.parse("2026-12-31T16:00:00Z"),
                        AT),
                new FundsCommitted(LINE, COMMITMENT, "CT scanner", new BigDecimal("600000"), AT),
                new FundsReleased(LINE, COMMITMENT, new BigDecimal("100000.5"), "Below estimate", AT),
                new FundsSpent(LINE, COMMITMENT, SPENDING, new BigDecimal("250000"), "PAY-2026-0001", AT),
                new BudgetLineLapsed(LINE, new BigDecimal("400000"), Instant.parse("2026-12-31T16:00:00Z")));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eventSerializesExactlyAsItsGoldenFile(Object event) throws IOException {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(reader.readTree(stored.getData())).isEqualTo(golden(event.getClass()));
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(stored.getType().getRevision()).isEqualTo(revision(event.getClass()));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void goldenFileStillReadsAsTheEvent(Object event) throws IOException {
        byte[] bytes = goldenBytes(event.getClass());
        SimpleSerializedObject<byte[]> stored = new SimpleSerializedObject<>(
                bytes, byte[].class, new SimpleSerializedType(event.getClass().getName(), revision(event.getClass())));

        Object read = serializer.deserialize(stored);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void everyEventTypeHasAGoldenSample() {
        Set<Class<?>> sampled = samples().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> declared = EVENT_FAMILIES.stream()
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .collect(Collectors.toSet());

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(declared);
    }

    private JsonNode golden(Class<?> type) throws IOException {
        return reader.readTree(goldenBytes(type));
    }

    private byte[] goldenBytes(Class<?> type) throws IOException {
        String name = "/golden/" + type.getSimpleName() + "-" + revision(type) + ".json";
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String revision(Class<?> type) {
        return type.getAnnotation(Revision.class).value();
    }
}
