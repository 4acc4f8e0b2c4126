-- First-start set-up, step by step: a step is planned on the first start and marked done in the
-- transaction that does its work, so a start that dies half-way is completed by the next one.
CREATE TABLE setup_step (
    step       VARCHAR(40)  PRIMARY KEY,
    position   INTEGER      NOT NULL UNIQUE,
    planned_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    done_at    TIMESTAMPTZ
);

-- An installation from before this table: what its data shows is done, so nothing is created twice.
INSERT INTO setup_step (step, position, done_at)
SELECT 'admin', 1, now() WHERE EXISTS (SELECT 1 FROM app_user);

-- A demo an earlier start began (its accounts exist) is finished where its data is missing.
INSERT INTO setup_step (step, position, done_at)
SELECT s.step, s.position, CASE WHEN s.done THEN now() END
  FROM (VALUES ('demo-registry', 2, EXISTS (SELECT 1 FROM hospital)),
               ('demo-program', 3, EXISTS (SELECT 1 FROM program WHERE id = 'FY2025')),
               ('demo-data', 4, EXISTS (SELECT 1 FROM selection_event WHERE program_id = 'FY2025'))) AS s (step, position, done)
 WHERE EXISTS (SELECT 1 FROM app_user WHERE username = 'demo-mhlw');
