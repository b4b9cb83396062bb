/* ntm-commune-water.c: the households of a commune on hygienic and clean water
 *
 * One row a commune and year: households in all, of which on hygienic
 * water, of which on clean water meeting the national standard. The three
 * figures are checked together before anything is written
 * (ntm_commune_water_check(), which the importer calls too). The form of
 * a district reads and writes the figures of all its communes at once, in
 * one transaction: all of them or none. The schemes that bring the water
 * are ntm-water-scheme.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ntm-commune-water.h"
#include "ntm-commune-water-private.h"
#include "ntm-database-private.h"
#include "ntm-unit.h"

/* ---------------------------------------------------------------------- */
/* One commune in one year                                               */
/* ---------------------------------------------------------------------- */

/**
 * ntm_commune_water_check:
 * @households_total: households in the commune
 * @households_hygienic: of which on hygienic water
 * @households_clean: of which on clean water meeting the national standard
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID)
 *
 * Returns: %TRUE when the three figures fit together
 */
gboolean
ntm_commune_water_check (int      households_total,
                         int      households_hygienic,
                         int      households_clean,
                         GError **error)
{
  const char *message = NULL;

  if (households_total <= 0)
    message = _("Give the number of households in the commune.");
  else if (households_hygienic < 0 || households_clean < 0)
    message = _("Numbers of households cannot be negative.");
  else if (households_hygienic > households_total)
    message = _("More households on hygienic water than households in the commune.");
  else if (households_clean > households_hygienic)
    message = _("Households on clean water are counted among those on hygienic water: there cannot be more of them.");

  if (message != NULL)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID, message);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  const char *unit_code;
  int         year;
  int         total;
  int         hygienic;
  int         clean;
  const char *source;
} WaterData;

static gboolean
write_commune_water (NtmDatabase  *db,
                     gpointer      user_data,
                     GError      **error)
{
  WaterData *data = user_data;
  sqlite3_stmt *stmt;

  stmt = ntm_database_prepare (db,
                               "INSERT INTO commune_water (unit_code, year, households_total,"
                               "  households_hygienic, households_clean, source)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                               " ON CONFLICT (unit_code, year) DO UPDATE SET"
                               "   households_total = excluded.households_total,"
                               "   households_hygienic = excluded.households_hygienic,"
                               "   households_clean = excluded.households_clean,"
                               "   source = excluded.source",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, data->unit_code);
  sqlite3_bind_int (stmt, 2, data->year);
  sqlite3_bind_int (stmt, 3, data->total);
  sqlite3_bind_int (stmt, 4, data->hygienic);
  sqlite3_bind_int (stmt, 5, data->clean);
  ntm_sql_bind_text (stmt, 6, data->source ? data->source : "");
  return ntm_database_step_done (db, stmt, error);
}

gboolean
ntm_database_set_commune_water (NtmDatabase  *db,
                                const char   *unit_code,
                                int           year,
                                int           households_total,
                                int           households_hygienic,
                                int           households_clean,
                                const char   *source,
                                GError      **error)
{
  WaterData data = { unit_code, year, households_total, households_hygienic, households_clean, source };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (unit_code != NULL, FALSE);

  if (!ntm_commune_water_check (households_total, households_hygienic, households_clean, error))
    return FALSE;
  if (year < 2000 || year > 2100)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                           _("The year must be between 2000 and 2100."));
      return FALSE;
    }

  return ntm_database_run_transaction (db, NTM_AREA_WATER_FIGURES, write_commune_water, &data, error);
}

gboolean
ntm_database_get_commune_water (NtmDatabase  *db,
                                const char   *unit_code,
                                int           year,
                                int          *households_total,
                                int          *households_hygienic,
                                int          *households_clean,
                                GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  stmt = ntm_database_prepare (db,
                               "SELECT households_total, households_hygienic, households_clean"
                               " FROM commune_water WHERE unit_code = ?1 AND year = ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, unit_code);
  sqlite3_bind_int (stmt, 2, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (households_total)
        *households_total = sqlite3_column_int (stmt, 0);
      if (households_hygienic)
        *households_hygienic = sqlite3_column_int (stmt, 1);
      if (households_clean)
        *households_clean = sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  return found;
}

static gboolean
remove_commune_water (NtmDatabase  *db,
                      gpointer      user_data,
                      GError      **error)
{
  WaterData *data = user_data;
  sqlite3_stmt *stmt;

  stmt = ntm_database_prepare (db, "DELETE FROM commune_water WHERE unit_code = ?1 AND year = ?2", error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, data->unit_code);
  sqlite3_bind_int (stmt, 2, data->year);
  return ntm_database_step_done (db, stmt, error);
}

gboolean
ntm_database_delete_commune_water (NtmDatabase  *db,
                                   const char   *unit_code,
                                   int           year,
                                   GError      **error)
{
  WaterData data = { unit_code, year, 0, 0, 0, NULL };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  return ntm_database_run_transaction (db, NTM_AREA_WATER_FIGURES, remove_commune_water, &data, error);
}

/**
 * ntm_database_get_water_shares:
 * @db: a #NtmDatabase
 * @unit_code: a commune
 * @year: a year
 * @hygienic_percent: (out) (optional): households on hygienic water, in %
 * @clean_percent: (out) (optional): households on clean water meeting the
 *   national standard, in %
 *
 * Returns: %TRUE when the commune's figures for @year are on record
 */
gboolean
ntm_database_get_water_shares (NtmDatabase *db,
                               const char  *unit_code,
                               int          year,
                               double      *hygienic_percent,
                               double      *clean_percent)
{
  int total = 0, hygienic = 0, clean = 0;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  if (!ntm_database_get_commune_water (db, unit_code, year, &total, &hygienic, &clean, NULL) || total <= 0)
    return FALSE;
  if (hygienic_percent)
    *hygienic_percent = 100.0 * hygienic / total;
  if (clean_percent)
    *clean_percent = 100.0 * clean / total;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* The communes of a district, all at once                                */
/* ---------------------------------------------------------------------- */

NtmCommuneWater *
ntm_commune_water_copy (const NtmCommuneWater *src)
{
  NtmCommuneWater *w;

  g_return_val_if_fail (src != NULL, NULL);

  w = g_new0 (NtmCommuneWater, 1);
  *w = *src;
  w->unit_code = g_strdup (src->unit_code);
  w->unit_name = g_strdup (src->unit_name);
  w->source = g_strdup (src->source);
  return w;
}

void
ntm_commune_water_free (gpointer data)
{
  NtmCommuneWater *w = data;

  if (w == NULL)
    return;
  g_free (w->unit_code);
  g_free (w->unit_name);
  g_free (w->source);
  g_free (w);
}

/**
 * ntm_commune_water_equal:
 * @a: figures
 * @b: figures
 *
 * Returns: whether @a and @b hold the same figures for the same commune
 */
gboolean
ntm_commune_water_equal (const NtmCommuneWater *a,
                         const NtmCommuneWater *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (a->unit_code, b->unit_code) != 0 || a->known != b->known)
    return FALSE;
  if (!a->known)
    return TRUE;
  return a->households_total == b->households_total &&
         a->households_hygienic == b->households_hygienic &&
         a->households_clean == b->households_clean &&
         g_strcmp0 (a->source ? a->source : "", b->source ? b->source : "") == 0;
}

/**
 * ntm_database_list_commune_water:
 * @db: a #NtmDatabase
 * @district_code: a district, town or city
 * @year: a year
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type NtmCommuneWater): every commune
 *   of the district in @year (ntm_database_list_units_in_year()), in the
 *   order of their official codes (as every list of units), with its
 *   household water
 *   figures for @year when they are on record (known is %FALSE otherwise)
 */
GPtrArray *
ntm_database_list_commune_water (NtmDatabase  *db,
                                 const char   *district_code,
                                 int           year,
                                 GError      **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) figures = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (district_code != NULL, NULL);

  /* The communes of the year (with no districts, those of the province). */
  units = ntm_database_list_units_in_year (db, year, error);
  if (units == NULL)
    return NULL;

  stmt = ntm_database_prepare (db,
                               "SELECT unit_code, households_total, households_hygienic, households_clean, source"
                               " FROM commune_water WHERE year = ?1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);

  figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, ntm_commune_water_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmCommuneWater *w = g_new0 (NtmCommuneWater, 1);

      w->unit_code = ntm_sql_dup_text (stmt, 0);
      w->known = TRUE;
      w->households_total = sqlite3_column_int (stmt, 1);
      w->households_hygienic = sqlite3_column_int (stmt, 2);
      w->households_clean = sqlite3_column_int (stmt, 3);
      w->source = ntm_sql_dup_text (stmt, 4);
      g_hash_table_insert (figures, g_strdup (w->unit_code), w);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  list = g_ptr_array_new_with_free_func (ntm_commune_water_free);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      NtmCommuneWater *w = g_new0 (NtmCommuneWater, 1);
      NtmCommuneWater *known;

      if (ntm_unit_get_kind (unit) != NTM_UNIT_KIND_COMMUNE ||
          g_strcmp0 (ntm_unit_get_parent_code (unit), district_code) != 0)
        {
          g_free (w);
          continue;
        }
      known = g_hash_table_lookup (figures, ntm_unit_get_code (unit));
      w->unit_code = g_strdup (ntm_unit_get_code (unit));
      w->unit_name = g_strdup (ntm_unit_get_name (unit));
      if (known != NULL)
        {
          w->known = TRUE;
          w->households_total = known->households_total;
          w->households_hygienic = known->households_hygienic;
          w->households_clean = known->households_clean;
          w->source = g_strdup (known->source);
        }
      g_ptr_array_add (list, w);
    }

  return g_steal_pointer (&list);
}

typedef struct {
  int        year;
  GPtrArray *waters;
} WatersData;

static gboolean
write_commune_waters (NtmDatabase  *db,
                      gpointer      user_data,
                      GError      **error)
{
  WatersData *data = user_data;

  for (guint i = 0; i < data->waters->len; i++)
    {
      const NtmCommuneWater *w = g_ptr_array_index (data->waters, i);
      WaterData one = { w->unit_code, data->year, w->households_total, w->households_hygienic,
                        w->households_clean, w->source };
      gboolean ok = w->known ? write_commune_water (db, &one, error)
                             : remove_commune_water (db, &one, error);

      if (!ok)
        {
          g_prefix_error (error, "%s: ", w->unit_name ? w->unit_name : w->unit_code);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * ntm_database_save_commune_waters:
 * @db: a #NtmDatabase
 * @year: the year of the figures
 * @waters: (element-type NtmCommuneWater): the figures to write; those
 *   not known are removed
 * @error: return location for a #GError
 *
 * Checks every commune's figures first, then writes them all in one
 * transaction: all of them, or (on any error) none.
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_database_save_commune_waters (NtmDatabase  *db,
                                  int           year,
                                  GPtrArray    *waters,
                                  GError      **error)
{
  WatersData data = { year, waters };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (waters != NULL, FALSE);

  if (year < 2000 || year > 2100)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                           _("The year must be between 2000 and 2100."));
      return FALSE;
    }

  for (guint i = 0; i < waters->len; i++)
    {
      const NtmCommuneWater *w = g_ptr_array_index (waters, i);

      if (w->unit_code == NULL)
        {
          g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                               _("Figures are given without their commune."));
          return FALSE;
        }
      if (w->known &&
          !ntm_commune_water_check (w->households_total, w->households_hygienic, w->households_clean, error))
        {
          g_prefix_error (error, "%s: ", w->unit_name ? w->unit_name : w->unit_code);
          return FALSE;
        }
    }

  if (waters->len == 0)
    return TRUE;

  return ntm_database_run_transaction (db, NTM_AREA_WATER_FIGURES, write_commune_waters, &data, error);
}
