package org.openprocurement.platform.api.budget;

import static org.hamcrest.Matchers.equalTo;
import static org.openprocurement.platform.api.support.BudgetLines.appropriationWith;
import static org.openprocurement.platform.api.support.BudgetLines.commitment;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;

/** Input that cannot be a valid appropriation or commitment is refused with a problem, and nothing is recorded. */
class BudgetLineValidationHttpTest extends HttpTest {

    private Response appropriate(Object body) {
        return appendingNothing(() -> as("finance.officer").body(body).post("/api/budget-lines"));
    }

    @Test
    void aBodyThatIsNotWellFormedJsonIsAMalformedRequest() {
        Response response = appropriate("{\"organisationId\": \"city-health\", \"amount\": ");

        problem(response, 400, "malformed-request");
    }

    @Test
    void aFieldTheOperationDoesNotKnowIsNamedInTheErrors() {
        Response response = appropriate(appropriationWith("colour", "blue"));

        problem(response, 400, "invalid-request").body("errors[0].field", equalTo("colour"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "0.00", "1.12345"})
    void anAmountThatIsNotPositiveOrHasFiveDecimalsIsRefused(String amount) {
        Response response = appropriate(appropriationWith("amount", amount));

        invalidField(response, "amount");
    }

    @Test
    void anAmountFinerThanTheCurrencysMinorUnitIsRefused() {
        Response response = appropriate(appropriationWith("amount", "100.125"));

        invalidField(response, "amount");
    }

    @Test
    void anAppropriationWithoutPurposeIsRefused() {
        Response response = appropriate(appropriationWith("purpose", null));

        invalidField(response, "purpose");
    }

    @Test
    void aFiscalYearBeforeTwoThousandIsRefused() {
        Response response = appropriate(appropriationWith("fiscalYear", 1999));

        invalidField(response, "fiscalYear");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "eur", "CN"})
    void aCurrencyThatIsNotAnIso4217CodeIsRefused(String currency) {
        Response response = appropriate(appropriationWith("currency", currency));

        invalidField(response, "currency");
    }

    @Test
    void wordsWhereANumberIsExpectedAreRefused() {
        Response response = appropriate(appropriationWith("fiscalYear", "twenty twenty-six"));

        invalidField(response, "fiscalYear");
    }

    @Test
    void aBodyInPlainTextIsAnUnsupportedMediaType() {
        Response response = appendingNothing(() -> as("finance.officer")
                .contentType(ContentType.TEXT)
                .body("appropriate one million for medical equipment")
                .post("/api/budget-lines"));

        problem(response, 415, "unsupported-media-type");
    }

    @Test
    void anOrganisationThePlatformDoesNotKnowCannotHoldABudget() {
        Response response = appropriate(appropriationWith("organisationId", "no-such-agency"));

        problem(response, 422, "not-a-budget-holder");
    }

    @Test
    void aSupplierCannotHoldABudget() {
        Response response = appropriate(appropriationWith("organisationId", "anhe-medical"));

        problem(response, 422, "not-a-budget-holder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5000"})
    void aCommitmentOfNoMoneyOrLessIsRefused(String amount) {
        UUID line = BudgetLines.appropriate("1000000");

        Response response = appendingNothing(
                () -> as("health.officer").body(commitment(amount)).post("/api/budget-lines/{id}/commitments", line));

        invalidField(response, "amount");
    }

    @Test
    void aLineIdThatIsNotAUuidIsInvalidInputRatherThanAFailure() {
        Response response = appendingNothing(() ->
                as("health.officer").body(commitment("1000")).post("/api/budget-lines/{id}/commitments", "line-42"));

        invalidField(response, "id");
    }
}
