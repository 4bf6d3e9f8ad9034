ALTER TABLE teams DROP COLUMN days_open;
