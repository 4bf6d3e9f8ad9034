-- Webhooks (docs/design.md, "Webhooks"): endpoints an admin registers, each with its own
-- signing secret and the events it wants. Deliveries are outbox rows of kind 'webhook', queued
-- in the transaction of their event and retried like email; `webhook_id` names the endpoint.
CREATE TABLE webhooks (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    events TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    removed_at TIMESTAMP
);
-- No REFERENCES here: SQLite cannot drop a column that takes part in a foreign key, and
-- the down migration must. Endpoints are never deleted, only marked removed.
ALTER TABLE outbox ADD COLUMN webhook_id INTEGER;
