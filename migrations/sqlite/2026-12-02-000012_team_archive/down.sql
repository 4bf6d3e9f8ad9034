ALTER TABLE teams DROP COLUMN archived_at;
