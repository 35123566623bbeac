package vn.khien.shared;

/**
 * Someone a notification goes to: a platform user (by user name; their address and language come
 * from their account) or an address outside the platform (a focal point, a reporter without an
 * account) with the language to write in.
 */
public record Recipient(String username, String email, String language) {

    public Recipient {
        if ((username == null) == (email == null)) {
            throw new IllegalArgumentException("A recipient is either a user or an e-mail address");
        }
    }

    public static Recipient user(String username) {
        return new Recipient(username, null, null);
    }

    /** Each of the users once, in the order given. */
    public static java.util.List<Recipient> users(java.util.Collection<String> usernames) {
        return usernames.stream().distinct().map(Recipient::user).toList();
    }

    public static Recipient address(String email, String language) {
        return new Recipient(null, email, language == null ? "vi" : language);
    }

    public boolean isUser() {
        return username != null;
    }
}
