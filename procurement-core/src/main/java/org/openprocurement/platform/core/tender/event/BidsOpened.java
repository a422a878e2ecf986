package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The deadline passed and the tender box was opened: every active bid and its price is now on the record. */
@Revision("1")
public record BidsOpened(UUID tenderId, List<OpenedBid> bids, Instant openedAt) implements TenderEvent {}
