-- External agencies (issue 17, point 5): bodies outside the province's administration — central ministries (type
-- EXTERNAL) and telecom enterprises (TELECOM) — may be named in plans but get no report obligation and no ranking
-- unless ADMIN switches reporting on for the unit (reporting_on).
ALTER TABLE org_unit ADD COLUMN reporting_on BOOLEAN DEFAULT FALSE NOT NULL;
-- Units named like ministries ("Bộ Khoa học và Công nghệ", "Bộ KH&CN") become external agencies; the provincial
-- military commands ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh") stay as they are.
UPDATE org_unit SET type = 'EXTERNAL'
 WHERE name LIKE 'Bộ %'
   AND name NOT LIKE 'Bộ Chỉ huy%' AND name NOT LIKE 'Bộ chỉ huy%' AND name NOT LIKE 'Bộ đội%'
   AND type NOT IN ('PEOPLES_COMMITTEE', 'DEPARTMENT', 'COMMUNE', 'WARD');
