-- The hospital asks to move a planned date (survey.md, "the hospital's workload"); the contractor is told by mail.
CREATE TABLE survey_reschedule_request (
    id               BIGSERIAL     PRIMARY KEY,
    case_id          BIGINT        NOT NULL REFERENCES survey_case (id) ON DELETE CASCADE,
    step             VARCHAR(12)   NOT NULL,
    preferred_dates  JSONB         NOT NULL,
    note             TEXT,
    requested_by     VARCHAR(64)   NOT NULL,
    requested_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX survey_reschedule_request_case_idx ON survey_reschedule_request (case_id);
