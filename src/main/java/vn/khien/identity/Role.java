package vn.khien.identity;

/** The roles of DESIGN.md §3. Province-wide roles see every agency; the others see their scope. */
public enum Role {
    COORDINATOR_ADMIN(true),
    RESPONDER(true),
    OBSERVER(true),
    AGENCY_OFFICER(false),
    AGENCY_HEAD(false),
    ASSESSOR(false),
    PROVIDER(false);

    private final boolean provinceWide;

    Role(boolean provinceWide) {
        this.provinceWide = provinceWide;
    }

    public boolean provinceWide() {
        return provinceWide;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
