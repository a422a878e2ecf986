package org.openprocurement.platform.api.bid;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A supplier's offer: the total price in the tender's currency and the proposal. Both are sealed on receipt.
 *
 * @param price the total price offered, with no more decimals than the tender's currency has
 * @param proposal what is offered, as the supplier wants the evaluation committee to read it
 */
public record SubmitBidRequest(
        @NotNull @Positive @Digits(integer = 16, fraction = 4)
        BigDecimal price,

        @NotBlank @Size(max = 20000) String proposal) {

    /** The contents are sealed: they must not reach a log through this record's string form. */
    @Override
    public String toString() {
        return "SubmitBidRequest[sealed]";
    }
}
