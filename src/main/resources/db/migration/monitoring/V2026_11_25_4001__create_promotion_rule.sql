-- Promotion rules are data the coordinator edits: alerts of at least a severity, on systems of at least
-- a level, counted per system, rule and source over a window, open (or join) an incident.
CREATE TABLE monitoring.promotion_rule (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           varchar(100) NOT NULL UNIQUE,
    min_severity   smallint     NOT NULL CHECK (min_severity BETWEEN 1 AND 4),
    min_level      smallint CHECK (min_level BETWEEN 1 AND 5),
    min_count      integer      NOT NULL CHECK (min_count >= 1),
    window_minutes integer      NOT NULL CHECK (window_minutes BETWEEN 1 AND 10080),
    enabled        boolean      NOT NULL DEFAULT true
);

INSERT INTO monitoring.promotion_rule (name, min_severity, min_level, min_count, window_minutes)
VALUES ('high-on-level-3', 3, 3, 1, 60),
       ('repeated-attack', 2, NULL, 100, 10);
