-- Read models of challenges, complaints, suspensions and public comments, kept by projectors inside the
-- transaction that appends the events.
CREATE TABLE challenge_view (
    challenge_id                UUID        NOT NULL PRIMARY KEY,
    tender_id                   UUID        NOT NULL,
    supplier_id                 VARCHAR(64) NOT NULL,
    responsible_organisation_id VARCHAR(64) NOT NULL,
    subject                     VARCHAR(16) NOT NULL,
    grounds                     TEXT        NOT NULL,
    challenge_period_ends_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_due_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue                     BOOLEAN     NOT NULL DEFAULT FALSE,
    upheld                      BOOLEAN,
    answer                      TEXT,
    answered_late               BOOLEAN,
    answered_at                 TIMESTAMP WITH TIME ZONE,
    version                     BIGINT      NOT NULL
);
CREATE INDEX challenge_view_tender ON challenge_view (tender_id, filed_at);

CREATE TABLE complaint_view (
    complaint_id              UUID        NOT NULL PRIMARY KEY,
    challenge_id              UUID        NOT NULL UNIQUE,
    tender_id                 UUID        NOT NULL,
    supplier_id               VARCHAR(64) NOT NULL,
    handling_organisation_id  VARCHAR(64) NOT NULL,
    grounds                   TEXT        NOT NULL,
    complaint_period_ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue                   BOOLEAN     NOT NULL DEFAULT FALSE,
    outcome                   VARCHAR(32),
    reasoning                 TEXT,
    decided_late              BOOLEAN,
    decided_at                TIMESTAMP WITH TIME ZONE,
    version                   BIGINT      NOT NULL
);
CREATE INDEX complaint_view_tender ON complaint_view (tender_id, filed_at);

CREATE TABLE suspension_view (
    suspension_id   BIGSERIAL   NOT NULL PRIMARY KEY,
    tender_id       UUID        NOT NULL,
    complaint_id    UUID        NOT NULL,
    reason          TEXT        NOT NULL,
    suspended_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    suspended_until TIMESTAMP WITH TIME ZONE NOT NULL,
    resumed_at      TIMESTAMP WITH TIME ZONE,
    resume_reason   TEXT
);
CREATE INDEX suspension_view_tender ON suspension_view (tender_id, complaint_id);

CREATE TABLE public_comment_view (
    comment_id                  UUID        NOT NULL PRIMARY KEY,
    tender_id                   UUID        NOT NULL,
    responsible_organisation_id VARCHAR(64) NOT NULL,
    kind                        VARCHAR(16) NOT NULL,
    text                        TEXT        NOT NULL,
    reply_due_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue                     BOOLEAN     NOT NULL DEFAULT FALSE,
    reply                       TEXT,
    replied_late                BOOLEAN,
    replied_at                  TIMESTAMP WITH TIME ZONE,
    version                     BIGINT      NOT NULL
);
CREATE INDEX public_comment_view_tender ON public_comment_view (tender_id, submitted_at);

-- An award made void by an upheld complaint stays on the record but no longer counts.
ALTER TABLE award_view ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
