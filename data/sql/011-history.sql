-- Ntm schema: the change history, rebuilt to be written faster.
--
-- A large import writes one history row per value. Two parts of the
-- table's definition cost more than the row itself: the check on the
-- action, written as IN (…), built a temporary lookup for every row, and
-- the index by scheme held an entry for every row, though most belong to
-- no scheme. The check now compares the action with each word in turn,
-- and the indexes hold only the rows they find. Every row is kept as it
-- was, with its id (the imports name the history by id).
--
-- The rows are copied out and back rather than the table renamed, so that
-- the triggers of the other tables, which write to audit_log by name,
-- stay as they are. Dropping the table drops its own triggers first, so
-- the protection against deletion does not stop it; it is put back below.

CREATE TABLE audit_log_copy AS SELECT * FROM audit_log;
DROP TABLE audit_log;

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  changed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  changed_by  TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete'),
  entity      TEXT NOT NULL,
  entity_key  TEXT NOT NULL,
  unit_code   TEXT,
  scheme_id   INTEGER,
  old_value   TEXT,
  new_value   TEXT
) STRICT;

INSERT INTO audit_log (id, changed_at, changed_by, action, entity, entity_key, unit_code, scheme_id,
                       old_value, new_value)
  SELECT id, changed_at, changed_by, action, entity, entity_key, unit_code, scheme_id, old_value, new_value
  FROM audit_log_copy ORDER BY id;
DROP TABLE audit_log_copy;

CREATE INDEX audit_log_unit ON audit_log (unit_code, id) WHERE unit_code IS NOT NULL;
CREATE INDEX audit_log_scheme ON audit_log (scheme_id, id) WHERE scheme_id IS NOT NULL;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'The change history cannot be edited.');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'The change history cannot be deleted.');
END;
