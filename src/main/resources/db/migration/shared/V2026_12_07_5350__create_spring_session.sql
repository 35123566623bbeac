-- Issue 23: sessions live in PostgreSQL (Spring Session JDBC), so any node behind the load balancer
-- serves any request and a restarted node keeps its users signed in. Spring Session's own PostgreSQL
-- schema (spring-session-jdbc 4.0, schema-postgresql.sql), created here rather than by Spring's schema
-- initialiser so that Flyway owns every table.
CREATE TABLE public.spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON public.spring_session (session_id);
-- the clean-up of expired sessions deletes by expiry time
CREATE INDEX spring_session_ix2 ON public.spring_session (expiry_time);
-- the sessions of one person (FindByIndexNameSessionRepository), e.g. to end them all
CREATE INDEX spring_session_ix3 ON public.spring_session (principal_name);

CREATE TABLE public.spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES public.spring_session (primary_id) ON DELETE CASCADE
);
