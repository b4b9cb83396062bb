/* ntm-audit.c: the history of changes to assessments, recognitions,
 * schemes and thresholds
 *
 * Triggers in the database write the history (see data/sql/003-forms.sql),
 * and an import writes the values it brings a unit and year at a time
 * (data/sql/015-imported-values.sql); it cannot be changed. This file only
 * reads it, one change at a time through the view history_entry, newest
 * first, and puts each change into words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ntm-audit.h"
#include "ntm-audit-private.h"
#include "ntm-database-private.h"

struct _NtmAuditEntry
{
  GObject  parent_instance;

  gint64   id;
  char    *changed_at;
  char    *changed_by;
  char    *action;
  char    *entity;
  char    *entity_key;
  char    *subject;     /* what the change is about, in words */
  char    *old_value;
  char    *new_value;
  char    *changes;     /* "field: old → new" lines for an update */
  char    *file_name;   /* the spreadsheet an import took it from */
};

G_DEFINE_FINAL_TYPE (NtmAuditEntry, ntm_audit_entry, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_audit_entry_finalize (GObject *object)
{
  NtmAuditEntry *self = NTM_AUDIT_ENTRY (object);

  g_free (self->changed_at);
  g_free (self->changed_by);
  g_free (self->action);
  g_free (self->entity);
  g_free (self->entity_key);
  g_free (self->subject);
  g_free (self->old_value);
  g_free (self->new_value);
  g_free (self->changes);
  g_free (self->file_name);
  G_OBJECT_CLASS (ntm_audit_entry_parent_class)->finalize (object);
}

static void
ntm_audit_entry_class_init (NtmAuditEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_audit_entry_finalize;
}

static void
ntm_audit_entry_init (NtmAuditEntry *self)
{
}

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* Every query returns the same columns; the subject and the list of
 * changed fields are worked out in SQL with the JSON functions. */
#define ENTRY_COLUMNS \
  "a.id, a.changed_at, a.changed_by, a.action, a.entity, a.entity_key," \
  " CASE a.entity" \
  "   WHEN 'assessment' THEN (SELECT c.set_code || ' ' || i.code FROM indicator i" \
  "        JOIN criterion c ON c.id = i.criterion_id" \
  "        WHERE i.id = json_extract (coalesce (a.new_value, a.old_value), '$.indicator_id'))" \
  "        || ' (' || json_extract (coalesce (a.new_value, a.old_value), '$.year') || ')'" \
  "   WHEN 'threshold' THEN (SELECT c.set_code || ' ' || i.code FROM indicator i" \
  "        JOIN criterion c ON c.id = i.criterion_id" \
  "        WHERE i.id = json_extract (coalesce (a.new_value, a.old_value), '$.indicator_id'))" \
  "   WHEN 'water_scheme_commune' THEN (SELECT name FROM unit" \
  "        WHERE code = json_extract (coalesce (a.new_value, a.old_value), '$.unit_code'))" \
  "   WHEN 'criterion_status' THEN (SELECT c.set_code || ' ' || c.number FROM criterion c" \
  "        WHERE c.id = json_extract (coalesce (a.new_value, a.old_value), '$.criterion_id'))" \
  "        || ' (' || json_extract (coalesce (a.new_value, a.old_value), '$.year') || ')'" \
  "   WHEN 'water_scheme' THEN json_extract (coalesce (a.new_value, a.old_value), '$.name')" \
  "   WHEN 'ocop_product' THEN json_extract (coalesce (a.new_value, a.old_value), '$.name')" \
  "   WHEN 'fund' THEN json_extract (coalesce (a.new_value, a.old_value), '$.source')" \
  "        || ' (' || json_extract (coalesce (a.new_value, a.old_value), '$.year') || ')'" \
  "   WHEN 'target' THEN json_extract (coalesce (a.new_value, a.old_value), '$.metric')" \
  "        || ' (' || json_extract (coalesce (a.new_value, a.old_value), '$.year') || ')'" \
  "   ELSE NULL END," \
  " a.old_value, a.new_value," \
  " (SELECT group_concat (n.key || ': ' || coalesce (o.value, '—') || ' → ' || coalesce (n.value, '—'), char (10))" \
  "    FROM json_each (a.new_value) n LEFT JOIN json_each (a.old_value) o ON o.key = n.key" \
  "   WHERE a.action = 'update' AND o.value IS NOT n.value)," \
  " (SELECT d.file_name FROM data_import d WHERE d.last_audit_id >= a.id AND d.first_audit_id <= a.id" \
  "   ORDER BY d.last_audit_id LIMIT 1)"

static GListModel *
list_entries (NtmDatabase  *db,
              const char   *sql,
              const char   *text_key,
              gint64        int_key,
              GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_AUDIT_ENTRY);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (text_key != NULL)
    ntm_sql_bind_text (stmt, 1, text_key);
  else
    sqlite3_bind_int64 (stmt, 1, int_key);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmAuditEntry) e = g_object_new (NTM_TYPE_AUDIT_ENTRY, NULL);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->changed_at = ntm_sql_dup_text (stmt, 1);
      e->changed_by = ntm_sql_dup_text (stmt, 2);
      e->action = ntm_sql_dup_text (stmt, 3);
      e->entity = ntm_sql_dup_text (stmt, 4);
      e->entity_key = ntm_sql_dup_text (stmt, 5);
      e->subject = ntm_sql_dup_text (stmt, 6);
      e->old_value = ntm_sql_dup_text (stmt, 7);
      e->new_value = ntm_sql_dup_text (stmt, 8);
      e->changes = ntm_sql_dup_text (stmt, 9);
      e->file_name = ntm_sql_dup_text (stmt, 10);
      g_list_store_append (store, e);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

gint64
ntm_audit_entry_get_id (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), 0);
  return self->id;
}

/**
 * ntm_audit_entry_get_changed_at:
 * @self: a #NtmAuditEntry
 *
 * Returns: when, as "YYYY-MM-DDTHH:MM:SSZ" (UTC)
 */
const char *
ntm_audit_entry_get_changed_at (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->changed_at;
}

/**
 * ntm_audit_entry_get_changed_by:
 * @self: a #NtmAuditEntry
 *
 * Returns: who: the operating-system user's name
 */
const char *
ntm_audit_entry_get_changed_by (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->changed_by;
}

/**
 * ntm_audit_entry_get_action:
 * @self: a #NtmAuditEntry
 *
 * Returns: "insert", "update" or "delete"
 */
const char *
ntm_audit_entry_get_action (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->action;
}

/**
 * ntm_audit_entry_get_entity:
 * @self: a #NtmAuditEntry
 *
 * Returns: the table: "assessment", "recognition", "threshold",
 *   "water_scheme", "water_scheme_commune", "water_scheme_investment" or
 *   "commune_water"
 */
const char *
ntm_audit_entry_get_entity (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->entity;
}

const char *
ntm_audit_entry_get_entity_key (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->entity_key;
}

/**
 * ntm_audit_entry_get_subject:
 * @self: a #NtmAuditEntry
 *
 * Returns: (nullable): what the change is about: "318-ntm 17.1 (2024)" for
 *   an assessment, the commune's name for a commune served, …
 */
const char *
ntm_audit_entry_get_subject (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->subject;
}

/**
 * ntm_audit_entry_get_old_value:
 * @self: a #NtmAuditEntry
 *
 * Returns: (nullable): the row before the change, as a JSON object
 */
const char *
ntm_audit_entry_get_old_value (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->old_value;
}

/**
 * ntm_audit_entry_get_file_name:
 * @self: a #NtmAuditEntry
 *
 * Returns: (nullable): the file an import took the change from
 */
const char *
ntm_audit_entry_get_file_name (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->file_name;
}

/**
 * ntm_audit_entry_get_new_value:
 * @self: a #NtmAuditEntry
 *
 * Returns: (nullable): the row after the change, as a JSON object
 */
const char *
ntm_audit_entry_get_new_value (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->new_value;
}

/**
 * ntm_audit_entry_describe:
 * @self: a #NtmAuditEntry
 *
 * Returns: (transfer full): the change in words, translated, e.g.
 *   "Assessment changed: 318-ntm 17.1 (2024)" and the fields that changed
 */
char *
ntm_audit_entry_describe (NtmAuditEntry *self)
{
  const char *what;
  const char *subject;
  GString *text;

  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);

  if (g_strcmp0 (self->entity, "assessment") == 0)
    what = g_str_equal (self->action, "insert") ? _("Assessment entered")
         : g_str_equal (self->action, "update") ? _("Assessment changed") : _("Assessment removed");
  else if (g_strcmp0 (self->entity, "recognition") == 0)
    what = g_str_equal (self->action, "insert") ? _("Recognition added")
         : g_str_equal (self->action, "update") ? _("Recognition changed") : _("Recognition removed");
  else if (g_strcmp0 (self->entity, "threshold") == 0)
    what = g_str_equal (self->action, "insert") ? _("Threshold added")
         : g_str_equal (self->action, "update") ? _("Threshold changed") : _("Threshold removed");
  else if (g_strcmp0 (self->entity, "criterion_status") == 0)
    what = g_str_equal (self->action, "insert") ? _("Criterion status recorded")
         : g_str_equal (self->action, "update") ? _("Criterion status changed") : _("Criterion status removed");
  else if (g_strcmp0 (self->entity, "fund") == 0)
    what = g_str_equal (self->action, "insert") ? _("Funds entered")
         : g_str_equal (self->action, "update") ? _("Funds changed") : _("Funds removed");
  else if (g_strcmp0 (self->entity, "ocop_product") == 0)
    what = g_str_equal (self->action, "insert") ? _("OCOP product added")
         : g_str_equal (self->action, "update") ? _("OCOP product changed") : _("OCOP product removed");
  else if (g_strcmp0 (self->entity, "target") == 0)
    what = g_str_equal (self->action, "insert") ? _("Target added")
         : g_str_equal (self->action, "update") ? _("Target changed") : _("Target removed");
  else if (g_strcmp0 (self->entity, "water_scheme") == 0)
    what = g_str_equal (self->action, "insert") ? _("Scheme added")
         : g_str_equal (self->action, "update") ? _("Scheme changed") : _("Scheme deleted");
  else if (g_strcmp0 (self->entity, "water_scheme_commune") == 0)
    what = g_str_equal (self->action, "insert") ? _("Commune served added") : _("Commune served removed");
  else if (g_strcmp0 (self->entity, "water_scheme_investment") == 0)
    what = g_str_equal (self->action, "insert") ? _("Investment added")
         : g_str_equal (self->action, "update") ? _("Investment changed") : _("Investment removed");
  else
    what = g_str_equal (self->action, "insert") ? _("Water figures entered")
         : g_str_equal (self->action, "update") ? _("Water figures changed") : _("Water figures removed");

  subject = self->subject != NULL ? self->subject : self->entity_key;
  text = g_string_new (NULL);
  /* Translators: what happened, then what it happened to */
  g_string_append_printf (text, _("%s: %s"), what, subject);
  if (self->changes != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, self->changes);
    }
  else if (g_str_equal (self->action, "delete") && self->old_value != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, self->old_value);
    }
  else if (self->new_value != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, self->new_value);
    }
  if (self->file_name != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: the spreadsheet a change was imported from */
      g_string_append_printf (text, _("Imported from “%s”"), self->file_name);
    }

  return g_string_free (text, FALSE);
}

/**
 * ntm_database_list_unit_history:
 * @db: a #NtmDatabase
 * @unit_code: a unit
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the changes to the unit's assessments,
 *   recognitions, water figures and schemes served, newest first, as a
 *   #GListModel of #NtmAuditEntry
 */
GListModel *
ntm_database_list_unit_history (NtmDatabase  *db,
                                const char   *unit_code,
                                GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  return list_entries (db,
                       "SELECT " ENTRY_COLUMNS " FROM history_entry a"
                       " WHERE a.unit_code = ?1 ORDER BY a.id DESC, a.part DESC",
                       unit_code, 0, error);
}

/**
 * ntm_database_list_scheme_history:
 * @db: a #NtmDatabase
 * @scheme_id: a scheme (still on record or deleted)
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the changes to the scheme, its communes and its
 *   investment, newest first
 */
GListModel *
ntm_database_list_scheme_history (NtmDatabase  *db,
                                  gint64        scheme_id,
                                  GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  return list_entries (db,
                       "SELECT " ENTRY_COLUMNS " FROM history_entry a"
                       " WHERE a.scheme_id = ?1 ORDER BY a.id DESC, a.part DESC",
                       NULL, scheme_id, error);
}

/**
 * ntm_database_list_threshold_history:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the changes to thresholds, newest first
 */
GListModel *
ntm_database_list_threshold_history (NtmDatabase  *db,
                                     GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  return list_entries (db,
                       "SELECT " ENTRY_COLUMNS " FROM history_entry a"
                       " WHERE a.entity = 'threshold' AND ?1 = 0 ORDER BY a.id DESC, a.part DESC",
                       NULL, 0, error);
}
