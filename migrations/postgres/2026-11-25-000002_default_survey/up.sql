-- The default survey: two items each for trust, clarity and workload (1 to 5), an optional
-- eNPS item (0 to 10) and an optional comment. Keys are stable; wording may change.
INSERT INTO surveys (key, title) VALUES ('default', 'Monthly team pulse');

INSERT INTO questions (survey_id, key, dimension, text, kind, position, required)
SELECT s.id, q.key, q.dimension, q.text, q.kind, q.position, q.required
FROM surveys s, (
    SELECT 'trust_1' AS key, 'trust' AS dimension,
           'I can raise a problem in this team without worrying about how it will be received.' AS text,
           'likert5' AS kind, 1 AS position, TRUE AS required
    UNION ALL SELECT 'trust_2', 'trust',
           'People in this team do what they say they will do.', 'likert5', 2, TRUE
    UNION ALL SELECT 'clarity_1', 'clarity',
           'I know what is expected of me this month.', 'likert5', 3, TRUE
    UNION ALL SELECT 'clarity_2', 'clarity',
           'It is clear who decides what between Product and Engineering.', 'likert5', 4, TRUE
    UNION ALL SELECT 'workload_1', 'workload',
           'My workload over the past month was manageable.', 'likert5', 5, TRUE
    UNION ALL SELECT 'workload_2', 'workload',
           'I had enough time for focused work without constant interruptions.', 'likert5', 6, TRUE
    UNION ALL SELECT 'enps', 'enps',
           'How likely is it that you would recommend this team to a friend as a place to work?', 'enps', 7, FALSE
    UNION ALL SELECT 'comment', 'comment',
           'Is there anything else you want your leads to hear?', 'comment', 8, FALSE
) q
WHERE s.key = 'default';
