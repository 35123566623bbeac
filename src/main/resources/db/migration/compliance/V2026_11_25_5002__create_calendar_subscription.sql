-- A user's private iCalendar feed (/calendar/{token}.ics): only the SHA-256 of the token is kept, the
-- token itself is shown once. At most one live subscription per user; regenerating revokes the old one.
-- The feed speaks the language the user had when creating it (the feed request has no session).
CREATE TABLE compliance.calendar_subscription (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username     varchar(100) NOT NULL,
    token_hash   char(64)     NOT NULL UNIQUE,
    language     varchar(5)   NOT NULL,
    created_at   timestamptz  NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE UNIQUE INDEX calendar_subscription_live_idx
    ON compliance.calendar_subscription (username) WHERE revoked_at IS NULL;

-- The calendar reads obligations by due day within a scope; the full recompute copies these indexes.
CREATE INDEX obligation_due_idx ON compliance.obligation (due_date, agency_code);
CREATE INDEX obligation_agency_due_idx ON compliance.obligation (agency_code, due_date);
