-- Personal API tokens (issue 22 item 2): a person's scripts call the API as that person, with the
-- person's roles and agency scope, limited by the token's scope (READ: safe methods only) and its
-- expiry. Only the SHA-256 of the token is kept; it is shown once when issued.
CREATE TABLE identity.personal_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username     varchar(50)  NOT NULL REFERENCES identity.user_account (username) ON DELETE CASCADE,
    name         varchar(100) NOT NULL,
    token_hash   char(64)     NOT NULL UNIQUE,
    prefix       varchar(12)  NOT NULL,
    scope        varchar(10)  NOT NULL CHECK (scope IN ('READ', 'WRITE')),
    issued_at    timestamptz  NOT NULL,
    -- empty only for the first administrator's KHIEN_ADMIN_TOKEN, which lasts until revoked
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

CREATE INDEX personal_token_username_idx ON identity.personal_token (username, issued_at DESC);
