-- Emails can be cancelled (docs/design.md, "Email"): a leaver's queued invitation, or what an
-- admin cancels on a pulse's delivery page, stays visible as 'cancelled' (with who and why in
-- the audit log) instead of being sent or silently deleted.
ALTER TABLE outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_state_check
    CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled'));
