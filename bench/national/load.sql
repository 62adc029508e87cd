-- Synthetic national-scale data for the dashboard benchmark (issue 5), loaded straight into a migrated, empty
-- InnoHub database: 34 provinces x 150 units, 10 plans per province (60 tasks, 10 targets, 4 sections each),
-- 10 reporting periods per plan (2026-2030), one report per unit and period (510,000 reports) with 10 target values
-- each (5,100,000 values) plus 3 task items per task and period (612,000). Ids are computed, not sequenced, so the
-- shape is the same on every run; random values are seeded.
SELECT setseed(0.42);

INSERT INTO org_unit (id, code, name, type, parent_id, active, version)
SELECT 1000 + (p - 1) * 150 + u, 'P' || p || '-U' || u,
       CASE WHEN u <= 30 THEN 'Sở số ' || u || ' tỉnh ' || p ELSE 'Xã số ' || u || ' tỉnh ' || p END,
       CASE WHEN u <= 30 THEN 'DEPARTMENT' ELSE 'COMMUNE' END, NULL, TRUE, 0
FROM generate_series(1, 34) p, generate_series(1, 150) u;

INSERT INTO plan (id, number, title, issuer_unit_id, period_from, period_to, status, created_at, version)
SELECT (p - 1) * 10 + k, k || '/KH-UBND', 'Kế hoạch ' || k || ' của tỉnh ' || p || ' giai đoạn 2026 - 2030',
       1000 + (p - 1) * 150 + 1, 2026, 2030, 'IN_FORCE', now(), 0
FROM generate_series(1, 34) p, generate_series(1, 10) k;

INSERT INTO plan_section (id, plan_id, position, code, title, version)
SELECT pl.id * 10 + s, pl.id, s - 1, (ARRAY['I','II','III','IV'])[s], 'Nhóm nhiệm vụ ' || s, 0
FROM plan pl, generate_series(1, 4) s;

INSERT INTO plan_target (id, plan_id, seq, code, name, value_text, comparator, value_min, value_max, unit_of_measure,
                         target_year, baseline, aggregation, lead_text, version)
SELECT pl.id * 100 + t, pl.id, t, t::text, 'Chỉ tiêu ' || t || ' của kế hoạch ' || pl.id, '≥ ' || (1000 * t) || ' mô hình',
       'GE', 1000 * t, 1000 * t, 'mô hình', 2030, 0, 'SUM', 'UBND các xã, phường', 0
FROM plan pl, generate_series(1, 10) t;

INSERT INTO plan_target_unit (target_id, role, unit_id)
SELECT tg.id, 'LEAD', 1000 + ((tg.plan_id - 1) / 10) * 150 + u
FROM plan_target tg, generate_series(1, 150) u;

INSERT INTO plan_task (id, plan_id, seq, code, section_id, name, content, lead_text, coordinating_text, schedule_text,
                       schedule_kind, due_date, start_date, end_date, outputs, version)
SELECT pl.id * 100 + t, pl.id, t, t::text, pl.id * 10 + ((t - 1) % 4) + 1, 'Nhiệm vụ ' || t || ' của kế hoạch ' || pl.id,
       'Nội dung nhiệm vụ ' || t, 'Đơn vị chủ trì', 'Đơn vị phối hợp',
       CASE WHEN t % 3 = 0 THEN 'Quý II/2026' ELSE '2026 - 2030' END,
       CASE WHEN t % 3 = 0 THEN 'DUE' ELSE 'WINDOW' END,
       CASE WHEN t % 3 = 0 THEN DATE '2026-06-30' END,
       CASE WHEN t % 3 = 0 THEN NULL ELSE DATE '2026-01-01' END,
       CASE WHEN t % 3 = 0 THEN NULL ELSE DATE '2030-12-31' END, '≥ 05 sản phẩm', 0
FROM plan pl, generate_series(1, 60) t;

INSERT INTO plan_task_unit (task_id, role, unit_id)
SELECT tk.id, r.role, 1000 + ((tk.plan_id - 1) / 10) * 150 + ((tk.seq - 1 + r.shift) % 150) + 1
FROM plan_task tk, (VALUES ('LEAD', 0), ('COORDINATING', 50), ('COORDINATING', 100)) r(role, shift);

INSERT INTO reporting_period (id, plan_id, kind, period_year, period_index, label, start_date, end_date, unit_due,
                              dost_due, status, opened_at, closed_at, version)
SELECT pl.id * 10 + (y - 2026) * 2 + h - 1, pl.id, CASE h WHEN 1 THEN 'SIX_MONTH' ELSE 'ANNUAL' END, y, 1,
       CASE h WHEN 1 THEN '6 tháng đầu năm ' || y ELSE 'Năm ' || y END,
       make_date(y, 1, 1), CASE h WHEN 1 THEN make_date(y, 6, 30) ELSE make_date(y, 12, 31) END,
       CASE h WHEN 1 THEN make_date(y, 6, 15) ELSE make_date(y, 12, 15) END, NULL,
       CASE WHEN y = 2030 AND h = 2 THEN 'OPEN' ELSE 'CLOSED' END, now(), NULL, 0
FROM plan pl, generate_series(2026, 2030) y, generate_series(1, 2) h;

INSERT INTO unit_report (id, period_id, unit_id, status, difficulties, proposals, first_submitted_at, submitted_at,
                         late, approved_at, updated_at, updated_by, version)
SELECT rp.id * 200 + u, rp.id, 1000 + ((rp.plan_id - 1) / 10) * 150 + u,
       CASE WHEN x < 0.9 THEN 'APPROVED' WHEN x < 0.95 THEN 'SUBMITTED' ELSE 'DRAFT' END,
       CASE WHEN u % 10 = 0 THEN 'Thiếu kinh phí thực hiện' END, CASE WHEN u % 15 = 0 THEN 'Đề nghị bổ sung kinh phí' END,
       CASE WHEN x < 0.95 THEN rp.unit_due - 3 END, CASE WHEN x < 0.95 THEN rp.unit_due - 3 END,
       x < 0.95 AND u % 10 = 3, CASE WHEN x < 0.9 THEN rp.unit_due + 5 END, now(), 'bench', 1
FROM reporting_period rp, generate_series(1, 150) u, LATERAL (SELECT random() + u * 0 + rp.id * 0 AS x) r;

INSERT INTO report_target_item (id, report_id, seq, target_id, actual, unit_text, note)
SELECT ur.id * 10 + t, ur.id, t, (ur.period_id / 10) * 100 + t, round((random() * 20 * t)::numeric, 1), 'mô hình', NULL
FROM unit_report ur, generate_series(1, 10) t;

INSERT INTO report_task_item (report_id, seq, task_id, lead, status, progress, results)
SELECT ur.id, tk.seq, tk.id, tu.role = 'LEAD',
       (ARRAY['DONE','IN_PROGRESS','IN_PROGRESS','ONGOING','NOT_STARTED','DONE_LATE'])[1 + (tk.seq + ur.period_id) % 6],
       (tk.seq * 7 + ur.period_id) % 101, 'Kết quả thực hiện nhiệm vụ ' || tk.seq
FROM unit_report ur
JOIN reporting_period rp ON rp.id = ur.period_id
JOIN plan_task tk ON tk.plan_id = rp.plan_id
JOIN plan_task_unit tu ON tu.task_id = tk.id AND tu.unit_id = ur.unit_id;

ALTER TABLE org_unit ALTER COLUMN id RESTART WITH 100000;
ALTER TABLE plan ALTER COLUMN id RESTART WITH 100000;
ALTER TABLE plan_section ALTER COLUMN id RESTART WITH 10000000;
ALTER TABLE plan_target ALTER COLUMN id RESTART WITH 10000000;
ALTER TABLE plan_task ALTER COLUMN id RESTART WITH 10000000;
ALTER TABLE reporting_period ALTER COLUMN id RESTART WITH 10000000;
ALTER TABLE unit_report ALTER COLUMN id RESTART WITH 100000000;
ALTER TABLE report_target_item ALTER COLUMN id RESTART WITH 2000000000;
ANALYZE;
SELECT (SELECT count(*) FROM org_unit) AS units, (SELECT count(*) FROM plan) AS plans,
       (SELECT count(*) FROM plan_task) AS tasks, (SELECT count(*) FROM reporting_period) AS periods,
       (SELECT count(*) FROM unit_report) AS reports, (SELECT count(*) FROM report_target_item) AS target_values,
       (SELECT count(*) FROM report_task_item) AS task_values;
