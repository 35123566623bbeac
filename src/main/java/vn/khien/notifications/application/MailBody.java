package vn.khien.notifications.application;

/** A mail's plain text and its simple HTML alternative. */
record MailBody(String text, String html) {}
