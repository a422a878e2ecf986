-- Read models of tenders and bids, kept by projectors inside the transaction that appends the events.
CREATE TABLE tender_view (
    tender_id            UUID           NOT NULL PRIMARY KEY,
    buyer_id             VARCHAR(64)    NOT NULL,
    procuring_entity_id  VARCHAR(64),
    budget_line_id       UUID           NOT NULL,
    commitment_id        UUID,
    title                VARCHAR(500)   NOT NULL,
    description          TEXT,
    category             VARCHAR(16)    NOT NULL,
    method               VARCHAR(32)    NOT NULL,
    award_criteria       VARCHAR(32)    NOT NULL,
    criteria             JSONB          NOT NULL,
    items                JSONB          NOT NULL,
    estimated_value      NUMERIC(20, 4) NOT NULL,
    currency             CHAR(3)        NOT NULL,
    tender_period_end    TIMESTAMP WITH TIME ZONE NOT NULL,
    invited_supplier_ids JSONB          NOT NULL,
    justification        TEXT,
    status               VARCHAR(16)    NOT NULL,
    amendment_number     INTEGER        NOT NULL,
    version              BIGINT         NOT NULL,
    drafted_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at         TIMESTAMP WITH TIME ZONE,
    opened_at            TIMESTAMP WITH TIME ZONE,
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancellation_reason  TEXT
);
CREATE INDEX tender_view_buyer ON tender_view (buyer_id);
CREATE INDEX tender_view_status ON tender_view (status, tender_period_end);

CREATE TABLE tender_amendment_view (
    tender_id         UUID    NOT NULL REFERENCES tender_view (tender_id),
    amendment_number  INTEGER NOT NULL,
    description       TEXT    NOT NULL,
    rationale         TEXT    NOT NULL,
    tender_period_end TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_extended BOOLEAN NOT NULL,
    amended_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tender_id, amendment_number)
);

CREATE TABLE tender_enquiry_view (
    enquiry_id  UUID NOT NULL PRIMARY KEY,
    tender_id   UUID NOT NULL REFERENCES tender_view (tender_id),
    supplier_id VARCHAR(64) NOT NULL,
    question    TEXT NOT NULL,
    raised_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    answer      TEXT,
    answered_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX tender_enquiry_view_tender ON tender_enquiry_view (tender_id, raised_at);

-- Sealed until opening: sealed_content is ciphertext; only the bidder may read its own row before opening.
CREATE TABLE bid_view (
    bid_id            UUID        NOT NULL PRIMARY KEY,
    tender_id         UUID        NOT NULL,
    supplier_id       VARCHAR(64) NOT NULL,
    status            VARCHAR(16) NOT NULL,
    sealed_content    TEXT,
    content_digest    CHAR(64),
    confirmed_amendment INTEGER   NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    late_attempts     INTEGER     NOT NULL,
    version           BIGINT      NOT NULL
);
CREATE INDEX bid_view_tender ON bid_view (tender_id, status);

-- The bids as opened: written when the tender box opens, public from then on.
CREATE TABLE opened_bid_view (
    bid_id         UUID           NOT NULL PRIMARY KEY,
    tender_id      UUID           NOT NULL REFERENCES tender_view (tender_id),
    supplier_id    VARCHAR(64)    NOT NULL,
    price          NUMERIC(20, 4) NOT NULL,
    content_digest CHAR(64)       NOT NULL,
    counted        BOOLEAN        NOT NULL
);
CREATE INDEX opened_bid_view_tender ON opened_bid_view (tender_id);
