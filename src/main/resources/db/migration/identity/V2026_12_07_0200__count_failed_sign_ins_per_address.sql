-- Issue 15: failed sign-ins are counted per account name AND source address, so a stranger guessing
-- from elsewhere cannot lock a person out, and names that are no account are counted exactly like
-- accounts, so the answer (wrong password, then locked) never tells whether an account exists.
-- Rows whose last failure is older than the lock time are forgotten (deleted on the next failure).
CREATE TABLE identity.login_failure (
    username       varchar(100) NOT NULL,
    address        varchar(64)  NOT NULL,
    failures       integer      NOT NULL,
    last_failed_at timestamptz  NOT NULL,
    locked_until   timestamptz,
    PRIMARY KEY (username, address)
);

CREATE INDEX login_failure_last_failed_at_idx ON identity.login_failure (last_failed_at);

ALTER TABLE identity.user_account
    DROP COLUMN failed_logins,
    DROP COLUMN last_failed_login_at,
    DROP COLUMN locked_until;
