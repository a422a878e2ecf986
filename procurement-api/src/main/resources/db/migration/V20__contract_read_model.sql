-- Read models of contracts, kept by the contract projector inside the transaction that appends the events.
CREATE TABLE contract_view (
    contract_id         UUID           NOT NULL PRIMARY KEY,
    tender_id           UUID           NOT NULL,
    award_id            UUID           NOT NULL UNIQUE,
    buyer_id            VARCHAR(64)    NOT NULL,
    procuring_entity_id VARCHAR(64),
    supplier_id         VARCHAR(64)    NOT NULL,
    method              VARCHAR(32)    NOT NULL,
    status              VARCHAR(24)    NOT NULL,
    original_value      NUMERIC(20, 4) NOT NULL,
    value               NUMERIC(20, 4) NOT NULL,
    paid                NUMERIC(20, 4) NOT NULL,
    released            NUMERIC(20, 4) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    budget_line_id      UUID           NOT NULL,
    commitment_id       UUID,
    standstill_ends_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    signature_due_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    signature_overdue   BOOLEAN        NOT NULL,
    awarded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_at           TIMESTAMP WITH TIME ZONE,
    signed_late         BOOLEAN,
    advance_percent     INTEGER        NOT NULL,
    ended_at            TIMESTAMP WITH TIME ZONE,
    end_notes           TEXT,
    version             BIGINT         NOT NULL
);
CREATE INDEX contract_view_tender ON contract_view (tender_id);

CREATE TABLE contract_milestone_view (
    milestone_id UUID           NOT NULL PRIMARY KEY,
    contract_id  UUID           NOT NULL REFERENCES contract_view (contract_id),
    type         VARCHAR(16)    NOT NULL,
    title        TEXT           NOT NULL,
    due_date     DATE           NOT NULL,
    amount       NUMERIC(20, 4),
    paid         NUMERIC(20, 4) NOT NULL,
    met_at       TIMESTAMP WITH TIME ZONE,
    met_late     BOOLEAN,
    notes        TEXT,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contract_milestone_view_contract ON contract_milestone_view (contract_id, due_date);

CREATE TABLE contract_payment_view (
    payment_id   UUID           NOT NULL PRIMARY KEY,
    contract_id  UUID           NOT NULL REFERENCES contract_view (contract_id),
    milestone_id UUID,
    advance      BOOLEAN        NOT NULL,
    amount       NUMERIC(20, 4) NOT NULL,
    reference    TEXT,
    paid_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contract_payment_view_contract ON contract_payment_view (contract_id, paid_at);

CREATE TABLE contract_amendment_view (
    amendment_id     UUID           NOT NULL PRIMARY KEY,
    contract_id      UUID           NOT NULL REFERENCES contract_view (contract_id),
    amendment_number INTEGER        NOT NULL,
    description      TEXT,
    rationale        TEXT           NOT NULL,
    previous_value   NUMERIC(20, 4) NOT NULL,
    new_value        NUMERIC(20, 4) NOT NULL,
    amended_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contract_amendment_view_contract ON contract_amendment_view (contract_id, amendment_number);

-- Efficiency evaluations: one rating per party and contract, aggregated per agency for the public.
CREATE TABLE contract_evaluation_view (
    contract_id     UUID        NOT NULL REFERENCES contract_view (contract_id),
    party           VARCHAR(24) NOT NULL,
    organisation_id VARCHAR(64) NOT NULL,
    score           SMALLINT    NOT NULL,
    comment         TEXT,
    evaluated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contract_id, party)
);
