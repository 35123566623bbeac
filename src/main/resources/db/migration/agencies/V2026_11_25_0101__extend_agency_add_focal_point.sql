ALTER TABLE agencies.agency
    ADD COLUMN address             varchar(500),
    ADD COLUMN website             varchar(300),
    ADD COLUMN successor_code      varchar(40) REFERENCES agencies.agency (code),
    ADD COLUMN status_changed_on   date,
    ADD COLUMN licence_number      varchar(100),
    ADD COLUMN licence_valid_from  date,
    ADD COLUMN licence_valid_until date,
    ADD COLUMN search_text         text GENERATED ALWAYS AS
        (public.search_key(code || ' ' || name || ' ' || coalesce(short_name, ''))) STORED;

CREATE INDEX agency_search_idx ON agencies.agency USING gin (search_text public.gin_trgm_ops);
CREATE INDEX agency_status_idx ON agencies.agency (status);

-- The security focal unit and the 24/7 incident-response contact of an agency. Rows are never
-- deleted: appointing a successor closes the current row (valid_to), so the history stays.
CREATE TABLE agencies.focal_point (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code     varchar(40)  NOT NULL REFERENCES agencies.agency (code),
    role            varchar(30)  NOT NULL,
    unit_name       varchar(300) NOT NULL,
    person_name     varchar(200) NOT NULL COLLATE public.vietnamese,
    position        varchar(200) NOT NULL,
    phone           varchar(40)  NOT NULL,
    email           varchar(254) NOT NULL,
    decision_number varchar(100),
    appointed_on    date,
    deputy_name     varchar(200),
    deputy_phone    varchar(40),
    deputy_email    varchar(254),
    valid_from      date         NOT NULL,
    valid_to        date,
    confirmed_on    date         NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    version         integer      NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE UNIQUE INDEX focal_point_current_idx ON agencies.focal_point (agency_code, role) WHERE valid_to IS NULL;
CREATE INDEX focal_point_agency_idx ON agencies.focal_point (agency_code, role, valid_from DESC);
CREATE INDEX focal_point_confirmed_idx ON agencies.focal_point (confirmed_on) WHERE valid_to IS NULL;
