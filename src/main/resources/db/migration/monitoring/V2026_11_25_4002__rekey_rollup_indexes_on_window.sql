-- A roll-up is updated by every batch that repeats it (count, last seen). With last_seen in its indexes
-- each such update added an entry to all thirteen of them, and each new roll-up paid for
-- thirteen index entries. The console's filters are now keyed on the
-- roll-up's window start, which never changes (its last sighting always falls within
-- [window_start, window_start + window), so ordering by window start, then last seen is ordering by
-- last seen): updates become HOT — the row changes in place on its page, the indexes are not touched.
-- Pages keep a fifth free for those in-place updates.
ALTER TABLE monitoring.alert_rollup SET (fillfactor = 80);

DROP INDEX monitoring.alert_rollup_last_seen_idx;
DROP INDEX monitoring.alert_rollup_system_idx;
DROP INDEX monitoring.alert_rollup_owner_idx;
DROP INDEX monitoring.alert_rollup_organisation_idx;
DROP INDEX monitoring.alert_rollup_severity_idx;
DROP INDEX monitoring.alert_rollup_tool_idx;
DROP INDEX monitoring.alert_rollup_rule_idx;
DROP INDEX monitoring.alert_rollup_unassigned_idx;
DROP INDEX monitoring.alert_rollup_pending_idx;

-- time range and the unfiltered console
CREATE INDEX alert_rollup_window_idx ON monitoring.alert_rollup (window_start DESC);
-- selective console filters: system, agency (owner), rule
CREATE INDEX alert_rollup_system_idx ON monitoring.alert_rollup (system_code, window_start DESC);
CREATE INDEX alert_rollup_owner_idx ON monitoring.alert_rollup (owner_code, window_start DESC);
CREATE INDEX alert_rollup_rule_idx ON monitoring.alert_rollup (rule_id, window_start DESC);
-- severity: only "high and above" is selective (the lower levels are most roll-ups; the window index and a
-- filter serve them, as they serve the handful of tools and of sending organisations)
CREATE INDEX alert_rollup_high_idx ON monitoring.alert_rollup (window_start DESC) WHERE severity >= 3;
-- targets no system covers, for the coordinator to assign
CREATE INDEX alert_rollup_unassigned_idx ON monitoring.alert_rollup (window_start DESC) WHERE system_code IS NULL;
-- the promotion job reads only roll-ups on a system not yet promoted
CREATE INDEX alert_rollup_pending_idx ON monitoring.alert_rollup (window_start)
    WHERE promoted_at IS NULL AND system_code IS NOT NULL;
