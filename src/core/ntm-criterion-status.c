/* ntm-criterion-status.c: criterion statuses recorded directly
 *
 * The office decides and reports at criterion level ("Đạt" / "Chưa đạt" per
 * criterion), often without the indicator values behind it. Such a status is
 * recorded with where it came from: typed in, imported from a named file, or
 * taken over from the indicators. The evaluation prefers it to the status it
 * computes and keeps the computed one beside it (ntm-evaluation.c).
 *
 * Saving is one transaction for any number of statuses, so that a grid or an
 * import is written whole or not at all; the audit triggers of
 * data/sql/008-data-import.sql keep the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ntm-criterion-status.h"
#include "ntm-database-private.h"
#include "ntm-text.h"

static const char * const origin_names[] = { "typed", "imported", "computed" };

typedef struct {
  int        year;
  GPtrArray *statuses;
} SaveData;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
store_statuses (NtmDatabase  *db,
                gpointer      user_data,
                GError      **error)
{
  SaveData *data = user_data;

  for (guint i = 0; i < data->statuses->len; i++)
    {
      const NtmRecordedStatus *s = g_ptr_array_index (data->statuses, i);
      sqlite3_stmt *stmt;

      if (s->status == NTM_STATUS_NO_DATA)
        {
          stmt = ntm_database_prepare (db,
                                       "DELETE FROM criterion_status"
                                       " WHERE unit_code = ?1 AND criterion_id = ?2 AND year = ?3",
                                       error);
          if (stmt == NULL)
            return FALSE;
        }
      else
        {
          stmt = ntm_database_prepare (db,
                                       "INSERT INTO criterion_status"
                                       "   (unit_code, criterion_id, year, status, origin, file_name, author)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ntm_user ())"
                                       " ON CONFLICT (unit_code, criterion_id, year) DO UPDATE SET"
                                       "   status = excluded.status, origin = excluded.origin,"
                                       "   file_name = excluded.file_name, author = excluded.author"
                                       " WHERE status IS NOT excluded.status OR origin IS NOT excluded.origin"
                                       "    OR file_name IS NOT excluded.file_name",
                                       error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 4, ntm_status_to_string (s->status), -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 5, ntm_status_origin_to_string (s->origin), -1, SQLITE_STATIC);
          ntm_sql_bind_text (stmt, 6, s->origin == NTM_STATUS_ORIGIN_IMPORTED ? s->file_name : NULL);
        }
      ntm_sql_bind_text (stmt, 1, s->unit_code);
      sqlite3_bind_int64 (stmt, 2, s->criterion_id);
      sqlite3_bind_int (stmt, 3, data->year);
      if (!ntm_database_step_done (db, stmt, error))
        {
          g_prefix_error (error, _("A criterion status of unit %s could not be saved: "), s->unit_code);
          return FALSE;
        }
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

const char *
ntm_status_origin_to_string (NtmStatusOrigin origin)
{
  g_return_val_if_fail (origin <= NTM_STATUS_ORIGIN_COMPUTED, NULL);
  return origin_names[origin];
}

gboolean
ntm_status_origin_from_string (const char      *text,
                               NtmStatusOrigin *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (origin_names, G_N_ELEMENTS (origin_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

/**
 * ntm_status_origin_get_label:
 * @origin: where a recorded status comes from
 *
 * Returns: the origin as a person reads it, translated
 */
const char *
ntm_status_origin_get_label (NtmStatusOrigin origin)
{
  switch (origin)
    {
    case NTM_STATUS_ORIGIN_IMPORTED: return _("Imported");
    case NTM_STATUS_ORIGIN_COMPUTED: return _("Taken from the indicators");
    case NTM_STATUS_ORIGIN_TYPED:
    default: return _("Typed in");
    }
}

NtmRecordedStatus *
ntm_recorded_status_new (const char      *unit_code,
                         gint64           criterion_id,
                         NtmStatus        status,
                         NtmStatusOrigin  origin,
                         const char      *file_name)
{
  NtmRecordedStatus *s;

  g_return_val_if_fail (unit_code != NULL, NULL);

  s = g_new0 (NtmRecordedStatus, 1);
  s->unit_code = g_strdup (unit_code);
  s->criterion_id = criterion_id;
  s->status = status;
  s->origin = origin;
  s->file_name = g_strdup (file_name);
  return s;
}

NtmRecordedStatus *
ntm_recorded_status_copy (const NtmRecordedStatus *status)
{
  g_return_val_if_fail (status != NULL, NULL);
  return ntm_recorded_status_new (status->unit_code, status->criterion_id, status->status,
                                  status->origin, status->file_name);
}

void
ntm_recorded_status_free (gpointer status)
{
  NtmRecordedStatus *s = status;

  if (s == NULL)
    return;
  g_free (s->unit_code);
  g_free (s->file_name);
  g_free (s);
}

/**
 * ntm_database_list_recorded_statuses:
 * @db: a #NtmDatabase
 * @set_code: (nullable): only the criteria of this set, or %NULL for all
 * @year: the year
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type NtmRecordedStatus): every status
 *   recorded for @year
 */
GPtrArray *
ntm_database_list_recorded_statuses (NtmDatabase  *db,
                                     const char   *set_code,
                                     int           year,
                                     GError      **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (ntm_recorded_status_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT s.unit_code, s.criterion_id, s.status, s.origin, s.file_name"
                               " FROM criterion_status s JOIN criterion c ON c.id = s.criterion_id"
                               " WHERE s.year = ?1 AND (?2 IS NULL OR c.set_code = ?2)"
                               " ORDER BY s.unit_code, c.position, c.id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  ntm_sql_bind_text (stmt, 2, set_code);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmStatus status;
      NtmStatusOrigin origin;

      if (!ntm_status_from_string ((const char *) sqlite3_column_text (stmt, 2), &status))
        continue;
      if (!ntm_status_origin_from_string ((const char *) sqlite3_column_text (stmt, 3), &origin))
        origin = NTM_STATUS_ORIGIN_TYPED;
      g_ptr_array_add (out, ntm_recorded_status_new ((const char *) sqlite3_column_text (stmt, 0),
                                                     sqlite3_column_int64 (stmt, 1), status, origin,
                                                     (const char *) sqlite3_column_text (stmt, 4)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/**
 * ntm_database_get_recorded_status:
 * @db: a #NtmDatabase
 * @unit_code: a unit
 * @criterion_id: a criterion
 * @year: the year
 * @origin: (out) (optional): where it comes from
 * @error: return location for a #GError
 *
 * Returns: the recorded status, or %NTM_STATUS_NO_DATA when none is
 */
NtmStatus
ntm_database_get_recorded_status (NtmDatabase     *db,
                                  const char      *unit_code,
                                  gint64           criterion_id,
                                  int              year,
                                  NtmStatusOrigin *origin,
                                  GError         **error)
{
  NtmStatus status = NTM_STATUS_NO_DATA;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NTM_STATUS_NO_DATA);

  stmt = ntm_database_prepare (db,
                               "SELECT status, origin FROM criterion_status"
                               " WHERE unit_code = ?1 AND criterion_id = ?2 AND year = ?3",
                               error);
  if (stmt == NULL)
    return NTM_STATUS_NO_DATA;
  ntm_sql_bind_text (stmt, 1, unit_code);
  sqlite3_bind_int64 (stmt, 2, criterion_id);
  sqlite3_bind_int (stmt, 3, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (!ntm_status_from_string ((const char *) sqlite3_column_text (stmt, 0), &status))
        status = NTM_STATUS_NO_DATA;
      if (origin != NULL &&
          !ntm_status_origin_from_string ((const char *) sqlite3_column_text (stmt, 1), origin))
        *origin = NTM_STATUS_ORIGIN_TYPED;
    }
  else if (rc != SQLITE_DONE)
    ntm_database_set_sqlite_error (db, error, NULL);
  sqlite3_reset (stmt);
  return status;
}

/**
 * ntm_database_save_recorded_statuses:
 * @db: a #NtmDatabase
 * @year: the year
 * @statuses: (element-type NtmRecordedStatus): the statuses to record; one
 *   with %NTM_STATUS_NO_DATA removes what is recorded
 * @error: return location for a #GError
 *
 * Writes every status in one transaction: all or none.
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_database_save_recorded_statuses (NtmDatabase  *db,
                                     int           year,
                                     GPtrArray    *statuses,
                                     GError      **error)
{
  SaveData data = { year, statuses };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (statuses != NULL, FALSE);

  if (year < 2000 || year > 2100)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The year %d is out of range: give a year between 2000 and 2100."), year);
      return FALSE;
    }

  return ntm_database_run_transaction (db, NTM_AREA_ASSESSMENTS, store_statuses, &data, error);
}

/**
 * ntm_database_set_recorded_status:
 * @db: a #NtmDatabase
 * @unit_code: a unit
 * @criterion_id: a criterion
 * @year: the year
 * @status: the status; %NTM_STATUS_NO_DATA removes the recorded one
 * @origin: where it comes from
 * @file_name: (nullable): the file, for an imported status
 * @error: return location for a #GError
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_database_set_recorded_status (NtmDatabase     *db,
                                  const char      *unit_code,
                                  gint64           criterion_id,
                                  int              year,
                                  NtmStatus        status,
                                  NtmStatusOrigin  origin,
                                  const char      *file_name,
                                  GError         **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (ntm_recorded_status_free);

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (unit_code != NULL, FALSE);

  g_ptr_array_add (one, ntm_recorded_status_new (unit_code, criterion_id, status, origin, file_name));
  return ntm_database_save_recorded_statuses (db, year, one, error);
}
