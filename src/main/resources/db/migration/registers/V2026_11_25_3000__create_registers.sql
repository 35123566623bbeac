CREATE SCHEMA IF NOT EXISTS registers;

-- IT application plans (annual, 5-year) and IT projects; amounts in VND, exact (Directive 14/CT-TTg:
-- at least 10 % of every plan and project budget goes to security products and services).
CREATE TABLE registers.it_plan (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code           varchar(40)    NOT NULL,
    kind                  varchar(20)    NOT NULL,
    name                  varchar(300)   NOT NULL COLLATE public.vietnamese,
    year_from             integer        NOT NULL CHECK (year_from BETWEEN 2000 AND 2100),
    year_to               integer        NOT NULL CHECK (year_to >= year_from),
    total_budget          numeric(18, 0) NOT NULL CHECK (total_budget > 0),
    exception_status      varchar(20)    NOT NULL DEFAULT 'NONE',
    exception_reason      varchar(2000),
    exception_evidence    varchar(500),
    exception_decided_on  date,
    exception_decision    varchar(2000),
    recorded_at           timestamptz    NOT NULL,
    version               integer        NOT NULL DEFAULT 0
);
CREATE INDEX it_plan_agency_idx ON registers.it_plan (agency_code, year_from);
CREATE INDEX it_plan_kind_idx ON registers.it_plan (kind);
CREATE INDEX it_plan_year_idx ON registers.it_plan (year_from, year_to);
CREATE INDEX it_plan_exception_idx ON registers.it_plan (exception_status);

CREATE TABLE registers.budget_line (
    it_plan   bigint         NOT NULL REFERENCES registers.it_plan (id) ON DELETE CASCADE,
    position  integer        NOT NULL,
    category  varchar(200)   NOT NULL,
    supplier  varchar(300),
    amount    numeric(18, 0) NOT NULL CHECK (amount >= 0),
    origin    varchar(20)    NOT NULL,
    PRIMARY KEY (it_plan, position)
);

-- Workforce: people in security roles; a leaver keeps their history (left_on set, never deleted).
CREATE TABLE registers.staff (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code   varchar(40)  NOT NULL,
    full_name     varchar(200) NOT NULL COLLATE public.vietnamese,
    position      varchar(200),
    security_role varchar(30)  NOT NULL,
    joined_on     date,
    left_on       date,
    version       integer      NOT NULL DEFAULT 0
);
CREATE INDEX staff_agency_idx ON registers.staff (agency_code, full_name);
CREATE INDEX staff_role_idx ON registers.staff (security_role);
CREATE INDEX staff_name_key_idx ON registers.staff (agency_code, public.search_key(full_name));

CREATE TABLE registers.qualification (
    staff       bigint       NOT NULL REFERENCES registers.staff (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    name        varchar(300) NOT NULL,
    issuer      varchar(300),
    obtained_on date         NOT NULL,
    expires_on  date CHECK (expires_on IS NULL OR expires_on >= obtained_on),
    PRIMARY KEY (staff, position)
);

CREATE TABLE registers.training (
    staff       bigint       NOT NULL REFERENCES registers.staff (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    course      varchar(300) NOT NULL,
    provider    varchar(300),
    hours       numeric(6, 1) NOT NULL CHECK (hours > 0),
    attended_on date         NOT NULL,
    PRIMARY KEY (staff, position)
);
CREATE INDEX training_year_idx ON registers.training (attended_on);

-- Signing credentials: USB tokens and specialised certificates of the Government Cipher Committee's CA
-- (Decree 68/2024: new certificates up to 5 years, renewals up to 3 years).
CREATE TABLE registers.credential (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code         varchar(40)  NOT NULL,
    token_serial        varchar(100),
    certificate_serial  varchar(100) NOT NULL,
    holder_name         varchar(200) NOT NULL COLLATE public.vietnamese,
    holder_position     varchar(200),
    staff_id            bigint REFERENCES registers.staff (id),
    issuer              varchar(200) NOT NULL,
    purpose             varchar(300),
    valid_from          date,
    valid_to            date CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from),
    status              varchar(20)  NOT NULL,
    revocation_flagged  boolean      NOT NULL DEFAULT false,
    revocation_reason   varchar(500),
    -- the valid_to for which the expiry reminder went out: once per certificate per expiry window
    reminded_for        date,
    version             integer      NOT NULL DEFAULT 0,
    UNIQUE (issuer, certificate_serial)
);
CREATE INDEX credential_agency_idx ON registers.credential (agency_code, holder_name);
CREATE INDEX credential_status_idx ON registers.credential (status, valid_to);
CREATE INDEX credential_staff_idx ON registers.credential (staff_id);
CREATE INDEX credential_flagged_idx ON registers.credential (agency_code) WHERE revocation_flagged;
CREATE INDEX credential_holder_key_idx ON registers.credential (agency_code, public.search_key(holder_name));

CREATE TABLE registers.credential_transition (
    credential  bigint       NOT NULL REFERENCES registers.credential (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    happened_on date         NOT NULL,
    reason      varchar(500),
    PRIMARY KEY (credential, position)
);

-- Attestations a pack rule asks for (coordination regulation, telecom security unit, ...), accepted or
-- rejected by the coordinator.
CREATE TABLE registers.attestation (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code   varchar(40)   NOT NULL,
    kind          varchar(40)   NOT NULL,
    title         varchar(300)  NOT NULL,
    attested_on   date          NOT NULL,
    evidence      varchar(500)  NOT NULL,
    status        varchar(20)   NOT NULL,
    decided_on    date,
    decision_note varchar(2000),
    version       integer       NOT NULL DEFAULT 0
);
CREATE INDEX attestation_agency_idx ON registers.attestation (agency_code, attested_on);
CREATE INDEX attestation_status_idx ON registers.attestation (status);
CREATE INDEX attestation_kind_idx ON registers.attestation (kind);

-- Telecom operators' child-online-protection technical measures.
CREATE TABLE registers.telecom_measure (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code varchar(40)  NOT NULL,
    measure     varchar(300) NOT NULL,
    scope       varchar(500),
    since       date         NOT NULL,
    evidence    varchar(500),
    version     integer      NOT NULL DEFAULT 0
);
CREATE INDEX telecom_measure_agency_idx ON registers.telecom_measure (agency_code);
