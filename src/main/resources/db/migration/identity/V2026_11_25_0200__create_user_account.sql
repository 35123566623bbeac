CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.user_account (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username              varchar(50)  NOT NULL UNIQUE,
    display_name          varchar(200) NOT NULL COLLATE public.vietnamese,
    email                 varchar(254),
    password_hash         varchar(200) NOT NULL,
    agency_code           varchar(40),
    include_subordinates  boolean      NOT NULL DEFAULT false,
    enabled               boolean      NOT NULL DEFAULT true,
    language              varchar(5)   NOT NULL DEFAULT 'vi',
    created_at            timestamptz  NOT NULL,
    password_changed_at   timestamptz  NOT NULL,
    version               integer      NOT NULL DEFAULT 0
);

CREATE TABLE identity.user_role (
    user_id bigint      NOT NULL REFERENCES identity.user_account (id) ON DELETE CASCADE,
    role    varchar(40) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE INDEX user_account_agency_idx ON identity.user_account (agency_code);
CREATE INDEX user_account_display_name_idx ON identity.user_account (display_name);
CREATE INDEX user_role_role_idx ON identity.user_role (role);
