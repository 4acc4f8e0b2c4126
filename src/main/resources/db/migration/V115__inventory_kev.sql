-- The CISA Known Exploited Vulnerabilities catalogue (survey.md, KEV_MATCH): every load is kept (who, when, what it
-- raised); the entries are those of the latest load only. Aliases keep their origin, so a new shipped table never
-- removes the ministry's own. kev_stamp changes with every load and alias change: an instance whose matcher was
-- built from another stamp builds it again (instances may share the database).
CREATE TABLE kev_load (
    id               BIGSERIAL    PRIMARY KEY,
    catalog_version  VARCHAR(32)  NOT NULL,
    date_released    TIMESTAMPTZ  NOT NULL,
    entry_count      INTEGER      NOT NULL CHECK (entry_count >= 0),
    loaded_at        TIMESTAMPTZ  NOT NULL,
    loaded_by        VARCHAR(64)  NOT NULL,
    source           VARCHAR(16)  NOT NULL CHECK (source IN ('SHIPPED', 'UPLOAD')),
    new_suggestions  INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE kev_entry (
    cve_id              VARCHAR(32)  PRIMARY KEY,
    position            INTEGER      NOT NULL,
    vendor_project      TEXT         NOT NULL,
    product             TEXT         NOT NULL,
    vulnerability_name  TEXT         NOT NULL,
    date_added          DATE         NOT NULL,
    short_description   TEXT         NOT NULL,
    required_action     TEXT         NOT NULL,
    due_date            DATE         NOT NULL,
    known_ransomware    BOOLEAN      NOT NULL,
    notes               TEXT
);

CREATE TABLE kev_alias (
    id            BIGSERIAL     PRIMARY KEY,
    origin        VARCHAR(16)   NOT NULL CHECK (origin IN ('SHIPPED', 'MINISTRY')),
    position      INTEGER       NOT NULL,
    from_vendor   VARCHAR(200)  NOT NULL,
    from_product  VARCHAR(200),
    to_vendor     VARCHAR(200)  NOT NULL,
    to_product    VARCHAR(200),
    changed_by    VARCHAR(64)   NOT NULL,
    changed_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX kev_alias_origin_idx ON kev_alias (origin, position);

CREATE TABLE kev_stamp (
    id       INTEGER  PRIMARY KEY CHECK (id = 1),
    version  BIGINT   NOT NULL
);
INSERT INTO kev_stamp (id, version) VALUES (1, 0);
