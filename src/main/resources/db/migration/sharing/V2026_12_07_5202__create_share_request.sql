-- The outbound review queue: a responder proposes an incident's indicators for sharing at a reporting
-- stage; the coordinator approves (TLP, the organisations an AMBER share reaches, what is redacted, the
-- outbound collection) or rejects. Nothing leaves before approval.
CREATE TABLE sharing.share_request (
    id                 bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_reference varchar(40)   NOT NULL,
    stage              varchar(20)   NOT NULL,
    observables        text[]        NOT NULL,
    note               varchar(2000),
    proposed_tlp       varchar(15)   NOT NULL,
    proposed_by        varchar(100)  NOT NULL,
    proposed_at        timestamptz   NOT NULL,
    status             varchar(10)   NOT NULL,
    decided_by         varchar(100),
    decided_at         timestamptz,
    approved_tlp       varchar(15),
    audience           text[],
    summary_shared     boolean,
    agency_named       boolean,
    collection_id      uuid          REFERENCES sharing.collection (id),
    reason             varchar(1000)
);
CREATE INDEX share_request_queue ON sharing.share_request (status, proposed_at, id);
CREATE INDEX share_request_by_incident ON sharing.share_request (incident_reference);
