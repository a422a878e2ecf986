-- What of each process the public may see: its classification and the fields withheld until an access date.
-- Kept by DisclosureProjector in the transaction of the buyer's decision (and of the deadline that ends a
-- deferral), so every public read applies the decision from the moment it is acknowledged.
CREATE TABLE process_disclosure (
    process_id     UUID        NOT NULL PRIMARY KEY,
    classification VARCHAR(16) NOT NULL,
    justification  TEXT,
    classified_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE process_deferral (
    process_id     UUID        NOT NULL,
    field          VARCHAR(64) NOT NULL,
    justification  TEXT        NOT NULL,
    disclosable_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deferred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    disclosed_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (process_id, field)
);
