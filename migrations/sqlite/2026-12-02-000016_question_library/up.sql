-- The question library (docs/design.md, "Surveys"): two more kinds (a three-point traffic
-- light and single choice), wording versions, the library set a question came from, and the
-- texts of a team's own questions in other languages. A team's survey is a survey row of its
-- own; once a pulse has used it, a change makes the next one (`number`), so a pulse keeps the
-- survey it opened with.
--
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt: foreign keys off
-- (outside a transaction, hence metadata.toml) and the legacy rename, so that `answers` keeps
-- referring to `questions` by name and finds the rebuilt table.
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
ALTER TABLE questions RENAME TO questions_before;
CREATE TABLE questions (
    id INTEGER PRIMARY KEY NOT NULL,
    survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    dimension TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('likert5', 'three', 'enps', 'choice', 'comment')),
    position INTEGER NOT NULL,
    required BOOLEAN NOT NULL DEFAULT 1,
    active BOOLEAN NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    set_key TEXT,
    text_lang TEXT NOT NULL DEFAULT 'en',
    translations TEXT NOT NULL DEFAULT '{}',
    options TEXT NOT NULL DEFAULT '[]',
    UNIQUE (survey_id, key)
);
INSERT INTO questions (id, survey_id, key, dimension, text, kind, position, required, active, set_key)
SELECT id, survey_id, key, dimension, text, kind, position, required, active, 'default' FROM questions_before;
DROP TABLE questions_before;
-- No foreign key on team_id: SQLite could not drop the column again (down.sql); teams are
-- archived, never deleted, and a deleted team's pulses go with it.
ALTER TABLE surveys ADD COLUMN team_id INTEGER;
ALTER TABLE surveys ADD COLUMN number INTEGER NOT NULL DEFAULT 1;
CREATE INDEX surveys_team ON surveys (team_id, number);
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;
