package vn.khien.incidents;

/** Traffic Light Protocol 2.0, from the most open to the most restricted. */
public enum Tlp {
    CLEAR,
    GREEN,
    AMBER,
    AMBER_STRICT,
    RED;

    /** Whether someone cleared for {@code cleared} may receive what is marked this way. */
    public boolean within(Tlp cleared) {
        return ordinal() <= cleared.ordinal();
    }
}
