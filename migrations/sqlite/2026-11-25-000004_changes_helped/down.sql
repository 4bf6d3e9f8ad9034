DELETE FROM answers WHERE question_id IN (SELECT id FROM questions WHERE key = 'helped');
DELETE FROM questions WHERE key = 'helped';
ALTER TABLE pulses DROP COLUMN asks_helped;
