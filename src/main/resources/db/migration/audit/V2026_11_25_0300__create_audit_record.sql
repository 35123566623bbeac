CREATE SCHEMA IF NOT EXISTS audit;

-- Append-only: each row's hash covers the previous row's hash and its own content, so altering or
-- deleting any row breaks the chain from that row on (see AuditChain).
CREATE TABLE audit.audit_record (
    seq          bigint       PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(100) NOT NULL,
    action       varchar(100) NOT NULL,
    object_type  varchar(50)  NOT NULL,
    object_id    varchar(200) NOT NULL,
    before_state text,
    after_state  text,
    remote_address varchar(64),
    previous_hash char(64)    NOT NULL,
    hash         char(64)     NOT NULL
);

CREATE INDEX audit_record_occurred_idx ON audit.audit_record (occurred_at);
CREATE INDEX audit_record_actor_idx ON audit.audit_record (actor, seq);
CREATE INDEX audit_record_action_idx ON audit.audit_record (action, seq);
CREATE INDEX audit_record_object_idx ON audit.audit_record (object_type, object_id, seq);
