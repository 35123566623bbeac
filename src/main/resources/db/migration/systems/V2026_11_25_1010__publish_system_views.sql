-- Read-only views other modules may query set-based (the compliance engine evaluates the whole
-- province in one statement per rule). They are this module's published API: keep columns stable.
CREATE VIEW systems.published_system AS
SELECT s.code,
       s.name,
       s.owner_code,
       s.operator_code,
       s.type,
       s.e_government,
       s.approved_level,
       s.decision_date AS level_approved_on,
       s.status,
       s.monitoring_connected,
       s.monitoring_since,
       (s.registered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS registered_on
FROM systems.information_system s;

CREATE VIEW systems.published_arrangement AS
SELECT s.code AS system_code,
       s.owner_code,
       a.service,
       a.provider_code,
       a.valid_from,
       a.valid_to
FROM systems.service_arrangement a
JOIN systems.information_system s ON s.id = a.information_system;

CREATE VIEW systems.published_product AS
SELECT s.code AS system_code,
       s.owner_code,
       p.product,
       p.vendor,
       p.category,
       p.origin,
       p.justification
FROM systems.security_product p
JOIN systems.information_system s ON s.id = p.information_system;

CREATE VIEW systems.published_dossier AS
SELECT d.system_code, d.number, d.proposed_level, d.status, d.decision_date,
       (d.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS opened_on
FROM systems.level_dossier d;

CREATE INDEX service_arrangement_system_service_idx
    ON systems.service_arrangement (information_system, service, valid_from);
