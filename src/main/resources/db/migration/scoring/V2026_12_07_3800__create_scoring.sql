CREATE SCHEMA IF NOT EXISTS scoring;

-- Criteria sets are versioned data: every version as the YAML text it was loaded from. A version a
-- campaign uses is frozen (the trigger below refuses to change or delete it).
CREATE TABLE scoring.criteria_set (
    code           varchar(40)  NOT NULL,
    version        integer      NOT NULL CHECK (version > 0),
    title_vi       varchar(300) NOT NULL,
    title_en       varchar(300) NOT NULL,
    year_from      integer      NOT NULL,
    year_to        integer      NOT NULL CHECK (year_to >= year_from),
    content        text         NOT NULL,
    content_sha256 char(64)     NOT NULL,
    source         varchar(20)  NOT NULL,
    loaded_by      varchar(100) NOT NULL,
    loaded_at      timestamptz  NOT NULL,
    PRIMARY KEY (code, version)
);

-- One campaign per year and set (cancelled ones aside); one published ranking per year.
CREATE TABLE scoring.campaign (
    id                bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year              integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    set_code          varchar(40)  NOT NULL,
    set_version       integer      NOT NULL,
    title             varchar(300) NOT NULL COLLATE public.vietnamese,
    cut_off           date         NOT NULL,
    closes_on         date,
    state             varchar(20)  NOT NULL,
    created_at        timestamptz  NOT NULL,
    published_version integer      NOT NULL DEFAULT 0,
    version           integer      NOT NULL DEFAULT 0,
    FOREIGN KEY (set_code, set_version) REFERENCES scoring.criteria_set (code, version)
);
CREATE UNIQUE INDEX campaign_year_set_idx ON scoring.campaign (year, set_code) WHERE state <> 'CANCELLED';
CREATE UNIQUE INDEX campaign_published_year_idx ON scoring.campaign (year) WHERE state = 'PUBLISHED';
CREATE INDEX campaign_state_idx ON scoring.campaign (state, year);

CREATE FUNCTION scoring.refuse_change_of_used_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM scoring.campaign c WHERE c.set_code = OLD.code AND c.set_version = OLD.version) THEN
        RAISE EXCEPTION 'criteria set % version % is used by a campaign and frozen', OLD.code, OLD.version;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER criteria_set_frozen BEFORE UPDATE OR DELETE ON scoring.criteria_set
    FOR EACH ROW EXECUTE FUNCTION scoring.refuse_change_of_used_set();

-- An agency's self-assessment: exists once it has submitted (no row: "không nộp").
CREATE TABLE scoring.submission (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign     bigint       NOT NULL REFERENCES scoring.campaign (id),
    agency_code  varchar(40)  NOT NULL,
    submitted_at timestamptz  NOT NULL,
    submitted_by varchar(100) NOT NULL,
    version      integer      NOT NULL DEFAULT 0,
    UNIQUE (campaign, agency_code)
);
CREATE INDEX submission_agency_idx ON scoring.submission (agency_code, campaign);

-- One answer per self-assessed criterion; the coordinator's verification may set other points, with
-- a reason (value is null when the coordinator scores a criterion the agency left unanswered).
CREATE TABLE scoring.answer (
    submission          bigint        NOT NULL REFERENCES scoring.submission (id) ON DELETE CASCADE,
    position            integer       NOT NULL,
    criterion_code      varchar(40)   NOT NULL,
    value               varchar(40),
    verified_points     numeric(7, 2) CHECK (verified_points >= 0),
    verification_reason varchar(1000),
    verified_by         varchar(100),
    PRIMARY KEY (submission, position)
);

-- Published versions: the canonical snapshot (scores, inputs, set) with its SHA-256, and the same
-- figures as rows for the public page and API. Nothing published changes: rows are only ever added,
-- a correction is a new version with its reason.
CREATE TABLE scoring.publication_ranking (
    campaign          bigint       NOT NULL REFERENCES scoring.campaign (id),
    version           integer      NOT NULL CHECK (version > 0),
    year              integer      NOT NULL,
    title             varchar(300) NOT NULL,
    max_score         numeric(7, 2) NOT NULL,
    published_at      timestamptz  NOT NULL,
    published_by      varchar(100) NOT NULL,
    correction_reason varchar(2000),
    snapshot          text         NOT NULL,
    snapshot_sha256   char(64)     NOT NULL,
    PRIMARY KEY (campaign, version)
);
CREATE INDEX published_ranking_year_idx ON scoring.publication_ranking (year, version DESC);

CREATE TABLE scoring.publication_score (
    campaign         bigint        NOT NULL,
    version          integer       NOT NULL,
    agency_code      varchar(40)   NOT NULL,
    agency_name      varchar(300)  NOT NULL,
    agency_kind      varchar(40)   NOT NULL,
    submitted        boolean       NOT NULL,
    score            numeric(7, 2) NOT NULL,
    grade_code       varchar(40)   NOT NULL,
    grade_vi         varchar(100)  NOT NULL,
    grade_en         varchar(100)  NOT NULL,
    rank_overall     integer       NOT NULL,
    rank_in_kind     integer       NOT NULL,
    score_change     numeric(7, 2),
    rank_change      integer,
    PRIMARY KEY (campaign, version, agency_code),
    FOREIGN KEY (campaign, version) REFERENCES scoring.publication_ranking (campaign, version)
);
CREATE INDEX published_score_agency_idx ON scoring.publication_score (agency_code);

CREATE TABLE scoring.publication_criterion_score (
    campaign       bigint        NOT NULL,
    version        integer       NOT NULL,
    agency_code    varchar(40)   NOT NULL,
    criterion_code varchar(40)   NOT NULL,
    points         numeric(7, 2) NOT NULL,
    input          varchar(200),
    overridden     boolean       NOT NULL,
    reason         varchar(1000),
    PRIMARY KEY (campaign, version, agency_code, criterion_code),
    FOREIGN KEY (campaign, version, agency_code) REFERENCES scoring.publication_score (campaign, version, agency_code)
);

CREATE FUNCTION scoring.refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is published and never changes (a correction is a new version)', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER published_ranking_frozen BEFORE UPDATE OR DELETE ON scoring.publication_ranking
    FOR EACH ROW EXECUTE FUNCTION scoring.refuse_published_change();
CREATE TRIGGER published_score_frozen BEFORE UPDATE OR DELETE ON scoring.publication_score
    FOR EACH ROW EXECUTE FUNCTION scoring.refuse_published_change();
CREATE TRIGGER published_criterion_score_frozen BEFORE UPDATE OR DELETE ON scoring.publication_criterion_score
    FOR EACH ROW EXECUTE FUNCTION scoring.refuse_published_change();
