-- What each email is about (docs/design.md, "Email"): its kind (the idempotency key's first
-- part: invite, remind-half, remind-last, summary, login, review) and, for the emails of a
-- pulse, the pulse. The admin's outbox filters on them and a pulse's delivery page counts by
-- them. Rows queued before this migration are filled in from their keys.
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'other';
ALTER TABLE outbox ADD COLUMN pulse_id BIGINT REFERENCES pulses (id);
UPDATE outbox SET kind = split_part(idempotency_key, ':', 1) WHERE position(':' in idempotency_key) > 1;
UPDATE outbox SET pulse_id = split_part(idempotency_key, ':', 2)::bigint
WHERE kind IN ('invite', 'remind-half', 'remind-last', 'summary');
CREATE INDEX outbox_pulse ON outbox (pulse_id, state);
CREATE INDEX outbox_kind ON outbox (kind, id);
