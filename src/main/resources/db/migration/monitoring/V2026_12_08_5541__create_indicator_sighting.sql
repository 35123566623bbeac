-- An alert that matched a threat indicator received from the national centre or a peer (issue 20 item 5):
-- the alert (day, event_hash), its roll-up (fingerprint, window_start), the indicator's STIX id with the
-- label and TLP it had then, the observable that matched. Owner, system and sender are copied from the
-- alert so that who may see a sighting is decided as for the alert itself. Written with the alert.
CREATE TABLE monitoring.indicator_sighting (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day               date          NOT NULL,
    event_hash        uuid          NOT NULL,
    fingerprint       uuid          NOT NULL,
    window_start      timestamptz   NOT NULL,
    indicator_id      varchar(200)  NOT NULL,
    indicator_label   varchar(500),
    indicator_tlp     varchar(15),
    observable        varchar(500)  NOT NULL,
    seen_at           timestamptz   NOT NULL,
    organisation_code varchar(40)   NOT NULL,
    owner_code        varchar(40),
    system_code       varchar(40),
    severity          smallint      NOT NULL,
    rule_name         varchar(500)
);

CREATE INDEX indicator_sighting_by_indicator ON monitoring.indicator_sighting (indicator_id, seen_at DESC);
CREATE INDEX indicator_sighting_by_rollup ON monitoring.indicator_sighting (fingerprint, window_start);
CREATE INDEX indicator_sighting_by_day ON monitoring.indicator_sighting (day);
