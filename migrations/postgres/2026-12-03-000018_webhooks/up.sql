-- Webhooks (docs/design.md, "Webhooks"): endpoints an admin registers, each with its own
-- signing secret and the events it wants. Deliveries are outbox rows of kind 'webhook', queued
-- in the transaction of their event and retried like email; `webhook_id` names the endpoint.
CREATE TABLE webhooks (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    events TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    removed_at TIMESTAMP
);
ALTER TABLE outbox ADD COLUMN webhook_id BIGINT REFERENCES webhooks (id);
