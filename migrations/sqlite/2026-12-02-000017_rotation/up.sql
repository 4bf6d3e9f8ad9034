-- Rotation (docs/design.md, "Surveys"): a team may ask one of its sets every other pulse
-- only; each pulse keeps, from its opening, which set it leaves out.
ALTER TABLE teams ADD COLUMN rotate_set TEXT;
ALTER TABLE pulses ADD COLUMN skips_set TEXT;
