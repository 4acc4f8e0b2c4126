-- The hospital's choice, on this year's case, to let last year's connection inventory pre-fill this year's
-- (survey.md, External connection inventory). No row: not asked yet, which is no.
CREATE TABLE inventory_carryover_consent (
    case_id     BIGINT        PRIMARY KEY REFERENCES survey_case (id),
    allowed     BOOLEAN       NOT NULL,
    decided_by  VARCHAR(100)  NOT NULL,
    decided_at  TIMESTAMPTZ   NOT NULL
);
