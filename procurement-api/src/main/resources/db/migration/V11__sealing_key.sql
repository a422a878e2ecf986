-- Which key sealed the bids: a fingerprint (SHA-256 over a label and the key), never the key itself. The
-- platform refuses to start with a missing or different key rather than leave sealed bids unopenable.
CREATE TABLE sealing_key (
    purpose     VARCHAR(32) NOT NULL PRIMARY KEY,
    fingerprint CHAR(64)    NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
