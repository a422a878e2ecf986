package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The tender failed (废标): too few qualified bids, or every bid above the budget. */
@Revision("1")
public record TenderFailed(UUID tenderId, String reason, Instant failedAt) implements TenderEvent {}
