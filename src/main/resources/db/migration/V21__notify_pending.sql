-- Selection events waiting to be turned into messages. Written in the event's own transaction, so no
-- event is ever forgotten; turned into per-hospital messages right after, outside the selection's hot path.
CREATE TABLE notification_pending (
    id          BIGSERIAL    PRIMARY KEY,
    program_id  VARCHAR(40)  NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    event_seq   INTEGER      NOT NULL,
    event_type  VARCHAR(40)  NOT NULL,
    occurred_on DATE         NOT NULL,
    decisions   JSONB        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (program_id, event_seq)
);
