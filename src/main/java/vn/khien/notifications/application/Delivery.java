package vn.khien.notifications.application;

/**
 * One message to one person: a mail when they have an address, an in-app notification when they are
 * a user. {@code link} is a path within the application; {@code dedupeKey}, when set, makes the
 * message go out once however often it is written (the daily digest).
 */
record Delivery(
        String username, String email, String language, String subject, MailBody body, String link, String dedupeKey) {}
