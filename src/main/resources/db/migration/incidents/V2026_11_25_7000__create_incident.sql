-- Incidents reported by agencies, providers and alerts, handled by the provincial response team
-- (Decision 05/2017/QĐ-TTg, Circular 20/2017/TT-BTTTT). The taxonomy of incident types is data.
CREATE SCHEMA IF NOT EXISTS incidents;

CREATE TABLE incidents.incident_type (
    code     varchar(40)  PRIMARY KEY,
    name_vi  varchar(200) NOT NULL,
    name_en  varchar(200) NOT NULL,
    position smallint     NOT NULL
);
INSERT INTO incidents.incident_type (code, name_vi, name_en, position) VALUES
    ('MALWARE', 'Mã độc', 'Malware', 1),
    ('INTRUSION', 'Xâm nhập trái phép', 'Intrusion', 2),
    ('DDOS', 'Tấn công từ chối dịch vụ (DDoS)', 'Denial of service (DDoS)', 3),
    ('DEFACEMENT', 'Thay đổi giao diện trang web', 'Website defacement', 4),
    ('DATA_LEAK', 'Lộ, lọt dữ liệu', 'Data leak', 5),
    ('PHISHING', 'Lừa đảo (phishing)', 'Phishing', 6),
    ('AVAILABILITY', 'Gián đoạn hoạt động', 'Loss of availability', 7),
    ('OTHER', 'Khác', 'Other', 8);

-- References SC-<year>-<number>, numbered per year of the report.
CREATE TABLE incidents.reference_counter (
    year       integer PRIMARY KEY,
    last_value integer NOT NULL
);

CREATE TABLE incidents.incident (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference             varchar(20)  NOT NULL UNIQUE,
    agency_code           varchar(40)  NOT NULL,
    system_code           varchar(40)  NOT NULL,
    reporter              varchar(100) NOT NULL,
    reporter_organisation varchar(40),
    detected_at           timestamptz  NOT NULL,
    reported_at           timestamptz  NOT NULL,
    verified_at           timestamptz,
    contained_at          timestamptz,
    eradicated_at         timestamptz,
    recovered_at          timestamptz,
    closed_at             timestamptz,
    status                varchar(20)  NOT NULL,
    type_code             varchar(40)  NOT NULL REFERENCES incidents.incident_type (code),
    summary               varchar(500) NOT NULL,
    symptoms              text,
    scope                 text,
    actions_taken         text,
    support_needed        text,
    contact_name          varchar(200),
    contact_phone         varchar(50),
    contact_email         varchar(200),
    severity              varchar(10)  NOT NULL,
    impact                varchar(10)  NOT NULL,
    tlp                   varchar(15)  NOT NULL,
    pap                   varchar(10)  NOT NULL,
    effects               varchar(200) NOT NULL DEFAULT '',
    owner_cannot_cope     boolean      NOT NULL DEFAULT false,
    national_critical     boolean      NOT NULL DEFAULT false,
    serious               boolean      NOT NULL DEFAULT false,
    serious_reason        varchar(500),
    root_cause            text,
    lessons_learned       text,
    final_report          text,
    reject_reason         text,
    source_rule           varchar(200),
    version               integer      NOT NULL DEFAULT 0
);
CREATE INDEX incident_agency_idx ON incidents.incident (agency_code);
CREATE INDEX incident_system_idx ON incidents.incident (system_code);
CREATE INDEX incident_status_idx ON incidents.incident (status);
CREATE INDEX incident_type_idx ON incidents.incident (type_code);
CREATE INDEX incident_tlp_idx ON incidents.incident (tlp);
CREATE INDEX incident_reported_idx ON incidents.incident (reported_at DESC);
CREATE INDEX incident_open_source_idx ON incidents.incident (system_code, source_rule)
    WHERE status NOT IN ('CLOSED', 'REJECTED');
CREATE INDEX incident_search_idx ON incidents.incident
    USING gin (public.search_key(reference || ' ' || summary) gin_trgm_ops);

-- Children of the incident aggregate, rewritten with it.
CREATE TABLE incidents.incident_responder (
    incident bigint       NOT NULL REFERENCES incidents.incident (id) ON DELETE CASCADE,
    username varchar(100) NOT NULL,
    PRIMARY KEY (incident, username)
);
CREATE INDEX incident_responder_user_idx ON incidents.incident_responder (username);

-- RED incidents: the people named here (and the reporter) are the only ones who see them.
CREATE TABLE incidents.incident_viewer (
    incident bigint       NOT NULL REFERENCES incidents.incident (id) ON DELETE CASCADE,
    username varchar(100) NOT NULL,
    PRIMARY KEY (incident, username)
);
CREATE INDEX incident_viewer_user_idx ON incidents.incident_viewer (username);

CREATE TABLE incidents.incident_party (
    incident          bigint       NOT NULL REFERENCES incidents.incident (id) ON DELETE CASCADE,
    position          integer      NOT NULL,
    ref               uuid         NOT NULL,
    kind              varchar(30)  NOT NULL,
    organisation_code varchar(40),
    name              varchar(300) NOT NULL,
    cleared_tlp       varchar(15)  NOT NULL,
    asked             text,
    asked_at          timestamptz,
    answer            text,
    answered_at       timestamptz,
    PRIMARY KEY (incident, position)
);
CREATE INDEX incident_party_org_idx ON incidents.incident_party (organisation_code);

CREATE TABLE incidents.incident_task (
    incident   bigint       NOT NULL REFERENCES incidents.incident (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    ref        uuid         NOT NULL,
    title      varchar(500) NOT NULL,
    owner      varchar(300) NOT NULL,
    party_kind varchar(30),
    due_on     date,
    done_at    timestamptz,
    PRIMARY KEY (incident, position)
);

CREATE TABLE incidents.incident_indicator (
    incident bigint       NOT NULL REFERENCES incidents.incident (id) ON DELETE CASCADE,
    position integer      NOT NULL,
    kind     varchar(20)  NOT NULL,
    value    varchar(300) NOT NULL,
    PRIMARY KEY (incident, position)
);
CREATE INDEX incident_indicator_value_idx ON incidents.incident_indicator (kind, value);

CREATE TABLE incidents.incident_file (
    incident    bigint       NOT NULL REFERENCES incidents.incident (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    ref         uuid         NOT NULL,
    sha256      char(64)     NOT NULL,
    file_name   varchar(255) NOT NULL,
    media_type  varchar(100) NOT NULL,
    size_bytes  bigint       NOT NULL,
    uploaded_by varchar(100) NOT NULL,
    uploaded_at timestamptz  NOT NULL,
    PRIMARY KEY (incident, position)
);
CREATE UNIQUE INDEX incident_file_ref_idx ON incidents.incident_file (ref);

-- Regulatory clocks, copied from the policy pack in force when the clock started.
CREATE TABLE incidents.incident_clock (
    incident              bigint       NOT NULL REFERENCES incidents.incident (id) ON DELETE CASCADE,
    position              integer      NOT NULL,
    rule_id               varchar(100) NOT NULL,
    start_event           varchar(20)  NOT NULL,
    name_vi               varchar(300) NOT NULL,
    name_en               varchar(300) NOT NULL,
    legal_reference       varchar(300) NOT NULL,
    awaiting_confirmation boolean      NOT NULL DEFAULT false,
    starts_at             timestamptz  NOT NULL,
    due_at                timestamptz  NOT NULL,
    met_at                timestamptz,
    missed_at             timestamptz,
    PRIMARY KEY (incident, position)
);
CREATE INDEX incident_clock_open_idx ON incidents.incident_clock (due_at) WHERE met_at IS NULL AND missed_at IS NULL;

CREATE TABLE incidents.timeline_entry (
    incident bigint       NOT NULL REFERENCES incidents.incident (id) ON DELETE CASCADE,
    position integer      NOT NULL,
    at       timestamptz  NOT NULL,
    actor    varchar(100) NOT NULL,
    kind     varchar(30)  NOT NULL,
    text     text         NOT NULL,
    PRIMARY KEY (incident, position)
);

-- Every generated version of an official form (03, 04 per incident; 05 per agency and period).
CREATE TABLE incidents.generated_form (
    ref          uuid         PRIMARY KEY,
    incident_id  bigint       REFERENCES incidents.incident (id),
    agency_code  varchar(40)  NOT NULL,
    form         varchar(10)  NOT NULL,
    period       varchar(20),
    version      integer      NOT NULL,
    docx_sha256  char(64)     NOT NULL,
    pdf_sha256   char(64)     NOT NULL,
    generated_by varchar(100) NOT NULL,
    generated_at timestamptz  NOT NULL
);
CREATE INDEX generated_form_incident_idx ON incidents.generated_form (incident_id);
CREATE INDEX generated_form_agency_idx ON incidents.generated_form (agency_code, form);

-- Published for the compliance engine: one row per regulatory clock of an incident.
CREATE VIEW incidents.published_incident_clock AS
SELECT i.reference AS incident_reference,
       i.agency_code,
       i.system_code,
       c.rule_id AS clock_rule_id,
       c.starts_at,
       c.due_at,
       c.met_at
FROM incidents.incident_clock c
JOIN incidents.incident i ON i.id = c.incident
WHERE i.status <> 'REJECTED';
