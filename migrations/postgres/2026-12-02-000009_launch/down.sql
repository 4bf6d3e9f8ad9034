ALTER TABLE teams DROP COLUMN launched_at;
