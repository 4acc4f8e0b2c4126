-- Days after the previous step's done date by which each survey step should be done (api-survey.md);
-- NULL: the defaults of survey.md.
ALTER TABLE program ADD COLUMN survey_targets JSONB;
