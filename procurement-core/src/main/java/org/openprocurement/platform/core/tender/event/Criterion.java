package org.openprocurement.platform.core.tender.event;

/**
 * One published award criterion of comprehensive scoring.
 *
 * @param name what is scored
 * @param weight points out of 100
 * @param price true for the price criterion
 */
public record Criterion(String name, int weight, boolean price) {}
