-- The trend of the province dashboard: after each full evaluation, how many obligations of each rule
-- and agency kind stood in each status that day (one set-based insert; a later run the same day
-- replaces the day's rows). Small: rules × kinds × statuses per day.
CREATE TABLE compliance.obligation_snapshot (
    day         date        NOT NULL,
    rule_id     varchar(80) NOT NULL,
    agency_kind varchar(40) NOT NULL,
    status      varchar(20) NOT NULL,
    obligations integer     NOT NULL,
    PRIMARY KEY (day, rule_id, agency_kind, status)
);
