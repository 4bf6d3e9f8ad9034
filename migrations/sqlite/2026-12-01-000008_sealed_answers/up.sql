-- Sealed answers (docs/anonymity.md): while a pulse is open, each response is one ciphertext
-- of fixed length under the pulse's own key, which is stored only wrapped by the master key
-- (kept outside the database). Closing opens them, writes them as plaintext responses in random
-- order and deletes the sealed rows and the wrapped key. Random ids, no order kept.
CREATE TABLE pulse_keys (
    pulse_id INTEGER PRIMARY KEY NOT NULL REFERENCES pulses (id) ON DELETE CASCADE,
    wrapped BLOB NOT NULL
);

CREATE TABLE sealed_responses (
    id TEXT PRIMARY KEY NOT NULL,
    pulse_id INTEGER NOT NULL REFERENCES pulses (id) ON DELETE CASCADE,
    sealed BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX sealed_responses_pulse ON sealed_responses (pulse_id);

-- The fingerprint (a one-way hash) of the master key this database's pulse keys are wrapped
-- with, so a start with another key, or without the key file, is caught.
CREATE TABLE answer_key (
    fingerprint TEXT PRIMARY KEY NOT NULL,
    created_at TIMESTAMP NOT NULL
);
