-- Append-only audit trail: every change and every login, with who, when, what and from where.
CREATE TABLE audit_event (
    id            BIGSERIAL     PRIMARY KEY,
    occurred_at   TIMESTAMPTZ   NOT NULL DEFAULT clock_timestamp(),
    actor         VARCHAR(64)   NOT NULL,
    actor_role    VARCHAR(20),
    action        VARCHAR(64)   NOT NULL,
    entity_type   VARCHAR(64),
    entity_id     VARCHAR(128),
    before_state  JSONB,
    after_state   JSONB,
    detail        TEXT,
    outcome       VARCHAR(16)   NOT NULL DEFAULT 'SUCCESS' CHECK (outcome IN ('SUCCESS', 'FAILURE')),
    client_ip     VARCHAR(64),
    request_id    VARCHAR(64)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_action_idx ON audit_event (action);

-- No code path may rewrite history: the database itself refuses it.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
