-- Issue 16 items 7 and 9. The scope says whether an assessment covers the whole organisation (Decree 85/2016
-- Art. 20.2.c, first indent: "tổng thể trong hoạt động của cơ quan, tổ chức mình", every two years) or the
-- listed systems; assessments made before this change covered their listed systems. The coordinator's
-- exception to the assessor qualification rule (Art. 20.2.c, last indent) is kept beside the independence one.
ALTER TABLE assessments.assessment
    ADD COLUMN scope varchar(30) NOT NULL DEFAULT 'SYSTEMS' CHECK (scope IN ('SYSTEMS', 'WHOLE_ORGANISATION')),
    ADD COLUMN qualification_exception varchar(4000);
ALTER TABLE assessments.assessment ALTER COLUMN scope DROP DEFAULT;

-- published for the compliance engine: the scope is a new last column, the others stay as they were
CREATE OR REPLACE VIEW assessments.published_assessment_result AS
SELECT a.id AS assessment_id, s.system_code, s.owner_code AS agency_code, a.kind, a.periodic,
       a.assessor_code, a.completed_on, a.scope
  FROM assessments.assessment a
  JOIN assessments.assessment_system s ON s.assessment = a.id
 WHERE a.status = 'COMPLETED';
