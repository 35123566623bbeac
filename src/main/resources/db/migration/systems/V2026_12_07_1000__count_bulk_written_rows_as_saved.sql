-- Spring Data JDBC reads a primitive @Version of 0 as "never saved" and would INSERT the aggregate again
-- (an error on the generated id). Rows written in bulk (spreadsheet import, demo province) took the
-- column default 0, so no such system or dossier could be changed. A saved aggregate starts at 1.
UPDATE systems.information_system SET version = 1 WHERE version = 0;
UPDATE systems.level_dossier SET version = 1 WHERE version = 0;
ALTER TABLE systems.information_system ALTER COLUMN version SET DEFAULT 1;
ALTER TABLE systems.level_dossier ALTER COLUMN version SET DEFAULT 1;
