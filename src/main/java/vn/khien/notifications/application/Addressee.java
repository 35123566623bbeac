package vn.khien.notifications.application;

import java.util.Locale;

/** A person to write to: a user (with or without an address) or a bare address, in a language. */
record Addressee(String username, String email, String language) {

    static Addressee address(String email, String language) {
        return new Addressee(null, email.strip().toLowerCase(Locale.ROOT), language == null ? "vi" : language);
    }

    Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    /** Who this is for the once-per-day rule: the user name, else the address. */
    String key() {
        return username != null ? "user:" + username : "mail:" + email;
    }
}
