/* ntm-indicator-values.c: one indicator's values across units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ntm-database-private.h"
#include "ntm-indicator-values.h"

/* ---------------------------------------------------------------------- */
/* Values that come from other data                                       */
/* ---------------------------------------------------------------------- */

/**
 * ntm_database_get_figure_values:
 * @db: a #NtmDatabase
 * @set_code: the criteria set, e.g. "318-ntm"
 * @indicator_code: the indicator, e.g. "17.1"
 * @year: the year
 * @unit_code: (nullable): one unit, or %NULL for every unit
 * @error: return location for a #GError
 *
 * The one place that says which indicator takes its value from figures
 * kept elsewhere, and how. Today that is indicator 17.1 of "318-ntm" in
 * its two parts: "17.1" (households on hygienic water) takes the share of a
 * commune's households on hygienic water in its household water figures
 * for @year, and "17.1-QCVN" (of them, on clean water meeting the national
 * standard) the share on clean water. An assessed
 * value always wins over this one: callers use it only for units that have
 * none (ntm_database_get_indicator_values(), the evaluation of the
 * province and the assessment form do).
 *
 * Returns: (transfer full) (element-type utf8 double): unit code → value
 *   (a pointer to a double), empty when the indicator takes no value from
 *   other data or nothing is on record; %NULL on a database error
 */
GHashTable *
ntm_database_get_figure_values (NtmDatabase  *db,
                                const char   *set_code,
                                const char   *indicator_code,
                                int           year,
                                const char   *unit_code,
                                GError      **error)
{
  g_autoptr(GHashTable) values = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (set_code != NULL && indicator_code != NULL, NULL);

  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!g_str_equal (set_code, "318-ntm"))
    return g_steal_pointer (&values);

  if (g_str_equal (indicator_code, "17.1"))
    stmt = ntm_database_prepare (db,
                                 "SELECT unit_code, 100.0 * households_hygienic / households_total"
                                 " FROM commune_water"
                                 " WHERE year = ?1 AND households_total > 0"
                                 "   AND (?2 IS NULL OR unit_code = ?2)",
                                 error);
  else if (g_str_equal (indicator_code, "17.1-QCVN"))
    stmt = ntm_database_prepare (db,
                                 "SELECT unit_code, 100.0 * households_clean / households_total"
                                 " FROM commune_water"
                                 " WHERE year = ?1 AND households_total > 0"
                                 "   AND (?2 IS NULL OR unit_code = ?2)",
                                 error);
  else
    return g_steal_pointer (&values);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  ntm_sql_bind_text (stmt, 2, unit_code);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      double *value = g_new (double, 1);

      *value = sqlite3_column_double (stmt, 1);
      g_hash_table_insert (values, ntm_sql_dup_text (stmt, 0), value);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  return g_steal_pointer (&values);
}

/* ---------------------------------------------------------------------- */
/* One indicator across units                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_database_get_indicator_values:
 * @db: a #NtmDatabase
 * @set_code: the criteria set, e.g. "318-ntm"
 * @indicator_code: the indicator, e.g. "17.1"
 * @year: the year
 * @error: return location for a #GError
 *
 * Units without a value are absent from the table: absent is "no data".
 * A unit without an assessed value gets the value other data on record
 * gives (see ntm_database_get_figure_values()).
 *
 * Returns: (transfer full) (element-type utf8 double): unit code → value
 *   (a pointer to a double), or %NULL with %NTM_DATABASE_ERROR_NOT_FOUND
 *   when the set has no such indicator
 */
GHashTable *
ntm_database_get_indicator_values (NtmDatabase  *db,
                                   const char   *set_code,
                                   const char   *indicator_code,
                                   int           year,
                                   GError      **error)
{
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GHashTable) figures = NULL;
  GHashTableIter iter;
  gpointer code, figure;
  sqlite3_stmt *stmt;
  gint64 indicator_id = 0;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (set_code != NULL && indicator_code != NULL, NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                               " WHERE c.set_code = ?1 AND i.code = ?2",
                               error);
  if (stmt == NULL)
    return NULL;
  ntm_sql_bind_text (stmt, 1, set_code);
  ntm_sql_bind_text (stmt, 2, indicator_code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    indicator_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (indicator_id == 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                   _("The criteria set “%s” has no indicator “%s”."), set_code, indicator_code);
      return NULL;
    }

  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  stmt = ntm_database_prepare (db,
                               "SELECT unit_code, value FROM assessment"
                               " WHERE indicator_id = ?1 AND year = ?2 AND value IS NOT NULL",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int (stmt, 2, year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      double *value = g_new (double, 1);

      *value = sqlite3_column_double (stmt, 1);
      g_hash_table_insert (values, ntm_sql_dup_text (stmt, 0), value);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  /* What other data gives, where nothing was assessed. */
  figures = ntm_database_get_figure_values (db, set_code, indicator_code, year, NULL, error);
  if (figures == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, figures);
  while (g_hash_table_iter_next (&iter, &code, &figure))
    {
      if (g_hash_table_contains (values, code))
        continue;
      g_hash_table_iter_steal (&iter);
      g_hash_table_insert (values, code, figure);
    }

  return g_steal_pointer (&values);
}
