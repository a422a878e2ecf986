-- E-supervision: every step with a legal deadline that was not taken in time, from the events implementing
-- StepOverdue, and when it was taken after all (StepTaken). Kept in the transaction of those events.
CREATE TABLE overdue_step (
    step_id                     UUID         NOT NULL PRIMARY KEY,
    process_id                  UUID         NOT NULL,
    step                        VARCHAR(64)  NOT NULL,
    responsible_organisation_id VARCHAR(64)  NOT NULL,
    due_at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue_event_id            VARCHAR(255) NOT NULL,
    taken_at                    TIMESTAMP WITH TIME ZONE,
    taken_event_id              VARCHAR(255)
);
CREATE INDEX overdue_step_organisation ON overdue_step (responsible_organisation_id, due_at);
CREATE INDEX overdue_step_process ON overdue_step (process_id);
