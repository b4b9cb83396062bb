-- Ntm schema: a large import writes the history of its values itself.
--
-- An import stages its plain values and writes them in one statement; the
-- history's trigger then ran once per value, and its program, opened and
-- closed for each row, cost more than the row it wrote. While the import
-- writes that history in one statement of its own (the same rows, in the
-- same order, word for word), ntm_bulk_history () is 1 and the triggers
-- below stand aside. Every other change to an assessment is written by
-- them as before.

DROP TRIGGER audit_assessment_insert;
CREATE TRIGGER audit_assessment_insert AFTER INSERT ON assessment
WHEN ntm_bulk_history () = 0
BEGIN
  INSERT INTO audit_log (changed_by, action, entity, entity_key, unit_code, new_value)
  VALUES (ntm_user (), 'insert', 'assessment', NEW.indicator_id || '/' || NEW.year, NEW.unit_code,
          json_object ('indicator_id', NEW.indicator_id, 'year', NEW.year, 'value', NEW.value,
                       'status_override', NEW.status_override, 'override_reason', NEW.override_reason,
                       'note', NEW.note));
END;

DROP TRIGGER audit_assessment_update;
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
