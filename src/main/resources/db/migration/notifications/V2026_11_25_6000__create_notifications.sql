CREATE SCHEMA IF NOT EXISTS notifications;

-- Mails waiting for the SMTP server, written in the transaction of the change (or daily job) that
-- caused them, so a mail is sent if and only if the change committed. The sender retries with
-- exponential backoff; sent rows stay as the record of what was sent.
CREATE TABLE notifications.outbox (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient_username varchar(50),
    recipient_email    varchar(254) NOT NULL,
    language           varchar(5)   NOT NULL,
    subject            varchar(300) NOT NULL,
    body_text          text         NOT NULL,
    body_html          text         NOT NULL,
    link               varchar(500) NOT NULL,
    dedupe_key         varchar(200),
    created_at         timestamptz  NOT NULL,
    sent_at            timestamptz,
    attempts           integer      NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz  NOT NULL,
    last_error         varchar(1000)
);
-- one digest per person and day however often the job runs
CREATE UNIQUE INDEX outbox_dedupe_idx ON notifications.outbox (dedupe_key);
CREATE INDEX outbox_pending_idx ON notifications.outbox (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_created_idx ON notifications.outbox (created_at DESC);

-- The in-app list of each user.
CREATE TABLE notifications.notification (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username   varchar(50)  NOT NULL,
    text       varchar(300) NOT NULL,
    link       varchar(500) NOT NULL,
    dedupe_key varchar(200),
    created_at timestamptz  NOT NULL,
    read_at    timestamptz
);
CREATE UNIQUE INDEX notification_dedupe_idx ON notifications.notification (dedupe_key);
CREATE INDEX notification_user_idx ON notifications.notification (username, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notifications.notification (username) WHERE read_at IS NULL;
