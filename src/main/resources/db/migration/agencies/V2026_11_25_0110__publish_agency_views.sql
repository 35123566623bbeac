-- Read-only views other modules may query set-based (the compliance engine evaluates the whole
-- province in one statement per rule). They are this module's published API: keep columns stable.
CREATE VIEW agencies.published_agency AS
SELECT a.code,
       a.name,
       a.kind,
       a.status,
       a.parent_code,
       (a.registered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS registered_on,
       a.status_changed_on
FROM agencies.agency a;

CREATE VIEW agencies.published_focal_point AS
SELECT f.agency_code,
       f.role,
       f.unit_name,
       f.person_name,
       f.email,
       f.valid_from,
       f.valid_to,
       f.confirmed_on
FROM agencies.focal_point f;
