-- How far a demo or test run has moved the platform's time forward, so it never goes back on restart.
CREATE TABLE platform_clock (
    id            INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    offset_millis BIGINT  NOT NULL
);
