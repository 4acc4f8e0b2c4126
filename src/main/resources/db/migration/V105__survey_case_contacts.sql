-- The case's own contacts (survey.md, "the hospital's workload"): NULL until someone edits them, and until then the
-- case shows the nomination's contacts, so nothing the hospital already gave is asked again.
ALTER TABLE survey_case ADD COLUMN contacts JSONB;
