-- Archived teams (docs/design.md, "The data model"): the scheduler opens no pulse for a team
-- with archived_at set; its pages and history stay, nothing is deleted.
ALTER TABLE teams ADD COLUMN archived_at TIMESTAMP;
