-- Synthetic national directory and library for bench/portal.sh (issue 6): 100,000 verified profiles with
-- Vietnamese names and descriptions, their funding rounds, 20,000 published documents with attachment text,
-- 200 news articles and 100 events. Deterministic (fixed word pools, no random()).
BEGIN;
CREATE TEMP TABLE w (k TEXT, words TEXT[]);
INSERT INTO w VALUES
 ('a', ARRAY['Nông','Xanh','Số','Việt','Sen','Lúa','Chè','Mây','Núi','Sông','Bản','Hoa','Đá','Ngọc','Rừng','Biển','Sao','Mai','Đào','Quế']),
 ('b', ARRAY['Công nghệ','Nông nghiệp','Dược liệu','Du lịch','Logistics','Thương mại điện tử','Giáo dục','Y tế','Năng lượng','Chế biến','Thủ công','Môi trường']),
 ('c', ARRAY['khởi nghiệp đổi mới sáng tạo','nông nghiệp công nghệ cao','chuyển đổi số cho hợp tác xã','dược liệu bản địa','du lịch sinh thái cộng đồng','sản phẩm OCOP','kinh tế tuần hoàn','truy xuất nguồn gốc nông sản','thanh toán không dùng tiền mặt','cảm biến IoT cho nhà kính','trí tuệ nhân tạo trong y tế','năng lượng mặt trời áp mái','vận chuyển hàng hóa qua cửa khẩu','học trực tuyến cho học sinh vùng cao','chăm sóc người cao tuổi']),
 ('d', ARRAY['Lào Cai','Thái Nguyên','Cao Bằng','Hà Giang','Lạng Sơn','Yên Bái','Tuyên Quang','Bắc Kạn','Sơn La','Điện Biên']),
 ('e', ARRAY['Xã Bản Lầu','Phường Cốc Lếu','Xã Tả Van','Phường Hoàng Văn Thụ','Xã Đồng Hỷ','Phường Sông Hiến','Xã Trà Lĩnh','Xã Mường Khương','Phường Kim Tân','Xã Sa Pả']);

CREATE TEMP TABLE s (i INT, kind TEXT, name TEXT, summary TEXT, sector TEXT, stage TEXT, commune TEXT, province TEXT);
INSERT INTO s
SELECT i,
       CASE WHEN i % 20 < 14 THEN 'STARTUP' WHEN i % 20 < 17 THEN 'SUPPORT_ORG' WHEN i % 20 < 19 THEN 'FUND' ELSE 'EXPERT' END,
       (SELECT words[1 + (i * 7) % 12] FROM w WHERE k = 'b') || ' ' || (SELECT words[1 + (i * 13) % 20] FROM w WHERE k = 'a')
         || ' ' || (SELECT words[1 + (i * 3) % 20] FROM w WHERE k = 'a') || ' ' || i,
       'Giải pháp ' || (SELECT words[1 + (i * 11) % 15] FROM w WHERE k = 'c') || ' và '
         || (SELECT words[1 + (i * 5) % 15] FROM w WHERE k = 'c'),
       (ARRAY['digital','hightech-agri','herbs','tourism','ecommerce','logistics','ocop','green','silver','energy','health','education'])[1 + i % 12],
       (ARRAY['IDEA','PROTOTYPE','EARLY_REVENUE','GROWTH'])[1 + i % 4],
       (SELECT words[1 + (i * 17) % 10] FROM w WHERE k = 'e'),
       (SELECT words[1 + i % 10] FROM w WHERE k = 'd')
FROM generate_series(1, 100000) AS i;

INSERT INTO directory_profile (kind, slug, status, name_key, tax_code, draft, published, published_at, innovative,
    checklist, created_at, updated_at, stat_networked, stat_ip_count, stat_space)
SELECT kind, 'ho-so-' || i, 'VERIFIED', lower(name), CASE WHEN kind = 'STARTUP' THEN lpad((4000000000::BIGINT + i)::TEXT, 10, '0') END,
       doc, doc, now(), kind = 'STARTUP' AND i % 3 = 0, 'legalEntity', now(), now(), kind = 'STARTUP' AND i % 7 = 0,
       i % 5, kind = 'SUPPORT_ORG' AND i % 2 = 0
FROM (SELECT s.*, json_build_object('name', name, 'summary', summary,
        'description', 'Doanh nghiệp hoạt động trong lĩnh vực ' || summary || ' tại ' || commune || ', ' || province || '.',
        'taxCode', CASE WHEN kind = 'STARTUP' THEN lpad((4000000000::BIGINT + i)::TEXT, 10, '0') END,
        'foundedOn', (DATE '2020-01-01' + (i % 2000))::TEXT, 'commune', commune, 'province', province,
        'sectors', json_build_array(sector), 'stage', CASE WHEN kind = 'STARTUP' THEN stage END, 'teamSize', 3 + i % 40,
        'supportType', CASE WHEN kind = 'SUPPORT_ORG' THEN (ARRAY['INNOVATION_CENTRE','INCUBATOR','COWORKING','STARTUP_CLUB'])[1 + i % 4] END,
        'investorType', CASE WHEN kind = 'FUND' THEN (ARRAY['VENTURE_FUND','ANGEL','CORPORATE'])[1 + i % 3] END,
        'fundingRounds', CASE WHEN kind = 'STARTUP' AND i % 4 = 0 THEN json_build_array(json_build_object(
            'date', (DATE '2024-01-01' + (i % 700))::TEXT, 'amountVnd', 100000000::BIGINT * (1 + i % 30), 'investor', 'Quỹ ' || province,
            'type', 'SEED')) ELSE json_build_array() END
      )::TEXT AS doc FROM s) AS d;

INSERT INTO directory_funding (profile_id, round_date, amount_vnd)
SELECT p.id, DATE '2024-01-01' + (s.i % 700), 100000000::BIGINT * (1 + s.i % 30)
FROM directory_profile p JOIN s ON p.slug = 'ho-so-' || s.i WHERE s.kind = 'STARTUP' AND s.i % 4 = 0;

INSERT INTO policy_document (slug, doc_type, title, doc_number, issued_on, issuer, status, summary, tags, published,
    published_at, created_at, created_by, updated_at, updated_by)
SELECT 'van-ban-' || i, (ARRAY['LEGAL_DOCUMENT','PLAN','DECISION','GUIDANCE','FORM','PROCEDURE','SUPPORT_CRITERIA','RESULT_ANNOUNCEMENT'])[1 + i % 8],
       (ARRAY['Kế hoạch','Quyết định','Hướng dẫn','Thông báo'])[1 + i % 4] || ' về hỗ trợ ' || (SELECT words[1 + (i * 7) % 15] FROM w WHERE k = 'c')
         || ' năm ' || (2020 + i % 7),
       i || '/KH-UBND', DATE '2020-01-01' + (i % 2400), 'UBND tỉnh ' || (SELECT words[1 + i % 10] FROM w WHERE k = 'd'),
       'IN_FORCE', 'Văn bản quy định chính sách hỗ trợ ' || (SELECT words[1 + (i * 3) % 15] FROM w WHERE k = 'c'),
       'khởi nghiệp, đổi mới sáng tạo', TRUE, now(), now(), 'bench', now(), 'bench'
FROM generate_series(1, 20000) AS i;

INSERT INTO policy_attachment (document_id, file_name, content_type, size_bytes, sha256, extracted_text, uploaded_at, uploaded_by)
SELECT d.id, 'van-ban.pdf', 'application/pdf', 1000, repeat('0', 64),
       'Điều 1. Hỗ trợ ' || (SELECT words[1 + (d.id * 5 % 15)::INT] FROM w WHERE k = 'c') || ' với mức tối đa '
         || (d.id % 500) || ' triệu đồng cho mỗi dự án. Điều 2. Đối tượng áp dụng: doanh nghiệp khởi nghiệp, hợp tác xã, '
         || 'tổ chức hỗ trợ khởi nghiệp trên địa bàn tỉnh. Điều 3. Hồ sơ đề nghị hỗ trợ gồm đơn đề nghị, thuyết minh dự án.',
       now(), 'bench'
FROM policy_document d;

INSERT INTO news_article (slug, title, summary, body, published, published_at, author, created_at, updated_at)
SELECT 'tin-' || i, 'Tin hoạt động ' || (SELECT words[1 + (i * 7) % 15] FROM w WHERE k = 'c') || ' số ' || i,
       'Tóm tắt tin số ' || i, 'Nội dung tin số ' || i || '.', TRUE, now() - (i || ' hours')::INTERVAL, 'bench', now(), now()
FROM generate_series(1, 200) AS i;

INSERT INTO portal_event (slug, title, summary, starts_at, ends_at, place, published, created_at, updated_at)
SELECT 'su-kien-' || i, 'Sự kiện kết nối ' || (SELECT words[1 + (i * 7) % 15] FROM w WHERE k = 'c') || ' ' || i,
       'Sự kiện số ' || i, now() + (i || ' days')::INTERVAL, now() + (i || ' days')::INTERVAL + INTERVAL '3 hours',
       'Hội trường tỉnh', TRUE, now(), now()
FROM generate_series(1, 100) AS i;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM directory_profile) AS profiles, (SELECT count(*) FROM policy_document) AS documents,
       (SELECT count(*) FROM directory_funding) AS rounds;
