-- 通知の送信箱 (outbox): a message is rendered and stored in the transaction of the change it announces,
-- then a background job sends it. The subject and body never change after they are stored.
CREATE TABLE notification (
    id               BIGSERIAL     PRIMARY KEY,
    event            VARCHAR(64)   NOT NULL CHECK (event ~ '^[A-Z][A-Z0-9_]*$'),
    -- The same event never makes two messages: callers build the key from the event's own identity.
    dedupe_key       VARCHAR(300)  NOT NULL UNIQUE,
    hospital_code    CHAR(10)      CHECK (hospital_code ~ '^[0-9]{10}$'),
    prefecture_code  CHAR(2)       REFERENCES prefecture (code),
    recipients       TEXT[]        NOT NULL,
    subject          VARCHAR(200)  NOT NULL CHECK (length(subject) > 0),
    body             TEXT          NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    attempts         INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error       TEXT,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    sent_at          TIMESTAMPTZ,
    -- Reused on every attempt, so a mail server can drop a copy sent twice (see OutboxSender).
    message_id       VARCHAR(100)  NOT NULL UNIQUE,
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);

-- What the sender asks every few seconds: the due messages, oldest first.
CREATE INDEX notification_due_idx ON notification (next_attempt_at, id) WHERE status = 'QUEUED';
CREATE INDEX notification_status_idx ON notification (status, id DESC);
CREATE INDEX notification_event_idx ON notification (event, id DESC);
