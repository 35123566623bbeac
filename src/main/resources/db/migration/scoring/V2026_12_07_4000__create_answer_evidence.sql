-- Evidence files an agency attaches to its answers: the bytes live in the shared file store (by
-- SHA-256), the metadata here. Addressed by a random reference; only the agency and the coordinator
-- download them, and nothing of them is ever published.
CREATE TABLE scoring.evidence (
    ref            uuid         PRIMARY KEY,
    campaign       bigint       NOT NULL REFERENCES scoring.campaign (id),
    agency_code    varchar(40)  NOT NULL,
    criterion_code varchar(40)  NOT NULL,
    sha256         char(64)     NOT NULL,
    file_name      varchar(200) NOT NULL,
    media_type     varchar(100) NOT NULL,
    size_bytes     bigint       NOT NULL CHECK (size_bytes > 0),
    uploaded_by    varchar(100) NOT NULL,
    uploaded_at    timestamptz  NOT NULL,
    UNIQUE (campaign, agency_code, criterion_code, sha256)
);

-- The coordinator's requests for more evidence on a criterion of a submission, during verification;
-- answered when the agency resubmits.
CREATE TABLE scoring.evidence_request (
    submission     bigint        NOT NULL REFERENCES scoring.submission (id) ON DELETE CASCADE,
    position       integer       NOT NULL,
    criterion_code varchar(40)   NOT NULL,
    note           varchar(1000) NOT NULL,
    requested_by   varchar(100)  NOT NULL,
    requested_at   timestamptz   NOT NULL,
    answered_at    timestamptz,
    PRIMARY KEY (submission, position)
);
CREATE INDEX evidence_request_open_idx ON scoring.evidence_request (submission) WHERE answered_at IS NULL;
