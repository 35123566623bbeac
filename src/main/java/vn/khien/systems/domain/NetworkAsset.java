package vn.khien.systems.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.systems.AssetKind;

/** An address range, host name or domain of a system, already normalised. */
@Table(schema = "systems", name = "network_asset")
public record NetworkAsset(UUID ref, AssetKind kind, String value) {}
