-- One person, one voice (docs/anonymity.md): each person answers for one team, their home
-- team, however many teams list them; being a lead elsewhere gives access, not a ballot.
-- Existing people answer for their first team as a member, else their first team.
ALTER TABLE memberships ADD COLUMN home BOOLEAN NOT NULL DEFAULT 0;
UPDATE memberships SET home = 1
WHERE team_id = (
    SELECT m.team_id FROM memberships m WHERE m.person_id = memberships.person_id
    ORDER BY (m.role <> 'member'), m.team_id LIMIT 1
);
CREATE UNIQUE INDEX memberships_one_home ON memberships (person_id) WHERE home;

-- At most one invitation per person and period anywhere. Invitations given before this
-- migration that broke the rule keep no period (only the first of each person and period does).
ALTER TABLE invitations ADD COLUMN period TEXT;
UPDATE invitations SET period = (SELECT p.period FROM pulses p WHERE p.id = invitations.pulse_id)
WHERE id = (
    SELECT min(i.id) FROM invitations i JOIN pulses p ON p.id = i.pulse_id
    WHERE i.person_id = invitations.person_id
      AND p.period = (SELECT q.period FROM pulses q WHERE q.id = invitations.pulse_id)
);
CREATE UNIQUE INDEX invitations_one_per_period ON invitations (person_id, period);

-- A published period is frozen: how many were invited is kept with the closed pulse, so that
-- removing a person later does not change what was shown.
ALTER TABLE pulses ADD COLUMN invited INTEGER;
UPDATE pulses SET invited = (SELECT count(*) FROM invitations i WHERE i.pulse_id = pulses.id)
WHERE state = 'closed' AND NOT imported;
