-- Ntm schema: an import's indicator values recorded a unit and year at a
-- time, and the history read one change at a time whichever way it was
-- written.
--
-- A typed value, or one an import brings with a status, reason or note,
-- goes to the history through the triggers of schema 003, one row a value
-- (entity 'assessment'). A large import of plain values now writes one
-- row for each unit and year instead (entity 'assessment_values',
-- entity_key the year), or two when it both enters and changes values
-- there:
--
--   action 'insert': new_value {"year": 2024, "values": [[17, 0.955], …]}
--     the values entered, each as [indicator_id, value];
--   action 'update': old_value and new_value {"year": 2024, "values": …}
--     the values changed, as they were and as they became, in the same
--     order.
--
-- A value is a JSON number written as SQLite writes a REAL (1.0, 0.955),
-- or null. The status set by hand, its reason and the note of a changed
-- value are those it had: an import of plain values leaves them as they
-- are. The rows of data_import still name the file of every history row
-- an import wrote.
--
-- Five years of a province's values were 85,320 rows of about 170 bytes;
-- they are now about a thousand. history_entry gives every change as
-- before, one row each: the rows of the triggers as they are, and those of
-- an import one value at a time, part being the value's place in its row
-- (0 for a row of the triggers). Read it in the order id, part.

CREATE VIEW history_entry AS
  SELECT id, 0 AS part, changed_at, changed_by, action, entity, entity_key, unit_code, scheme_id,
         old_value, new_value
  FROM audit_log
  WHERE entity <> 'assessment_values'
  UNION ALL
  SELECT h.id, v.key, h.changed_at, h.changed_by, h.action, 'assessment',
         (v.value ->> 0) || '/' || h.entity_key, h.unit_code, NULL,
         CASE WHEN h.action = 'update'
           THEN json_object ('indicator_id', v.value -> 0, 'year', h.new_value -> 'year',
                             'value', h.old_value -> ('$.values[' || v.key || '][1]')) END,
         json_object ('indicator_id', v.value -> 0, 'year', h.new_value -> 'year', 'value', v.value -> 1)
  FROM audit_log h, json_each (h.new_value, '$.values') v
  WHERE h.entity = 'assessment_values';
