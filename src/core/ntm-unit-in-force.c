/* ntm-unit-in-force.c: whether a unit is in force in a year, from its dates
 *
 * The map draws a year's units only: after the reform of 1 July 2025 the
 * districts are gone, and so are their outlines. "The year shown" is the
 * state on 31 December of that year, so a unit is in force in a year when
 * it began on or before that day and had not ended by then (valid_to is
 * the first day it no longer exists). Units without dates are in force in
 * every year.
 *
 * This reads unit.valid_from and unit.valid_to directly. It stands in for
 * the model's one function for "units in force in a year" until that
 * exists; callers go through this one place so that it can be swapped.
 * ntm_in_force_list_units() lists every unit of a year (or every unit
 * ever, for year 0), where ntm_database_list_units() lists the current
 * ones only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-database-private.h"
#include "ntm-unit.h"
#include "ntm-unit-in-force.h"

/**
 * ntm_unit_dates_in_force_in_year:
 * @valid_from: (nullable): the first day (ISO 8601), or %NULL
 * @valid_to: (nullable): the first day it no longer exists, or %NULL
 * @year: a year
 *
 * Returns: %TRUE when the unit exists on 31 December of @year
 */
gboolean
ntm_unit_dates_in_force_in_year (const char *valid_from,
                                 const char *valid_to,
                                 int         year)
{
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);

  if (valid_from != NULL && *valid_from != '\0' && g_strcmp0 (valid_from, year_end) > 0)
    return FALSE;
  if (valid_to != NULL && *valid_to != '\0' && g_strcmp0 (valid_to, year_end) <= 0)
    return FALSE;
  return TRUE;
}

/**
 * ntm_in_force_list_units:
 * @db: a #NtmDatabase
 * @year: a year, or 0 for every unit whatever its dates
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of the #NtmUnit in force at the
 *   end of @year, in the order of ntm_database_list_units()
 */
GListModel *
ntm_in_force_list_units (NtmDatabase  *db,
                         int           year,
                         GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_UNIT);
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT code, valid_from, valid_to FROM unit"
                               " ORDER BY CASE kind WHEN 'province' THEN 0 ELSE 1 END,"
                               "          CASE WHEN kind IN ('district', 'town', 'city')"
                               "               THEN CAST(code AS INTEGER)"
                               "               ELSE CAST(parent_code AS INTEGER) END,"
                               "          CASE WHEN kind IN ('district', 'town', 'city') THEN 0 ELSE 1 END,"
                               "          CAST(code AS INTEGER), code",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (year <= 0 || ntm_unit_dates_in_force_in_year ((const char *) sqlite3_column_text (stmt, 1),
                                                      (const char *) sqlite3_column_text (stmt, 2), year))
      g_ptr_array_add (codes, ntm_sql_dup_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  for (guint i = 0; i < codes->len; i++)
    {
      g_autoptr(NtmUnit) unit = ntm_database_get_unit (db, g_ptr_array_index (codes, i), error);
      if (unit == NULL)
        return NULL;
      g_list_store_append (store, unit);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}
