package org.openprocurement.platform.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
import org.openprocurement.platform.core.appeal.event.ChallengeEvent;
import org.openprocurement.platform.core.appeal.event.ComplaintEvent;
import org.openprocurement.platform.core.bid.event.BidEvent;
import org.openprocurement.platform.core.budget.event.BudgetLineEvent;
import org.openprocurement.platform.core.comment.event.PublicCommentEvent;
import org.openprocurement.platform.core.contract.event.ContractEvent;
import org.openprocurement.platform.core.disclosure.event.DisclosureEvent;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureRequestEvent;
import org.openprocurement.platform.core.tender.event.TenderEvent;

/**
 * Pins the stored JSON of every event revision. A failure here means a stored event would no longer read or
 * write the same: write an upcaster and a new revision, never re-approve the file.
 */
class GoldenEventJsonTest {

    /** Sealed event interfaces whose every permitted record must have a golden sample. */
    private static final List<Class<?>> EVENT_FAMILIES = List.of(
            BudgetLineEvent.class,
            TenderEvent.class,
            BidEvent.class,
            DisclosureRequestEvent.class,
            DisclosureEvent.class,
            ChallengeEvent.class,
            ComplaintEvent.class,
            PublicCommentEvent.class,
            ContractEvent.class);

    private final JacksonSerializer serializer = AxonJson.serializer();
    // Numbers compare as written: 1000000.00 stays 1000000.00, never a double, and never 1E+6 (the tree
    // reader strips trailing zeros by default, and DecimalNode.equals ignores the scale).
    private final ObjectMapper reader = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Equal only if every number has the same digits and scale: 575000.00 is not 575000.0. */
    private static final Comparator<JsonNode> AS_WRITTEN = (a, b) ->
            a.isNumber() && b.isNumber() ? (a.decimalValue().equals(b.decimalValue()) ? 0 : 1) : (a.equals(b) ? 0 : 1);

    static Stream<Object> samples() {
        return GoldenSamples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eventSerializesExactlyAsItsGoldenFile(Object event) throws IOException {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        JsonNode written = reader.readTree(stored.getData());
        JsonNode expected = golden(event.getClass());

        assertThat(written).isEqualTo(expected);
        assertThat(written.equals(AS_WRITTEN, expected))
                .as("numbers as written: %s%nexpected %s", written, expected)
                .isTrue();
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
