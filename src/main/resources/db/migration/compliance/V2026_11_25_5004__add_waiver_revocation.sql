-- A waiver can be withdrawn before it expires, by a coordinator with a reason; the list of waivers
-- is filtered by state (active, expired, revoked) and shows the newest first.
ALTER TABLE compliance.waiver
    ADD COLUMN revoked_by    varchar(100),
    ADD COLUMN revoke_reason varchar(1000);
CREATE INDEX waiver_granted_idx ON compliance.waiver (granted_at DESC, id DESC);
