-- 100,000 (:n) received indicators in an inbound collection of the national centre's API root, as a pull
-- would store them: 70 % IPv4 addresses, 10 % IPv4 /24 networks, 20 % domains, in 100.64.0.0/10 and
-- under example.net, which the load generator's alerts never use (the cost measured is the lookups).
-- Written straight into the store (the import's own speed is another benchmark); the version bump makes
-- every node rebuild its in-memory set, as an import does.
INSERT INTO sharing.collection (id, api_root, title, direction, created_at)
VALUES ('00000000-0000-4000-8000-00000000be4c', 'national', 'Bench indicators', 'INBOUND', now())
ON CONFLICT (id) DO NOTHING;

INSERT INTO sharing.stix_object (collection_id, stix_id, type, spec_version, version, version_text, tlp, audience,
                                 date_added, latest, body)
SELECT '00000000-0000-4000-8000-00000000be4c', x.id, 'indicator', '2.1', timestamptz '2026-12-01T00:00:00Z',
       '2026-12-01T00:00:00.000Z', 'GREEN', '{}', now(), true,
       jsonb_build_object('type', 'indicator', 'spec_version', '2.1', 'id', x.id,
                          'created', '2026-12-01T00:00:00.000Z', 'modified', '2026-12-01T00:00:00.000Z',
                          'name', 'bench ' || x.g, 'pattern', x.pattern, 'pattern_type', 'stix',
                          'valid_from', '2026-01-01T00:00:00Z')
  FROM (SELECT g, 'indicator--' || gen_random_uuid() AS id,
               CASE WHEN g % 10 < 7
                    THEN format('[ipv4-addr:value = ''100.%s.%s.%s'']', 64 + (g >> 16) % 64, (g >> 8) & 255, g & 255)
                    WHEN g % 10 = 7
                    THEN format('[ipv4-addr:value ISSUBSET ''100.%s.%s.0/24'']', 64 + (g >> 8) % 64, g & 255)
                    ELSE format('[domain-name:value = ''bench-%s.example.net'']', g)
               END AS pattern
          FROM generate_series(1, :n) g) x;

UPDATE sharing.indicator_set SET version = version + 1 WHERE id = 1;
