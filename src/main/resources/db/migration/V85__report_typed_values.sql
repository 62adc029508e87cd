-- Issue 17, point 3: a report's number and date fields keep the text as the unit typed it, beside the parsed value.
-- The parsed column (progress, quantity, completed_on, actual) is what counts and is aggregated; it stays NULL while
-- the typed text is invalid, and the form shows the typed text (marked) until it is fixed. status_typed holds a
-- status that could not be stored yet (a cancellation without its reason).
ALTER TABLE report_task_item ADD COLUMN progress_typed VARCHAR(200);
ALTER TABLE report_task_item ADD COLUMN quantity_typed VARCHAR(200);
ALTER TABLE report_task_item ADD COLUMN completed_on_typed VARCHAR(200);
ALTER TABLE report_task_item ADD COLUMN status_typed VARCHAR(16);
ALTER TABLE report_target_item ADD COLUMN actual_typed VARCHAR(200);
