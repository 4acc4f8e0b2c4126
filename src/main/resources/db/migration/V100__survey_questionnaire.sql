-- Pre-survey questionnaire answers (survey.md, Pre-survey questionnaire): one set per case, kept as a draft
-- until every required item is answered. The edition is the one the answers were given to.
CREATE TABLE survey_questionnaire (
    case_id     BIGINT        PRIMARY KEY REFERENCES survey_case (id) ON DELETE CASCADE,
    edition     VARCHAR(40)   NOT NULL,
    answers     JSONB         NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL
);
