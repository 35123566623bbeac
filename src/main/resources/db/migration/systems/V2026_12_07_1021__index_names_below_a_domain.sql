-- A name lies below a domain when its reversed text starts with the reversed domain and a dot: a range
-- of this index (AssetOverlaps.condition), instead of a scan of every asset per domain.
CREATE INDEX network_asset_reversed_value_idx ON systems.network_asset (reverse(value) text_pattern_ops);
