-- Survey documents (survey.md, Documents): encrypted per program (envelope encryption), so a closed
-- program's documents are destroyed by deleting its one key row (crypto-shredding).

-- Proves at start-up that the configured master key is the one that wrapped the stored program keys:
-- an HMAC of a constant, never the key.
CREATE TABLE survey_document_master (
    id          SMALLINT     PRIMARY KEY CHECK (id = 1),
    key_check   BYTEA        NOT NULL CHECK (length(key_check) = 32),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Each program's data key, AES-GCM-wrapped by the master key: 12-byte nonce, 32-byte key, 16-byte tag.
CREATE TABLE survey_document_key (
    program_id   VARCHAR(40)  PRIMARY KEY REFERENCES program (id),
    wrapped_key  BYTEA        NOT NULL CHECK (length(wrapped_key) = 60),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- case_id has no foreign key yet: the case table comes with the case module, which adds it.
-- A document cannot outlive its program's key (ON DELETE CASCADE): a row without its key is unreadable anyway.
CREATE TABLE survey_document (
    id            UUID          PRIMARY KEY,
    program_id    VARCHAR(40)   NOT NULL REFERENCES survey_document_key (program_id) ON DELETE CASCADE,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('NETWORK_DIAGRAM', 'SYSTEM_DIAGRAM', 'MEMORANDUM',
                                                         'VENDOR_CHECKLIST', 'REPORT', 'OTHER')),
    file_name     VARCHAR(200)  NOT NULL CHECK (length(trim(file_name)) > 0),
    content_type  VARCHAR(100)  NOT NULL,
    size          BIGINT        NOT NULL CHECK (size > 0),
    sha256        CHAR(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    -- nonce || AES-256-GCM ciphertext || tag, under the program's key, program, case and document id as AAD
    content       BYTEA         NOT NULL,
    uploaded_at   TIMESTAMPTZ   NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL
);

-- ciphertext does not compress: skip TOAST's compression attempt on every write
ALTER TABLE survey_document ALTER COLUMN content SET STORAGE EXTERNAL;

CREATE INDEX survey_document_by_case ON survey_document (case_id, uploaded_at, id);
CREATE INDEX survey_document_by_program ON survey_document (program_id);
