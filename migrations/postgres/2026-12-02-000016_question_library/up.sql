-- The question library (docs/design.md, "Surveys"); the SQLite migration of the same name
-- rebuilds its table for the same result.
ALTER TABLE questions DROP CONSTRAINT questions_kind_check;
ALTER TABLE questions ADD CONSTRAINT questions_kind_check
    CHECK (kind IN ('likert5', 'three', 'enps', 'choice', 'comment'));
ALTER TABLE questions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE questions ADD COLUMN set_key TEXT;
ALTER TABLE questions ADD COLUMN text_lang TEXT NOT NULL DEFAULT 'en';
ALTER TABLE questions ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE questions ADD COLUMN options TEXT NOT NULL DEFAULT '[]';
UPDATE questions SET set_key = 'default';
-- No foreign key, as on SQLite (which could not drop the column again).
ALTER TABLE surveys ADD COLUMN team_id BIGINT;
ALTER TABLE surveys ADD COLUMN number INTEGER NOT NULL DEFAULT 1;
CREATE INDEX surveys_team ON surveys (team_id, number);
