-- The tamper-evident ledger: every event sealed, once, into an RFC 9162 Merkle tree.
-- Leaves follow (tx_id, globalindex): a reader that only takes events whose transaction id lies below the
-- oldest transaction still running (pg_snapshot_xmin) never meets one that commits later with a smaller id.
CREATE INDEX domainevententry_tx_id ON domainevententry (tx_id, globalindex);

CREATE TABLE ledger_leaf (
    leaf_index   BIGINT      NOT NULL PRIMARY KEY,
    global_index BIGINT      NOT NULL UNIQUE,
    leaf_hash    BYTEA       NOT NULL,
    sealed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row: the last event sealed, as a position in (tx_id, globalindex) order; every event before it is sealed.
CREATE TABLE ledger_state (
    id                SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    last_tx_id        XID8     NOT NULL,
    last_global_index BIGINT   NOT NULL
);
INSERT INTO ledger_state (id, last_tx_id, last_global_index) VALUES (1, '0'::xid8, -1);

CREATE TABLE ledger_checkpoint (
    tree_size    BIGINT      NOT NULL PRIMARY KEY,
    root_hash    BYTEA       NOT NULL,
    note         TEXT        NOT NULL,
    verifier_key TEXT        NOT NULL,
    reason       VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
