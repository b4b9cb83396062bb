-- Ntm schema: criterion statuses as first-class data, and spreadsheet imports.
--
-- A criterion's status for a unit and year may be recorded directly (typed in
-- the criteria grid, imported from a named file, or taken over from the
-- computation on indicators). The recorded status wins over the one computed
-- from indicator values; the evaluation keeps both so that a disagreement can
-- be shown.

ALTER TABLE criterion_status ADD COLUMN origin TEXT NOT NULL DEFAULT 'typed'
  CHECK (origin IN ('typed', 'imported', 'computed'));
ALTER TABLE criterion_status ADD COLUMN file_name TEXT;
ALTER TABLE criterion_status ADD COLUMN author TEXT NOT NULL DEFAULT '';
CREATE INDEX criterion_status_year ON criterion_status (year, unit_code);

CREATE TRIGGER audit_criterion_status_insert AFTER INSERT ON criterion_status
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'criterion_status', NEW.criterion_id || '/' || NEW.year, NEW.unit_code,
          json_object ('criterion_id', NEW.criterion_id, 'year', NEW.year, 'status', NEW.status,
                       'origin', NEW.origin, 'file_name', NEW.file_name, 'source', NEW.source));
END;

CREATE TRIGGER audit_criterion_status_update AFTER UPDATE ON criterion_status
WHEN OLD.status IS NOT NEW.status OR OLD.origin IS NOT NEW.origin
  OR OLD.file_name IS NOT NEW.file_name OR OLD.source IS NOT NEW.source
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value, new_value)
  VALUES (ntm_user (), 'update', 'criterion_status', NEW.criterion_id || '/' || NEW.year, NEW.unit_code,
          json_object ('criterion_id', OLD.criterion_id, 'year', OLD.year, 'status', OLD.status,
                       'origin', OLD.origin, 'file_name', OLD.file_name, 'source', OLD.source),
          json_object ('criterion_id', NEW.criterion_id, 'year', NEW.year, 'status', NEW.status,
                       'origin', NEW.origin, 'file_name', NEW.file_name, 'source', NEW.source));
END;

CREATE TRIGGER audit_criterion_status_delete AFTER DELETE ON criterion_status
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value)
  VALUES (ntm_user (), 'delete', 'criterion_status', OLD.criterion_id || '/' || OLD.year, OLD.unit_code,
          json_object ('criterion_id', OLD.criterion_id, 'year', OLD.year, 'status', OLD.status,
                       'origin', OLD.origin, 'file_name', OLD.file_name, 'source', OLD.source));
END;

-- One committed spreadsheet import: which file, which sheet, which register
-- (criteria statuses, indicator values, …) and what it changed. The rows of
-- the change history it wrote are those from first_audit_id to
-- last_audit_id (one transaction writes them one after the other), so that
-- the history names the file every change came from.
CREATE TABLE data_import (
  id             INTEGER PRIMARY KEY,
  file_name      TEXT NOT NULL,
  sheet          TEXT NOT NULL DEFAULT '',
  register       TEXT NOT NULL,
  year           INTEGER,
  inserted       INTEGER NOT NULL DEFAULT 0,
  updated        INTEGER NOT NULL DEFAULT 0,
  first_audit_id INTEGER,
  last_audit_id  INTEGER,
  imported_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  author         TEXT NOT NULL DEFAULT '',
  CHECK (first_audit_id IS NULL OR last_audit_id >= first_audit_id)
) STRICT;
CREATE INDEX data_import_audit ON data_import (last_audit_id);

-- Funds, OCOP products and targets can now be imported from spreadsheets:
-- their changes go to the history too, so that it names the file.
CREATE TRIGGER audit_fund_insert AFTER INSERT ON fund
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'fund', NEW.id, NEW.unit_code,
          json_object ('year', NEW.year, 'source', NEW.source, 'sponsor', NEW.sponsor,
                       'planned', NEW.planned, 'actual', NEW.actual, 'note', NEW.note));
END;

CREATE TRIGGER audit_fund_update AFTER UPDATE ON fund
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value, new_value)
  VALUES (ntm_user (), 'update', 'fund', NEW.id, NEW.unit_code,
          json_object ('year', OLD.year, 'source', OLD.source, 'sponsor', OLD.sponsor,
                       'planned', OLD.planned, 'actual', OLD.actual, 'note', OLD.note),
          json_object ('year', NEW.year, 'source', NEW.source, 'sponsor', NEW.sponsor,
                       'planned', NEW.planned, 'actual', NEW.actual, 'note', NEW.note));
END;

CREATE TRIGGER audit_fund_delete AFTER DELETE ON fund
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value)
  VALUES (ntm_user (), 'delete', 'fund', OLD.id, OLD.unit_code,
          json_object ('year', OLD.year, 'source', OLD.source, 'sponsor', OLD.sponsor,
                       'planned', OLD.planned, 'actual', OLD.actual, 'note', OLD.note));
END;

CREATE TRIGGER audit_ocop_product_insert AFTER INSERT ON ocop_product
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'ocop_product', NEW.id, NEW.commune_code,
          json_object ('name', NEW.name, 'product_group', NEW.product_group, 'producer', NEW.producer,
                       'producer_type', NEW.producer_type, 'score', NEW.score,
                       'decision_number', NEW.decision_number, 'decision_date', NEW.decision_date,
                       'export_markets', NEW.export_markets, 'note', NEW.note));
END;

CREATE TRIGGER audit_ocop_product_update AFTER UPDATE ON ocop_product
WHEN OLD.name IS NOT NEW.name OR OLD.product_group IS NOT NEW.product_group
  OR OLD.producer IS NOT NEW.producer OR OLD.producer_type IS NOT NEW.producer_type
  OR OLD.commune_code IS NOT NEW.commune_code OR OLD.score IS NOT NEW.score
  OR OLD.decision_number IS NOT NEW.decision_number OR OLD.decision_date IS NOT NEW.decision_date
  OR OLD.export_markets IS NOT NEW.export_markets OR OLD.note IS NOT NEW.note
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value, new_value)
  VALUES (ntm_user (), 'update', 'ocop_product', NEW.id, NEW.commune_code,
          json_object ('name', OLD.name, 'product_group', OLD.product_group, 'producer', OLD.producer,
                       'producer_type', OLD.producer_type, 'score', OLD.score,
                       'decision_number', OLD.decision_number, 'decision_date', OLD.decision_date,
                       'export_markets', OLD.export_markets, 'note', OLD.note),
          json_object ('name', NEW.name, 'product_group', NEW.product_group, 'producer', NEW.producer,
                       'producer_type', NEW.producer_type, 'score', NEW.score,
                       'decision_number', NEW.decision_number, 'decision_date', NEW.decision_date,
                       'export_markets', NEW.export_markets, 'note', NEW.note));
END;

CREATE TRIGGER audit_ocop_product_delete AFTER DELETE ON ocop_product
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value)
  VALUES (ntm_user (), 'delete', 'ocop_product', OLD.id, OLD.commune_code,
          json_object ('name', OLD.name, 'product_group', OLD.product_group, 'producer', OLD.producer,
                       'score', OLD.score, 'decision_number', OLD.decision_number,
                       'decision_date', OLD.decision_date));
END;

CREATE TRIGGER audit_target_insert AFTER INSERT ON target
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'target', NEW.id, NEW.scope_code,
          json_object ('year', NEW.year, 'metric', NEW.metric, 'kind', NEW.kind, 'value', NEW.value,
                       'source', NEW.source, 'note', NEW.note));
END;

CREATE TRIGGER audit_target_update AFTER UPDATE ON target
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value, new_value)
  VALUES (ntm_user (), 'update', 'target', NEW.id, NEW.scope_code,
          json_object ('year', OLD.year, 'metric', OLD.metric, 'kind', OLD.kind, 'value', OLD.value,
                       'source', OLD.source, 'note', OLD.note),
          json_object ('year', NEW.year, 'metric', NEW.metric, 'kind', NEW.kind, 'value', NEW.value,
                       'source', NEW.source, 'note', NEW.note));
END;

CREATE TRIGGER audit_target_delete AFTER DELETE ON target
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, old_value)
  VALUES (ntm_user (), 'delete', 'target', OLD.id, OLD.scope_code,
          json_object ('year', OLD.year, 'metric', OLD.metric, 'kind', OLD.kind, 'value', OLD.value,
                       'source', OLD.source, 'note', OLD.note));
END;
