-- SCIM (docs/design.md, "Provisioning"): what the identity provider calls a person and a team.
-- A person's `userName` need not be their address (the address is then `emails`), and both
-- kinds of resource keep the provider's `externalId`.
ALTER TABLE people ADD COLUMN scim_user_name TEXT;
ALTER TABLE people ADD COLUMN scim_external_id TEXT;
ALTER TABLE teams ADD COLUMN scim_external_id TEXT;
