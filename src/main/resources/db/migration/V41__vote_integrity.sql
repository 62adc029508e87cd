-- Issue 15: one person, one audience vote. A vote records the voter's confirmed e-mail address (unique per contest,
-- whatever the account), a pseudonymous key of the client address (SHA-256 of contest and address, cut to 16 hex
-- digits: enough to see many votes from one place, not to read the address back) and, when ADMIN voids it, when, why
-- and by whom. A voided vote no longer counts; its voter cannot vote again in that contest.
ALTER TABLE contest_vote ADD COLUMN voter_email VARCHAR(200);
ALTER TABLE contest_vote ADD COLUMN client_key VARCHAR(16);
ALTER TABLE contest_vote ADD COLUMN voided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE contest_vote ADD COLUMN void_reason VARCHAR(500);
ALTER TABLE contest_vote ADD COLUMN voided_by VARCHAR(60);
UPDATE contest_vote SET voter_email = (SELECT u.email_key FROM app_user u WHERE u.id = contest_vote.user_id);
ALTER TABLE contest_vote ADD CONSTRAINT uq_contest_vote_email UNIQUE (contest_id, voter_email);
CREATE INDEX ix_contest_vote_client ON contest_vote (contest_id, client_key);
