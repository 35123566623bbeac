-- Published for the compliance engine (Circular 20/2017 Art. 6.1.c: the network members' half-yearly and
-- yearly summaries on Form 05): one row per agency and period summarised, the period it covers and the day
-- its first version was generated (a later version does not move a summary made on time). The period key is
-- the one the Form 05 generator writes: 'H1-2026' (15/12/2025 – 14/06/2026) or 'Y-2026' (15/12/2025 –
-- 14/12/2026).
CREATE VIEW incidents.published_incident_summary AS
SELECT f.agency_code,
       f.period,
       make_date(p.year - 1, 12, 15) AS covers_from,
       make_date(p.year, CASE WHEN p.half_year THEN 6 ELSE 12 END, 14) AS covers_to,
       CAST(min(f.generated_at) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date) AS first_generated_on,
       (array_agg(f.ref ORDER BY f.generated_at))[1] AS first_ref
FROM incidents.generated_form f
CROSS JOIN LATERAL (
    SELECT CASE WHEN f.period ~ '^(H1|Y)-[0-9]{4}$' THEN CAST(split_part(f.period, '-', 2) AS integer) END AS year,
           f.period LIKE 'H1-%' AS half_year) p
WHERE f.form = 'FORM_05' AND p.year IS NOT NULL
GROUP BY f.agency_code, f.period, p.year, p.half_year;
