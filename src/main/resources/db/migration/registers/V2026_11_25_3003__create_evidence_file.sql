-- Evidence files of attestations and of IT-plan exceptions. The bytes live in the shared content-addressed
-- file store; here is what they prove and who may see them. A download is addressed by the random ref
-- (never by the hash or a sequence) and the owner's agency is checked on every request.
CREATE TABLE registers.evidence_file (
    ref            uuid          PRIMARY KEY,
    attestation_id bigint        REFERENCES registers.attestation (id),
    it_plan_id     bigint        REFERENCES registers.it_plan (id),
    agency_code    varchar(40)   NOT NULL,
    sha256         char(64)      NOT NULL,
    file_name      varchar(255)  NOT NULL,
    media_type     varchar(100)  NOT NULL,
    size_bytes     bigint        NOT NULL,
    uploaded_by    varchar(100)  NOT NULL,
    uploaded_at    timestamptz   NOT NULL,
    CONSTRAINT evidence_file_one_owner CHECK (num_nonnulls(attestation_id, it_plan_id) = 1)
);
CREATE INDEX evidence_file_attestation_idx ON registers.evidence_file (attestation_id) WHERE attestation_id IS NOT NULL;
CREATE INDEX evidence_file_it_plan_idx ON registers.evidence_file (it_plan_id) WHERE it_plan_id IS NOT NULL;

-- The file is the evidence now; the document number or reference stays as an optional note.
ALTER TABLE registers.attestation ALTER COLUMN evidence DROP NOT NULL;
