-- Ntm schema: the model in time.
--
-- Units, levels and criteria sets each have the period they are in force.
-- This step adds what the 2025 reorganisation of Hà Tĩnh and the 2026–2030
-- programme need; the data itself (the units of 1 January and 1 July 2025,
-- their lineage, the sourced recognitions, the reported totals, the
-- 2026–2030 commune set) comes in this migration's data step, for old and
-- new databases alike.
--
-- Runs inside the migration's transaction with foreign keys on: tables that
-- other tables refer to are only ever extended here (ALTER TABLE ADD
-- COLUMN), never rebuilt, because dropping a parent table would cascade.

-- ---------------------------------------------------------------------------
-- Units in time
-- ---------------------------------------------------------------------------

-- A unit row is one identity: it lives from valid_from to valid_to. When a
-- reorganisation forms a new unit under an official code an older unit
-- already held (every unit of 1 July 2025 reuses the code of one of the
-- units it was formed from), the new identity gets its own key in `code`
-- and the statistics office's code goes in official_code. NULL means the
-- key is the official code.
ALTER TABLE unit ADD COLUMN official_code TEXT;
CREATE INDEX unit_official_code ON unit (official_code);

-- The same identity under other attributes for a while: renamed, become a
-- ward, moved to another district. Outside every period the unit row's own
-- name, kind and parent apply (those it was formed with).
CREATE TABLE unit_period (
  unit_code   TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  valid_from  TEXT NOT NULL,
  valid_to    TEXT,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind        TEXT NOT NULL CHECK (kind IN ('province', 'district', 'town', 'city',
                                            'commune', 'ward', 'township')),
  parent_code TEXT REFERENCES unit (code) ON UPDATE CASCADE ON DELETE RESTRICT,
  search_key  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (unit_code, valid_from),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX unit_period_parent ON unit_period (parent_code);

-- Lineage: whether the old unit went in whole or in part, under which
-- resolution, and whether the link rests on inference rather than a text
-- (note then says why). A link from a unit to itself records that the same
-- identity changed (renamed, enlarged, moved, reclassified).
ALTER TABLE unit_lineage ADD COLUMN whole INTEGER NOT NULL DEFAULT 1 CHECK (whole IN (0, 1));
ALTER TABLE unit_lineage ADD COLUMN resolution TEXT NOT NULL DEFAULT '';
ALTER TABLE unit_lineage ADD COLUMN inferred INTEGER NOT NULL DEFAULT 0 CHECK (inferred IN (0, 1));
CREATE INDEX unit_lineage_new ON unit_lineage (new_code);

-- A commune's group (1, 2 or 3) under Decision 51/2025 for a span of years
-- (year_to NULL = open ended). Thresholds of the 2026–2030 set depend on it.
CREATE TABLE commune_group (
  unit_code     TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  year_from     INTEGER NOT NULL CHECK (year_from BETWEEN 2000 AND 2100),
  year_to       INTEGER CHECK (year_to IS NULL OR year_to >= year_from),
  commune_group INTEGER NOT NULL CHECK (commune_group IN (1, 2, 3)),
  source        TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (unit_code, year_from)
) STRICT;

CREATE TRIGGER audit_commune_group_insert AFTER INSERT ON commune_group
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'commune_group', NEW.unit_code || '/' || NEW.year_from, NEW.unit_code,
          json_object ('year_from', NEW.year_from, 'year_to', NEW.year_to,
                       'commune_group', NEW.commune_group, 'source', NEW.source));
END;

CREATE TRIGGER audit_commune_group_update AFTER UPDATE ON commune_group
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value, new_value)
  VALUES (ntm_user (), 'update', 'commune_group', NEW.unit_code || '/' || NEW.year_from, NEW.unit_code,
          json_object ('year_from', OLD.year_from, 'year_to', OLD.year_to,
                       'commune_group', OLD.commune_group, 'source', OLD.source),
          json_object ('year_from', NEW.year_from, 'year_to', NEW.year_to,
                       'commune_group', NEW.commune_group, 'source', NEW.source));
END;

CREATE TRIGGER audit_commune_group_delete AFTER DELETE ON commune_group
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value)
  VALUES (ntm_user (), 'delete', 'commune_group', OLD.unit_code || '/' || OLD.year_from, OLD.unit_code,
          json_object ('year_from', OLD.year_from, 'year_to', OLD.year_to,
                       'commune_group', OLD.commune_group, 'source', OLD.source));
END;

-- ---------------------------------------------------------------------------
-- Reported figures: the date (or month, or year) a total describes
-- ---------------------------------------------------------------------------

-- "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the source; NULL means
-- the end of the figure's year.
ALTER TABLE reported_figure ADD COLUMN as_of TEXT
  CHECK (as_of IS NULL OR as_of GLOB '[0-9][0-9][0-9][0-9]'
         OR as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
         OR as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

-- ---------------------------------------------------------------------------
-- The catalogue: what is not confirmed, and indicators in parts
-- ---------------------------------------------------------------------------

-- What of a criterion's or an indicator's numbering or wording has not been
-- confirmed against the decision's text ('' = nothing flagged).
ALTER TABLE criterion ADD COLUMN verify_note TEXT NOT NULL DEFAULT '';
ALTER TABLE indicator ADD COLUMN verify_note TEXT NOT NULL DEFAULT '';

-- An indicator the decision states in parts, each with its own threshold
-- (17.1: households on hygienic water, and of them on clean water meeting
-- QCVN): every part names the indicator's code here, and the indicator is
-- met only when all its parts are.
ALTER TABLE indicator ADD COLUMN part_of TEXT;

-- ---------------------------------------------------------------------------
-- Recognitions: the levels of 2026–2030
-- ---------------------------------------------------------------------------

-- No table refers to recognition, so it can be rebuilt with the wider list
-- of levels; ids are kept (the audit trail names them).
CREATE TABLE recognition_new (
  id              INTEGER PRIMARY KEY,
  unit_code       TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  level           TEXT NOT NULL CHECK (level IN ('ntm', 'advanced', 'model', 'civilised',
                                                 'district_ntm', 'district_advanced',
                                                 'task_completed', 'ntm_2026', 'modern_ntm',
                                                 'province_completed')),
  decision_number TEXT,
  decision_date   TEXT,
  year            INTEGER NOT NULL,
  issuer          TEXT NOT NULL DEFAULT '',
  source          TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  revoked_on      TEXT,
  revoke_reason   TEXT
) STRICT;

INSERT INTO recognition_new (id, unit_code, level, decision_number, decision_date, year, issuer,
                             source, note, revoked_on, revoke_reason)
SELECT id, unit_code, level, decision_number, decision_date, year, issuer,
       source, note, revoked_on, revoke_reason
  FROM recognition;

DROP TABLE recognition;
ALTER TABLE recognition_new RENAME TO recognition;
CREATE INDEX recognition_unit ON recognition (unit_code);

CREATE TRIGGER audit_recognition_insert AFTER INSERT ON recognition
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'recognition', NEW.id, NEW.unit_code,
          json_object ('level', NEW.level, 'decision_number', NEW.decision_number,
                       'decision_date', NEW.decision_date, 'year', NEW.year, 'issuer', NEW.issuer,
                       'source', NEW.source, 'note', NEW.note, 'revoked_on', NEW.revoked_on,
                       'revoke_reason', NEW.revoke_reason));
END;

CREATE TRIGGER audit_recognition_update AFTER UPDATE ON recognition
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value, new_value)
  VALUES (ntm_user (), 'update', 'recognition', NEW.id, NEW.unit_code,
          json_object ('level', OLD.level, 'decision_number', OLD.decision_number,
                       'decision_date', OLD.decision_date, 'year', OLD.year, 'issuer', OLD.issuer,
                       'source', OLD.source, 'note', OLD.note, 'revoked_on', OLD.revoked_on,
                       'revoke_reason', OLD.revoke_reason),
          json_object ('level', NEW.level, 'decision_number', NEW.decision_number,
                       'decision_date', NEW.decision_date, 'year', NEW.year, 'issuer', NEW.issuer,
                       'source', NEW.source, 'note', NEW.note, 'revoked_on', NEW.revoked_on,
                       'revoke_reason', NEW.revoke_reason));
END;

CREATE TRIGGER audit_recognition_delete AFTER DELETE ON recognition
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value)
  VALUES (ntm_user (), 'delete', 'recognition', OLD.id, OLD.unit_code,
          json_object ('level', OLD.level, 'decision_number', OLD.decision_number,
                       'decision_date', OLD.decision_date, 'year', OLD.year, 'issuer', OLD.issuer,
                       'source', OLD.source, 'note', OLD.note, 'revoked_on', OLD.revoked_on,
                       'revoke_reason', OLD.revoke_reason));
END;

-- ---------------------------------------------------------------------------
-- OCOP: scores are averages of the council's marks, kept to one decimal
-- ---------------------------------------------------------------------------

CREATE TABLE ocop_product_new (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  product_group   TEXT NOT NULL CHECK (product_group IN ('food', 'drinks', 'herbal',
                                                         'handicrafts', 'ornamental',
                                                         'tourism')),
  producer        TEXT NOT NULL CHECK (length(trim(producer)) > 0),
  producer_type   TEXT NOT NULL CHECK (producer_type IN ('cooperative', 'enterprise',
                                                         'household', 'cooperative_group')),
  commune_code    TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE RESTRICT,
  score           REAL NOT NULL CHECK (score BETWEEN 50 AND 100 AND round (score, 1) = score),
  decision_number TEXT NOT NULL DEFAULT '',
  decision_date   TEXT NOT NULL CHECK (decision_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  export_markets  TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  search_key      TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO ocop_product_new (id, name, product_group, producer, producer_type, commune_code, score,
                              decision_number, decision_date, export_markets, note, search_key)
SELECT id, name, product_group, producer, producer_type, commune_code, score,
       decision_number, decision_date, export_markets, note, search_key
  FROM ocop_product;

DROP TABLE ocop_product;
ALTER TABLE ocop_product_new RENAME TO ocop_product;
CREATE INDEX ocop_product_commune ON ocop_product (commune_code);
CREATE INDEX ocop_product_date ON ocop_product (decision_date);
