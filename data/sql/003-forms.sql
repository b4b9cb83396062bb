-- Ntm schema: clean-water schemes, per-commune water figures and the audit
-- trail of assessments, recognitions, schemes and thresholds.
--
-- Who made a change comes from ntm_user(), a function the application
-- registers on every connection (the operating-system user's name).

-- A centralised water-supply scheme (công trình cấp nước tập trung).
-- Amounts are never negative; dates are ISO "YYYY-MM-DD".
CREATE TABLE water_scheme (
  id                  INTEGER PRIMARY KEY,
  code                TEXT NOT NULL DEFAULT '',
  name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
  status              TEXT NOT NULL DEFAULT 'operating'
                        CHECK (status IN ('planned', 'building', 'operating', 'stopped')),
  water_source        TEXT CHECK (water_source IS NULL OR water_source IN ('surface', 'ground')),
  treatment           TEXT NOT NULL DEFAULT '',
  design_capacity     REAL CHECK (design_capacity IS NULL OR design_capacity >= 0),   -- m³/day
  actual_output       REAL CHECK (actual_output IS NULL OR actual_output >= 0),       -- m³/day
  pipe_length         REAL CHECK (pipe_length IS NULL OR pipe_length >= 0),           -- km
  households_design   INTEGER CHECK (households_design IS NULL OR households_design >= 0),
  households_actual   INTEGER CHECK (households_actual IS NULL OR households_actual >= 0),
  people_design       INTEGER CHECK (people_design IS NULL OR people_design >= 0),
  people_actual       INTEGER CHECK (people_actual IS NULL OR people_actual >= 0),
  new_connections     INTEGER CHECK (new_connections IS NULL OR new_connections >= 0),
  started_on          TEXT,
  commissioned_on     TEXT,
  progress            REAL CHECK (progress IS NULL OR progress BETWEEN 0 AND 100),    -- %
  management          TEXT CHECK (management IS NULL OR management IN
                        ('provincial_centre', 'enterprise', 'cooperative',
                         'commune_committee', 'community')),
  tariff              REAL CHECK (tariff IS NULL OR tariff >= 0),                     -- VND/m³
  loss_rate           REAL CHECK (loss_rate IS NULL OR loss_rate BETWEEN 0 AND 100),  -- %
  quality_tested_on   TEXT,
  quality_passed      INTEGER CHECK (quality_passed IS NULL OR quality_passed IN (0, 1)),
  sustainability      TEXT CHECK (sustainability IS NULL OR sustainability IN
                        ('sustainable', 'fairly', 'poorly', 'not_operating')),
  note                TEXT NOT NULL DEFAULT '',
  CHECK (started_on IS NULL OR commissioned_on IS NULL OR commissioned_on >= started_on)
) STRICT;

-- The communes a scheme serves (a scheme crosses commune borders).
CREATE TABLE water_scheme_commune (
  scheme_id INTEGER NOT NULL REFERENCES water_scheme (id) ON DELETE CASCADE,
  unit_code TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  PRIMARY KEY (scheme_id, unit_code)
) STRICT;
CREATE INDEX water_scheme_commune_unit ON water_scheme_commune (unit_code);

-- Investment in VND by source and year.
CREATE TABLE water_scheme_investment (
  scheme_id INTEGER NOT NULL REFERENCES water_scheme (id) ON DELETE CASCADE,
  year      INTEGER NOT NULL CHECK (year BETWEEN 1950 AND 2100),
  source    TEXT NOT NULL CHECK (source IN ('central', 'local', 'integrated', 'credit',
                                            'enterprise', 'community', 'other')),
  amount    REAL NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (scheme_id, year, source)
) STRICT;

-- Households of a commune in a year: in total, on hygienic water, and of
-- those on clean water meeting the national standard (QCVN).
CREATE TABLE commune_water (
  unit_code           TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  year                INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  households_total    INTEGER NOT NULL CHECK (households_total > 0),
  households_hygienic INTEGER NOT NULL CHECK (households_hygienic BETWEEN 0 AND households_total),
  households_clean    INTEGER NOT NULL CHECK (households_clean BETWEEN 0 AND households_hygienic),
  source              TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (unit_code, year)
) STRICT;

-- ---------------------------------------------------------------------------
-- Audit trail
-- ---------------------------------------------------------------------------

-- One row per inserted, updated or deleted row of an audited table. Old and
-- new values are JSON objects of the row's columns. unit_code and scheme_id
-- say whose history the change belongs to; they are plain values, not
-- references, so that the history outlives what it describes.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  changed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  changed_by  TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  entity      TEXT NOT NULL,
  entity_key  TEXT NOT NULL,
  unit_code   TEXT,
  scheme_id   INTEGER,
  old_value   TEXT,
  new_value   TEXT
) STRICT;
CREATE INDEX audit_log_unit ON audit_log (unit_code, id);
CREATE INDEX audit_log_scheme ON audit_log (scheme_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'The change history cannot be edited.');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'The change history cannot be deleted.');
END;

-- Assessments
CREATE TRIGGER audit_assessment_insert AFTER INSERT ON assessment
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'assessment', NEW.indicator_id || '/' || NEW.year, NEW.unit_code,
          json_object ('indicator_id', NEW.indicator_id, 'year', NEW.year, 'value', NEW.value,
                       'status_override', NEW.status_override, 'override_reason', NEW.override_reason,
                       'note', NEW.note));
END;

CREATE TRIGGER audit_assessment_update AFTER UPDATE ON assessment
WHEN OLD.value IS NOT NEW.value OR OLD.status_override IS NOT NEW.status_override
  OR OLD.override_reason IS NOT NEW.override_reason OR OLD.note IS NOT NEW.note
  OR OLD.unit_code IS NOT NEW.unit_code OR OLD.year IS NOT NEW.year
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value, new_value)
  VALUES (ntm_user (), 'update', 'assessment', NEW.indicator_id || '/' || NEW.year, NEW.unit_code,
          json_object ('indicator_id', OLD.indicator_id, 'year', OLD.year, 'value', OLD.value,
                       'status_override', OLD.status_override, 'override_reason', OLD.override_reason,
                       'note', OLD.note),
          json_object ('indicator_id', NEW.indicator_id, 'year', NEW.year, 'value', NEW.value,
                       'status_override', NEW.status_override, 'override_reason', NEW.override_reason,
                       'note', NEW.note));
END;

CREATE TRIGGER audit_assessment_delete AFTER DELETE ON assessment
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value)
  VALUES (ntm_user (), 'delete', 'assessment', OLD.indicator_id || '/' || OLD.year, OLD.unit_code,
          json_object ('indicator_id', OLD.indicator_id, 'year', OLD.year, 'value', OLD.value,
                       'status_override', OLD.status_override, 'override_reason', OLD.override_reason,
                       'note', OLD.note));
END;

-- Recognitions
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

-- Thresholds
CREATE TRIGGER audit_threshold_insert AFTER INSERT ON threshold
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, new_value)
  VALUES (ntm_user (), 'insert', 'threshold', NEW.id,
          json_object ('indicator_id', NEW.indicator_id, 'region', NEW.region,
                       'commune_group', NEW.commune_group, 'year_from', NEW.year_from,
                       'year_to', NEW.year_to, 'value', NEW.value, 'note', NEW.note));
END;

CREATE TRIGGER audit_threshold_update AFTER UPDATE ON threshold
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, old_value, new_value)
  VALUES (ntm_user (), 'update', 'threshold', NEW.id,
          json_object ('indicator_id', OLD.indicator_id, 'region', OLD.region,
                       'commune_group', OLD.commune_group, 'year_from', OLD.year_from,
                       'year_to', OLD.year_to, 'value', OLD.value, 'note', OLD.note),
          json_object ('indicator_id', NEW.indicator_id, 'region', NEW.region,
                       'commune_group', NEW.commune_group, 'year_from', NEW.year_from,
                       'year_to', NEW.year_to, 'value', NEW.value, 'note', NEW.note));
END;

CREATE TRIGGER audit_threshold_delete AFTER DELETE ON threshold
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, old_value)
  VALUES (ntm_user (), 'delete', 'threshold', OLD.id,
          json_object ('indicator_id', OLD.indicator_id, 'region', OLD.region,
                       'commune_group', OLD.commune_group, 'year_from', OLD.year_from,
                       'year_to', OLD.year_to, 'value', OLD.value, 'note', OLD.note));
END;

-- Water schemes, their communes and their investment
CREATE TRIGGER audit_water_scheme_insert AFTER INSERT ON water_scheme
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, scheme_id, new_value)
  VALUES (ntm_user (), 'insert', 'water_scheme', NEW.id, NEW.id,
          (SELECT json_object ('code', code, 'name', name, 'status', status,
                               'water_source', water_source, 'treatment', treatment,
                               'design_capacity', design_capacity, 'actual_output', actual_output,
                               'pipe_length', pipe_length, 'households_design', households_design,
                               'households_actual', households_actual, 'people_design', people_design,
                               'people_actual', people_actual, 'new_connections', new_connections,
                               'started_on', started_on, 'commissioned_on', commissioned_on,
                               'progress', progress, 'management', management, 'tariff', tariff,
                               'loss_rate', loss_rate, 'quality_tested_on', quality_tested_on,
                               'quality_passed', quality_passed, 'sustainability', sustainability,
                               'note', note)
             FROM water_scheme WHERE id = NEW.id));
END;

CREATE TRIGGER audit_water_scheme_update AFTER UPDATE ON water_scheme
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, scheme_id, old_value, new_value)
  VALUES (ntm_user (), 'update', 'water_scheme', NEW.id, NEW.id,
          json_object ('code', OLD.code, 'name', OLD.name, 'status', OLD.status,
                       'water_source', OLD.water_source, 'treatment', OLD.treatment,
                       'design_capacity', OLD.design_capacity, 'actual_output', OLD.actual_output,
                       'pipe_length', OLD.pipe_length, 'households_design', OLD.households_design,
                       'households_actual', OLD.households_actual, 'people_design', OLD.people_design,
                       'people_actual', OLD.people_actual, 'new_connections', OLD.new_connections,
                       'started_on', OLD.started_on, 'commissioned_on', OLD.commissioned_on,
                       'progress', OLD.progress, 'management', OLD.management, 'tariff', OLD.tariff,
                       'loss_rate', OLD.loss_rate, 'quality_tested_on', OLD.quality_tested_on,
                       'quality_passed', OLD.quality_passed, 'sustainability', OLD.sustainability,
                       'note', OLD.note),
          json_object ('code', NEW.code, 'name', NEW.name, 'status', NEW.status,
                       'water_source', NEW.water_source, 'treatment', NEW.treatment,
                       'design_capacity', NEW.design_capacity, 'actual_output', NEW.actual_output,
                       'pipe_length', NEW.pipe_length, 'households_design', NEW.households_design,
                       'households_actual', NEW.households_actual, 'people_design', NEW.people_design,
                       'people_actual', NEW.people_actual, 'new_connections', NEW.new_connections,
                       'started_on', NEW.started_on, 'commissioned_on', NEW.commissioned_on,
                       'progress', NEW.progress, 'management', NEW.management, 'tariff', NEW.tariff,
                       'loss_rate', NEW.loss_rate, 'quality_tested_on', NEW.quality_tested_on,
                       'quality_passed', NEW.quality_passed, 'sustainability', NEW.sustainability,
                       'note', NEW.note));
END;

CREATE TRIGGER audit_water_scheme_delete AFTER DELETE ON water_scheme
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, scheme_id, old_value)
  VALUES (ntm_user (), 'delete', 'water_scheme', OLD.id, OLD.id,
          json_object ('code', OLD.code, 'name', OLD.name, 'status', OLD.status,
                       'water_source', OLD.water_source, 'treatment', OLD.treatment,
                       'design_capacity', OLD.design_capacity, 'actual_output', OLD.actual_output,
                       'pipe_length', OLD.pipe_length, 'households_design', OLD.households_design,
                       'households_actual', OLD.households_actual, 'people_design', OLD.people_design,
                       'people_actual', OLD.people_actual, 'new_connections', OLD.new_connections,
                       'started_on', OLD.started_on, 'commissioned_on', OLD.commissioned_on,
                       'progress', OLD.progress, 'management', OLD.management, 'tariff', OLD.tariff,
                       'loss_rate', OLD.loss_rate, 'quality_tested_on', OLD.quality_tested_on,
                       'quality_passed', OLD.quality_passed, 'sustainability', OLD.sustainability,
                       'note', OLD.note));
END;

CREATE TRIGGER audit_water_scheme_commune_insert AFTER INSERT ON water_scheme_commune
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, scheme_id, new_value)
  VALUES (ntm_user (), 'insert', 'water_scheme_commune', NEW.scheme_id || '/' || NEW.unit_code,
          NEW.unit_code, NEW.scheme_id, json_object ('unit_code', NEW.unit_code));
END;

CREATE TRIGGER audit_water_scheme_commune_delete AFTER DELETE ON water_scheme_commune
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, scheme_id, old_value)
  VALUES (ntm_user (), 'delete', 'water_scheme_commune', OLD.scheme_id || '/' || OLD.unit_code,
          OLD.unit_code, OLD.scheme_id, json_object ('unit_code', OLD.unit_code));
END;

CREATE TRIGGER audit_water_scheme_investment_insert AFTER INSERT ON water_scheme_investment
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, scheme_id, new_value)
  VALUES (ntm_user (), 'insert', 'water_scheme_investment',
          NEW.scheme_id || '/' || NEW.year || '/' || NEW.source, NEW.scheme_id,
          json_object ('year', NEW.year, 'source', NEW.source, 'amount', NEW.amount));
END;

CREATE TRIGGER audit_water_scheme_investment_update AFTER UPDATE ON water_scheme_investment
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, scheme_id, old_value, new_value)
  VALUES (ntm_user (), 'update', 'water_scheme_investment',
          NEW.scheme_id || '/' || NEW.year || '/' || NEW.source, NEW.scheme_id,
          json_object ('year', OLD.year, 'source', OLD.source, 'amount', OLD.amount),
          json_object ('year', NEW.year, 'source', NEW.source, 'amount', NEW.amount));
END;

CREATE TRIGGER audit_water_scheme_investment_delete AFTER DELETE ON water_scheme_investment
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, scheme_id, old_value)
  VALUES (ntm_user (), 'delete', 'water_scheme_investment',
          OLD.scheme_id || '/' || OLD.year || '/' || OLD.source, OLD.scheme_id,
          json_object ('year', OLD.year, 'source', OLD.source, 'amount', OLD.amount));
END;

-- Per-commune water figures feed indicator 17.1: their changes are part of
-- the commune's history.
CREATE TRIGGER audit_commune_water_insert AFTER INSERT ON commune_water
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'commune_water', NEW.unit_code || '/' || NEW.year, NEW.unit_code,
          json_object ('year', NEW.year, 'households_total', NEW.households_total,
                       'households_hygienic', NEW.households_hygienic,
                       'households_clean', NEW.households_clean, 'source', NEW.source));
END;

CREATE TRIGGER audit_commune_water_update AFTER UPDATE ON commune_water
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value, new_value)
  VALUES (ntm_user (), 'update', 'commune_water', NEW.unit_code || '/' || NEW.year, NEW.unit_code,
          json_object ('year', OLD.year, 'households_total', OLD.households_total,
                       'households_hygienic', OLD.households_hygienic,
                       'households_clean', OLD.households_clean, 'source', OLD.source),
          json_object ('year', NEW.year, 'households_total', NEW.households_total,
                       'households_hygienic', NEW.households_hygienic,
                       'households_clean', NEW.households_clean, 'source', NEW.source));
END;

CREATE TRIGGER audit_commune_water_delete AFTER DELETE ON commune_water
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value)
  VALUES (ntm_user (), 'delete', 'commune_water', OLD.unit_code || '/' || OLD.year, OLD.unit_code,
          json_object ('year', OLD.year, 'households_total', OLD.households_total,
                       'households_hygienic', OLD.households_hygienic,
                       'households_clean', OLD.households_clean, 'source', OLD.source));
END;
