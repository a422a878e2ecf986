package org.openprocurement.platform.core.bid.command;

import java.time.Instant;

/**
 * The tender's terms for bids at the moment of the command, read under the tender's submission lock.
 *
 * @param acceptingBids true while the tender is published and not cancelled
 * @param deadline the bid deadline in force
 * @param amendmentNumber how many amendments the tender has had; a bid counts only if confirmed after the last
 * @param eligible false when the method admits only invited suppliers and this one was not invited
 */
public record BidTerms(boolean acceptingBids, Instant deadline, int amendmentNumber, boolean eligible) {}
