-- The yearly training target per person, kept in step with khien.registers.workforce.yearly-training-hours
-- at start-up so the published view carries it next to the hours.
CREATE TABLE registers.workforce_setting (
    id                    boolean      PRIMARY KEY DEFAULT true CHECK (id),
    yearly_training_hours numeric(6, 1) NOT NULL
);
INSERT INTO registers.workforce_setting (yearly_training_hours) VALUES (40);

-- Read-only views for the compliance engine: part of the module's public API (see package-info.java).
CREATE VIEW registers.published_it_plan AS
SELECT p.id AS plan_id, p.agency_code, p.kind, p.year_from, p.year_to, p.total_budget,
       COALESCE((SELECT sum(l.amount) FROM registers.budget_line l WHERE l.it_plan = p.id), 0) AS security_budget,
       p.exception_status, p.exception_reason
  FROM registers.it_plan p;

CREATE VIEW registers.published_credential AS
SELECT c.id AS credential_id, c.agency_code, c.holder_name, c.status, c.valid_to, c.revocation_flagged
  FROM registers.credential c;

CREATE VIEW registers.published_attestation AS
SELECT a.id AS attestation_id, a.agency_code, a.kind, a.attested_on, a.status, a.decided_on
  FROM registers.attestation a;

-- One row per person and calendar year they served (from joining, or their first training, to leaving or
-- this year), so that a year without any training shows as 0 hours.
CREATE VIEW registers.published_training_hours AS
SELECT s.agency_code, s.id AS staff_id, y.year::integer AS year,
       COALESCE((SELECT sum(t.hours) FROM registers.training t
                  WHERE t.staff = s.id AND extract(year FROM t.attended_on) = y.year), 0) AS hours,
       w.yearly_training_hours AS target_hours
  FROM registers.staff s
  CROSS JOIN registers.workforce_setting w
  CROSS JOIN LATERAL generate_series(
        extract(year FROM COALESCE(s.joined_on, (SELECT min(t.attended_on) FROM registers.training t WHERE t.staff = s.id), current_date))::integer,
        extract(year FROM COALESCE(s.left_on, current_date))::integer) AS y(year);

CREATE VIEW registers.published_telecom_measure AS
SELECT m.agency_code, m.measure, m.since, (m.evidence IS NOT NULL AND m.evidence <> '') AS evidence_present
  FROM registers.telecom_measure m;
