-- "Did the changes since last month help?": asked by the pulses of teams that opt in
-- (teams.ask_changes_helped), locked per pulse when it opens.
ALTER TABLE pulses ADD COLUMN asks_helped BOOLEAN NOT NULL DEFAULT 0;

INSERT INTO questions (survey_id, key, dimension, text, kind, position, required)
SELECT id, 'helped', 'helped', 'The changes our leads made since the last pulse helped.', 'likert5', 9, 0
FROM surveys WHERE key = 'default';
