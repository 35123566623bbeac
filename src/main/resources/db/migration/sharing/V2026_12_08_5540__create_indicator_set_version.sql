-- Issue 20 item 5: every node keeps the received indicators in memory for the alert intake. Every change
-- to stored STIX objects bumps this one number in the changing transaction; a node rebuilds its set when
-- the number moved (a cheap poll instead of a query per alert).
CREATE TABLE sharing.indicator_set (
    id      smallint PRIMARY KEY CHECK (id = 1),
    version bigint   NOT NULL
);
INSERT INTO sharing.indicator_set (id, version) VALUES (1, 0);

-- Layer 4 of the four-layer model: a working exchange with the national centre is a recent successful
-- pull, so a failed pull must not hide when the last good one was.
ALTER TABLE sharing.remote_source ADD COLUMN last_success_at timestamptz;
UPDATE sharing.remote_source SET last_success_at = last_polled_at WHERE last_error IS NULL;
