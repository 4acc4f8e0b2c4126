-- Survey cases (survey.md, Survey case): one per selected hospital and program, opened and withdrawn in the
-- selection's own transaction. The state is derived from the steps, never stored.
CREATE TABLE survey_case (
    id                      BIGSERIAL     PRIMARY KEY,
    program_id              VARCHAR(40)   NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    hospital_code           CHAR(10)      NOT NULL REFERENCES hospital (code),
    prefecture_code         CHAR(2)       NOT NULL REFERENCES prefecture (code),
    organization_id         VARCHAR(40)   REFERENCES organization (id),
    lead_username           VARCHAR(64),
    withdrawn_at            TIMESTAMPTZ,
    shared_with_prefecture  BOOLEAN       NOT NULL DEFAULT FALSE,
    version                 INTEGER       NOT NULL DEFAULT 0,
    created_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (program_id, hospital_code),
    -- lets a document name its case and program together, so it cannot sit on another program's case
    UNIQUE (id, program_id),
    CHECK (lead_username IS NULL OR organization_id IS NOT NULL)
);
CREATE INDEX survey_case_program_idx ON survey_case (program_id, prefecture_code);
CREATE INDEX survey_case_organization_idx ON survey_case (organization_id);

CREATE TABLE survey_case_step (
    case_id           BIGINT       NOT NULL REFERENCES survey_case (id) ON DELETE CASCADE,
    step              VARCHAR(12)  NOT NULL CHECK (step IN ('ASSIGNMENT', 'MEMORANDUM', 'PRESURVEY', 'HEARING', 'ONSITE',
                                                            'REPORT', 'DELIVERY')),
    planned_on        DATE,
    planned_time      TIME,
    duration_minutes  INTEGER      CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440),
    surveyors         JSONB        NOT NULL DEFAULT '[]',
    done_on           DATE,
    mode              VARCHAR(8)   CHECK (mode IN ('ONLINE', 'ONSITE')),
    attendees         JSONB        NOT NULL DEFAULT '[]',
    PRIMARY KEY (case_id, step)
);

-- What the case page shows as its history (who, when, what, an optional note); the audit log keeps the rest.
CREATE TABLE survey_case_history (
    id          BIGSERIAL     PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES survey_case (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ   NOT NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    what        VARCHAR(40)   NOT NULL,
    note        TEXT,
    before      JSONB,
    after       JSONB
);
CREATE INDEX survey_case_history_case_idx ON survey_case_history (case_id, at, id);

-- Programs selected before this migration: a case for every hospital whose current decision is SELECTED,
-- and a withdrawn one for every WITHDRAWN decision (only a selected hospital can withdraw).
INSERT INTO survey_case (program_id, hospital_code, prefecture_code, withdrawn_at, created_at)
SELECT d.program_id, d.hospital_code, d.prefecture_code,
       CASE WHEN d.status = 'WITHDRAWN' THEN d.updated_at END, d.updated_at
  FROM selection_decision d
  JOIN hospital h ON h.code = d.hospital_code
 WHERE d.status IN ('SELECTED', 'WITHDRAWN');

INSERT INTO survey_case_history (case_id, at, changed_by, what, note)
SELECT id, created_at, 'system', 'OPENED', '選定済みの病院の案件を作成（移行）' FROM survey_case;
INSERT INTO survey_case_history (case_id, at, changed_by, what, note)
SELECT id, withdrawn_at, 'system', 'WITHDRAWN', '辞退済みの病院（移行）' FROM survey_case WHERE withdrawn_at IS NOT NULL;

-- The vault's documents belong to a case of the same program.
ALTER TABLE survey_document ADD CONSTRAINT survey_document_case_fk
    FOREIGN KEY (case_id, program_id) REFERENCES survey_case (id, program_id);

-- The ministry's bulk assignment by prefecture (PUT /api/v1/programs/{pid}/cases/assignment), kept for cases
-- that open there later.
CREATE TABLE survey_assignment_rule (
    program_id       VARCHAR(40)  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    prefecture_code  CHAR(2)      NOT NULL REFERENCES prefecture (code),
    organization_id  VARCHAR(40)  NOT NULL REFERENCES organization (id),
    set_by           VARCHAR(64)  NOT NULL,
    set_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (program_id, prefecture_code)
);
