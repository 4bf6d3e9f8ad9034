ALTER TABLE teams DROP COLUMN scim_external_id;
ALTER TABLE people DROP COLUMN scim_external_id;
ALTER TABLE people DROP COLUMN scim_user_name;
