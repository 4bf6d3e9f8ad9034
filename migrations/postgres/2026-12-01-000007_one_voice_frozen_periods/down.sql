ALTER TABLE pulses DROP COLUMN invited;
DROP INDEX invitations_one_per_period;
ALTER TABLE invitations DROP COLUMN period;
DROP INDEX memberships_one_home;
ALTER TABLE memberships DROP COLUMN home;
