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

    /** The roles that keep an agency's records or decide on them: the coordinator and the agencies' people. */
    public static final java.util.Set<String> KEEPING_RECORDS =
            java.util.Set.of(COORDINATOR_ADMIN.name(), AGENCY_HEAD.name(), AGENCY_OFFICER.name());

    /**
     * The roles that take part in the programme's reporting, ranking and incidents: everyone but the
     * assessors and providers, who work on the systems they are engaged for.
     */
    public static final java.util.Set<String> PROGRAMME_PARTICIPANTS = java.util.Set.of(
            COORDINATOR_ADMIN.name(), RESPONDER.name(), OBSERVER.name(), AGENCY_OFFICER.name(), AGENCY_HEAD.name());

    /**
     * The roles that may not sign in with a password alone (issue 22, OWASP ASVS 5.0 V6.3.3: multi-factor
     * for privileged accounts): the coordinator admin, who grants access (accounts, roles, API tokens), and
     * the responders, who hold the incidents and the keys to the alert intake.
     */
    public static final java.util.Set<String> SECOND_FACTOR_REQUIRED =
            java.util.Set.of(COORDINATOR_ADMIN.name(), RESPONDER.name());

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
