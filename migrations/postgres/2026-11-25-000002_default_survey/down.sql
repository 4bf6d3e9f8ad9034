DELETE FROM questions WHERE survey_id = (SELECT id FROM surveys WHERE key = 'default');
DELETE FROM surveys WHERE key = 'default';
