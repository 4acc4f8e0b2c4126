-- 外部接続点台帳 (survey.md, "External connection inventory"): one row per connection point of a case.
-- Booleans are questions the hearing may leave unanswered: NULL is "unknown". Free text is kept as typed.
-- version: a save names the version it read, so two people editing at once cannot overwrite each other silently.
CREATE TABLE connection_point (
    id                 BIGSERIAL     PRIMARY KEY,
    case_id            BIGINT        NOT NULL REFERENCES survey_case (id) ON DELETE CASCADE,
    purpose            VARCHAR(24)   NOT NULL CHECK (purpose IN ('REMOTE_MAINTENANCE', 'INTERNET', 'REGIONAL_NETWORK',
                                         'ONLINE_QUALIFICATION', 'CLOUD_SERVICE', 'EMAIL', 'PARTNER_LINK', 'OTHER')),
    counterpart        VARCHAR(200),
    system             VARCHAR(200),
    line               VARCHAR(16)   CHECK (line IN ('INTERNET_VPN', 'CLOSED_NETWORK', 'DEDICATED_LINE', 'MOBILE', 'DIALUP',
                                         'OTHER', 'UNKNOWN')),
    device_vendor      VARCHAR(200),
    device_product     VARCHAR(200),
    device_version     VARCHAR(100),
    device_address     VARCHAR(200),
    always_on          BOOLEAN,
    opened_by          VARCHAR(200),
    authentication     VARCHAR(12)   CHECK (authentication IN ('PASSWORD', 'CERTIFICATE', 'TWO_FACTOR', 'NONE', 'UNKNOWN')),
    source_restricted  BOOLEAN,
    logging            BOOLEAN,
    log_reviewed       BOOLEAN,
    last_patched_on    DATE,
    known_before       BOOLEAN,
    status             VARCHAR(12)   NOT NULL CHECK (status IN ('DIAGRAM', 'HEARING', 'ONSITE', 'DISCONNECTED')),
    note               TEXT,
    version            INTEGER       NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ   NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL
);
CREATE INDEX connection_point_case_idx ON connection_point (case_id, id);
