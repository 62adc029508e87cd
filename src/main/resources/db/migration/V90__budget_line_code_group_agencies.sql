-- Issue 18: a budget line imported from a budget annex keeps its printed row code, the group it belongs to (the
-- section or parent row it is printed under, as "I. Title" / "1. Title") and its lead and coordinating agencies as
-- printed. All NULL for lines entered by hand and for lines imported before.
ALTER TABLE plan_budget_line ADD COLUMN code VARCHAR(40);
ALTER TABLE plan_budget_line ADD COLUMN group_label VARCHAR(1000);
ALTER TABLE plan_budget_line ADD COLUMN lead_text VARCHAR(2000);
ALTER TABLE plan_budget_line ADD COLUMN coordinating_text VARCHAR(2000);
