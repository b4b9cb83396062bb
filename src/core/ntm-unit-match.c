/* ntm-unit-match.c: which unit of one year is which unit of another
 *
 * Comparing two years ("change since 2022", two maps side by side) needs,
 * for a unit of one year, the unit or units it was or became in the other.
 * That is one rule, here, for every view and export that compares years.
 *
 * Today it matches by code: a unit is itself in the other year when it is
 * in force then, and has no match otherwise. Units that merged, split or
 * were renamed are matched through their lineage (unit_lineage) once it is
 * filled: that lookup belongs in this function, and nowhere else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-unit.h"
#include "ntm-unit-in-force.h"
#include "ntm-unit-match.h"

/**
 * ntm_unit_match_in_year:
 * @db: a #NtmDatabase
 * @code: a unit in force in @from_year
 * @from_year: the year @code is taken from
 * @to_year: the other year
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type utf8): the codes of the units of
 *   @to_year that @code was (for an earlier year) or became (for a later
 *   one): one when the unit is unchanged, several after a merger or a
 *   split, none when nothing is known; %NULL with @error set on failure
 */
GPtrArray *
ntm_unit_match_in_year (NtmDatabase  *db,
                        const char   *code,
                        int           from_year,
                        int           to_year,
                        GError      **error)
{
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NtmUnit) unit = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  (void) from_year;
  unit = ntm_database_get_unit (db, code, &local_error);
  if (unit == NULL)
    {
      if (g_error_matches (local_error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND))
        return g_steal_pointer (&matches);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* by code: the same unit, if it exists in the other year */
  if (ntm_unit_dates_in_force_in_year (ntm_unit_get_valid_from (unit), ntm_unit_get_valid_to (unit), to_year))
    g_ptr_array_add (matches, g_strdup (code));
  return g_steal_pointer (&matches);
}
