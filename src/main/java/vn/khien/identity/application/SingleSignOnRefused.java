package vn.khien.identity.application;

/**
 * The provider vouched for the person, but Khiên does not let them in: the login page says why
 * ({@code login.sso.refused.<reason>}) and the audit trail records it.
 */
public class SingleSignOnRefused extends RuntimeException {

    /** Why; the code is what the login page receives, so it names no person and no claim value. */
    public enum Reason {
        NO_ROLE("no-role"),
        NO_AGENCY("no-agency"),
        UNKNOWN_AGENCY("unknown-agency"),
        BAD_USERNAME("bad-username"),
        USERNAME_TAKEN("username-taken"),
        DISABLED("disabled");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The reason a code stands for, if any: the login page shows only known reasons. */
        public static java.util.Optional<Reason> ofCode(String code) {
            return java.util.Arrays.stream(values())
                    .filter(r -> r.code.equals(code))
                    .findFirst();
        }
    }

    private final Reason reason;

    SingleSignOnRefused(Reason reason) {
        super(reason.code());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
