CREATE SCHEMA IF NOT EXISTS agencies;

CREATE TABLE agencies.agency (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          varchar(40)  NOT NULL UNIQUE,
    name          varchar(300) NOT NULL COLLATE public.vietnamese,
    short_name    varchar(100) COLLATE public.vietnamese,
    kind          varchar(40)  NOT NULL,
    parent_code   varchar(40)  REFERENCES agencies.agency (code),
    status        varchar(20)  NOT NULL DEFAULT 'ACTIVE',
    registered_at timestamptz  NOT NULL,
    version       integer      NOT NULL DEFAULT 0
);

CREATE INDEX agency_parent_idx ON agencies.agency (parent_code);
CREATE INDEX agency_kind_idx ON agencies.agency (kind);
CREATE INDEX agency_name_idx ON agencies.agency (name);
