-- Default criteria sets for 2021–2025: regions, criteria sets, criteria,
-- indicators and thresholds.
--
-- Everything here is data that the office edits. Where a decision's text was
-- not checked, the comment says "verify". Threshold values are filled in only
-- where they are known; a NULL value means "not known yet" and carries the
-- note 'Chưa rõ ngưỡng — văn phòng cập nhật'.
--
-- Runs inside the caller's transaction (no BEGIN/COMMIT here), after the
-- units have been loaded.

-- ---------------------------------------------------------------------------
-- Regions of the 2021–2025 criteria sets (Hà Tĩnh is in Bắc Trung Bộ)
-- ---------------------------------------------------------------------------

INSERT INTO region (code, name) VALUES
  ('trung-du-mien-nui-phia-bac', 'Trung du và miền núi phía Bắc'),
  ('dong-bang-song-hong',        'Đồng bằng sông Hồng'),
  ('bac-trung-bo',               'Bắc Trung Bộ'),
  ('duyen-hai-nam-trung-bo',     'Duyên hải Nam Trung Bộ'),
  ('tay-nguyen',                 'Tây Nguyên'),
  ('dong-nam-bo',                'Đông Nam Bộ'),
  ('dong-bang-song-cuu-long',    'Đồng bằng sông Cửu Long');

-- ---------------------------------------------------------------------------
-- Criteria sets
-- ---------------------------------------------------------------------------

INSERT INTO criteria_set (code, name, decision, applies_to, level, year_from, year_to, position) VALUES
  ('318-ntm',
   'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025',
   'Quyết định số 318/QĐ-TTg ngày 08/3/2022, Phụ lục I',
   'commune', 'ntm', 2022, 2025, 1),
  ('318-advanced',
   'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025',
   'Quyết định số 318/QĐ-TTg ngày 08/3/2022, Phụ lục II',
   'commune', 'advanced', 2022, 2025, 2),
  ('319-model',
   'Xã nông thôn mới kiểu mẫu giai đoạn 2021–2025',
   'Quyết định số 319/QĐ-TTg ngày 08/3/2022',
   'commune', 'model', 2022, 2025, 3),
  ('320-district',
   'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025',
   'Quyết định số 320/QĐ-TTg ngày 08/3/2022',
   'district', 'district_ntm', 2022, 2025, 4),
  ('04-2022-urban',
   'Tiêu chuẩn phường, thị trấn đạt chuẩn đô thị văn minh',
   'Quyết định số 04/2022/QĐ-TTg',
   'urban', 'civilised', 2022, 2025, 5);

-- ---------------------------------------------------------------------------
-- 318-ntm: commune NTM, annex I — 19 criteria in 5 groups
-- ---------------------------------------------------------------------------

INSERT INTO criterion (set_code, number, group_code, group_name, name, position) VALUES
  ('318-ntm', '1',  'I',   'Quy hoạch',                      'Quy hoạch', 1),
  ('318-ntm', '2',  'II',  'Hạ tầng kinh tế - xã hội',       'Giao thông', 2),
  ('318-ntm', '3',  'II',  'Hạ tầng kinh tế - xã hội',       'Thủy lợi và phòng, chống thiên tai', 3),
  ('318-ntm', '4',  'II',  'Hạ tầng kinh tế - xã hội',       'Điện', 4),
  ('318-ntm', '5',  'II',  'Hạ tầng kinh tế - xã hội',       'Trường học', 5),
  ('318-ntm', '6',  'II',  'Hạ tầng kinh tế - xã hội',       'Cơ sở vật chất văn hóa', 6),
  ('318-ntm', '7',  'II',  'Hạ tầng kinh tế - xã hội',       'Cơ sở hạ tầng thương mại nông thôn', 7),
  ('318-ntm', '8',  'II',  'Hạ tầng kinh tế - xã hội',       'Thông tin và Truyền thông', 8),
  ('318-ntm', '9',  'II',  'Hạ tầng kinh tế - xã hội',       'Nhà ở dân cư', 9),
  ('318-ntm', '10', 'III', 'Kinh tế và tổ chức sản xuất',    'Thu nhập', 10),
  ('318-ntm', '11', 'III', 'Kinh tế và tổ chức sản xuất',    'Nghèo đa chiều', 11),
  ('318-ntm', '12', 'III', 'Kinh tế và tổ chức sản xuất',    'Lao động', 12),
  ('318-ntm', '13', 'III', 'Kinh tế và tổ chức sản xuất',    'Tổ chức sản xuất và phát triển kinh tế nông thôn', 13),
  ('318-ntm', '14', 'IV',  'Văn hóa - Xã hội - Môi trường',  'Giáo dục và Đào tạo', 14),
  ('318-ntm', '15', 'IV',  'Văn hóa - Xã hội - Môi trường',  'Y tế', 15),
  ('318-ntm', '16', 'IV',  'Văn hóa - Xã hội - Môi trường',  'Văn hóa', 16),
  ('318-ntm', '17', 'IV',  'Văn hóa - Xã hội - Môi trường',  'Môi trường và an toàn thực phẩm', 17),
  ('318-ntm', '18', 'V',   'Hệ thống chính trị',             'Hệ thống chính trị và tiếp cận pháp luật', 18),
  ('318-ntm', '19', 'V',   'Hệ thống chính trị',             'Quốc phòng và An ninh', 19);

-- Indicators of annex I. Numbering follows the decision as best known
-- (verify, in particular 13.x, 15.x and 18.x). A yes/no indicator asks for
-- "yes", so each is phrased as what the commune must have.
WITH v (criterion, code, name, kind, unit, comparison, position) AS (VALUES
  -- 1 Quy hoạch
  ('1',  '1.1',  'Có quy hoạch chung xây dựng xã được phê duyệt và công bố công khai đúng thời hạn', 'boolean', '', '=', 1),
  ('1',  '1.2',  'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch', 'boolean', '', '=', 2),
  -- 2 Giao thông
  ('2',  '2.1',  'Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa, bảo đảm ô tô đi lại thuận tiện quanh năm', 'percent', '%', '>=', 1),
  ('2',  '2.2',  'Tỷ lệ đường thôn, xóm và đường liên thôn, xóm được cứng hóa, bảo đảm ô tô đi lại thuận tiện quanh năm', 'percent', '%', '>=', 2),
  ('2',  '2.3',  'Tỷ lệ đường ngõ, xóm sạch và bảo đảm đi lại thuận tiện quanh năm', 'percent', '%', '>=', 3),
  ('2',  '2.4',  'Tỷ lệ đường trục chính nội đồng bảo đảm vận chuyển hàng hóa thuận tiện quanh năm', 'percent', '%', '>=', 4),
  -- 3 Thủy lợi và phòng, chống thiên tai
  ('3',  '3.1',  'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động', 'percent', '%', '>=', 1),
  ('3',  '3.2',  'Bảo đảm yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ', 'boolean', '', '=', 2),
  -- 4 Điện
  ('4',  '4.1',  'Hệ thống điện bảo đảm yêu cầu kỹ thuật của ngành điện', 'boolean', '', '=', 1),
  ('4',  '4.2',  'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn', 'percent', '%', '>=', 2),
  -- 5 Trường học
  ('5',  '5',    'Tỷ lệ trường học các cấp (mầm non, tiểu học, trung học cơ sở) có cơ sở vật chất và thiết bị dạy học đạt chuẩn quốc gia', 'percent', '%', '>=', 1),
  -- 6 Cơ sở vật chất văn hóa
  ('6',  '6.1',  'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã', 'boolean', '', '=', 1),
  ('6',  '6.2',  'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định', 'boolean', '', '=', 2),
  ('6',  '6.3',  'Tỷ lệ thôn có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng', 'percent', '%', '>=', 3),
  -- 7 Cơ sở hạ tầng thương mại nông thôn
  ('7',  '7',    'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa', 'boolean', '', '=', 1),
  -- 8 Thông tin và Truyền thông
  ('8',  '8.1',  'Xã có điểm phục vụ bưu chính', 'boolean', '', '=', 1),
  ('8',  '8.2',  'Xã có dịch vụ viễn thông, internet', 'boolean', '', '=', 2),
  ('8',  '8.3',  'Xã có đài truyền thanh và hệ thống loa đến các thôn', 'boolean', '', '=', 3),
  ('8',  '8.4',  'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành', 'boolean', '', '=', 4),
  -- 9 Nhà ở dân cư
  ('9',  '9.1',  'Không còn nhà tạm, nhà dột nát', 'boolean', '', '=', 1),
  ('9',  '9.2',  'Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố', 'percent', '%', '>=', 2),
  -- 10 Thu nhập
  ('10', '10',   'Thu nhập bình quân đầu người khu vực nông thôn', 'number', 'triệu đồng/người/năm', '>=', 1),
  -- 11 Nghèo đa chiều
  ('11', '11',   'Tỷ lệ hộ nghèo đa chiều giai đoạn 2021–2025', 'percent', '%', '<=', 1),
  -- 12 Lao động
  ('12', '12.1', 'Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động', 'percent', '%', '>=', 1),
  ('12', '12.2', 'Tỷ lệ lao động có việc làm qua đào tạo', 'percent', '%', '>=', 2),
  ('12', '12.3', 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ', 'percent', '%', '>=', 3),
  -- 13 Tổ chức sản xuất và phát triển kinh tế nông thôn (verify 13.4, 13.5)
  ('13', '13.1', 'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã', 'boolean', '', '=', 1),
  ('13', '13.2', 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực bảo đảm bền vững', 'boolean', '', '=', 2),
  ('13', '13.3', 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với vùng nguyên liệu, được chứng nhận VietGAP hoặc tương đương', 'boolean', '', '=', 3),
  ('13', '13.4', 'Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy làng nghề, làng nghề truyền thống (nếu có)', 'boolean', '', '=', 4),
  ('13', '13.5', 'Có tổ khuyến nông cộng đồng hoạt động hiệu quả', 'boolean', '', '=', 5),
  -- 14 Giáo dục và Đào tạo
  ('14', '14.1', 'Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học, phổ cập giáo dục trung học cơ sở và xóa mù chữ', 'boolean', '', '=', 1),
  ('14', '14.2', 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)', 'percent', '%', '>=', 2),
  -- 15 Y tế (verify)
  ('15', '15.1', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 'percent', '%', '>=', 1),
  ('15', '15.2', 'Xã đạt tiêu chí quốc gia về y tế', 'boolean', '', '=', 2),
  ('15', '15.3', 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử', 'percent', '%', '>=', 3),
  -- 16 Văn hóa
  ('16', '16',   'Tỷ lệ thôn đạt tiêu chuẩn văn hóa theo quy định, có kế hoạch và thực hiện kế hoạch xây dựng nông thôn mới', 'percent', '%', '>=', 1),
  -- 17 Môi trường và an toàn thực phẩm
  ('17', '17.1', 'Tỷ lệ hộ được sử dụng nước sinh hoạt hợp vệ sinh và nước sạch theo quy định', 'percent', '%', '>=', 1),
  ('17', '17.2', 'Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề bảo đảm quy định về bảo vệ môi trường', 'percent', '%', '>=', 2),
  ('17', '17.3', 'Cảnh quan, không gian xanh - sạch - đẹp, an toàn; không để tồn đọng nước thải sinh hoạt tại khu dân cư tập trung', 'boolean', '', '=', 3),
  ('17', '17.4', 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn', 'number', 'm²/người', '>=', 4),
  ('17', '17.5', 'Mai táng phù hợp với quy định và theo quy hoạch', 'boolean', '', '=', 5),
  ('17', '17.6', 'Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh doanh được thu gom, xử lý theo quy định', 'boolean', '', '=', 6),
  ('17', '17.7', 'Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và bảo đảm 3 sạch', 'percent', '%', '>=', 7),
  ('17', '17.8', 'Tỷ lệ cơ sở chăn nuôi bảo đảm các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường', 'percent', '%', '>=', 8),
  ('17', '17.9', 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về bảo đảm an toàn thực phẩm', 'percent', '%', '>=', 9),
  ('17', '17.10', 'Tỷ lệ hộ thực hiện phân loại chất thải rắn tại nguồn', 'percent', '%', '>=', 10),
  ('17', '17.11', 'Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định', 'percent', '%', '>=', 11),
  -- 18 Hệ thống chính trị và tiếp cận pháp luật (verify)
  ('18', '18.1', 'Cán bộ, công chức xã đạt chuẩn', 'boolean', '', '=', 1),
  ('18', '18.2', 'Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên', 'boolean', '', '=', 2),
  ('18', '18.3', 'Tổ chức chính trị - xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên', 'boolean', '', '=', 3),
  ('18', '18.4', 'Xã đạt chuẩn tiếp cận pháp luật', 'boolean', '', '=', 4),
  ('18', '18.5', 'Bảo đảm bình đẳng giới, phòng chống bạo lực gia đình và bạo lực trên cơ sở giới, bảo vệ trẻ em và người dễ bị tổn thương', 'boolean', '', '=', 5),
  -- 19 Quốc phòng và An ninh
  ('19', '19.1', 'Xây dựng lực lượng dân quân vững mạnh, rộng khắp và hoàn thành các chỉ tiêu quốc phòng', 'boolean', '', '=', 1),
  ('19', '19.2', 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và bảo đảm bình yên', 'boolean', '', '=', 2)
)
INSERT INTO indicator (criterion_id, code, name, kind, unit, comparison, position)
SELECT c.id, v.code, v.name, v.kind, v.unit, v.comparison, v.position
  FROM v JOIN criterion AS c ON c.set_code = '318-ntm' AND c.number = v.criterion;

-- ---------------------------------------------------------------------------
-- 318-advanced: advanced commune, annex II — 19 criteria
-- ---------------------------------------------------------------------------
-- Criterion names and their numbering are as best known (verify against the
-- annex). Public administration, access to law and quality of the living
-- environment stand as criteria of their own.

INSERT INTO criterion (set_code, number, group_code, group_name, name, position) VALUES
  ('318-advanced', '1',  'I',   'Quy hoạch',                     'Quy hoạch', 1),
  ('318-advanced', '2',  'II',  'Hạ tầng kinh tế - xã hội',      'Giao thông', 2),
  ('318-advanced', '3',  'II',  'Hạ tầng kinh tế - xã hội',      'Thủy lợi và phòng, chống thiên tai', 3),
  ('318-advanced', '4',  'II',  'Hạ tầng kinh tế - xã hội',      'Điện', 4),
  ('318-advanced', '5',  'II',  'Hạ tầng kinh tế - xã hội',      'Giáo dục', 5),
  ('318-advanced', '6',  'II',  'Hạ tầng kinh tế - xã hội',      'Văn hóa', 6),
  ('318-advanced', '7',  'II',  'Hạ tầng kinh tế - xã hội',      'Cơ sở hạ tầng thương mại nông thôn', 7),
  ('318-advanced', '8',  'II',  'Hạ tầng kinh tế - xã hội',      'Thông tin và Truyền thông', 8),
  ('318-advanced', '9',  'II',  'Hạ tầng kinh tế - xã hội',      'Nhà ở dân cư', 9),
  ('318-advanced', '10', 'III', 'Kinh tế và tổ chức sản xuất',   'Thu nhập', 10),
  ('318-advanced', '11', 'III', 'Kinh tế và tổ chức sản xuất',   'Nghèo đa chiều', 11),
  ('318-advanced', '12', 'III', 'Kinh tế và tổ chức sản xuất',   'Lao động', 12),
  ('318-advanced', '13', 'III', 'Kinh tế và tổ chức sản xuất',   'Tổ chức sản xuất và phát triển kinh tế nông thôn', 13),
  ('318-advanced', '14', 'IV',  'Văn hóa - Xã hội - Môi trường', 'Y tế', 14),
  ('318-advanced', '15', 'IV',  'Văn hóa - Xã hội - Môi trường', 'Hành chính công', 15),
  ('318-advanced', '16', 'IV',  'Văn hóa - Xã hội - Môi trường', 'Tiếp cận pháp luật', 16),
  ('318-advanced', '17', 'IV',  'Văn hóa - Xã hội - Môi trường', 'Môi trường', 17),
  ('318-advanced', '18', 'IV',  'Văn hóa - Xã hội - Môi trường', 'Chất lượng môi trường sống', 18),
  ('318-advanced', '19', 'V',   'Hệ thống chính trị',            'Quốc phòng và An ninh', 19);

-- The annex's own indicators were not checked, so each criterion has one
-- indicator for now (the office splits it into the annex's indicators):
-- income and poverty as measured values, the rest as "criterion met".
WITH v (criterion, name, kind, unit, comparison) AS (VALUES
  ('1',  'Đạt các chỉ tiêu của tiêu chí Quy hoạch ở mức nâng cao', 'boolean', '', '='),
  ('2',  'Đạt các chỉ tiêu của tiêu chí Giao thông ở mức nâng cao', 'boolean', '', '='),
  ('3',  'Đạt các chỉ tiêu của tiêu chí Thủy lợi và phòng, chống thiên tai ở mức nâng cao', 'boolean', '', '='),
  ('4',  'Đạt các chỉ tiêu của tiêu chí Điện ở mức nâng cao', 'boolean', '', '='),
  ('5',  'Đạt các chỉ tiêu của tiêu chí Giáo dục ở mức nâng cao', 'boolean', '', '='),
  ('6',  'Đạt các chỉ tiêu của tiêu chí Văn hóa ở mức nâng cao', 'boolean', '', '='),
  ('7',  'Đạt các chỉ tiêu của tiêu chí Cơ sở hạ tầng thương mại nông thôn ở mức nâng cao', 'boolean', '', '='),
  ('8',  'Đạt các chỉ tiêu của tiêu chí Thông tin và Truyền thông ở mức nâng cao', 'boolean', '', '='),
  ('9',  'Đạt các chỉ tiêu của tiêu chí Nhà ở dân cư ở mức nâng cao', 'boolean', '', '='),
  ('10', 'Thu nhập bình quân đầu người khu vực nông thôn', 'number', 'triệu đồng/người/năm', '>='),
  ('11', 'Tỷ lệ hộ nghèo đa chiều giai đoạn 2021–2025', 'percent', '%', '<='),
  ('12', 'Đạt các chỉ tiêu của tiêu chí Lao động ở mức nâng cao', 'boolean', '', '='),
  ('13', 'Đạt các chỉ tiêu của tiêu chí Tổ chức sản xuất và phát triển kinh tế nông thôn ở mức nâng cao', 'boolean', '', '='),
  ('14', 'Đạt các chỉ tiêu của tiêu chí Y tế ở mức nâng cao', 'boolean', '', '='),
  ('15', 'Đạt các chỉ tiêu của tiêu chí Hành chính công', 'boolean', '', '='),
  ('16', 'Đạt các chỉ tiêu của tiêu chí Tiếp cận pháp luật ở mức nâng cao', 'boolean', '', '='),
  ('17', 'Đạt các chỉ tiêu của tiêu chí Môi trường ở mức nâng cao', 'boolean', '', '='),
  ('18', 'Đạt các chỉ tiêu của tiêu chí Chất lượng môi trường sống', 'boolean', '', '='),
  ('19', 'Đạt các chỉ tiêu của tiêu chí Quốc phòng và An ninh ở mức nâng cao', 'boolean', '', '=')
)
INSERT INTO indicator (criterion_id, code, name, kind, unit, comparison, position)
SELECT c.id, v.criterion, v.name, v.kind, v.unit, v.comparison, 1
  FROM v JOIN criterion AS c ON c.set_code = '318-advanced' AND c.number = v.criterion;

-- ---------------------------------------------------------------------------
-- 319-model: model commune — the four conditions of Decision 319
-- ---------------------------------------------------------------------------

INSERT INTO criterion (set_code, number, group_code, group_name, name, position) VALUES
  ('319-model', '1', '', '', 'Đạt chuẩn xã nông thôn mới nâng cao giai đoạn 2021–2025', 1),
  ('319-model', '2', '', '', 'Thu nhập bình quân đầu người cao hơn ít nhất 10% so với mức đạt chuẩn xã nông thôn mới nâng cao', 2),
  ('319-model', '3', '', '', 'Có ít nhất một mô hình thôn thông minh', 3),
  ('319-model', '4', '', '', 'Đạt kiểu mẫu ở ít nhất một lĩnh vực nổi trội do tỉnh quy định', 4);

-- Condition 2 is held as income in percent of the advanced requirement
-- (at least 110 %).
WITH v (criterion, name, kind, unit, comparison) AS (VALUES
  ('1', 'Xã đạt chuẩn nông thôn mới nâng cao theo Bộ tiêu chí giai đoạn 2021–2025', 'boolean', '', '='),
  ('2', 'Thu nhập bình quân đầu người so với mức quy định đạt chuẩn xã nông thôn mới nâng cao', 'percent', '%', '>='),
  ('3', 'Có ít nhất một mô hình thôn thông minh', 'boolean', '', '='),
  ('4', 'Có mô hình kiểu mẫu ở ít nhất một lĩnh vực nổi trội (sản xuất, giáo dục, văn hóa, du lịch, cảnh quan môi trường, an ninh trật tự, chuyển đổi số …)', 'boolean', '', '=')
)
INSERT INTO indicator (criterion_id, code, name, kind, unit, comparison, position)
SELECT c.id, v.criterion, v.name, v.kind, v.unit, v.comparison, 1
  FROM v JOIN criterion AS c ON c.set_code = '319-model' AND c.number = v.criterion;

-- ---------------------------------------------------------------------------
-- 320-district: NTM district — the resident-satisfaction condition and the
-- 9 district criteria (names as best known: verify)
-- ---------------------------------------------------------------------------
-- Conditions 1–3 of the decision (all communes NTM, at least 10 % advanced,
-- all townships civilised urban) are computed by the application from the
-- units' levels, so they are not indicators here.

INSERT INTO criterion (set_code, number, group_code, group_name, name, position) VALUES
  ('320-district', 'ĐK', 'ĐK', 'Điều kiện', 'Mức độ hài lòng của người dân', 0),
  ('320-district', '1',  '',   '',          'Quy hoạch', 1),
  ('320-district', '2',  '',   '',          'Giao thông', 2),
  ('320-district', '3',  '',   '',          'Thủy lợi và phòng, chống thiên tai', 3),
  ('320-district', '4',  '',   '',          'Điện', 4),
  ('320-district', '5',  '',   '',          'Y tế - Văn hóa - Giáo dục', 5),
  ('320-district', '6',  '',   '',          'Kinh tế', 6),
  ('320-district', '7',  '',   '',          'Môi trường', 7),
  ('320-district', '8',  '',   '',          'Chất lượng môi trường sống', 8),
  ('320-district', '9',  '',   '',          'Hệ thống chính trị - An ninh trật tự - Hành chính công', 9);

-- The decision's own indicators per criterion were not checked: criteria
-- whose name joins several fields get one indicator per field, the others
-- one "criterion met" indicator (the office refines them).
WITH v (criterion, code, name, kind, unit, comparison, position) AS (VALUES
  ('ĐK', 'ĐK.1', 'Tỷ lệ người dân trên địa bàn huyện hài lòng với kết quả xây dựng nông thôn mới', 'percent', '%', '>=', 1),
  ('ĐK', 'ĐK.2', 'Tỷ lệ người dân hài lòng ở mỗi xã (xã thấp nhất)', 'percent', '%', '>=', 2),
  ('1',  '1',    'Đạt tiêu chí Quy hoạch của huyện', 'boolean', '', '=', 1),
  ('2',  '2',    'Đạt tiêu chí Giao thông của huyện', 'boolean', '', '=', 1),
  ('3',  '3',    'Đạt tiêu chí Thủy lợi và phòng, chống thiên tai của huyện', 'boolean', '', '=', 1),
  ('4',  '4',    'Đạt tiêu chí Điện của huyện', 'boolean', '', '=', 1),
  ('5',  '5.1',  'Đạt yêu cầu về y tế', 'boolean', '', '=', 1),
  ('5',  '5.2',  'Đạt yêu cầu về văn hóa', 'boolean', '', '=', 2),
  ('5',  '5.3',  'Đạt yêu cầu về giáo dục', 'boolean', '', '=', 3),
  ('6',  '6',    'Đạt tiêu chí Kinh tế của huyện', 'boolean', '', '=', 1),
  ('7',  '7',    'Đạt tiêu chí Môi trường của huyện', 'boolean', '', '=', 1),
  ('8',  '8',    'Đạt tiêu chí Chất lượng môi trường sống của huyện', 'boolean', '', '=', 1),
  ('9',  '9.1',  'Đạt yêu cầu về hệ thống chính trị', 'boolean', '', '=', 1),
  ('9',  '9.2',  'Đạt yêu cầu về an ninh trật tự', 'boolean', '', '=', 2),
  ('9',  '9.3',  'Đạt yêu cầu về hành chính công', 'boolean', '', '=', 3)
)
INSERT INTO indicator (criterion_id, code, name, kind, unit, comparison, position)
SELECT c.id, v.code, v.name, v.kind, v.unit, v.comparison, v.position
  FROM v JOIN criterion AS c ON c.set_code = '320-district' AND c.number = v.criterion;

-- ---------------------------------------------------------------------------
-- 04-2022-urban: civilised urban ward or township — 9 criteria
-- ---------------------------------------------------------------------------
-- Recognition also needs 2 years of registration (5 for re-recognition) and
-- at least 90 % resident satisfaction; those are not criteria here.

INSERT INTO criterion (set_code, number, group_code, group_name, name, position) VALUES
  ('04-2022-urban', '1', '', '', 'Quy hoạch đô thị', 1),
  ('04-2022-urban', '2', '', '', 'Giao thông đô thị', 2),
  ('04-2022-urban', '3', '', '', 'Môi trường đô thị và an toàn thực phẩm', 3),
  ('04-2022-urban', '4', '', '', 'An ninh, trật tự', 4),
  ('04-2022-urban', '5', '', '', 'Thông tin và truyền thông', 5),
  ('04-2022-urban', '6', '', '', 'Việc làm, thu nhập và nghèo đa chiều', 6),
  ('04-2022-urban', '7', '', '', 'Văn hóa, thể thao', 7),
  ('04-2022-urban', '8', '', '', 'Y tế, giáo dục', 8),
  ('04-2022-urban', '9', '', '', 'Hệ thống chính trị và quản lý đô thị', 9);

-- As for 320: one indicator per field named by the criterion (verify).
WITH v (criterion, code, name, kind, unit, comparison, position) AS (VALUES
  ('1', '1',   'Đạt tiêu chí Quy hoạch đô thị', 'boolean', '', '=', 1),
  ('2', '2',   'Đạt tiêu chí Giao thông đô thị', 'boolean', '', '=', 1),
  ('3', '3.1', 'Đạt yêu cầu về môi trường đô thị', 'boolean', '', '=', 1),
  ('3', '3.2', 'Đạt yêu cầu về an toàn thực phẩm', 'boolean', '', '=', 2),
  ('4', '4',   'Đạt tiêu chí An ninh, trật tự', 'boolean', '', '=', 1),
  ('5', '5',   'Đạt tiêu chí Thông tin và truyền thông', 'boolean', '', '=', 1),
  ('6', '6.1', 'Tỷ lệ lao động trong độ tuổi có việc làm', 'percent', '%', '>=', 1),
  ('6', '6.2', 'Thu nhập bình quân đầu người', 'number', 'triệu đồng/người/năm', '>=', 2),
  ('6', '6.3', 'Tỷ lệ hộ nghèo đa chiều', 'percent', '%', '<=', 3),
  ('7', '7.1', 'Đạt yêu cầu về văn hóa', 'boolean', '', '=', 1),
  ('7', '7.2', 'Đạt yêu cầu về thể thao', 'boolean', '', '=', 2),
  ('8', '8.1', 'Đạt yêu cầu về y tế', 'boolean', '', '=', 1),
  ('8', '8.2', 'Đạt yêu cầu về giáo dục', 'boolean', '', '=', 2),
  ('9', '9.1', 'Đạt yêu cầu về hệ thống chính trị', 'boolean', '', '=', 1),
  ('9', '9.2', 'Đạt yêu cầu về quản lý đô thị', 'boolean', '', '=', 2)
)
INSERT INTO indicator (criterion_id, code, name, kind, unit, comparison, position)
SELECT c.id, v.code, v.name, v.kind, v.unit, v.comparison, v.position
  FROM v JOIN criterion AS c ON c.set_code = '04-2022-urban' AND c.number = v.criterion;

-- ---------------------------------------------------------------------------
-- Thresholds for Bắc Trung Bộ, 2022–2025
-- ---------------------------------------------------------------------------
-- Yes/no indicators need none. Every other indicator gets a row; the value
-- stays NULL (not known) except where the programme's facts state it.

-- Known values.
INSERT INTO threshold (indicator_id, region, year_from, year_to, value, note)
SELECT i.id, 'bac-trung-bo', 2022, 2022, 44,
       'Bắc Trung Bộ, năm 2022: tối thiểu 44 triệu đồng/người/năm'
  FROM indicator AS i JOIN criterion AS c ON c.id = i.criterion_id
 WHERE c.set_code = '318-ntm' AND i.code = '10';

INSERT INTO threshold (indicator_id, region, year_from, year_to, value, note)
SELECT i.id, 'bac-trung-bo', 2023, 2025, NULL, 'Chưa rõ ngưỡng — văn phòng cập nhật'
  FROM indicator AS i JOIN criterion AS c ON c.id = i.criterion_id
 WHERE c.set_code = '318-ntm' AND i.code = '10';

INSERT INTO threshold (indicator_id, region, year_from, year_to, value, note)
SELECT i.id, 'bac-trung-bo', 2022, 2025, 110,
       'Cao hơn ít nhất 10% so với mức thu nhập quy định đạt chuẩn xã nông thôn mới nâng cao'
  FROM indicator AS i JOIN criterion AS c ON c.id = i.criterion_id
 WHERE c.set_code = '319-model' AND i.code = '2';

INSERT INTO threshold (indicator_id, region, year_from, year_to, value, note)
SELECT i.id, 'bac-trung-bo', 2022, 2025, 90, 'Tỷ lệ hài lòng của người dân đạt từ 90% trở lên'
  FROM indicator AS i JOIN criterion AS c ON c.id = i.criterion_id
 WHERE c.set_code = '320-district' AND i.code = 'ĐK.1';

INSERT INTO threshold (indicator_id, region, year_from, year_to, value, note)
SELECT i.id, 'bac-trung-bo', 2022, 2025, 80, 'Tỷ lệ hài lòng ở mỗi xã đạt từ 80% trở lên'
  FROM indicator AS i JOIN criterion AS c ON c.id = i.criterion_id
 WHERE c.set_code = '320-district' AND i.code = 'ĐK.2';

-- Unknown values: every other non-boolean indicator of every set.
INSERT INTO threshold (indicator_id, region, year_from, year_to, value, note)
SELECT i.id, 'bac-trung-bo', 2022, 2025, NULL, 'Chưa rõ ngưỡng — văn phòng cập nhật'
  FROM indicator AS i
 WHERE i.kind <> 'boolean'
   AND NOT EXISTS (SELECT 1 FROM threshold AS t WHERE t.indicator_id = i.id)
 ORDER BY i.id;
