-- The ministry's checklist and BCP confirmation table as versioned data (checklists.md): an edition per fiscal
-- year, items with stable ids. Shipped editions are inserted on start when absent; the ministry loads new or
-- corrected ones from .xlsx. Items are kept as one JSON list: an edition is always read and replaced whole.
CREATE TABLE checklist_edition (
    id           VARCHAR(40)   PRIMARY KEY,
    kind         VARCHAR(16)   NOT NULL CHECK (kind IN ('CHECKLIST', 'BCP')),
    fiscal_year  INTEGER       NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    items        JSONB         NOT NULL,
    loaded_at    TIMESTAMPTZ   NOT NULL,
    loaded_by    VARCHAR(64)   NOT NULL
);

-- One respondent's answers for one hospital and edition, keyed by item id (or itemId@S per target), so a
-- corrected edition keeps them attached.
CREATE TABLE checklist_answer (
    hospital_code  VARCHAR(10)   NOT NULL,
    edition_id     VARCHAR(40)   NOT NULL REFERENCES checklist_edition (id),
    respondent     VARCHAR(16)   NOT NULL CHECK (respondent IN ('HOSPITAL', 'PREFECTURE', 'CONTRACTOR')),
    answers        JSONB         NOT NULL,
    complete       BOOLEAN       NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    updated_by     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (hospital_code, edition_id, respondent)
);
