-- Answering a pulse now deletes the invitation's links instead of setting `responded`, which
-- is set for everyone at once when the pulse closes (src/domain/participation.rs): a flag
-- written at the moment of the answer would point at the person. The links of invitations
-- answered already are spent the same way.
DELETE FROM invitation_tokens WHERE invitation_id IN (SELECT id FROM invitations WHERE responded);
