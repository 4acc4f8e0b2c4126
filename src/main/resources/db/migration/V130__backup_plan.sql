-- オフライン・バックアップ計画 (survey.md, "Offline backup plan"): one plan per case, written by the contractor,
-- decided on by the hospital. Not Mamori's own database backup (shared.infrastructure.backup).
-- systems: the protected systems as the API's JSON list (name, kind, dataTb, frequency, generations, separation,
-- restoreTargetHours); they are always read and written together with the plan.
-- version: a save names the version it read, so two people saving at once cannot overwrite each other silently.
CREATE TABLE backup_plan (
    case_id          BIGINT       PRIMARY KEY REFERENCES survey_case (id) ON DELETE CASCADE,
    systems          JSONB        NOT NULL,
    cost_per_tb_min  BIGINT       NOT NULL CHECK (cost_per_tb_min >= 0),
    cost_per_tb_max  BIGINT       NOT NULL CHECK (cost_per_tb_max >= cost_per_tb_min),
    declined         BOOLEAN      NOT NULL DEFAULT FALSE,
    decision_choice  VARCHAR(8)   CHECK (decision_choice IN ('ADOPT', 'DEFER', 'DECLINE')),
    decided_on       DATE,
    decision_until   DATE,
    version          INTEGER      NOT NULL DEFAULT 1,
    updated_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CHECK (decision_choice IS NULL OR decided_on IS NOT NULL),
    CHECK (decision_choice IS DISTINCT FROM 'DEFER' OR decision_until > decided_on),
    CHECK (NOT declined OR decision_choice IS NULL)
);

-- Every decision the hospital recorded, and its withdrawal (choice NULL), oldest first: the plan keeps only the last.
CREATE TABLE backup_plan_decision (
    id          BIGSERIAL    PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES survey_case (id) ON DELETE CASCADE,
    choice      VARCHAR(8)   CHECK (choice IN ('ADOPT', 'DEFER', 'DECLINE')),
    decided_on  DATE,
    until       DATE,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX backup_plan_decision_case ON backup_plan_decision (case_id, id);
