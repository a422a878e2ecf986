package org.openprocurement.platform.api.bid;

/** A bid as its bidder sees it, with the bid's aggregate version for the ETag. */
record StoredBid(BidResponse bid, long version) {}
