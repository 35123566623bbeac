package vn.khien.sharing.application;

/**
 * What one organisation may do with one collection. {@code named}: the organisation is named on the
 * collection (the TLP:GREEN community); a grant to {@link #ANYONE} lets every token holder read what
 * is TLP:CLEAR only.
 */
public record Grant(boolean canRead, boolean canWrite, boolean named) {

    /** The grantee that stands for every holder of a Khiên API token. */
    public static final String ANYONE = "*";

    static final Grant NONE = new Grant(false, false, false);

    public boolean any() {
        return canRead || canWrite;
    }
}
