package vn.khien.systems.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.systems.AssetKind;

/**
 * An address range, host name or domain of a system, already normalised. {@code shared}: it overlaps
 * an asset of another agency's system and stands by the coordinator's decision (issue 15).
 */
@Table(schema = "systems", name = "network_asset")
public record NetworkAsset(UUID ref, AssetKind kind, String value, boolean shared) {}
