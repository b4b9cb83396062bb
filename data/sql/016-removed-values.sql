-- Ntm schema: an import undone removes the values it entered, a unit and
-- year at a time.
--
-- The undo of a large import of plain values is written as the import
-- was (schema 015): for each unit and year, a row with the values it puts
-- back ('update', as they were and as they become again) and one with the
-- values it removes:
--
--   action 'delete': old_value {"year": 2024, "values": [[17, 0.955], …]}
--     the values removed, as they were; new_value is null.
--
-- history_entry reads those one value at a time too.

DROP VIEW history_entry;
CREATE VIEW history_entry AS
  SELECT id, 0 AS part, changed_at, changed_by, action, entity, entity_key, unit_code, scheme_id,
         old_value, new_value
  FROM audit_log
  WHERE entity <> 'assessment_values'
  UNION ALL
  SELECT h.id, v.key, h.changed_at, h.changed_by, h.action, 'assessment',
         (v.value ->> 0) || '/' || h.entity_key, h.unit_code, NULL,
         CASE h.action
           WHEN 'update' THEN json_object ('indicator_id', v.value -> 0, 'year', h.new_value -> 'year',
                                           'value', h.old_value -> ('$.values[' || v.key || '][1]'))
           WHEN 'delete' THEN json_object ('indicator_id', v.value -> 0, 'year', h.old_value -> 'year',
                                           'value', v.value -> 1) END,
         CASE WHEN h.action <> 'delete'
           THEN json_object ('indicator_id', v.value -> 0, 'year', h.new_value -> 'year', 'value', v.value -> 1) END
  FROM audit_log h, json_each (coalesce (h.new_value, h.old_value), '$.values') v
  WHERE h.entity = 'assessment_values';
