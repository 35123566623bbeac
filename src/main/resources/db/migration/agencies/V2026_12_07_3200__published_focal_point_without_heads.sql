-- The head of an agency (role HEAD) is kept in agencies.focal_point with the same dated terms, but it
-- is not a focal point: the published view other modules read for focal points' rules and addresses
-- (compliance rules, the daily digest, credential notices) leaves heads out, so recording a head
-- changes no obligation and sends no mail. Other modules ask for the head through AccountableHeads.
CREATE OR REPLACE VIEW agencies.published_focal_point AS
SELECT f.agency_code,
       f.role,
       f.unit_name,
       f.person_name,
       f.email,
       f.valid_from,
       f.valid_to,
       f.confirmed_on
FROM agencies.focal_point f
WHERE f.role <> 'HEAD';
