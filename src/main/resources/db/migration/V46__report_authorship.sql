-- Separation of duties in reporting (issue 15, point 11): who submitted a report and whether an ADMIN entered it on the
-- unit's behalf (an ADMIN who is not an officer of the unit wrote or submitted it), and every ADMIN account that wrote
-- it: none of those accounts may approve it.
ALTER TABLE unit_report ADD COLUMN submitted_by VARCHAR(100);
ALTER TABLE unit_report ADD COLUMN entered_on_behalf BOOLEAN DEFAULT FALSE NOT NULL;
CREATE TABLE unit_report_admin_writer (
    report_id BIGINT       NOT NULL REFERENCES unit_report (id),
    username  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_unit_report_admin_writer PRIMARY KEY (report_id, username)
);
