ALTER TABLE outbox DROP COLUMN webhook_id;
DROP TABLE webhooks;
