DROP TABLE answer_key;
DROP TABLE sealed_responses;
DROP TABLE pulse_keys;
