-- How long a team's pulses stay open (docs/design.md, "Cadence"): 7 days, as every pulse did
-- before, unless the team says otherwise (1 to 21, and shorter than the gap between two
-- openings of its cadence; checked where the setting is changed).
ALTER TABLE teams ADD COLUMN days_open INTEGER NOT NULL DEFAULT 7;
