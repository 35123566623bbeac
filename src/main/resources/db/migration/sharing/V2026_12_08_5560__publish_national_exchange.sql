-- The coordinator's duty to connect and share with the national monitoring centre (letter 5620/UBND-CT
-- item 2) is met from the day the first pull from one of the centre's collections succeeded; the day it
-- started is kept so that an evaluation as of an earlier day does not count a later connection.
ALTER TABLE sharing.remote_source ADD COLUMN first_success_at timestamptz;
UPDATE sharing.remote_source SET first_success_at = last_success_at WHERE last_success_at IS NOT NULL;

-- Published for compliance (descriptor: vn.khien.sharing.facts.SharingFacts.NATIONAL_EXCHANGE).
CREATE VIEW sharing.published_national_exchange AS
SELECT r.id AS remote_source, r.first_success_at AS connected_since, r.last_success_at
  FROM sharing.remote_source r
  JOIN sharing.collection c ON c.id = r.into_collection
 WHERE c.api_root = 'national' AND r.first_success_at IS NOT NULL;
