-- Issue 17: "Chưa báo cáo" (not reported) is its own state — a task item without a status. Until now every item was
-- created as NOT_STARTED ("Chưa triển khai"), so an item nobody touched read as a statement that the task had not
-- started.
ALTER TABLE report_task_item ALTER COLUMN status DROP NOT NULL;

-- Items nobody filled in become not reported: status NOT_STARTED (the old default) and every other field empty, no
-- evidence attached, and
--   * the report was never submitted (DRAFT: nobody has stated anything in it yet), or
--   * the item is a coordinating unit's (lead = FALSE) in a report not approved: a blank contribution is no
--     contribution, and coordinating items never feed a task's status.
-- Lead items of submitted, returned or approved reports keep NOT_STARTED: the unit sent them as its word (and an
-- approved report is locked); ADMIN can reopen a report for the unit to correct it.
UPDATE report_task_item SET status = NULL
WHERE status = 'NOT_STARTED'
  AND progress IS NULL
  AND (results IS NULL OR results = '')
  AND quantity IS NULL
  AND completed_on IS NULL
  AND (cancel_reason IS NULL OR cancel_reason = '')
  AND NOT EXISTS (SELECT 1 FROM report_evidence e WHERE e.item_kind = 'TASK' AND e.item_id = report_task_item.id)
  AND (report_id IN (SELECT r.id FROM unit_report r WHERE r.status = 'DRAFT')
       OR (lead = FALSE AND report_id IN (SELECT r.id FROM unit_report r WHERE r.status <> 'APPROVED')));
