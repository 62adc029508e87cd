-- A plan target may take its actual value live from a statistic of another module (issue 6), e.g.
-- 'directory.innovativeStartups'; units still report their own value, shown beside it.
ALTER TABLE plan_target ADD COLUMN data_source VARCHAR(60);
