-- The report to the hospital (survey.md, "Report to the hospital"): one row per version of a case's report. The
-- highest version is the current one; the lead's text lives on it (a new version copies it), so a delivered
-- version keeps the words it was delivered with.
-- state: DRAFT (being written), APPROVED (by a second account), DELIVERED (frozen: the PDF and the Excel file are
-- REPORT documents of the case in the survey's vault, encrypted, with their SHA-256).
-- priorities: what to do first, one line each, in the lead's order (JSON list of strings).
CREATE TABLE report_version (
    case_id           BIGINT       NOT NULL REFERENCES survey_case (id) ON DELETE CASCADE,
    version           INTEGER      NOT NULL CHECK (version >= 1),
    summary           TEXT,
    priorities        JSONB        NOT NULL DEFAULT '[]'::jsonb,
    state             VARCHAR(9)   NOT NULL CHECK (state IN ('DRAFT', 'APPROVED', 'DELIVERED')),
    written_by        VARCHAR(100),
    written_at        TIMESTAMPTZ,
    approved_by       VARCHAR(100),
    approved_at       TIMESTAMPTZ,
    delivered_on      DATE,
    document_id       UUID,
    sha256            CHAR(64),
    xlsx_document_id  UUID,
    xlsx_sha256       CHAR(64),
    created_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (case_id, version),
    CHECK (state = 'DRAFT' OR approved_by IS NOT NULL AND approved_at IS NOT NULL),
    CHECK (state <> 'DELIVERED' OR delivered_on IS NOT NULL AND document_id IS NOT NULL AND sha256 IS NOT NULL)
);
