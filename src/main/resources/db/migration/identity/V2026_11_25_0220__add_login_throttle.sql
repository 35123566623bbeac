-- Failed sign-ins per account: after too many in a row the account is locked for a while, on every
-- node at once (the counters live with the account, so guessing at unknown names stores nothing).
ALTER TABLE identity.user_account
    ADD COLUMN failed_logins        integer NOT NULL DEFAULT 0,
    ADD COLUMN last_failed_login_at timestamptz,
    ADD COLUMN locked_until         timestamptz;
