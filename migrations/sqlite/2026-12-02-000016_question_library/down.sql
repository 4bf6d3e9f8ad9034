PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DELETE FROM answers WHERE question_id IN (SELECT id FROM questions WHERE kind IN ('three', 'choice'));
DELETE FROM questions WHERE kind IN ('three', 'choice');
ALTER TABLE questions RENAME TO questions_before;
CREATE TABLE questions (
    id INTEGER PRIMARY KEY NOT NULL,
    survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    dimension TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('likert5', 'enps', 'comment')),
    position INTEGER NOT NULL,
    required BOOLEAN NOT NULL DEFAULT 1,
    active BOOLEAN NOT NULL DEFAULT 1,
    UNIQUE (survey_id, key)
);
INSERT INTO questions (id, survey_id, key, dimension, text, kind, position, required, active)
SELECT id, survey_id, key, dimension, text, kind, position, required, active FROM questions_before;
DROP TABLE questions_before;
DROP INDEX surveys_team;
ALTER TABLE surveys DROP COLUMN number;
ALTER TABLE surveys DROP COLUMN team_id;
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;
