-- The province's result in the national assessment of each year (seed §2: raise the national ranking
-- and the Cyber Security Index), with its pillars as the methodology names them, the document it was
-- published in, and the remediation campaign (assessments module) that follows up its findings.
CREATE TABLE scoring.national_result (
    year                 integer       PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    methodology          varchar(200)  NOT NULL,
    rank                 integer       CHECK (rank > 0),
    provinces            integer       CHECK (provinces > 0),
    score                numeric(7, 2) CHECK (score >= 0),
    max_score            numeric(7, 2) CHECK (max_score > 0),
    source_number        varchar(100)  NOT NULL,
    source_date          date          NOT NULL,
    remediation_campaign uuid,
    recorded_by          varchar(100)  NOT NULL,
    recorded_at          timestamptz   NOT NULL,
    CHECK (rank IS NULL OR provinces IS NULL OR rank <= provinces),
    CHECK (score IS NULL OR max_score IS NULL OR score <= max_score)
);

CREATE TABLE scoring.national_pillar (
    year      integer       NOT NULL REFERENCES scoring.national_result (year) ON DELETE CASCADE,
    position  integer       NOT NULL,
    name      varchar(200)  NOT NULL,
    score     numeric(7, 2) NOT NULL CHECK (score >= 0),
    max_score numeric(7, 2) CHECK (max_score > 0),
    PRIMARY KEY (year, position),
    UNIQUE (year, name)
);
