-- Hospital accounts by invitation (survey.md): a one-time link to one of the case's contacts, valid 7 days.
-- Only the token's SHA-256 is stored, so a copy of the database cannot be used to redeem a link.
CREATE TABLE survey_invitation (
    id            BIGSERIAL     PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES survey_case (id) ON DELETE CASCADE,
    email         VARCHAR(254)  NOT NULL,
    token_sha256  CHAR(64)      NOT NULL UNIQUE,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    expires_at    TIMESTAMPTZ   NOT NULL,
    used_at       TIMESTAMPTZ,
    used_by       VARCHAR(64)
);
CREATE INDEX survey_invitation_case_idx ON survey_invitation (case_id);
