-- Requests for disclosure on request (依申请公开) and their answers: public, kept in the events' transaction.
CREATE TABLE disclosure_request_view (
    request_id                  UUID        NOT NULL PRIMARY KEY,
    process_id                  UUID        NOT NULL,
    responsible_organisation_id VARCHAR(64) NOT NULL,
    information                 TEXT        NOT NULL,
    requested_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    extension_reason            TEXT,
    extended_at                 TIMESTAMP WITH TIME ZONE,
    overdue_since               TIMESTAMP WITH TIME ZONE,
    decision                    VARCHAR(16),
    disclosed_information       TEXT,
    grounds                     TEXT,
    answered_at                 TIMESTAMP WITH TIME ZONE,
    version                     BIGINT      NOT NULL
);
CREATE INDEX disclosure_request_view_process ON disclosure_request_view (process_id, requested_at);
