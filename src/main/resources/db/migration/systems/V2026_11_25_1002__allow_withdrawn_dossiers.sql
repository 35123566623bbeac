-- A withdrawn dossier is closed like an approved one: it no longer blocks a new dossier.
DROP INDEX systems.level_dossier_one_open_idx;
CREATE UNIQUE INDEX level_dossier_one_open_idx ON systems.level_dossier (system_code)
    WHERE status NOT IN ('APPROVED', 'WITHDRAWN');
