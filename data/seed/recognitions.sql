-- Recognitions on record at the start of 2024.
--
-- These statuses are known from reports only: no decision number or date is
-- given, so both stay NULL and the source names the report. The office
-- replaces them with the actual decisions (number, date, batch) when it
-- enters them. Never fill in a decision number that is not on paper.
--
-- Runs inside the caller's transaction, after the units have been loaded.

-- Every commune (xã): NTM, as stated by the 2023 summary report. The year is
-- the report's year, not the year each commune was recognised. Where a
-- public source names the commune's own NTM decision, the upgrade to the
-- model in time (schema 006) replaces this row with it.
INSERT INTO recognition (unit_code, level, decision_number, decision_date, year,
                         issuer, source, note)
SELECT code, 'ntm', NULL, NULL, 2023,
       'UBND tỉnh Hà Tĩnh',
       'Báo cáo tổng kết Chương trình MTQG xây dựng NTM tỉnh Hà Tĩnh năm 2023 (hội nghị 21/02/2024): toàn bộ xã đạt chuẩn NTM',
       'Đạt chuẩn NTM, theo báo cáo năm 2023 (toàn bộ xã của tỉnh đạt chuẩn NTM; báo cáo ngày 17/01/2024 tính 181/181 xã). '
       || 'Chưa có nguồn ghi số, ngày quyết định công nhận xã này; năm ghi là năm của báo cáo.'
  FROM unit
 WHERE kind = 'commune'
 ORDER BY code;

-- Districts recognised as NTM districts.
INSERT INTO recognition (unit_code, level, decision_number, decision_date, year,
                         issuer, source, note) VALUES
  ('448', 'district_ntm', NULL, NULL, 2023,
   'Thủ tướng Chính phủ',
   'Báo cáo tổng kết Chương trình MTQG xây dựng NTM tỉnh Hà Tĩnh năm 2023 (hội nghị 21/02/2024): huyện Lộc Hà đạt chuẩn huyện NTM năm 2023',
   'Chưa có số, ngày quyết định công nhận.'),
  ('447', 'district_ntm', NULL, NULL, 2024,
   'Thủ tướng Chính phủ',
   'Huyện Kỳ Anh trình hồ sơ năm 2023, được công nhận đạt chuẩn huyện NTM tháng 8/2024 (chưa có số quyết định)',
   'Công nhận tháng 8/2024');
