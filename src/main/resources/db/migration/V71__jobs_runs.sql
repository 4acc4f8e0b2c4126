-- Scheduled jobs that must run once per day across every instance on the database: the first instance to
-- insert the day's row runs the job in that transaction; the others find the row and skip.
CREATE TABLE job_run (
    job         VARCHAR(60)  NOT NULL,
    run_date    DATE         NOT NULL,
    instance    VARCHAR(200) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ,
    queued      INTEGER,
    PRIMARY KEY (job, run_date)
);
