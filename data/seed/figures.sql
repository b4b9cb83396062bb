-- Figures reported for Hà Tĩnh and the targets set for 2024.
--
-- Values are stored as reported (amounts in đồng). Scope is the province
-- (42) unless a district is named.
--
-- Runs inside the caller's transaction, after the units have been loaded.

-- ---------------------------------------------------------------------------
-- Reported figures for 2023 (provincial conference of 21/02/2024)
-- ---------------------------------------------------------------------------

WITH v (metric, value, note) AS (VALUES
  ('communes_ntm_new',            4,           'Xã đạt chuẩn NTM trong năm 2023'),
  ('communes_advanced_new',       10,          'Xã đạt chuẩn NTM nâng cao trong năm 2023'),
  ('communes_model_new',          8,           'Xã đạt chuẩn NTM kiểu mẫu trong năm 2023, nhiều nhất trong một năm'),
  ('districts_ntm_new',           1,           'Huyện Lộc Hà'),
  ('ocop_3star_new',              128,         'Sản phẩm được xếp hạng 3 sao trong năm 2023'),
  ('ocop_products',               337,         'Tổng số sản phẩm OCOP'),
  ('ocop_exported',               6,           'Sản phẩm OCOP xuất khẩu: Hàn Quốc, New Zealand, Nga, Nhật Bản, Angola'),
  ('funds_sponsorship',           95539000000, 'Vận động tài trợ: 95,539 tỷ đồng'),
  ('funds_sponsorship_assigned',  15739000000, 'Trong đó các đơn vị được phân công vận động: 15,739 tỷ đồng'),
  ('funds_sponsorship_districts', 79800000000, 'Trong đó các huyện kêu gọi: 79,8 tỷ đồng'),
  ('province_pilot_criteria_met', 2,           'Tiêu chí cấp tỉnh của Đề án thí điểm đã đạt (đầu năm 2024)'),
  ('province_pilot_criteria',     10,          'Số tiêu chí cấp tỉnh của Đề án thí điểm (Quyết định 2114/QĐ-TTg)')
)
INSERT INTO reported_figure (year, metric, scope_code, value, source, note)
SELECT 2023, v.metric, '42', v.value,
       'Hội nghị tổng kết Chương trình MTQG xây dựng NTM tỉnh Hà Tĩnh năm 2023, ngày 21/02/2024',
       v.note
  FROM v;

-- ---------------------------------------------------------------------------
-- Reported figures for 2024: rural households and centralised water supply
-- ---------------------------------------------------------------------------

INSERT INTO reported_figure (year, metric, scope_code, value, source, note) VALUES
  (2024, 'households_rural', '42', 293534,
   'Số liệu cấp nước sạch nông thôn tỉnh Hà Tĩnh năm 2024',
   'Tổng số hộ nông thôn'),
  (2024, 'households_centralised_water', '42', 81462,
   'Số liệu cấp nước sạch nông thôn tỉnh Hà Tĩnh năm 2024',
   'Hộ nông thôn được cấp nước từ công trình cấp nước tập trung');

-- ---------------------------------------------------------------------------
-- Targets for 2024 (same conference)
-- ---------------------------------------------------------------------------

WITH v (metric, scope_code, kind, value, note) AS (VALUES
  ('communes_ntm',      '42',  'percent', 100, 'Giữ vững 100% xã đạt chuẩn NTM'),
  ('communes_advanced', '42',  'new',     20,  'Thêm 20 xã đạt chuẩn NTM nâng cao'),
  ('communes_model',    '42',  'new',     5,   'Thêm 5 xã đạt chuẩn NTM kiểu mẫu'),
  ('districts_ntm',     '42',  'percent', 100, 'Tất cả huyện đạt chuẩn NTM hoặc hoàn thành nhiệm vụ xây dựng NTM'),
  ('district_advanced', '445', 'total',   1,   'Huyện Thạch Hà phấn đấu đạt chuẩn huyện NTM nâng cao'),
  ('district_advanced', '440', 'total',   1,   'Huyện Đức Thọ phấn đấu đạt chuẩn huyện NTM nâng cao'),
  ('district_advanced', '443', 'total',   1,   'Huyện Can Lộc phấn đấu đạt chuẩn huyện NTM nâng cao'),
  ('district_advanced', '442', 'total',   1,   'Huyện Nghi Xuân phấn đấu đạt chuẩn huyện NTM nâng cao'),
  ('urban_civilised',   '42',  'percent', 100, '100% phường, thị trấn đạt chuẩn đô thị văn minh'),
  ('ocop_products',     '42',  'new',     50,  'Ít nhất 50 sản phẩm OCOP mới'),
  ('ocop_4star_plus',   '42',  'new',     5,   'Ít nhất 5 sản phẩm OCOP mới đạt 4 sao trở lên')
)
INSERT INTO target (year, metric, scope_code, kind, value, source, note)
SELECT 2024, v.metric, v.scope_code, v.kind, v.value,
       'Hội nghị tổng kết Chương trình MTQG xây dựng NTM tỉnh Hà Tĩnh năm 2023, ngày 21/02/2024: nhiệm vụ năm 2024',
       v.note
  FROM v;

-- The province pilot project's clean-water target.
INSERT INTO target (year, metric, scope_code, kind, value, source, note) VALUES
  (2025, 'rural_residents_clean_water', '42', 'percent', 72,
   'Đề án thí điểm xây dựng tỉnh Hà Tĩnh đạt chuẩn nông thôn mới (Quyết định 2114/QĐ-TTg năm 2020)',
   'Mục tiêu của Đề án thí điểm: 72% người dân nông thôn được sử dụng nước sạch');
