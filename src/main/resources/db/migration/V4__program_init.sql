-- A fiscal year's program: capacity, quotas (optionally per bed-size band), deadlines, rules.
CREATE TABLE program (
    id                          VARCHAR(40)   PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,40}$'),
    name                        VARCHAR(200)  NOT NULL CHECK (length(trim(name)) > 0),
    fiscal_year                 INTEGER       NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    rule_set                    VARCHAR(10)   NOT NULL CHECK (rule_set IN ('FY2024', 'FY2025')),
    national_capacity           INTEGER       NOT NULL CHECK (national_capacity >= 0),
    submission_deadline         DATE          NOT NULL,
    onsite_completion_deadline  DATE,
    emr_deadline                DATE,
    previous_program_id         VARCHAR(40)   REFERENCES program (id),
    band_spill                  BOOLEAN       NOT NULL DEFAULT FALSE,
    priority_keys               VARCHAR(200)  NOT NULL,
    version                     INTEGER       NOT NULL DEFAULT 0,
    created_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (previous_program_id IS NULL OR previous_program_id <> id)
);

CREATE TABLE program_bed_band (
    program_id  VARCHAR(40)  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    band_id     VARCHAR(20)  NOT NULL CHECK (length(trim(band_id)) > 0),
    position    INTEGER      NOT NULL,
    min_beds    INTEGER      NOT NULL CHECK (min_beds >= 0),
    max_beds    INTEGER      CHECK (max_beds IS NULL OR max_beds >= min_beds),
    PRIMARY KEY (program_id, band_id)
);

CREATE TABLE program_quota (
    program_id       VARCHAR(40)  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    prefecture_code  CHAR(2)      NOT NULL REFERENCES prefecture (code),
    quota            INTEGER      NOT NULL CHECK (quota >= 0),
    PRIMARY KEY (program_id, prefecture_code)
);

CREATE TABLE program_band_quota (
    program_id       VARCHAR(40)  NOT NULL,
    prefecture_code  CHAR(2)      NOT NULL,
    band_id          VARCHAR(20)  NOT NULL,
    quota            INTEGER      NOT NULL CHECK (quota >= 0),
    PRIMARY KEY (program_id, prefecture_code, band_id),
    FOREIGN KEY (program_id, prefecture_code) REFERENCES program_quota (program_id, prefecture_code) ON DELETE CASCADE,
    FOREIGN KEY (program_id, band_id) REFERENCES program_bed_band (program_id, band_id) ON DELETE CASCADE
);

-- 提出期限の延長: one prefecture may submit until this date (end of day, Asia/Tokyo).
CREATE TABLE program_extension (
    program_id       VARCHAR(40)  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    prefecture_code  CHAR(2)      NOT NULL REFERENCES prefecture (code),
    until            DATE         NOT NULL,
    granted_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (program_id, prefecture_code)
);
