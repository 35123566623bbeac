CREATE SCHEMA IF NOT EXISTS monitoring;

-- Every alert as received, partitioned by day (UTC) so that retention drops whole partitions. The day is
-- the event's day when the event time is plausible, else the day it was received; a resent alert
-- falls on the same day and its hash makes it a duplicate.
CREATE TABLE monitoring.alert (
    day               date         NOT NULL,
    event_hash        uuid         NOT NULL,
    received_at       timestamptz  NOT NULL,
    event_time        timestamptz  NOT NULL,
    organisation_code varchar(40)  NOT NULL,
    token_id          bigint,
    format            varchar(20)  NOT NULL,
    sensor            varchar(255),
    tool              varchar(100) NOT NULL,
    rule_id           varchar(200) NOT NULL,
    rule_name         varchar(500),
    severity          smallint     NOT NULL,
    src_ip            inet,
    src_port          integer,
    dst_ip            inet,
    dst_port          integer,
    protocol          varchar(40),
    hostname          varchar(255),
    username          varchar(200),
    system_code       varchar(40),
    owner_code        varchar(40),
    system_level      smallint,
    fingerprint       uuid         NOT NULL,
    window_start      timestamptz  NOT NULL,
    raw               text         NOT NULL
) PARTITION BY RANGE (day);

CREATE TABLE monitoring.alert_default PARTITION OF monitoring.alert DEFAULT;

CREATE UNIQUE INDEX alert_event_idx ON monitoring.alert (event_hash, day);
-- the raw view of one roll-up
CREATE INDEX alert_rollup_idx ON monitoring.alert (fingerprint, window_start);

-- Repeats of the same tool, rule, source, destination and system within a window: one row with a count.
CREATE TABLE monitoring.alert_rollup (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fingerprint       uuid         NOT NULL,
    window_start      timestamptz  NOT NULL,
    organisation_code varchar(40)  NOT NULL,
    tool              varchar(100) NOT NULL,
    rule_id           varchar(200) NOT NULL,
    rule_name         varchar(500),
    severity          smallint     NOT NULL,
    src_ip            inet,
    dst_ip            inet,
    hostname          varchar(255),
    system_code       varchar(40),
    owner_code        varchar(40),
    system_level      smallint,
    alert_count       bigint       NOT NULL,
    first_seen        timestamptz  NOT NULL,
    last_seen         timestamptz  NOT NULL,
    promoted_at       timestamptz,
    promoted_by       varchar(100),
    UNIQUE (fingerprint, window_start)
);

CREATE INDEX alert_rollup_last_seen_idx ON monitoring.alert_rollup (last_seen DESC);
CREATE INDEX alert_rollup_system_idx ON monitoring.alert_rollup (system_code, last_seen DESC);
CREATE INDEX alert_rollup_owner_idx ON monitoring.alert_rollup (owner_code, last_seen DESC);
CREATE INDEX alert_rollup_organisation_idx ON monitoring.alert_rollup (organisation_code, last_seen DESC);
CREATE INDEX alert_rollup_severity_idx ON monitoring.alert_rollup (severity, last_seen DESC);
CREATE INDEX alert_rollup_tool_idx ON monitoring.alert_rollup (tool, last_seen DESC);
CREATE INDEX alert_rollup_rule_idx ON monitoring.alert_rollup (rule_id, last_seen DESC);
CREATE INDEX alert_rollup_src_ip_idx ON monitoring.alert_rollup (src_ip);
CREATE INDEX alert_rollup_dst_ip_idx ON monitoring.alert_rollup (dst_ip);
CREATE INDEX alert_rollup_unassigned_idx ON monitoring.alert_rollup (last_seen DESC) WHERE system_code IS NULL;
CREATE INDEX alert_rollup_pending_idx ON monitoring.alert_rollup (last_seen) WHERE promoted_at IS NULL;

-- Input that could not be read: kept with the reason, counted and listed, never silently dropped.
CREATE TABLE monitoring.dead_letter (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    received_at       timestamptz  NOT NULL,
    organisation_code varchar(40)  NOT NULL,
    format            varchar(20)  NOT NULL,
    line              integer      NOT NULL,
    reason            varchar(500) NOT NULL,
    raw               text         NOT NULL
);

CREATE INDEX dead_letter_received_idx ON monitoring.dead_letter (received_at DESC);
CREATE INDEX dead_letter_organisation_idx ON monitoring.dead_letter (organisation_code, received_at DESC);

-- Partitions for the days around installation; the daily job keeps creating upcoming ones.
DO $$
DECLARE
    d date;
BEGIN
    FOR d IN SELECT generate_series(current_date - 31, current_date + 7, interval '1 day')::date LOOP
        EXECUTE format('CREATE TABLE IF NOT EXISTS monitoring.%I PARTITION OF monitoring.alert FOR VALUES FROM (%L) TO (%L)',
                       'alert_' || to_char(d, 'YYYYMMDD'), d, d + 1);
    END LOOP;
END $$;
