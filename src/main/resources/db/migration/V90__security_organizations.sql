-- Organizations (survey.md, Organizations): the contractor and its subcontractors. Every CONTRACTOR account
-- belongs to exactly one; a manager account assigns and corrects.
CREATE TABLE organization (
    id          VARCHAR(40)   PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]{1,40}$'),
    name        VARCHAR(200)  NOT NULL CHECK (length(trim(name)) > 0),
    kind        VARCHAR(16)   NOT NULL CHECK (kind IN ('CONTRACTOR', 'SUBCONTRACTOR')),
    parent_id   VARCHAR(40),
    -- what the parent must be, so the foreign key below refuses a subcontractor under a subcontractor
    parent_kind VARCHAR(16)   GENERATED ALWAYS AS (CASE WHEN parent_id IS NULL THEN NULL ELSE 'CONTRACTOR' END) STORED,
    email       VARCHAR(254)  NOT NULL CHECK (length(trim(email)) > 0),
    phone       VARCHAR(30),
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (id, kind),
    FOREIGN KEY (parent_id, parent_kind) REFERENCES organization (id, kind),
    CHECK ((kind = 'CONTRACTOR') = (parent_id IS NULL))
);
CREATE INDEX organization_parent_idx ON organization (parent_id);

ALTER TABLE app_user ADD COLUMN organization_id VARCHAR(40) REFERENCES organization (id);
ALTER TABLE app_user ADD COLUMN manager BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX app_user_organization_idx ON app_user (organization_id);

-- Existing contractor accounts: one CONTRACTOR organization per free-text organization they typed
-- (the id is derived from the text, so the insert and the update agree without a temporary table).
INSERT INTO organization (id, name, kind, email)
SELECT 'contractor-' || left(md5(t.name), 12), left(t.name, 200), 'CONTRACTOR', COALESCE(t.email, 'unknown@example.invalid')
  FROM (SELECT COALESCE(NULLIF(trim(organization), ''), '調査事業者') AS name, min(email) AS email
          FROM app_user WHERE role = 'CONTRACTOR'
         GROUP BY 1) t;

UPDATE app_user SET organization_id = 'contractor-' || left(md5(COALESCE(NULLIF(trim(organization), ''), '調査事業者')), 12)
 WHERE role = 'CONTRACTOR';

ALTER TABLE app_user ADD CONSTRAINT app_user_organization_by_role
    CHECK ((role = 'CONTRACTOR') = (organization_id IS NOT NULL) AND (role = 'CONTRACTOR' OR NOT manager));
