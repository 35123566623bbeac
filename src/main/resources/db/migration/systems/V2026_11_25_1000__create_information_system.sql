-- Accent-insensitive search ("hue" finds "Huế") uses the shared IMMUTABLE public.search_key() and the
-- unaccent and pg_trgm extensions, created by the shared migration V2026_11_25_0002.

CREATE SCHEMA IF NOT EXISTS systems;

CREATE TABLE systems.information_system (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                   varchar(40)  NOT NULL UNIQUE,
    name                   varchar(300) NOT NULL COLLATE public.vietnamese,
    owner_code             varchar(40)  NOT NULL,
    operator_code          varchar(40),
    type                   varchar(30)  NOT NULL,
    e_government           boolean      NOT NULL DEFAULT false,
    public_service_level   smallint CHECK (public_service_level BETWEEN 1 AND 4),
    personal_data_subjects integer CHECK (personal_data_subjects >= 0),
    proposed_level         smallint CHECK (proposed_level BETWEEN 1 AND 5),
    approved_level         smallint CHECK (approved_level BETWEEN 1 AND 5),
    status                 varchar(20)  NOT NULL,
    decision_number        varchar(100),
    decision_date          date,
    decision_approver_code varchar(40),
    monitoring_connected   boolean      NOT NULL DEFAULT false,
    monitoring_since       date,
    monitoring_method      varchar(20),
    registered_at          timestamptz  NOT NULL,
    version                integer      NOT NULL DEFAULT 0
);

CREATE INDEX information_system_owner_idx ON systems.information_system (owner_code);
CREATE INDEX information_system_operator_idx ON systems.information_system (operator_code);
CREATE INDEX information_system_type_idx ON systems.information_system (type);
CREATE INDEX information_system_status_idx ON systems.information_system (status);
CREATE INDEX information_system_level_idx ON systems.information_system (approved_level);
CREATE INDEX information_system_name_idx ON systems.information_system (name);
CREATE INDEX information_system_search_idx ON systems.information_system
    USING gin (public.search_key(code || ' ' || name) gin_trgm_ops);

-- Children of the system aggregate: rewritten with it, identified to users by their ref.
CREATE TABLE systems.system_component (
    information_system bigint       NOT NULL REFERENCES systems.information_system (id) ON DELETE CASCADE,
    position           integer      NOT NULL,
    name               varchar(200) NOT NULL,
    description        varchar(1000),
    level              smallint     NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (information_system, position)
);

CREATE TABLE systems.network_asset (
    information_system bigint       NOT NULL REFERENCES systems.information_system (id) ON DELETE CASCADE,
    position           integer      NOT NULL,
    ref                uuid         NOT NULL,
    kind               varchar(20)  NOT NULL,
    value              varchar(300) NOT NULL,
    -- the parsed range, for overlap reports and for mapping alerts to systems
    network            cidr GENERATED ALWAYS AS (CASE WHEN kind = 'CIDR' THEN CAST(value AS cidr) END) STORED,
    PRIMARY KEY (information_system, position)
);

CREATE INDEX network_asset_network_idx ON systems.network_asset USING gist (network inet_ops);
CREATE INDEX network_asset_value_idx ON systems.network_asset (value);

CREATE TABLE systems.security_product (
    information_system bigint       NOT NULL REFERENCES systems.information_system (id) ON DELETE CASCADE,
    position           integer      NOT NULL,
    ref                uuid         NOT NULL,
    product            varchar(200) NOT NULL,
    vendor             varchar(200) NOT NULL,
    category           varchar(100) NOT NULL,
    origin             varchar(20)  NOT NULL,
    justification      varchar(1000),
    PRIMARY KEY (information_system, position)
);

CREATE TABLE systems.service_arrangement (
    information_system bigint       NOT NULL REFERENCES systems.information_system (id) ON DELETE CASCADE,
    position           integer      NOT NULL,
    ref                uuid         NOT NULL,
    service            varchar(30)  NOT NULL,
    provider_code      varchar(40),
    valid_from         date         NOT NULL,
    valid_to           date CHECK (valid_to IS NULL OR valid_to >= valid_from),
    PRIMARY KEY (information_system, position)
);

CREATE INDEX service_arrangement_provider_idx ON systems.service_arrangement (provider_code);
