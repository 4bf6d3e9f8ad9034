-- Emails can be cancelled (docs/design.md, "Email"): a leaver's queued invitation, or what an
-- admin cancels on a pulse's delivery page, stays visible as 'cancelled' (with who and why in
-- the audit log) instead of being sent or silently deleted. SQLite cannot change a CHECK, so
-- the table is rebuilt with the same rows (renamed aside first, so the new one keeps its plain
-- name in the schema).
ALTER TABLE outbox RENAME TO outbox_before;
DROP INDEX outbox_due;
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    purge_after_send BOOLEAN NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    lease_until TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
INSERT INTO outbox
SELECT id, idempotency_key, recipient, subject, body_text, body_html, state, purge_after_send,
       attempts, next_attempt_at, lease_until, last_error, created_at, sent_at
FROM outbox_before;
DROP TABLE outbox_before;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
