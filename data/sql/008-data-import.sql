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
