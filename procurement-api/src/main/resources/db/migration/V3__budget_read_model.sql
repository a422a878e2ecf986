-- Read model of budget lines, kept by BudgetLineProjector inside the transaction that appends the events.
CREATE TABLE budget_line_view (
    budget_line_id      UUID           NOT NULL PRIMARY KEY,
    organisation_id     VARCHAR(64)    NOT NULL,
    fiscal_year         INTEGER        NOT NULL,
    classification_code VARCHAR(64)    NOT NULL,
    purpose             VARCHAR(500)   NOT NULL,
    currency            CHAR(3)        NOT NULL,
    appropriated        NUMERIC(20, 4) NOT NULL,
    committed           NUMERIC(20, 4) NOT NULL,
    spent               NUMERIC(20, 4) NOT NULL,
    lapsed              NUMERIC(20, 4) NOT NULL,
    available_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    version             BIGINT         NOT NULL,
    appropriated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX budget_line_view_organisation ON budget_line_view (organisation_id, fiscal_year);

CREATE TABLE budget_commitment_view (
    commitment_id  UUID           NOT NULL PRIMARY KEY,
    budget_line_id UUID           NOT NULL REFERENCES budget_line_view (budget_line_id),
    purpose        VARCHAR(500)   NOT NULL,
    amount         NUMERIC(20, 4) NOT NULL,
    released       NUMERIC(20, 4) NOT NULL,
    spent          NUMERIC(20, 4) NOT NULL,
    committed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX budget_commitment_view_line ON budget_commitment_view (budget_line_id, committed_at);
