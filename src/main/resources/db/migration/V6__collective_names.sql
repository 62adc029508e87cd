-- Collective names used in provincial plans and the unit types they stand for.
-- Administrators can change them; the agency resolver reads them together with unit names and aliases.
INSERT INTO org_collective (phrase, version) VALUES ('UBND các xã, phường', 0);
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 0, 'Ủy ban nhân dân các xã, phường' FROM org_collective WHERE phrase = 'UBND các xã, phường';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 1, 'UBND xã/phường' FROM org_collective WHERE phrase = 'UBND các xã, phường';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 2, 'UBND xã, phường' FROM org_collective WHERE phrase = 'UBND các xã, phường';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 3, 'các xã, phường' FROM org_collective WHERE phrase = 'UBND các xã, phường';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 4, 'Ủy ban nhân dân xã, phường' FROM org_collective WHERE phrase = 'UBND các xã, phường';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 5, 'chính quyền cấp xã' FROM org_collective WHERE phrase = 'UBND các xã, phường';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'COMMUNE' FROM org_collective WHERE phrase = 'UBND các xã, phường';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'WARD' FROM org_collective WHERE phrase = 'UBND các xã, phường';

INSERT INTO org_collective (phrase, version) VALUES ('Các sở, ban, ngành', 0);
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 0, 'Các sở, ban, ngành tỉnh' FROM org_collective WHERE phrase = 'Các sở, ban, ngành';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 1, 'các sở, ngành' FROM org_collective WHERE phrase = 'Các sở, ban, ngành';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 2, 'các sở, ngành tỉnh' FROM org_collective WHERE phrase = 'Các sở, ban, ngành';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 3, 'Các Sở, ngành phụ trách lĩnh vực' FROM org_collective WHERE phrase = 'Các sở, ban, ngành';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 4, 'Các Sở, ngành, đơn vị phụ trách lĩnh vực' FROM org_collective WHERE phrase = 'Các sở, ban, ngành';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 5, 'các sở, ban, ngành liên quan' FROM org_collective WHERE phrase = 'Các sở, ban, ngành';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 6, 'các sở, ngành liên quan' FROM org_collective WHERE phrase = 'Các sở, ban, ngành';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 7, 'Các Sở, ngành chủ trì theo lĩnh vực' FROM org_collective WHERE phrase = 'Các sở, ban, ngành';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'DEPARTMENT' FROM org_collective WHERE phrase = 'Các sở, ban, ngành';

INSERT INTO org_collective (phrase, version) VALUES ('Các sở, ngành, địa phương', 0);
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 0, 'Các sở, ban, ngành, địa phương' FROM org_collective WHERE phrase = 'Các sở, ngành, địa phương';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 1, 'các sở, ngành và địa phương' FROM org_collective WHERE phrase = 'Các sở, ngành, địa phương';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 2, 'các sở, ban, ngành và UBND các xã, phường' FROM org_collective WHERE phrase = 'Các sở, ngành, địa phương';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'DEPARTMENT' FROM org_collective WHERE phrase = 'Các sở, ngành, địa phương';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'COMMUNE' FROM org_collective WHERE phrase = 'Các sở, ngành, địa phương';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'WARD' FROM org_collective WHERE phrase = 'Các sở, ngành, địa phương';

INSERT INTO org_collective (phrase, version) VALUES ('Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh', 0);
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 0, 'Các Cơ sở giáo dục Cao đẳng, Đại học' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 1, 'Các cơ sở giáo dục Đại học, Cao đẳng' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 2, 'các trường đại học, cao đẳng' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 3, 'các trường đại học, cao đẳng, cơ sở giáo dục nghề nghiệp' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 4, 'các trường cao đẳng, đại học' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 5, 'Các trường Cao đẳng' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 6, 'các trường đại học' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 7, 'cơ sở giáo dục' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 8, 'các cơ sở giáo dục' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 9, 'cơ sở giáo dục nghề nghiệp' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 10, 'Viện/trường' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 11, 'các cơ sở đào tạo' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 12, 'cơ sở giáo dục đại học' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 13, 'trường cao đẳng, đại học' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 14, 'trường đại học, cao đẳng' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'UNIVERSITY' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'COLLEGE' FROM org_collective WHERE phrase = 'Các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh';

INSERT INTO org_collective (phrase, version) VALUES ('Các tổ chức chính trị - xã hội', 0);
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 0, 'tổ chức chính trị - xã hội' FROM org_collective WHERE phrase = 'Các tổ chức chính trị - xã hội';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 1, 'tổ chức chính trị - xã hội tỉnh' FROM org_collective WHERE phrase = 'Các tổ chức chính trị - xã hội';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 2, 'các đoàn thể' FROM org_collective WHERE phrase = 'Các tổ chức chính trị - xã hội';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 3, 'đoàn thể tỉnh' FROM org_collective WHERE phrase = 'Các tổ chức chính trị - xã hội';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 4, 'các tổ chức chính trị xã hội' FROM org_collective WHERE phrase = 'Các tổ chức chính trị - xã hội';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'SOCIO_POLITICAL' FROM org_collective WHERE phrase = 'Các tổ chức chính trị - xã hội';

INSERT INTO org_collective (phrase, version) VALUES ('Doanh nghiệp viễn thông', 0);
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 0, 'Các doanh nghiệp viễn thông' FROM org_collective WHERE phrase = 'Doanh nghiệp viễn thông';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 1, 'doanh nghiệp viễn thông trên địa bàn tỉnh' FROM org_collective WHERE phrase = 'Doanh nghiệp viễn thông';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 2, 'các nhà mạng' FROM org_collective WHERE phrase = 'Doanh nghiệp viễn thông';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'TELECOM' FROM org_collective WHERE phrase = 'Doanh nghiệp viễn thông';

INSERT INTO org_collective (phrase, version) VALUES ('Các cơ quan báo chí trên địa bàn tỉnh', 0);
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 0, 'Các cơ quan thông tấn, báo chí trên địa bàn tỉnh' FROM org_collective WHERE phrase = 'Các cơ quan báo chí trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 1, 'cơ quan báo chí' FROM org_collective WHERE phrase = 'Các cơ quan báo chí trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 2, 'các cơ quan thông tấn, báo chí' FROM org_collective WHERE phrase = 'Các cơ quan báo chí trên địa bàn tỉnh';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'MEDIA' FROM org_collective WHERE phrase = 'Các cơ quan báo chí trên địa bàn tỉnh';

INSERT INTO org_collective (phrase, version) VALUES ('Các cơ quan Trung ương đóng trên địa bàn tỉnh', 0);
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 0, 'Các cơ quan TW đóng trên địa bàn tỉnh' FROM org_collective WHERE phrase = 'Các cơ quan Trung ương đóng trên địa bàn tỉnh';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 1, 'cơ quan Trung ương trên địa bàn' FROM org_collective WHERE phrase = 'Các cơ quan Trung ương đóng trên địa bàn tỉnh';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'CENTRAL_BRANCH' FROM org_collective WHERE phrase = 'Các cơ quan Trung ương đóng trên địa bàn tỉnh';

INSERT INTO org_collective (phrase, version) VALUES ('Các hội, hiệp hội doanh nghiệp', 0);
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 0, 'các hiệp hội doanh nghiệp' FROM org_collective WHERE phrase = 'Các hội, hiệp hội doanh nghiệp';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 1, 'các hội doanh nghiệp' FROM org_collective WHERE phrase = 'Các hội, hiệp hội doanh nghiệp';
INSERT INTO org_collective_variant (collective_id, position, variant) SELECT id, 2, 'hiệp hội, hội doanh nghiệp' FROM org_collective WHERE phrase = 'Các hội, hiệp hội doanh nghiệp';
INSERT INTO org_collective_type (collective_id, unit_type) SELECT id, 'ASSOCIATION' FROM org_collective WHERE phrase = 'Các hội, hiệp hội doanh nghiệp';
