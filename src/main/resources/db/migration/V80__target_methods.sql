-- Issue 17: how each target gets its provincial value. The method (REPORTED_BY, SUM, RATIO, RANK, LIVE), the agency
-- that reports it for REPORTED_BY/RANK (null: the target's compiling agency, else its first lead unit), and whether a
-- person still has to confirm a proposed method ("Cần xem lại cách tính"). V81 proposes a method for existing targets.
ALTER TABLE plan_target ADD COLUMN method VARCHAR(12);
ALTER TABLE plan_target ADD COLUMN reporting_unit_id BIGINT;
ALTER TABLE plan_target ADD COLUMN method_review BOOLEAN DEFAULT FALSE NOT NULL;

-- A RATIO target's parts as each unit reports them: e.g. communes meeting the criterion / all communes.
ALTER TABLE report_target_item ADD COLUMN numerator NUMERIC(20, 4);
ALTER TABLE report_target_item ADD COLUMN denominator NUMERIC(20, 4);
