CREATE SCHEMA IF NOT EXISTS sharing;

-- TAXII 2.1 §4.2: one API root per trust group; its name is its path segment under /taxii2/.
CREATE TABLE sharing.api_root (
    name        varchar(40)   PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9-]*$'),
    title       varchar(200)  NOT NULL,
    description varchar(1000),
    trust_group varchar(20)   NOT NULL,
    position    integer       NOT NULL
);

-- direction: OUTBOUND (the province publishes), INBOUND (received from the centre or peers).
CREATE TABLE sharing.collection (
    id          uuid          PRIMARY KEY,
    api_root    varchar(40)   NOT NULL REFERENCES sharing.api_root (name),
    title       varchar(200)  NOT NULL,
    description varchar(1000),
    direction   varchar(10)   NOT NULL,
    created_at  timestamptz   NOT NULL
);
CREATE INDEX collection_by_root ON sharing.collection (api_root, title);

-- Who may read or write a collection: the organisations that token holders act for.
CREATE TABLE sharing.collection_grant (
    collection_id     uuid          NOT NULL REFERENCES sharing.collection (id) ON DELETE CASCADE,
    organisation_code varchar(40)   NOT NULL,
    can_read          boolean       NOT NULL,
    can_write         boolean       NOT NULL,
    granted_by        varchar(100)  NOT NULL,
    granted_at        timestamptz   NOT NULL,
    PRIMARY KEY (collection_id, organisation_code)
);
CREATE INDEX collection_grant_by_organisation ON sharing.collection_grant (organisation_code);

-- Every version of every STIX object in a collection. seq orders what was added (TAXII "next" pages),
-- version is the object's modified (created, or the date added, for objects without one), latest marks
-- the newest version of an id in its collection. tlp is null for an unmarked object; audience names the
-- organisations an AMBER or AMBER+STRICT object may reach.
CREATE TABLE sharing.stix_object (
    seq          bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collection_id uuid         NOT NULL REFERENCES sharing.collection (id),
    stix_id      varchar(200)  NOT NULL,
    type         varchar(100)  NOT NULL,
    spec_version varchar(10)   NOT NULL,
    version      timestamptz   NOT NULL,
    version_text varchar(40)   NOT NULL,
    tlp          varchar(15),
    audience     text[]        NOT NULL DEFAULT '{}',
    date_added   timestamptz   NOT NULL,
    latest       boolean       NOT NULL,
    body         jsonb         NOT NULL,
    UNIQUE (collection_id, stix_id, version)
);
CREATE INDEX stix_object_page ON sharing.stix_object (collection_id, seq);
CREATE INDEX stix_object_added ON sharing.stix_object (collection_id, date_added);
CREATE INDEX stix_object_by_type ON sharing.stix_object (collection_id, type, seq);
CREATE INDEX stix_object_latest ON sharing.stix_object (collection_id, seq) WHERE latest;
CREATE INDEX stix_object_by_id ON sharing.stix_object (stix_id);

-- TAXII 2.1 §4.3.1: the status of a POSTed envelope; only the organisation that posted it may read it.
CREATE TABLE sharing.taxii_status (
    id                uuid          PRIMARY KEY,
    api_root          varchar(40)   NOT NULL REFERENCES sharing.api_root (name),
    organisation_code varchar(40)   NOT NULL,
    request_timestamp timestamptz   NOT NULL,
    total_count       integer       NOT NULL,
    success_count     integer       NOT NULL,
    failure_count     integer       NOT NULL,
    successes         jsonb         NOT NULL,
    failures          jsonb         NOT NULL
);
