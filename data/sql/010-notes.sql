-- Ntm schema: seeded notes that stay true once the office has entered data.
--
-- The criteria of Decision 51/2025 and of the 320 advanced district set
-- were seeded with a note saying they had no indicators or thresholds yet,
-- which stayed after the office entered them. The notes now say where
-- those come from (the decision's text, not a public source), true before
-- and after. A note the office has edited is left as it is.

UPDATE criterion SET verify_note = 'Chỉ tiêu và ngưỡng theo nhóm xã không có trong nguồn công khai: văn phòng nhập từ văn bản Quyết định'
  WHERE set_code = '51-2025-ntm' AND verify_note = 'Chưa có chỉ tiêu và ngưỡng theo nhóm xã: văn phòng nhập từ văn bản';

UPDATE criterion SET verify_note = 'Tên tiêu chí chưa được đối chiếu với văn bản; chỉ tiêu, ngưỡng không có trong nguồn công khai'
  WHERE set_code = '320-district-advanced' AND verify_note = 'Tên tiêu chí chưa được đối chiếu với văn bản; chưa có chỉ tiêu, ngưỡng';
