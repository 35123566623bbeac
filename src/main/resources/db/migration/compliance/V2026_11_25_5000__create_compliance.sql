CREATE SCHEMA IF NOT EXISTS compliance;

-- Every version of every policy pack, as the YAML text it was loaded from (repository file or the
-- coordinator's edit). The version in force on a day is the latest one effective on that day.
CREATE TABLE compliance.policy_pack (
    code           varchar(40)  NOT NULL,
    version        integer      NOT NULL,
    effective_from date         NOT NULL,
    content        text         NOT NULL,
    content_sha256 char(64)     NOT NULL,
    source         varchar(20)  NOT NULL,
    loaded_by      varchar(100) NOT NULL,
    loaded_at      timestamptz  NOT NULL,
    note           varchar(1000),
    PRIMARY KEY (code, version)
);

-- Who holds a named role on a day ("who receives the 14 December report"), so a reorganisation is a
-- new row with a date, not a release.
CREATE TABLE compliance.authority (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role              varchar(60)  NOT NULL,
    organisation_code varchar(40)  NOT NULL,
    organisation_name varchar(300) NOT NULL,
    valid_from        date         NOT NULL,
    valid_to          date,
    note              varchar(1000),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX authority_role_idx ON compliance.authority (role, valid_from);

-- A coordinator's decision that an obligation does not apply for a while, with the reason.
CREATE TABLE compliance.waiver (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule_id      varchar(80)  NOT NULL,
    subject_code varchar(40)  NOT NULL,
    reason       varchar(1000) NOT NULL,
    valid_from   date         NOT NULL,
    expires_on   date         NOT NULL,
    granted_by   varchar(100) NOT NULL,
    granted_at   timestamptz  NOT NULL,
    revoked_at   timestamptz,
    CHECK (expires_on >= valid_from)
);
CREATE INDEX waiver_subject_idx ON compliance.waiver (subject_code, rule_id) WHERE revoked_at IS NULL;

-- The obligations as of the day they were last evaluated: rewritten set-based per rule (full
-- recompute) or per subject (when a fact about it changes). Other days are evaluated on demand.
CREATE TABLE compliance.obligation (
    rule_id      varchar(80)  NOT NULL,
    subject_type varchar(10)  NOT NULL,
    subject_code varchar(40)  NOT NULL,
    item_ref     varchar(80)  NOT NULL DEFAULT '',
    agency_code  varchar(40)  NOT NULL,
    period_start date,
    period_end   date,
    due_date     date,
    status       varchar(20)  NOT NULL,
    reason_key   varchar(120) NOT NULL,
    reason_args  text[]       NOT NULL DEFAULT '{}',
    evidence     varchar(200),
    evaluated_on date         NOT NULL
);
CREATE UNIQUE INDEX obligation_key_idx
    ON compliance.obligation (rule_id, subject_code, item_ref, coalesce(period_start, DATE '0001-01-01'));
CREATE INDEX obligation_subject_idx ON compliance.obligation (subject_code);
CREATE INDEX obligation_agency_idx ON compliance.obligation (agency_code, status);
CREATE INDEX obligation_status_idx ON compliance.obligation (status, due_date);

-- Obligations are derived data, recomputed in full at every start and every night: an unlogged table
-- spares the write-ahead log on every recompute (after a crash PostgreSQL empties it; the start fills it).
ALTER TABLE compliance.obligation SET UNLOGGED;

-- The day the obligation table was last evaluated for, and how long that took.
CREATE TABLE compliance.evaluation_state (
    id               integer PRIMARY KEY CHECK (id = 1),
    evaluated_on     date        NOT NULL,
    finished_at      timestamptz NOT NULL,
    duration_ms      integer     NOT NULL,
    obligation_count integer     NOT NULL
);
