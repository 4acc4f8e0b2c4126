-- Accounts, roles with their scope, lockout, second factor, and API tokens.
CREATE TABLE app_user (
    id                   BIGSERIAL     PRIMARY KEY,
    username             VARCHAR(64)   NOT NULL,
    password_hash        VARCHAR(255)  NOT NULL,
    role                 VARCHAR(20)   NOT NULL
                         CHECK (role IN ('MHLW_ADMIN', 'PREFECTURE', 'HOSPITAL', 'CONTRACTOR', 'AUDITOR')),
    prefecture_code      CHAR(2)       REFERENCES prefecture (code),
    hospital_code        CHAR(10)      REFERENCES hospital (code),
    organization         VARCHAR(200),
    display_name         VARCHAR(100),
    email                VARCHAR(254),
    enabled              BOOLEAN       NOT NULL DEFAULT TRUE,
    failed_attempts      INTEGER       NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    totp_secret          VARCHAR(64),
    totp_enabled         BOOLEAN       NOT NULL DEFAULT FALSE,
    last_login_at        TIMESTAMPTZ,
    password_changed_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version              INTEGER       NOT NULL DEFAULT 0,
    CHECK (role <> 'PREFECTURE' OR prefecture_code IS NOT NULL),
    CHECK (role <> 'HOSPITAL' OR hospital_code IS NOT NULL),
    CHECK (role IN ('PREFECTURE', 'HOSPITAL') OR (prefecture_code IS NULL AND hospital_code IS NULL)),
    CHECK (NOT totp_enabled OR totp_secret IS NOT NULL)
);
CREATE UNIQUE INDEX app_user_username_idx ON app_user (lower(username));

-- Only a hash of each bearer token is kept: a leaked table grants nothing.
CREATE TABLE api_token (
    token_hash   CHAR(64)     PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ  NOT NULL,
    revoked      BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
