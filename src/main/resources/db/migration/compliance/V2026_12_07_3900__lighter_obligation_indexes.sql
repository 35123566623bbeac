-- Indexes cheaper to build on every full evaluation (DESIGN.md §6: the whole province in 2 s).
-- The agency's obligations are found through obligation_agency_due_idx (agency_code, due_date): an
-- agency holds a few dozen rows, so its status is filtered from them.
DROP INDEX IF EXISTS compliance.obligation_agency_idx;
-- Only a third of the obligations carry a due date (presence rules have none), and every query that
-- reads the calendar asks for a range of due dates, which PostgreSQL proves excludes an empty one.
DROP INDEX IF EXISTS compliance.obligation_due_idx;
CREATE INDEX obligation_due_idx ON compliance.obligation (due_date, agency_code) WHERE due_date IS NOT NULL;
-- Lists filtered by status sort by the status's rank first, an expression no index order gives.
DROP INDEX IF EXISTS compliance.obligation_status_idx;
CREATE INDEX obligation_status_idx ON compliance.obligation (status);
