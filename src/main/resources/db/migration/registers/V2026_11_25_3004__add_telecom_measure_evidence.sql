-- Telecom child-protection measures get evidence files like attestations and exceptions.
ALTER TABLE registers.evidence_file ADD COLUMN telecom_measure_id bigint REFERENCES registers.telecom_measure (id);
ALTER TABLE registers.evidence_file DROP CONSTRAINT evidence_file_one_owner;
ALTER TABLE registers.evidence_file ADD CONSTRAINT evidence_file_one_owner
    CHECK (num_nonnulls(attestation_id, it_plan_id, telecom_measure_id) = 1);
CREATE INDEX evidence_file_telecom_measure_idx ON registers.evidence_file (telecom_measure_id)
    WHERE telecom_measure_id IS NOT NULL;

-- The province-wide list searches measures accent-insensitively, as the other lists do.
CREATE INDEX telecom_measure_search_idx ON registers.telecom_measure
    USING gin (public.search_key(measure) public.gin_trgm_ops);

-- Same columns as before (the compliance module reads them); an uploaded file now counts as evidence too.
CREATE OR REPLACE VIEW registers.published_telecom_measure AS
SELECT m.agency_code, m.measure, m.since,
       ((m.evidence IS NOT NULL AND m.evidence <> '')
        OR EXISTS (SELECT 1 FROM registers.evidence_file f WHERE f.telecom_measure_id = m.id)) AS evidence_present
  FROM registers.telecom_measure m;
