-- Machine credentials (DESIGN.md §4 item 12): only the SHA-256 of the token is kept; the token itself is
-- shown once when issued. A token acts for one organisation (a provider or an agency's own monitoring).
CREATE TABLE identity.api_token (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name              varchar(100) NOT NULL,
    organisation_code varchar(40)  NOT NULL,
    token_hash        char(64)     NOT NULL UNIQUE,
    prefix            varchar(12)  NOT NULL,
    issued_by         varchar(50)  NOT NULL,
    issued_at         timestamptz  NOT NULL,
    revoked_by        varchar(50),
    revoked_at        timestamptz,
    last_used_at      timestamptz
);

CREATE INDEX api_token_organisation_idx ON identity.api_token (organisation_code);
CREATE INDEX api_token_issued_at_idx ON identity.api_token (issued_at);
