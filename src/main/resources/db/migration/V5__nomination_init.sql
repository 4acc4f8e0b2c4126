-- 支援対象病院リスト: each prefecture's list for a program, its rows and the warnings of its last check.
CREATE TABLE nomination_list (
    program_id       VARCHAR(40)   NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    prefecture_code  CHAR(2)       NOT NULL REFERENCES prefecture (code),
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    submitted_at     TIMESTAMPTZ,
    submitted_by     VARCHAR(64),
    source           VARCHAR(12)   NOT NULL CHECK (source IN ('UPLOAD', 'PAGE', 'API', 'DESIGNATION', 'DEMO')),
    file_name        VARCHAR(255),
    updated_at       TIMESTAMPTZ   NOT NULL,
    updated_by       VARCHAR(64)   NOT NULL,
    version          INTEGER       NOT NULL DEFAULT 0,
    PRIMARY KEY (program_id, prefecture_code),
    CHECK (status <> 'SUBMITTED' OR submitted_at IS NOT NULL)
);

CREATE TABLE nomination (
    program_id          VARCHAR(40)   NOT NULL,
    prefecture_code     CHAR(2)       NOT NULL,
    hospital_code       CHAR(10)      NOT NULL REFERENCES hospital (code),
    rank                INTEGER       NOT NULL CHECK (rank >= 1),
    hospital_name       VARCHAR(200)  NOT NULL,
    beds                INTEGER       CHECK (beds >= 0),
    emr                 VARCHAR(10)   NOT NULL CHECK (emr IN ('ALL', 'PARTIAL', 'PLANNED', 'NONE')),
    emr_planned_date    DATE,
    renewal_planned     BOOLEAN       NOT NULL,
    onsite_expected_by  DATE,
    previous_year       VARCHAR(30)   NOT NULL CHECK (previous_year IN ('COMPLETED', 'WITHDREW_AFTER_PRESURVEY', 'WITHDREW', 'NONE')),
    support             VARCHAR(20)   NOT NULL CHECK (support IN ('BOTH', 'CONNECTION_ONLY', 'BACKUP_ONLY')),
    consent             BOOLEAN       NOT NULL,
    rank_reason         TEXT,
    contacts            JSONB         NOT NULL,
    note                TEXT,
    origin              VARCHAR(12)   NOT NULL CHECK (origin IN ('NOMINATED', 'DESIGNATED')),
    sheet_row           INTEGER,
    PRIMARY KEY (program_id, hospital_code),
    UNIQUE (program_id, prefecture_code, rank),
    FOREIGN KEY (program_id, prefecture_code) REFERENCES nomination_list (program_id, prefecture_code) ON DELETE CASCADE,
    CHECK (substring(hospital_code FROM 1 FOR 2) = prefecture_code),
    CHECK (jsonb_typeof(contacts) = 'array')
);
CREATE INDEX nomination_prefecture_idx ON nomination (program_id, prefecture_code, rank);

CREATE TABLE nomination_warning (
    program_id       VARCHAR(40)   NOT NULL,
    prefecture_code  CHAR(2)       NOT NULL,
    position         INTEGER       NOT NULL,
    sheet_row        INTEGER,
    column_name      VARCHAR(60),
    code             VARCHAR(40)   NOT NULL,
    message          TEXT          NOT NULL,
    PRIMARY KEY (program_id, prefecture_code, position),
    FOREIGN KEY (program_id, prefecture_code) REFERENCES nomination_list (program_id, prefecture_code) ON DELETE CASCADE
);
