package vn.khien.systems;

/** How a network asset is written: an address range, one host name, or a whole domain. */
public enum AssetKind {
    CIDR,
    HOSTNAME,
    DOMAIN
}
