package org.openprocurement.platform.core.tender.event;

/**
 * Points given to a bid on one published non-price criterion.
 *
 * @param criterion the criterion's name as published
 * @param points from 0 up to the criterion's weight
 */
public record Score(String criterion, int points) {}
