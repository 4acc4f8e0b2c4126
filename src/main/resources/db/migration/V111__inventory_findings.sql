-- 検証結果 (survey.md, "Findings"): raised by a rule (rule set, SUGGESTED first) or by a person (rule NULL, OPEN).
-- A suggestion whose cause went away is withdrawn: the row stays with withdrawn_at set (its history kept) and is no
-- longer shown. basis is what makes a suggestion the same one again (canonical JSON text, compared as text).
CREATE TABLE finding (
    id              BIGSERIAL     PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES survey_case (id) ON DELETE CASCADE,
    -- a deleted point's OPEN findings stay for a person to close, for the hospital as a whole
    connection_id   BIGINT        REFERENCES connection_point (id) ON DELETE SET NULL,
    rule            VARCHAR(40),
    severity        VARCHAR(8)    NOT NULL CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO')),
    title           VARCHAR(300)  NOT NULL,
    description     TEXT,
    recommendation  TEXT,
    reference       VARCHAR(300),
    state           VARCHAR(10)   NOT NULL CHECK (state IN ('SUGGESTED', 'OPEN', 'ACCEPTED', 'FIXED', 'DISMISSED')),
    evidence        JSONB         NOT NULL DEFAULT '{}',
    basis           TEXT,
    reason          TEXT,
    fixed_on        DATE,
    created_at      TIMESTAMPTZ   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMPTZ,
    withdrawn_at    TIMESTAMPTZ,
    CHECK (rule IS NOT NULL OR state <> 'SUGGESTED'),
    CHECK ((state = 'FIXED') = (fixed_on IS NOT NULL))
);
CREATE INDEX finding_case_idx ON finding (case_id, rule) WHERE withdrawn_at IS NULL;

-- Every move of a finding: who, when, from, to (WITHDRAWN when a rule took its suggestion back), why.
CREATE TABLE finding_history (
    id          BIGSERIAL     PRIMARY KEY,
    finding_id  BIGINT        NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ   NOT NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    from_state  VARCHAR(10),
    to_state    VARCHAR(10)   NOT NULL,
    reason      TEXT,
    fixed_on    DATE
);
CREATE INDEX finding_history_finding_idx ON finding_history (finding_id, at, id);
