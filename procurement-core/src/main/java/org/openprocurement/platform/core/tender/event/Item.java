package org.openprocurement.platform.core.tender.event;

import java.math.BigDecimal;

/**
 * One line of what is bought.
 *
 * @param description what it is
 * @param classificationCode code in the procurement classification (for example CPV or the PRC catalogue)
 * @param quantity how many
 * @param unit unit of measure
 * @param estimatedValue estimated total value of the line, in the tender's currency
 */
public record Item(
        String description, String classificationCode, BigDecimal quantity, String unit, BigDecimal estimatedValue) {}
