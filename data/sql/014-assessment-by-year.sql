-- Ntm schema: the values kept in the order they are read, year first.
--
-- Every reader of assessment asks for one year (the map, the evaluation,
-- the forms, the lists, an import's look at what is on record), and an
-- import writes a year's values at once. The values were kept in a rowid
-- table keyed by unit, indicator and year, with an index by year beside
-- it: three trees to write for each value, and two to read a year. They
-- are now one tree keyed by year, unit and indicator, so that a year's
-- values lie together and a new year is written at the end of it.
--
-- The rows are copied into the new table, which then takes the old one's
-- name. Dropping the old table drops its triggers, and its implicit
-- delete fires none, so the history gains no row; the triggers are put
-- back below as schemas 003 and 012 left them.

CREATE TABLE assessment_by_year (
  unit_code       TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  indicator_id    INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  value           REAL,
  status_override TEXT CHECK (status_override IS NULL OR
                              status_override IN ('met', 'basically_met', 'not_met')),
  override_reason TEXT,
  note            TEXT NOT NULL DEFAULT '',
  author          TEXT NOT NULL DEFAULT '',
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (year, unit_code, indicator_id),
  CHECK (status_override IS NULL OR length(trim(coalesce(override_reason, ''))) > 0)
) STRICT, WITHOUT ROWID;

INSERT INTO assessment_by_year (unit_code, indicator_id, year, value, status_override, override_reason, note,
                                author, updated_at)
  SELECT unit_code, indicator_id, year, value, status_override, override_reason, note, author, updated_at
  FROM assessment;
DROP TABLE assessment;
ALTER TABLE assessment_by_year RENAME TO assessment;

CREATE TRIGGER audit_assessment_insert AFTER INSERT ON assessment
WHEN ntm_bulk_history () = 0
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'assessment', NEW.indicator_id || '/' || NEW.year, NEW.unit_code,
          json_object ('indicator_id', NEW.indicator_id, 'year', NEW.year, 'value', NEW.value,
                       'status_override', NEW.status_override, 'override_reason', NEW.override_reason,
                       'note', NEW.note));
END;

CREATE TRIGGER audit_assessment_update AFTER UPDATE ON assessment
WHEN ntm_bulk_history () = 0
  AND (OLD.value IS NOT NEW.value OR OLD.status_override IS NOT NEW.status_override
       OR OLD.override_reason IS NOT NEW.override_reason OR OLD.note IS NOT NEW.note
       OR OLD.unit_code IS NOT NEW.unit_code OR OLD.year IS NOT NEW.year)
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
