-- One row per Idempotency-Key and caller: written in the same transaction as the command's events,
-- so a retry either finds the first answer or finds nothing was done.
CREATE TABLE idempotency_record (
    caller          VARCHAR(128)  NOT NULL,
    idempotency_key VARCHAR(255)  NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    status          INTEGER       NOT NULL,
    location        VARCHAR(1000),
    etag            VARCHAR(64),
    body            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
