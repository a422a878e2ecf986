-- The OCDS publication: one release for every public event, in the settled order of the event log.
-- position is dense (1, 2, 3, ...) and assigned only by OcdsPublisher, one pass at a time, to events whose
-- writing transaction has ended (tx_id below pg_snapshot_xmin): a consumer paging by position never misses a
-- release that commits late and never sees one twice. A release is written once and never updated.
CREATE TABLE ocds_release (
    position     BIGINT       NOT NULL PRIMARY KEY,
    release_id   VARCHAR(200) NOT NULL UNIQUE,
    ocid         VARCHAR(200) NOT NULL,
    process_id   UUID         NOT NULL,
    global_index BIGINT       NOT NULL,
    release_date TIMESTAMP WITH TIME ZONE NOT NULL,
    tags         VARCHAR(200) NOT NULL,
    release      TEXT         NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ocds_release_ocid ON ocds_release (ocid, position);

-- What the publisher knows of each process so far, unmasked: the next release is built from it.
CREATE TABLE ocds_process (
    process_id UUID NOT NULL PRIMARY KEY,
    file       TEXT NOT NULL
);

-- Budget lines as appropriated, for planning.budget.
CREATE TABLE ocds_budget_line (
    budget_line_id UUID NOT NULL PRIMARY KEY,
    appropriation  TEXT NOT NULL
);

-- One row: the last event the publisher has read, as a position in (tx_id, globalindex) order.
CREATE TABLE ocds_feed_state (
    id                SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    last_tx_id        XID8     NOT NULL,
    last_global_index BIGINT   NOT NULL
);
INSERT INTO ocds_feed_state (id, last_tx_id, last_global_index) VALUES (1, '0'::xid8, -1);
