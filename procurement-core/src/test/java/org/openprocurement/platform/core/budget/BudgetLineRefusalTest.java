package org.openprocurement.platform.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openprocurement.platform.core.shared.RefusalKind;

/** The web module answers a refusal by its code and kind alone, so both are part of the contract. */
class BudgetLineRefusalTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal(InsufficientFundsException::new, "insufficient-funds", RefusalKind.RULE_BROKEN),
                refusal(BudgetLineLapsedException::new, "budget-line-lapsed", RefusalKind.STATE_CONFLICT),
                refusal(UnknownCommitmentException::new, "unknown-commitment", RefusalKind.NOT_FOUND),
                refusal(CommitmentExceededException::new, "commitment-exceeded", RefusalKind.RULE_BROKEN),
                refusal(DuplicateIdentifierException::new, "duplicate-identifier", RefusalKind.STATE_CONFLICT),
                refusal(InvalidAmountException::new, "invalid-amount", RefusalKind.RULE_BROKEN),
                refusal(AvailabilityPeriodException::new, "availability-period", RefusalKind.RULE_BROKEN));
    }

    private static Arguments refusal(
            Function<String, ? extends BudgetLineRefusal> create, String code, RefusalKind kind) {
        return Arguments.of(create.apply("refused"), code, kind);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void everyRefusalKeepsItsStableCodeAndKind(BudgetLineRefusal refusal, String code, RefusalKind kind) {
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.kind()).isEqualTo(kind);
    }

    @Test
    void everyKindOfRefusalIsCoveredAbove() {
        List<Class<?>> covered = refusals()
                .<Class<?>>map(arguments -> arguments.get()[0].getClass())
                .toList();

        assertThat(covered).containsExactlyInAnyOrder(BudgetLineRefusal.class.getPermittedSubclasses());
    }

    @Test
    void aRefusalIsAnExpectedOutcomeAndCarriesNoStackTrace() {
        assertThat(new InsufficientFundsException("refused").getStackTrace()).isEmpty();
    }
}
