/* ntm-unit-match.c: which unit of one year is which unit of another
 *
 * Comparing two years ("change since 2022", two maps side by side) needs,
 * for a unit of one year, the unit or units it was or became in the other.
 * That is one rule, here, for every view and export that compares years.
 *
 * A unit is itself in the other year when it is in force then. Otherwise
 * it is matched through the lineage: for an earlier year, the units it was
 * formed from (ntm_database_list_origins()); for a later one, the units it
 * went into, followed through every reorganisation in between. That lookup
 * belongs in this function, and nowhere else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-lineage.h"
#include "ntm-unit.h"
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

  unit = ntm_database_get_unit (db, code, &local_error);
  if (unit == NULL)
    {
      if (g_error_matches (local_error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND))
        return g_steal_pointer (&matches);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* the same unit, if it exists in the other year */
  if (ntm_unit_is_in_force_in_year (unit, to_year))
    {
      g_ptr_array_add (matches, g_strdup (code));
      return g_steal_pointer (&matches);
    }

  if (to_year < from_year)
    {
      /* what it was formed from, as those units were then */
      g_autofree char *date = g_strdup_printf ("%04d-12-31", to_year);
      g_autoptr(GArray) origins = ntm_database_list_origins (db, code, date, error);

      if (origins == NULL)
        return NULL;
      for (guint i = 0; i < origins->len; i++)
        g_ptr_array_add (matches, g_strdup (g_array_index (origins, NtmOrigin, i).code));
      return g_steal_pointer (&matches);
    }

  /* what it became: its successors, followed until one is in force then */
  {
    g_autoptr(GPtrArray) queue = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    g_ptr_array_add (queue, g_strdup (code));
    g_hash_table_add (seen, g_strdup (code));
    for (guint q = 0; q < queue->len; q++)
      {
        g_autoptr(GListModel) links = ntm_database_list_successors (db, g_ptr_array_index (queue, q), error);

        if (links == NULL)
          return NULL;
        for (guint i = 0; i < g_list_model_get_n_items (links); i++)
          {
            g_autoptr(NtmLineageLink) link = g_list_model_get_item (links, i);
            const char *next = ntm_lineage_link_get_new_code (link);
            g_autoptr(NtmUnit) successor = NULL;

            if (g_hash_table_contains (seen, next))
              continue;
            g_hash_table_add (seen, g_strdup (next));
            successor = ntm_database_get_unit (db, next, error);
            if (successor == NULL)
              return NULL;
            if (ntm_unit_is_in_force_in_year (successor, to_year))
              g_ptr_array_add (matches, g_strdup (next));
            else
              g_ptr_array_add (queue, g_strdup (next));
          }
      }
  }
  return g_steal_pointer (&matches);
}
