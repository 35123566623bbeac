package vn.khien.identity;

/** A user's name, address (may be null), language ("vi" or "en") and own agency (may be null). */
public record UserContact(String username, String displayName, String email, String language, String agencyCode) {}
