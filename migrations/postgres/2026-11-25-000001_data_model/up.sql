-- The whole data model (DESIGN §3), PostgreSQL flavour. The SQLite migration of the same
-- name creates the same tables and columns.

CREATE TABLE teams (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id BIGINT REFERENCES teams (id) ON DELETE RESTRICT,
    min_group INTEGER NOT NULL DEFAULT 5 CHECK (min_group BETWEEN 3 AND 10),
    comment_min INTEGER NOT NULL DEFAULT 5 CHECK (comment_min BETWEEN 3 AND 50),
    timezone TEXT NOT NULL DEFAULT 'UTC',
    cadence TEXT NOT NULL DEFAULT 'monthly',
    publish_to_members BOOLEAN NOT NULL DEFAULT FALSE,
    ask_changes_helped BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE people (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE memberships (
    person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('member', 'lead', 'admin')),
    PRIMARY KEY (person_id, team_id)
);
CREATE INDEX memberships_team ON memberships (team_id);

CREATE TABLE surveys (
    id BIGSERIAL PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL
);

CREATE TABLE questions (
    id BIGSERIAL PRIMARY KEY,
    survey_id BIGINT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    dimension TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('likert5', 'enps', 'comment')),
    position INTEGER NOT NULL,
    required BOOLEAN NOT NULL DEFAULT TRUE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    UNIQUE (survey_id, key)
);

CREATE TABLE pulses (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    survey_id BIGINT NOT NULL REFERENCES surveys (id),
    period TEXT NOT NULL,
    opens_at TIMESTAMP NOT NULL,
    closes_at TIMESTAMP NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    min_group INTEGER NOT NULL,
    comment_min INTEGER NOT NULL,
    imported BOOLEAN NOT NULL DEFAULT FALSE,
    summary_sent BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (team_id, period)
);

-- Participation only: who was asked and whether they answered, never when or what.
CREATE TABLE invitations (
    id BIGSERIAL PRIMARY KEY,
    pulse_id BIGINT NOT NULL REFERENCES pulses (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    responded BOOLEAN NOT NULL DEFAULT FALSE,
    reminded_halfway BOOLEAN NOT NULL DEFAULT FALSE,
    reminded_last_day BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (pulse_id, person_id)
);

-- One-time links: only the SHA-256 of each token. A reminder carries a fresh token (the
-- original cannot be re-sent, as it is not stored); every token of an invitation opens the
-- same single-use survey.
CREATE TABLE invitation_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    invitation_id BIGINT NOT NULL REFERENCES invitations (id) ON DELETE CASCADE
);
CREATE INDEX invitation_tokens_invitation ON invitation_tokens (invitation_id);

-- Anonymous answers: random ids, no person, no token, no time.
CREATE TABLE responses (
    id TEXT PRIMARY KEY NOT NULL,
    pulse_id BIGINT NOT NULL REFERENCES pulses (id) ON DELETE CASCADE
);
CREATE INDEX responses_pulse ON responses (pulse_id);

CREATE TABLE answers (
    response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    question_id BIGINT NOT NULL REFERENCES questions (id),
    value INTEGER NOT NULL,
    PRIMARY KEY (response_id, question_id)
);

-- Comments are kept apart from the scores of the same respondent: their own random id,
-- linked to the pulse only.
CREATE TABLE comments (
    id TEXT PRIMARY KEY NOT NULL,
    pulse_id BIGINT NOT NULL REFERENCES pulses (id) ON DELETE CASCADE,
    body TEXT NOT NULL
);
CREATE INDEX comments_pulse ON comments (pulse_id);

CREATE TABLE agreements (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    relates_to TEXT NOT NULL DEFAULT '',
    review_every_days INTEGER,
    next_review_on DATE,
    review_reminded_for DATE,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (team_id, slug)
);

CREATE TABLE agreement_versions (
    id BIGSERIAL PRIMARY KEY,
    agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    body TEXT NOT NULL,
    author TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    UNIQUE (agreement_id, number)
);

CREATE TABLE followups (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    pulse_id BIGINT NOT NULL REFERENCES pulses (id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX followups_team ON followups (team_id);

CREATE TABLE actions (
    id BIGSERIAL PRIMARY KEY,
    followup_id BIGINT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_on DATE,
    done_on DATE
);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    purge_after_send BOOLEAN NOT NULL DEFAULT FALSE,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    lease_until TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    is_admin BOOLEAN NOT NULL DEFAULT FALSE,
    password_hash TEXT,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);

CREATE TABLE login_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TIMESTAMP NOT NULL,
    used BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);

CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
