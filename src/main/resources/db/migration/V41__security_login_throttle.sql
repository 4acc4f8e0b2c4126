-- Failed-login counters, one row per (username, client address) and per client address, so the
-- lockout holds across restarts and instances. Keyed by the name as typed (lower-cased), whether
-- or not such an account exists: unknown names are counted exactly like real ones.
CREATE TABLE login_throttle (
    throttle_key   VARCHAR(200)  PRIMARY KEY,
    username       VARCHAR(100),
    failures       INTEGER       NOT NULL,
    window_start   TIMESTAMPTZ   NOT NULL,
    locked_until   TIMESTAMPTZ
);
CREATE INDEX login_throttle_username_idx ON login_throttle (username);
