-- Assessments (Decree 85/2016 Art. 20; Directive 14/CT-TTg): plans, assessments, findings, evidence,
-- remediation campaigns and the requirement catalogue (TCVN 11930:2017 structure, own paraphrases).
CREATE SCHEMA IF NOT EXISTS assessments;

CREATE TABLE assessments.requirement (
    code        varchar(20)  PRIMARY KEY,
    domain      varchar(20)  NOT NULL CHECK (domain IN ('MANAGEMENT', 'TECHNICAL')),
    group_code  varchar(20)  NOT NULL,
    min_level   integer      NOT NULL CHECK (min_level BETWEEN 1 AND 5),
    title_vi    varchar(300) NOT NULL,
    title_en    varchar(300) NOT NULL
);
CREATE INDEX requirement_level_idx ON assessments.requirement (min_level, code);

CREATE TABLE assessments.plan (
    id            uuid PRIMARY KEY,
    agency_code   varchar(40) NOT NULL,
    year          integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status        varchar(20) NOT NULL,
    return_reason varchar(4000),
    created_at    timestamptz NOT NULL,
    changed_at    timestamptz NOT NULL,
    version       integer     NOT NULL,
    UNIQUE (agency_code, year)
);
CREATE INDEX plan_year_idx ON assessments.plan (year, status);

CREATE TABLE assessments.plan_item (
    plan          uuid        NOT NULL REFERENCES assessments.plan (id) ON DELETE CASCADE,
    position      integer     NOT NULL,
    system_code   varchar(40) NOT NULL,
    kind          varchar(30) NOT NULL,
    assessor_code varchar(40) NOT NULL,
    planned_start date        NOT NULL,
    planned_end   date        NOT NULL CHECK (planned_end >= planned_start),
    PRIMARY KEY (plan, position)
);

CREATE TABLE assessments.assessment (
    id                     uuid PRIMARY KEY,
    plan_id                uuid   REFERENCES assessments.plan (id),
    agency_code            varchar(40)  NOT NULL,
    kind                   varchar(30)  NOT NULL,
    periodic               boolean      NOT NULL,
    requested_by           varchar(300),
    assessor_code          varchar(40)  NOT NULL,
    team                   varchar(1000),
    planned_start          date         NOT NULL,
    planned_end            date         NOT NULL CHECK (planned_end >= planned_start),
    started_on             date,
    completed_on           date,
    status                 varchar(20)  NOT NULL,
    agency_comment         varchar(4000),
    commented_by           varchar(100),
    cancel_reason          varchar(4000),
    independence_exception varchar(4000),
    created_at             timestamptz  NOT NULL,
    changed_at             timestamptz  NOT NULL,
    version                integer      NOT NULL
);
CREATE INDEX assessment_agency_idx ON assessments.assessment (agency_code, status);
CREATE INDEX assessment_assessor_idx ON assessments.assessment (assessor_code, status);
CREATE INDEX assessment_status_idx ON assessments.assessment (status, planned_start);

-- the owner and level as they were when the assessment was created: history does not move with transfers
CREATE TABLE assessments.assessment_system (
    assessment   uuid        NOT NULL REFERENCES assessments.assessment (id) ON DELETE CASCADE,
    system_code  varchar(40) NOT NULL,
    owner_code   varchar(40) NOT NULL,
    system_level integer,
    PRIMARY KEY (assessment, system_code)
);
CREATE INDEX assessment_system_code_idx ON assessments.assessment_system (system_code);

CREATE TABLE assessments.campaign (
    id         uuid PRIMARY KEY,
    name       varchar(300) NOT NULL,
    source     varchar(1000),
    created_by varchar(100) NOT NULL,
    created_at timestamptz  NOT NULL
);

CREATE TABLE assessments.finding (
    id                  uuid PRIMARY KEY,
    assessment_id       uuid   REFERENCES assessments.assessment (id),
    campaign_id         uuid   REFERENCES assessments.campaign (id),
    agency_code         varchar(40)   NOT NULL,
    system_code         varchar(40),
    system_level        integer,
    title               varchar(300)  NOT NULL,
    description         varchar(8000),
    requirement_code    varchar(20) REFERENCES assessments.requirement (code),
    severity            varchar(10)   NOT NULL,
    cvss_vector         varchar(200),
    status              varchar(30)   NOT NULL,
    remediation_owner   varchar(300),
    remediation_plan    varchar(4000),
    due_on              date,
    fix_note            varchar(4000),
    closed_on           date,
    risk_reason         varchar(4000),
    risk_accepted_until date,
    overdue_notified_on date,
    raised_by           varchar(100)  NOT NULL,
    created_at          timestamptz   NOT NULL,
    changed_at          timestamptz   NOT NULL,
    version             integer       NOT NULL,
    CHECK (assessment_id IS NOT NULL OR campaign_id IS NOT NULL)
);
CREATE INDEX finding_assessment_idx ON assessments.finding (assessment_id);
CREATE INDEX finding_campaign_idx ON assessments.finding (campaign_id);
CREATE INDEX finding_agency_idx ON assessments.finding (agency_code, status, severity);
CREATE INDEX finding_status_idx ON assessments.finding (status, severity);
CREATE INDEX finding_system_idx ON assessments.finding (system_code);
-- the overdue job reads only findings still open that were not yet reported
CREATE INDEX finding_due_idx ON assessments.finding (due_on)
    WHERE overdue_notified_on IS NULL AND status IN ('OPEN', 'REMEDIATION_PLANNED');

-- evidence and reports: bytes in the content-addressed file store, metadata here; ref is the only
-- handle a download URL carries and is random, and every download checks access again
CREATE TABLE assessments.evidence (
    ref           uuid         PRIMARY KEY,
    assessment_id uuid   REFERENCES assessments.assessment (id),
    finding_id    uuid   REFERENCES assessments.finding (id),
    kind          varchar(20)  NOT NULL CHECK (kind IN ('REPORT', 'EVIDENCE')),
    sha256        char(64)     NOT NULL,
    file_name     varchar(300) NOT NULL,
    media_type    varchar(100) NOT NULL,
    size_bytes    bigint       NOT NULL,
    uploaded_by   varchar(100) NOT NULL,
    uploaded_at   timestamptz  NOT NULL
);
CREATE INDEX evidence_assessment_idx ON assessments.evidence (assessment_id);
CREATE INDEX evidence_finding_idx ON assessments.evidence (finding_id);

-- Published for the compliance engine (package-info lists the columns; keep them stable)
CREATE VIEW assessments.published_assessment_result AS
SELECT a.id AS assessment_id, s.system_code, s.owner_code AS agency_code, a.kind, a.periodic,
       a.assessor_code, a.completed_on
  FROM assessments.assessment a
  JOIN assessments.assessment_system s ON s.assessment = a.id
 WHERE a.status = 'COMPLETED';

CREATE VIEW assessments.published_finding AS
SELECT f.id AS finding_id, f.agency_code, f.system_code, f.severity, f.status, f.due_on, f.closed_on,
       f.campaign_id, f.risk_accepted_until
  FROM assessments.finding f;

CREATE VIEW assessments.published_plan AS
SELECT p.id AS plan_id, p.agency_code, p.year, p.status
  FROM assessments.plan p;
