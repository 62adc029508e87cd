-- Issue 15: a contest invitation is addressed to an e-mail address, and reaches only the account that confirmed that
-- address. user_id is set when the invitation is accepted. Invitations already accepted keep their account; those
-- still waiting are re-addressed to the invitee's address (and so wait for whoever confirms it).
ALTER TABLE contest_team_member ADD COLUMN email VARCHAR(200);
UPDATE contest_team_member SET email = (SELECT u.email_key FROM app_user u WHERE u.id = contest_team_member.user_id);
ALTER TABLE contest_team_member ALTER COLUMN user_id DROP NOT NULL;
UPDATE contest_team_member SET user_id = NULL WHERE accepted_at IS NULL AND email IS NOT NULL;
ALTER TABLE contest_team_member ADD CONSTRAINT uq_contest_team_email UNIQUE (application_id, email);
CREATE INDEX ix_contest_team_email ON contest_team_member (email);
