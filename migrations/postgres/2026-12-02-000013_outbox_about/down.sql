DROP INDEX outbox_kind;
DROP INDEX outbox_pulse;
ALTER TABLE outbox DROP COLUMN pulse_id;
ALTER TABLE outbox DROP COLUMN kind;
