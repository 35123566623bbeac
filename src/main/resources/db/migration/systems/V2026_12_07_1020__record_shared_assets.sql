-- Issue 15: an asset that overlaps an asset of another agency's system takes effect only by the
-- coordinator's decision (or the consent of a user acting for both agencies); this records it.
-- Existing rows are not shared: an overlap between agencies already stored maps alerts to neither
-- system until the coordinator records it again as shared.
ALTER TABLE systems.network_asset ADD COLUMN shared boolean NOT NULL DEFAULT false;
