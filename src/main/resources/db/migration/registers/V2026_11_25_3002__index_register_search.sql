-- Accent-insensitive "contains" search of the lists (public.search_key with pg_trgm, as the inventory does).
CREATE INDEX it_plan_search_idx ON registers.it_plan USING gin (public.search_key(name) public.gin_trgm_ops);
CREATE INDEX staff_search_idx ON registers.staff USING gin (public.search_key(full_name) public.gin_trgm_ops);
CREATE INDEX credential_search_idx ON registers.credential
    USING gin (public.search_key(holder_name || ' ' || certificate_serial || ' ' || coalesce(token_serial, '')) public.gin_trgm_ops);
