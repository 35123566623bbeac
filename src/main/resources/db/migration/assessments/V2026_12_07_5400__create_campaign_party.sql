-- Who else takes part in a remediation campaign besides the agencies that own its findings: the
-- national assessment's findings are reviewed and fixed in coordination with the provincial police
-- (provincial letter 5620/UBND-CT implementing Directive 14/CT-TTg, item 2), or with a ministry or the
-- national coordinator.
CREATE TABLE assessments.campaign_party (
    id             uuid PRIMARY KEY,
    campaign_id    uuid         NOT NULL REFERENCES assessments.campaign (id),
    kind           varchar(40)  NOT NULL,
    name           varchar(300) NOT NULL,
    contact        varchar(300),
    responsibility varchar(1000),
    added_by       varchar(100) NOT NULL,
    added_at       timestamptz  NOT NULL
);
CREATE INDEX campaign_party_campaign_idx ON assessments.campaign_party (campaign_id, added_at);
