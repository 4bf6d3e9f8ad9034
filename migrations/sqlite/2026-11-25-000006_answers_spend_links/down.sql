-- The earlier code knows answered invitations by `responded` only.
UPDATE invitations SET responded = 1
WHERE NOT EXISTS (SELECT 1 FROM invitation_tokens t WHERE t.invitation_id = invitations.id);
