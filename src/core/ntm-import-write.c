/* ntm-import-write.c: the commit of an import, and its undo
 *
 * The fourth step of ntm-import.c: every change the report holds is
 * written in one transaction, by the writer of its register, the history
 * naming the file (data_import holds the range of history rows written);
 * an undo writes back what each change replaced. Plain indicator values
 * are staged and written in one statement, their history a unit and year
 * at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ntm-commune-water.h"
#include "ntm-criteria-edit.h"
#include "ntm-criterion-status.h"
#include "ntm-database-private.h"
#include "ntm-import-private.h"
#include "ntm-number.h"
#include "ntm-staged-values.h"
#include "ntm-unit.h"

typedef struct {
  NtmImport *self;
  gboolean   undo;
  NtmArea    areas;
} CommitData;

static gboolean
write_status (NtmImport  *self,
              Change     *c,
              gboolean    undo,
              GError    **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (ntm_recorded_status_free);

  if (!undo)
    g_ptr_array_add (one, ntm_recorded_status_new (c->pub.unit_code, c->target, c->new_status,
                                                   NTM_STATUS_ORIGIN_IMPORTED,
                                                   ntm_workbook_get_file_name (self->workbook)));
  else if (c->old_recorded != NULL)
    g_ptr_array_add (one, ntm_recorded_status_copy (c->old_recorded));
  else
    g_ptr_array_add (one, ntm_recorded_status_new (c->pub.unit_code, c->target, NTM_STATUS_NO_DATA,
                                                   NTM_STATUS_ORIGIN_TYPED, NULL));
  return ntm_database_save_recorded_statuses (self->db, c->pub.year, one, error);
}

/* "[17,0.955]," (a value in the history is written for every value of a
 * large file: without a format string) */
static void
append_value (GString    *json,
              const char *id,
              gboolean    has_value,
              double      value)
{
  g_string_append_c (json, '[');
  g_string_append (json, id);
  g_string_append_c (json, ',');
  ntm_staged_values_append_json_number (json, has_value, value);
  g_string_append (json, "],");
}

/* The history of the staged values (data/sql/015-imported-values.sql,
 * 016-removed-values.sql): for each unit and year, a row with the values
 * entered, one with those changed, as they were and as they became, and
 * one with those removed (an import undone). The values of a unit
 * and year are staged one after the other, as the file's row gives them. */
static gboolean
write_staged_history (NtmDatabase  *db,
                      GArray       *staged,
                      const char   *at,
                      const char   *by,
                      GError      **error)
{
  g_autoptr(GString) entered = g_string_new (NULL);
  g_autoptr(GString) was = g_string_new (NULL);
  g_autoptr(GString) now = g_string_new (NULL);
  g_autoptr(GString) removed = g_string_new (NULL);
  char year_digits[NTM_DIGITS_SIZE];
  static const char * const actions[] = { "insert", "update", "delete" };
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  guint start = 0;

  stmt = ntm_database_prepare (db,
                               "INSERT INTO audit_log (changed_at, changed_by, action, entity, entity_key, unit_code,"
                               "   old_value, new_value)"
                               " VALUES (?1, ?2, ?3, 'assessment_values', ?4, ?5, ?6, ?7)",
                               error);
  if (stmt == NULL)
    return FALSE;

  while (ok && start < staged->len)
    {
      const NtmStagedValue *first = &g_array_index (staged, NtmStagedValue, start);
      const char *year = ntm_number_digits (first->year, year_digits);
      guint end = start;

      g_string_printf (entered, "{\"year\":%s,\"values\":[", year);
      g_string_assign (was, entered->str);
      g_string_assign (now, entered->str);
      g_string_assign (removed, entered->str);
      for (; end < staged->len; end++)
        {
          const NtmStagedValue *v = &g_array_index (staged, NtmStagedValue, end);
          char id_digits[NTM_DIGITS_SIZE];
          const char *id;

          if (v->year != first->year || strcmp (v->unit_code, first->unit_code) != 0)
            break;
          id = ntm_number_digits (v->indicator_id, id_digits);
          if (v->removes)
            append_value (removed, id, v->has_value, v->value);
          else if (v->replaces)
            {
              append_value (was, id, v->had_value, v->old_value);
              append_value (now, id, v->has_value, v->value);
            }
          else
            append_value (entered, id, v->has_value, v->value);
        }

      for (guint action = 0; ok && action < G_N_ELEMENTS (actions); action++)
        {
          GString *values = action == 0 ? entered : action == 1 ? now : removed;

          /* nothing after "[": no value of this kind */
          if (values->str[values->len - 1] != ',')
            continue;
          g_string_truncate (values, values->len - 1);
          g_string_append (values, "]}");
          if (action == 1)
            {
              g_string_truncate (was, was->len - 1);
              g_string_append (was, "]}");
            }
          ntm_sql_bind_text (stmt, 1, at);
          ntm_sql_bind_text (stmt, 2, by);
          sqlite3_bind_text (stmt, 3, actions[action], -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, year, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 5, first->unit_code, -1, SQLITE_STATIC);
          /* a row removed: the values as they were, and nothing after */
          if (action == 0)
            sqlite3_bind_null (stmt, 6);
          else
            sqlite3_bind_text (stmt, 6, action == 1 ? was->str : values->str, -1, SQLITE_STATIC);
          if (action == 2)
            sqlite3_bind_null (stmt, 7);
          else
            sqlite3_bind_text (stmt, 7, values->str, values->len, SQLITE_STATIC);
          ok = ntm_database_step_done (db, stmt, error);
        }
      start = end;
    }
  /* the statement is kept: it should not keep the texts */
  sqlite3_clear_bindings (stmt);
  return ok;
}

typedef struct {
  guint start;
  guint end;
} Run;

static int
compare_runs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GPtrArray *changes = user_data;
  const Change *x = g_ptr_array_index (changes, ((const Run *) a)->start);
  const Change *y = g_ptr_array_index (changes, ((const Run *) b)->start);

  if (x->pub.year != y->pub.year)
    return x->pub.year < y->pub.year ? -1 : 1;
  return strcmp (x->pub.unit_code, y->pub.unit_code);
}

static int
compare_indicators (gconstpointer a,
                    gconstpointer b)
{
  const Change *x = *(Change * const *) a, *y = *(Change * const *) b;

  return x->target < y->target ? -1 : x->target > y->target;
}

/* What @c writes as a staged value, at the commit or at its undo, which
 * puts back the value it replaced (the status, reason and note it left as
 * they were) or removes the one it entered. */
static NtmStagedValue
staged_value (const Change *c,
              gboolean      undo)
{
  NtmStagedValue v = {
    .unit_code = c->pub.unit_code, .indicator_id = c->target, .year = c->pub.year,
    .has_value = c->has_new_value, .value = c->new_value,
    .replaces = c->old_row, .had_value = c->old_has_value, .old_value = c->old_value,
  };

  if (undo && c->old_row)
    {
      v.has_value = c->old_has_value;
      v.value = c->old_value;
      v.had_value = c->has_new_value;
      v.old_value = c->new_value;
    }
  else if (undo)
    v.removes = TRUE;
  return v;
}

/* The values of @changes (those staged by write_value(), in the file's
 * order), in the order they are kept in (year, unit, indicator), so that
 * each is written beside the one before. A unit and year's values come
 * together, from one row: only those runs, then the values within each,
 * need sorting, and only the changes are moved, not their values. */
static GArray *
sort_staged (GPtrArray *changes,
             gboolean   undo)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (changes->len);
  GArray *values = g_array_sized_new (FALSE, FALSE, sizeof (NtmStagedValue), changes->len);
  guint start = 0;

  while (start < changes->len)
    {
      const Change *first = g_ptr_array_index (changes, start);
      Run run = { start, start + 1 };

      while (run.end < changes->len &&
             ((Change *) g_ptr_array_index (changes, run.end))->pub.year == first->pub.year &&
             strcmp (((Change *) g_ptr_array_index (changes, run.end))->pub.unit_code, first->pub.unit_code) == 0)
        run.end++;
      g_array_append_val (runs, run);
      start = run.end;
    }
  g_array_sort_with_data (runs, compare_runs, changes);
  for (guint r = 0; r < runs->len; r++)
    {
      const Run *run = &g_array_index (runs, Run, r);
      guint at = sorted->len;

      gboolean in_order = TRUE;

      for (guint i = run->start; i < run->end; i++)
        {
          g_ptr_array_add (sorted, g_ptr_array_index (changes, i));
          in_order = in_order && (i == run->start ||
                                  compare_indicators (&g_ptr_array_index (changes, i - 1),
                                                      &g_ptr_array_index (changes, i)) < 0);
        }
      /* the columns of a file usually come in the indicators' order */
      if (!in_order)
        qsort (&g_ptr_array_index (sorted, at), run->end - run->start, sizeof (gpointer), compare_indicators);
    }
  for (guint i = 0; i < sorted->len; i++)
    {
      NtmStagedValue v = staged_value (g_ptr_array_index (sorted, i), undo);

      g_array_append_val (values, v);
    }
  return values;
}

/* An undo puts back what the import replaced, and its history says what
 * it replaces in turn: the values the import wrote. A value changed since
 * (by hand, by another import) would be overwritten unseen, and the
 * history would say what is not so: the undo is refused. */
static gboolean
check_undone_values (NtmImport  *self,
                     GArray     *staged,
                     GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 changed = 0;

  stmt = ntm_database_prepare (self->db,
                               "SELECT count(*) FROM ntm_staged_values (?1) s"
                               " LEFT JOIN assessment a"
                               "   ON a.year = s.year AND a.unit_code = s.unit_code AND a.indicator_id = s.indicator_id"
                               " WHERE (a.unit_code IS NOT NULL) <> s.on_record OR a.value IS NOT s.recorded_value",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_staged_values_bind (stmt, 1, staged);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    changed = sqlite3_column_int64 (stmt, 0);
  else
    changed = -1;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (changed < 0)
    {
      ntm_database_set_sqlite_error (self->db, error, NULL);
      return FALSE;
    }
  if (changed > 0)
    {
      g_set_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_CHANGED,
                   ngettext ("The import of “%s” cannot be undone: %d of its values has been changed since. Correct the values by hand, or import the earlier file again.",
                             "The import of “%s” cannot be undone: %d of its values have been changed since. Correct the values by hand, or import the earlier file again.",
                             changed),
                   ntm_workbook_get_file_name (self->workbook), (int) changed);
      return FALSE;
    }
  return TRUE;
}

/* Values without a status, reason or note (a workbook of indicator values)
 * are staged in memory (ntm-staged-values.c) and written in one statement
 * (removed in another, for an undo), with the triggers off: their
 * history, a row for each unit and year rather than one for each value,
 * is written before them. The bulk history flag has the triggers stand
 * aside should they run all the same. */
static gboolean
write_staged_history_and_values (NtmImport    *self,
                                 gboolean      undo,
                                 GError      **error)
{
  NtmDatabase *db = self->db;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  const char *by = ntm_database_get_user_name (db);
  g_autoptr(GArray) sorted = NULL;
  g_autoptr(GArray) written = NULL;
  g_autoptr(GArray) removed = NULL;
  sqlite3_stmt *values;
  sqlite3_stmt *removals;
  gboolean ok;

  if (self->staged->len == 0)
    return TRUE;
  sorted = sort_staged (self->staged, undo);
  /* the foreign keys may be off (ntm_import_commit()) */
  if (!ntm_staged_values_check_parents (db, sorted, error) ||
      (undo && !check_undone_values (self, sorted, error)) ||
      !write_staged_history (db, sorted, at, by, error))
    return FALSE;

  /* An import's values are written; its undo also removes those it
   * entered. */
  removed = g_array_new (FALSE, FALSE, sizeof (NtmStagedValue));
  for (guint i = 0; i < sorted->len; i++)
    if (g_array_index (sorted, NtmStagedValue, i).removes)
      g_array_append_val (removed, g_array_index (sorted, NtmStagedValue, i));
  if (removed->len == 0)
    written = g_array_ref (sorted);
  else
    {
      written = g_array_sized_new (FALSE, FALSE, sizeof (NtmStagedValue), sorted->len - removed->len);
      for (guint i = 0; i < sorted->len; i++)
        if (!g_array_index (sorted, NtmStagedValue, i).removes)
          g_array_append_val (written, g_array_index (sorted, NtmStagedValue, i));
    }

  /* The time and the person are the same for every row: a column's
   * default would work them out once a row. */
  values = ntm_database_prepare (db,
                                 "INSERT INTO assessment (unit_code, indicator_id, year, value, author, updated_at)"
                                 " SELECT unit_code, indicator_id, year, value, ?2, ?1"
                                 " FROM ntm_staged_values (?3) WHERE true ORDER BY rowid"
                                 " ON CONFLICT (unit_code, indicator_id, year) DO UPDATE SET"
                                 "   value = excluded.value, author = excluded.author,"
                                 "   updated_at = excluded.updated_at",
                                 error);
  removals = ntm_database_prepare (db,
                                   "DELETE FROM assessment WHERE (year, unit_code, indicator_id) IN"
                                   " (SELECT year, unit_code, indicator_id FROM ntm_staged_values (?1))",
                                   error);
  if (values == NULL || removals == NULL)
    return FALSE;
  ntm_sql_bind_text (values, 1, at);
  ntm_sql_bind_text (values, 2, by);
  ntm_staged_values_bind (values, 3, written);
  ntm_staged_values_bind (removals, 1, removed);

  ntm_database_set_bulk_history (db, TRUE);
  ok = (written->len == 0 || ntm_database_step_done_without_triggers (db, values, error)) &&
       (removed->len == 0 || ntm_database_step_done_without_triggers (db, removals, error));
  ntm_database_set_bulk_history (db, FALSE);
  /* the statements are kept: they should not keep the arrays */
  sqlite3_clear_bindings (values);
  sqlite3_clear_bindings (removals);
  return ok;
}

static gboolean
write_value (NtmImport  *self,
             Change     *c,
             gboolean    undo,
             GError    **error)
{
  sqlite3_stmt *stmt;
  gboolean has_value = undo ? c->old_has_value : c->has_new_value;
  double value = undo ? c->old_value : c->new_value;
  const char *override, *reason, *note;

  if (c->texts == NULL)
    {
      /* A value alone waits for write_staged_history_and_values(), at
       * the commit and at its undo (staged_value()). */
      g_ptr_array_add (self->staged, c);
      return TRUE;
    }
  override = undo ? c->texts->old_override : c->texts->new_override;
  reason = undo ? c->texts->old_reason : c->texts->new_reason;
  note = undo ? c->texts->old_note : c->texts->new_note;
  if (undo && !c->old_row)
    {
      stmt = ntm_database_prepare (self->db,
                                   "DELETE FROM assessment WHERE unit_code = ?1 AND indicator_id = ?2 AND year = ?3",
                                   error);
      if (stmt == NULL)
        return FALSE;
    }
  else
    {
      stmt = ntm_database_prepare (self->db,
                                   "INSERT INTO assessment (unit_code, indicator_id, year, value, status_override,"
                                   "   override_reason, note, author)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce (?7, ''), ntm_user ())"
                                   " ON CONFLICT (unit_code, indicator_id, year) DO UPDATE SET"
                                   "   value = excluded.value, status_override = excluded.status_override,"
                                   "   override_reason = excluded.override_reason, note = excluded.note,"
                                   "   author = excluded.author,"
                                   "   updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                                   error);
      if (stmt == NULL)
        return FALSE;
      ntm_sql_bind_optional_double (stmt, 4, has_value, value);
      ntm_sql_bind_text (stmt, 5, override);
      ntm_sql_bind_text (stmt, 6, override ? reason : NULL);
      ntm_sql_bind_text (stmt, 7, note);
    }
  ntm_sql_bind_text (stmt, 1, c->pub.unit_code);
  sqlite3_bind_int64 (stmt, 2, c->target);
  sqlite3_bind_int (stmt, 3, c->pub.year);
  if (!ntm_database_step_done (self->db, stmt, error))
    {
      g_prefix_error (error, "%s: ", ntm_import_change_cell (c));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_water (NtmImport  *self,
             Change     *c,
             gboolean    undo,
             GError    **error)
{
  if (undo && !c->more->old_water_known)
    return ntm_database_delete_commune_water (self->db, c->pub.unit_code, c->pub.year, error);
  if (undo)
    return ntm_database_set_commune_water (self->db, c->pub.unit_code, c->pub.year, c->more->old_water[0],
                                           c->more->old_water[1], c->more->old_water[2], NULL, error);
  return ntm_database_set_commune_water (self->db, c->pub.unit_code, c->pub.year, c->more->new_water[0],
                                         c->more->new_water[1], c->more->new_water[2],
                                         ntm_workbook_get_file_name (self->workbook), error);
}

/* A commune's group from the year on; an undo clears that span and puts
 * back each span that was on record there, whole. */
static gboolean
write_group (NtmImport  *self,
             Change     *c,
             gboolean    undo,
             GError    **error)
{
  if (!undo)
    return ntm_database_set_commune_group (self->db, c->pub.unit_code, c->pub.year, 0, c->more->new_group,
                                           ntm_workbook_get_file_name (self->workbook), error);
  if (!ntm_database_set_commune_group (self->db, c->pub.unit_code, c->pub.year, 0, 0, NULL, error))
    return FALSE;
  for (guint i = 0; i < c->more->old_groups->len; i++)
    {
      const NtmCommuneGroupSpan *span = g_ptr_array_index (c->more->old_groups, i);

      if (!ntm_database_set_commune_group (self->db, span->unit_code, span->year_from, span->year_to,
                                           span->commune_group, span->source, error))
        return FALSE;
    }
  return TRUE;
}

/* A criteria set is created, not undone: @undo is not used. */
static gboolean
write_set_item (NtmImport  *self,
                Change     *c,
                gboolean    undo,
                GError    **error)
{
  switch (c->more->item)
    {
    case SET_ITEM_SET:
      return ntm_database_create_criteria_set (self->db, c->more->set_code, c->more->set_name, c->more->decision, c->more->applies_to,
                                               c->more->level, c->more->year_from, c->more->year_to, error);
    case SET_ITEM_CRITERION:
      return ntm_database_add_criterion (self->db, c->more->set_code, c->more->number, c->more->name, error) > 0;
    case SET_ITEM_INDICATOR:
      {
        gint64 criterion = ntm_database_find_criterion (self->db, c->more->set_code, c->more->number);
        return ntm_database_add_indicator (self->db, criterion, c->more->code, c->more->name, c->more->unit, c->more->kind,
                                           c->more->comparison, error) > 0;
      }
    case SET_ITEM_THRESHOLD:
    default:
      {
        gint64 indicator = ntm_database_find_indicator (self->db, c->more->set_code, c->more->code);
        return ntm_database_set_group_threshold (self->db, indicator, c->more->group, c->more->year_from, c->more->year_to,
                                                 c->more->has_threshold, c->more->threshold, error);
      }
    }
}

/* How a change of each register is written, and what it changes. */
static const struct {
  gboolean (*write) (NtmImport *self, Change *c, gboolean undo, GError **error);
  NtmArea    areas;
} writers[] = {
  [NTM_REGISTER_CRITERIA_STATUSES] = { write_status, NTM_AREA_ASSESSMENTS },
  [NTM_REGISTER_INDICATOR_VALUES] = { write_value, NTM_AREA_ASSESSMENTS },
  [NTM_REGISTER_WATER_FIGURES] = { write_water, NTM_AREA_WATER_FIGURES },
  [NTM_REGISTER_CRITERIA_SET] = { write_set_item, NTM_AREA_CRITERIA | NTM_AREA_THRESHOLDS },
  [NTM_REGISTER_RECOGNITIONS] = { ntm_import_write_record, NTM_AREA_RECOGNITIONS },
  [NTM_REGISTER_OCOP] = { ntm_import_write_record, NTM_AREA_OCOP },
  [NTM_REGISTER_FUNDS] = { ntm_import_write_record, NTM_AREA_FUNDS },
  [NTM_REGISTER_TARGETS] = { ntm_import_write_record, NTM_AREA_TARGETS },
  [NTM_REGISTER_SCHEMES] = { ntm_import_write_scheme, NTM_AREA_WATER_SCHEMES },
  [NTM_REGISTER_COMMUNE_GROUPS] = { write_group, NTM_AREA_UNITS },
};

static gboolean
write_all_changes (NtmDatabase  *db,
                   CommitData   *data,
                   GError      **error)
{
  NtmImport *self = data->self;
  sqlite3_stmt *stmt;
  gint64 last_audit = 0;
  guint inserted = 0, updated = 0;

  stmt = ntm_database_prepare (db, "SELECT coalesce (max (id), 0) FROM audit_log", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last_audit = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  for (guint i = 0; i < self->changes->len; i++)
    {
      Change *c = g_ptr_array_index (self->changes, i);
      gboolean ok;

      if (c->pub.action == NTM_IMPORT_UNCHANGED)
        continue;
      g_assert (c->reg < G_N_ELEMENTS (writers) && writers[c->reg].write != NULL);
      ok = writers[c->reg].write (self, c, data->undo, error);
      data->areas |= writers[c->reg].areas;
      if (!ok)
        return FALSE;
      if (c->pub.action == NTM_IMPORT_INSERT)
        inserted++;
      else
        updated++;
    }
  if (!write_staged_history_and_values (self, data->undo, error))
    return FALSE;
  ntm_database_notify_changed (db, data->areas);

  if (data->undo)
    return TRUE;

  /* the history names the file of every change it holds from here */
  stmt = ntm_database_prepare (db,
                               "INSERT INTO data_import (file_name, sheet, register, year, inserted, updated,"
                               "   first_audit_id, last_audit_id, author)"
                               " SELECT ?1, ?2, ?3, ?4, ?5, ?6, min (id), max (id), ntm_user ()"
                               " FROM audit_log WHERE id > ?7",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, ntm_workbook_get_file_name (self->workbook));
  ntm_sql_bind_text (stmt, 2, ((Part *) g_ptr_array_index (self->parts, 0))->sheet_name);
  sqlite3_bind_text (stmt, 3, ntm_register_get_label (ntm_import_get_register (self)), -1, SQLITE_TRANSIENT);
  if (ntm_import_get_year (self) > 0)
    sqlite3_bind_int (stmt, 4, ntm_import_get_year (self));
  sqlite3_bind_int (stmt, 5, inserted);
  sqlite3_bind_int (stmt, 6, updated);
  sqlite3_bind_int64 (stmt, 7, last_audit);
  return ntm_database_step_done (db, stmt, error);
}

static gboolean
write_changes (NtmDatabase  *db,
               gpointer      user_data,
               GError      **error)
{
  CommitData *data = user_data;
  /* at most a value for each change: room for them all at once */
  g_autoptr(GPtrArray) staged = g_ptr_array_sized_new (data->self->changes->len);
  gboolean ok;

  data->self->staged = staged;
  ok = write_all_changes (db, data, error);
  data->self->staged = NULL;
  return ok;
}

/* Remembers the person's mapping of the columns of each layout. */
static void
remember_mappings (NtmImport *self)
{
  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *key = g_strdup_printf ("import-layout:%s", part->layout);

      for (guint c = 0; c < part->roles->len; c++)
        {
          g_autofree char *mapping_key = g_strdup_printf ("%u|%u", part->sheet, c);
          const char *mapped = g_hash_table_lookup (self->mapping, mapping_key);

          if (mapped != NULL)
            g_string_append_printf (text, "%s%u=%s", text->len ? ";" : "", c, mapped);
        }
      if (text->len > 0)
        ntm_database_set_setting (self->db, key, text->str, NULL);
    }
}

/* Whether every change to write is a value staged by write_value(): what
 * the import writes then names units and indicators only through them. */
static gboolean
only_plain_values (NtmImport *self)
{
  for (guint i = 0; i < self->changes->len; i++)
    {
      Change *c = g_ptr_array_index (self->changes, i);

      if (c->pub.action != NTM_IMPORT_UNCHANGED &&
          (c->reg != NTM_REGISTER_INDICATOR_VALUES || c->texts != NULL))
        return FALSE;
    }
  return TRUE;
}

/* Whether a change was written since the import read the data. */
static gboolean
data_changed (NtmImport *self)
{
  NtmDataStamp now;

  ntm_database_get_data_stamp (self->db, &now);
  return now.version != self->read_stamp.version || now.changes != self->read_stamp.changes;
}

/* Writes the import, or its undo, in one transaction. A file of plain
 * values, many rows naming few units and indicators, has them checked
 * once each rather than once a row. */
static gboolean
run_write (NtmImport  *self,
           CommitData *data,
           GError    **error)
{
  if (only_plain_values (self))
    return ntm_database_run_bulk_transaction (self->db, NTM_AREA_NONE, write_changes, data, error);
  return ntm_database_run_transaction (self->db, NTM_AREA_NONE, write_changes, data, error);
}

/**
 * ntm_import_commit:
 * @self: a #NtmImport
 * @error: return location for a #GError
 *
 * Writes every change in one transaction, the history naming the file.
 * Refused while the report has errors (%NTM_IMPORT_ERROR_HAS_ERRORS);
 * then, as on any failure, nothing is written.
 *
 * Returns: %TRUE if committed
 */
gboolean
ntm_import_commit (NtmImport  *self,
                   GError    **error)
{
  CommitData data = { self, FALSE, NTM_AREA_NONE };
  gboolean ok;

  g_return_val_if_fail (NTM_IS_IMPORT (self), FALSE);

  if (self->committed)
    {
      g_set_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_STATE, _("This file has been imported already."));
      return FALSE;
    }
  if (self->counts.errors > 0)
    {
      g_set_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_HAS_ERRORS,
                   ngettext ("Nothing was imported: the file has %u error. Correct it and import again.",
                             "Nothing was imported: the file has %u errors. Correct them and import again.",
                             self->counts.errors),
                   self->counts.errors);
      return FALSE;
    }
  /* What the import changes, and the history of what it replaces, were
   * worked out from the data as it was read: a change written since
   * (in a form, by another program) would be overwritten unseen. */
  if (data_changed (self))
    {
      g_set_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_CHANGED,
                   _("Nothing was imported: the data changed after “%s” was read. Read the file again to import it."),
                   ntm_workbook_get_file_name (self->workbook));
      return FALSE;
    }
  ok = run_write (self, &data, error);
  if (ok)
    {
      self->committed = TRUE;
      remember_mappings (self);
    }
  /* a failed transaction left the data as it was */
  ntm_database_get_data_stamp (self->db, &self->read_stamp);
  return ok;
}

gboolean
ntm_import_is_committed (NtmImport *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), FALSE);
  return self->committed;
}

/**
 * ntm_import_can_undo:
 * @self: a #NtmImport
 *
 * Returns: %TRUE when the import is committed and can be taken back (a
 *   criteria set's definition cannot)
 */
gboolean
ntm_import_can_undo (NtmImport *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), FALSE);

  if (!self->committed || self->undone)
    return FALSE;
  for (guint i = 0; i < self->parts->len; i++)
    if (((Part *) g_ptr_array_index (self->parts, i))->reg == NTM_REGISTER_CRITERIA_SET)
      return FALSE;
  return TRUE;
}

/**
 * ntm_import_undo:
 * @self: a committed #NtmImport
 * @error: return location for a #GError
 *
 * Puts back what the import replaced, in one transaction.
 *
 * Returns: %TRUE if undone
 */
gboolean
ntm_import_undo (NtmImport  *self,
                 GError    **error)
{
  CommitData data = { self, TRUE, NTM_AREA_NONE };

  g_return_val_if_fail (NTM_IS_IMPORT (self), FALSE);

  if (!ntm_import_can_undo (self))
    {
      g_set_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_STATE, _("There is no import to undo."));
      return FALSE;
    }
  if (!run_write (self, &data, error))
    return FALSE;
  self->undone = TRUE;
  return TRUE;
}
