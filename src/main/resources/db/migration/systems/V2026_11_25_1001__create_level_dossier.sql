-- Every dossier is kept: a re-classification starts a new number, the old ones are the history.
CREATE TABLE systems.level_dossier (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    system_code        varchar(40)   NOT NULL REFERENCES systems.information_system (code) ON UPDATE CASCADE,
    number             integer       NOT NULL,
    proposed_level     smallint      NOT NULL CHECK (proposed_level BETWEEN 1 AND 5),
    justification      varchar(4000),
    status             varchar(20)   NOT NULL,
    appraisal_opinion  varchar(4000),
    appraised_by       varchar(100),
    decision_number    varchar(100),
    decision_date      date,
    decision_approver_code varchar(40),
    return_reasons     varchar(4000),
    created_at         timestamptz   NOT NULL,
    changed_at         timestamptz   NOT NULL,
    version            integer       NOT NULL DEFAULT 0,
    UNIQUE (system_code, number)
);

CREATE INDEX level_dossier_status_idx ON systems.level_dossier (status);
-- at most one dossier in progress per system, even when two users start one at the same moment
CREATE UNIQUE INDEX level_dossier_one_open_idx ON systems.level_dossier (system_code) WHERE status <> 'APPROVED';

-- Bytes live in the file store, content-addressed by SHA-256; only the metadata is here.
CREATE TABLE systems.dossier_attachment (
    level_dossier  bigint        NOT NULL REFERENCES systems.level_dossier (id) ON DELETE CASCADE,
    position       integer       NOT NULL,
    ref            uuid          NOT NULL UNIQUE,
    file_name      varchar(255)  NOT NULL,
    content_type   varchar(100)  NOT NULL,
    size_bytes     bigint        NOT NULL,
    sha256         char(64)      NOT NULL,
    uploaded_by    varchar(100)  NOT NULL,
    uploaded_at    timestamptz   NOT NULL,
    PRIMARY KEY (level_dossier, position)
);
