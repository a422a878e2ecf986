package org.openprocurement.platform.core.bid;

/**
 * What a submission did, and the bid's version after it: the sequence number of the event it recorded, which
 * the receipt's ETag carries without reading the bid back.
 */
public record BidReceipt(BidOutcome outcome, long version) {}
