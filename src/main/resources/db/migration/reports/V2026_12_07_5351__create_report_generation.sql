-- Issue 23: where the generation of a report version's files stands, in the database rather than in
-- one node's memory, so that the page polling it may be served by any node and a second node does not
-- start the same generation again. A row left unfinished by a node that died goes stale (updated_at)
-- and may be started again.
CREATE TABLE reports.report_generation (
    report_id  bigint      PRIMARY KEY REFERENCES reports.report (id) ON DELETE CASCADE,
    step       integer     NOT NULL CHECK (step >= 0),
    steps      integer     NOT NULL CHECK (steps > 0),
    failed     boolean     NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL
);
