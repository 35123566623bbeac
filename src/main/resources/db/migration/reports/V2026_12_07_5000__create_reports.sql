CREATE SCHEMA IF NOT EXISTS reports;

-- One row per version of a report: a correction after submission (or after the coordinator returned it)
-- is a new version with its reason; earlier versions are kept as they were. agency_code is the reporting
-- agency (the coordinator itself for the provincial kinds); half is 1 or 2 for the level 5 half-year
-- report, null otherwise.
CREATE TABLE reports.report (
    id                bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind              varchar(40)   NOT NULL,
    agency_code       varchar(40)   NOT NULL,
    year              integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    half              integer       CHECK (half IN (1, 2)),
    report_version    integer       NOT NULL CHECK (report_version > 0),
    status            varchar(20)   NOT NULL,
    number            varchar(60),
    cut_off           date          NOT NULL,
    situation         text,
    difficulties      text,
    proposals         text,
    correction_reason varchar(1000),
    return_comments   varchar(2000),
    created_by        varchar(100)  NOT NULL,
    created_at        timestamptz   NOT NULL,
    edited_by         varchar(100),
    edited_at         timestamptz,
    approved_by       varchar(100),
    approved_at       timestamptz,
    submitted_by      varchar(100),
    submitted_at      timestamptz,
    submitted_on      date,
    returned_by       varchar(100),
    returned_at       timestamptz,
    version           integer       NOT NULL DEFAULT 0,
    CHECK ((kind = 'PROVINCIAL_LEVEL5_HALF_YEAR') = (half IS NOT NULL))
);
CREATE UNIQUE INDEX report_version_idx
    ON reports.report (kind, agency_code, year, coalesce(half, 0), report_version);
CREATE INDEX report_year_status_idx ON reports.report (year, kind, status);
CREATE INDEX report_agency_idx ON reports.report (agency_code, year);

-- A submitted or returned version is frozen: only the coordinator's return may still change a
-- submitted one (status, who, when, comments), nothing else.
CREATE FUNCTION reports.refuse_change_of_frozen_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'report % is kept: versions are never deleted', OLD.id;
    END IF;
    IF OLD.status = 'RETURNED'
            OR (OLD.status = 'SUBMITTED' AND (NEW.status <> 'RETURNED'
                OR (NEW.situation, NEW.difficulties, NEW.proposals, NEW.cut_off, NEW.submitted_at)
                    IS DISTINCT FROM (OLD.situation, OLD.difficulties, OLD.proposals, OLD.cut_off, OLD.submitted_at))) THEN
        RAISE EXCEPTION 'report % is submitted and frozen', OLD.id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER report_frozen BEFORE UPDATE OR DELETE ON reports.report
    FOR EACH ROW EXECUTE FUNCTION reports.refuse_change_of_frozen_report();

-- Every document generated for a report version (and the signed PDF an agency uploads), with the
-- cut-off date of its inputs and its SHA-256; the bytes live in the shared file store. Only ever added.
CREATE TABLE reports.report_document (
    id           bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report       bigint        NOT NULL REFERENCES reports.report (id),
    format       varchar(10)   NOT NULL,
    origin       varchar(20)   NOT NULL,
    sha256       char(64)      NOT NULL,
    size_bytes   bigint        NOT NULL CHECK (size_bytes > 0),
    file_name    varchar(200)  NOT NULL,
    cut_off      date          NOT NULL,
    created_by   varchar(100)  NOT NULL,
    created_at   timestamptz   NOT NULL,
    UNIQUE (report, format, origin, sha256)
);
CREATE INDEX report_document_report_idx ON reports.report_document (report, created_at DESC);

CREATE FUNCTION reports.refuse_change_of_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'report documents are only ever added';
END
$$;
CREATE TRIGGER report_document_append_only BEFORE UPDATE OR DELETE ON reports.report_document
    FOR EACH ROW EXECUTE FUNCTION reports.refuse_change_of_document();
