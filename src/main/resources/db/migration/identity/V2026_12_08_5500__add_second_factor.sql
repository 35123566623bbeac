-- Issue 22 item 3: TOTP (RFC 6238) as the second factor, and one-time recovery codes (stored hashed).
-- A row without confirmed_at is an enrolment in progress: it counts only once a correct code confirmed it.
CREATE TABLE identity.second_factor (
    user_id        bigint      PRIMARY KEY REFERENCES identity.user_account (id) ON DELETE CASCADE,
    secret         varchar(64) NOT NULL,
    confirmed_at   timestamptz,
    -- the newest time step accepted: a code of that step or an older one is never accepted again (replay)
    last_used_step bigint      NOT NULL DEFAULT 0
);

CREATE TABLE identity.recovery_code (
    user_id   bigint       NOT NULL REFERENCES identity.user_account (id) ON DELETE CASCADE,
    code_hash varchar(200) NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);
