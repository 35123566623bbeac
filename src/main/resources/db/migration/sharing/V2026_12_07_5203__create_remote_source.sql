-- A remote TAXII 2.1 collection (the national centre's, a peer's) Khiên pulls into one of its inbound
-- collections. The cursor is persisted after every page: added_after (the last date_added fully read)
-- and next (the remote's page token while a poll is under way), so a restart continues where it stopped.
-- The credential is what the remote issued to the province (HTTP Basic).
CREATE TABLE sharing.remote_source (
    id               uuid           PRIMARY KEY,
    collection_url   varchar(1000)  NOT NULL,
    username         varchar(200),
    password         varchar(500),
    into_collection  uuid           NOT NULL REFERENCES sharing.collection (id),
    added_after      timestamptz,
    next_page        varchar(1000),
    last_polled_at   timestamptz,
    last_error       varchar(1000),
    created_at       timestamptz    NOT NULL
);
