package org.openprocurement.platform.core.disclosure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The disclosure rules alone, without Axon. */
class DisclosureRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    @Test
    void aPublicClassificationNeedsNoJustification() {
        assertThatCode(() -> DisclosureRules.requireJustification(Classification.PUBLIC, null))
                .doesNotThrowAnyException();
    }

    @Test
    void aSecretClassificationNeedsOne() {
        assertThatThrownBy(() -> DisclosureRules.requireJustification(Classification.SECRET, ""))
                .isInstanceOf(DisclosureRefusal.JustificationRequiredException.class);
    }

    @Test
    void everyWithholdableFieldCanBeDeferredWithAReasonUntilALaterDate() {
        for (String field : DisclosureRules.WITHHOLDABLE_FIELDS) {
            assertThatCode(() -> DisclosureRules.requireDeferrable(field, "Trade secret", NOW.plusSeconds(1), NOW))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aDeferralToNowIsNoDeferral() {
        assertThatThrownBy(() -> DisclosureRules.requireDeferrable("awards.value", "Trade secret", NOW, NOW))
                .isInstanceOf(DisclosureRefusal.AccessDateException.class);
    }

    @Test
    void aDeferralWithoutReasonIsRefused() {
        assertThatThrownBy(() -> DisclosureRules.requireDeferrable("awards.value", null, NOW.plusSeconds(60), NOW))
                .isInstanceOf(DisclosureRefusal.JustificationRequiredException.class);
    }

    @Test
    void nothingIsDecidedAfterPublication() {
        assertThatThrownBy(() -> DisclosureRules.requireNotPublished(true))
                .isInstanceOf(DisclosureRefusal.ProcessAlreadyPublishedException.class);
    }
}
