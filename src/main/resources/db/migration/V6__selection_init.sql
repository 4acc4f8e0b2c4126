-- Selection: the event history (every fill, withdrawal, designation and submission, with who and when)
-- and the decisions it derives. Decisions can always be re-derived by replaying the events.
CREATE TABLE selection_event (
    program_id       VARCHAR(40)   NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    seq              INTEGER       NOT NULL CHECK (seq >= 1),
    type             VARCHAR(40)   NOT NULL,
    prefecture_code  CHAR(2),
    hospital_code    CHAR(10),
    payload          JSONB         NOT NULL,
    changed          INTEGER       NOT NULL DEFAULT 0,
    -- active selections after the event, national and per prefecture: the dashboard's history line
    selected_after   INTEGER       NOT NULL DEFAULT 0,
    selected_by_prefecture JSONB   NOT NULL DEFAULT '{}',
    actor            VARCHAR(64)   NOT NULL,
    occurred_at      TIMESTAMPTZ   NOT NULL,
    request_id       VARCHAR(64),
    PRIMARY KEY (program_id, seq)
);
CREATE INDEX selection_event_time_idx ON selection_event (program_id, occurred_at);

CREATE FUNCTION selection_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM program WHERE id = OLD.program_id) THEN
        RETURN OLD; -- the program itself is being deleted
    END IF;
    RAISE EXCEPTION 'selection_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER selection_event_append_only
    BEFORE UPDATE OR DELETE ON selection_event
    FOR EACH ROW EXECUTE FUNCTION selection_event_refuse_change();

CREATE TABLE selection_decision (
    program_id         VARCHAR(40)   NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    hospital_code      CHAR(10)      NOT NULL,
    prefecture_code    CHAR(2)       NOT NULL REFERENCES prefecture (code),
    rank               INTEGER       NOT NULL,
    status             VARCHAR(12)   NOT NULL CHECK (status IN ('SELECTED', 'WAITLISTED', 'INELIGIBLE', 'WITHDRAWN')),
    slot               VARCHAR(12)   CHECK (slot IN ('PREFECTURE', 'NATIONAL')),
    origin             VARCHAR(12)   CHECK (origin IN ('QUOTA', 'BAND_SPILL', 'DESIGNATION', 'REPLACEMENT', 'SURPLUS')),
    band               VARCHAR(20),
    waitlist_position  INTEGER,
    reasons            TEXT[]        NOT NULL DEFAULT '{}',
    explanation_ja     TEXT          NOT NULL,
    explanation_en     TEXT          NOT NULL,
    withdrawal_reason  TEXT,
    replaces           CHAR(10),
    event_seq          INTEGER       NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (program_id, hospital_code),
    CHECK ((status = 'WAITLISTED') = (waitlist_position IS NOT NULL)),
    CHECK ((status = 'INELIGIBLE') = (cardinality(reasons) > 0))
);
CREATE INDEX selection_decision_prefecture_idx ON selection_decision (program_id, prefecture_code, rank);
CREATE INDEX selection_decision_status_idx ON selection_decision (program_id, status);

-- The system's own record of completed surveys (調査完了), per program: a hospital completed in the
-- previous program is not eligible again (FY2025 rules) and is no designation candidate.
CREATE TABLE survey_completion (
    program_id     VARCHAR(40)  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    hospital_code  CHAR(10)     NOT NULL REFERENCES hospital (code),
    completed_on   DATE         NOT NULL,
    PRIMARY KEY (program_id, hospital_code)
);
