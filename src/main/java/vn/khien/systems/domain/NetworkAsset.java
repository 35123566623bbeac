package vn.khien.systems.domain;

import java.util.UUID;
import vn.khien.systems.AssetKind;

/** An address range, host name or domain of a system, already normalised. */
public record NetworkAsset(UUID ref, AssetKind kind, String value) {}
