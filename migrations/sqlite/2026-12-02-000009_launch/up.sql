-- Nothing goes out before launch (docs/design.md, "Launch"): the scheduler opens pulses only
-- for teams whose cadence an admin launched. An installation that has run pulses already keeps
-- its monthly teams going; a new one starts with every team waiting for its launch.
ALTER TABLE teams ADD COLUMN launched_at TIMESTAMP;
UPDATE teams SET launched_at = CURRENT_TIMESTAMP
WHERE cadence = 'monthly' AND EXISTS (SELECT 1 FROM pulses);
