-- The incident timeline (comments included) becomes an append-only record of its own instead of a
-- child of the incident aggregate: Spring Data JDBC deleted and re-inserted every entry at each save of
-- the incident. Each entry gets its own id, which keeps the order the entries were written in; the old
-- rows move over in (incident, position) order, so every timeline reads as before.
CREATE TABLE incidents.timeline_entry_appended (
    id       bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident bigint       NOT NULL REFERENCES incidents.incident (id) ON DELETE CASCADE,
    at       timestamptz  NOT NULL,
    actor    varchar(100) NOT NULL,
    kind     varchar(30)  NOT NULL,
    text     text         NOT NULL
);

INSERT INTO incidents.timeline_entry_appended (id, incident, at, actor, kind, text)
OVERRIDING SYSTEM VALUE
SELECT row_number() OVER (ORDER BY incident, position), incident, at, actor, kind, text
FROM incidents.timeline_entry;

SELECT setval(pg_get_serial_sequence('incidents.timeline_entry_appended', 'id'), coalesce(max(id), 0) + 1, false)
FROM incidents.timeline_entry_appended;

DROP TABLE incidents.timeline_entry;
ALTER TABLE incidents.timeline_entry_appended RENAME TO timeline_entry;
ALTER SEQUENCE incidents.timeline_entry_appended_id_seq RENAME TO timeline_entry_id_seq;
ALTER TABLE incidents.timeline_entry RENAME CONSTRAINT timeline_entry_appended_pkey TO timeline_entry_pkey;
ALTER TABLE incidents.timeline_entry
    RENAME CONSTRAINT timeline_entry_appended_incident_fkey TO timeline_entry_incident_fkey;

-- One incident's timeline in order.
CREATE INDEX timeline_entry_incident_idx ON incidents.timeline_entry (incident, id);

-- Append-only: an entry, once written, is never changed.
CREATE FUNCTION incidents.refuse_timeline_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'incidents.timeline_entry is append-only';
END
$$;
CREATE TRIGGER timeline_entry_append_only BEFORE UPDATE ON incidents.timeline_entry
    FOR EACH ROW EXECUTE FUNCTION incidents.refuse_timeline_update();
