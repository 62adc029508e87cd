-- Issue 16: one application per (contest, member). Double-clicks on "apply" had stored several. Where a member has
-- several applications to one contest, one is kept, chosen deterministically: a submitted one before drafts, then the
-- oldest (created_at, then id). The others are copied to contest_application_duplicate (so an operator can read what
-- was removed), their audience votes are moved to the kept application, and their own rows (team, files, conflicts,
-- assignments, support records) are deleted with them.
CREATE TABLE contest_application_duplicate (
    id             BIGINT PRIMARY KEY,
    kept_id        BIGINT NOT NULL,
    contest_id     BIGINT NOT NULL,
    owner_user_id  BIGINT NOT NULL,
    reference      VARCHAR(20),
    status         VARCHAR(12) NOT NULL,
    title          VARCHAR(300),
    answers        TEXT NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO contest_application_duplicate
    (id, kept_id, contest_id, owner_user_id, reference, status, title, answers, submitted_at, created_at, removed_at)
SELECT r.id, r.kept_id, r.contest_id, r.owner_user_id, r.reference, r.status, r.title, r.answers, r.submitted_at,
       r.created_at, CURRENT_TIMESTAMP
  FROM (SELECT a.id, a.contest_id, a.owner_user_id, a.reference, a.status, a.title, a.answers, a.submitted_at,
               a.created_at,
               ROW_NUMBER() OVER (PARTITION BY a.contest_id, a.owner_user_id
                   ORDER BY CASE WHEN a.submitted_at IS NULL THEN 1 ELSE 0 END, a.created_at, a.id) AS rn,
               FIRST_VALUE(a.id) OVER (PARTITION BY a.contest_id, a.owner_user_id
                   ORDER BY CASE WHEN a.submitted_at IS NULL THEN 1 ELSE 0 END, a.created_at, a.id) AS kept_id
          FROM contest_application a) r
 WHERE r.rn > 1;

UPDATE contest_vote SET application_id =
       (SELECT d.kept_id FROM contest_application_duplicate d WHERE d.id = contest_vote.application_id)
 WHERE application_id IN (SELECT id FROM contest_application_duplicate);
DELETE FROM contest_support WHERE application_id IN (SELECT id FROM contest_application_duplicate);
DELETE FROM contest_assignment WHERE application_id IN (SELECT id FROM contest_application_duplicate);
DELETE FROM contest_conflict WHERE application_id IN (SELECT id FROM contest_application_duplicate);
DELETE FROM contest_file WHERE application_id IN (SELECT id FROM contest_application_duplicate);
DELETE FROM contest_team_member WHERE application_id IN (SELECT id FROM contest_application_duplicate);
DELETE FROM contest_application WHERE id IN (SELECT id FROM contest_application_duplicate);

ALTER TABLE contest_application ADD CONSTRAINT uq_contest_application_owner UNIQUE (contest_id, owner_user_id);
