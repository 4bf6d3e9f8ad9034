ALTER TABLE pulses DROP COLUMN skips_set;
ALTER TABLE teams DROP COLUMN rotate_set;
