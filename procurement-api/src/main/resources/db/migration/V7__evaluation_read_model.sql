-- Evaluation and outcome of tenders: qualification decisions, the award, the failure.
ALTER TABLE tender_view ADD COLUMN failure_reason TEXT;
ALTER TABLE tender_view ADD COLUMN concluded_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE qualification_view (
    bid_id      UUID        NOT NULL PRIMARY KEY,
    tender_id   UUID        NOT NULL REFERENCES tender_view (tender_id),
    supplier_id VARCHAR(64) NOT NULL,
    qualified   BOOLEAN     NOT NULL,
    reason      TEXT,
    scores      JSONB       NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX qualification_view_tender ON qualification_view (tender_id);

CREATE TABLE award_view (
    award_id          UUID           NOT NULL PRIMARY KEY,
    tender_id         UUID           NOT NULL REFERENCES tender_view (tender_id),
    bid_id            UUID           NOT NULL,
    supplier_id       VARCHAR(64)    NOT NULL,
    value             NUMERIC(20, 4) NOT NULL,
    standstill_ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    awarded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX award_view_tender ON award_view (tender_id);
