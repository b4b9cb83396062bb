/* ntm-seed.c: the embedded default data
 *
 * A new database receives Hà Tĩnh's 2024 administrative units, the
 * 2021–2025 criteria sets, the recognitions on record, the 2023 reported
 * figures and the 2024 targets. The data lives in data/seed as CSV and SQL
 * and is compiled into the program; the caller holds the transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "ntm-attainment.h"
#include "ntm-csv.h"
#include "ntm-database-private.h"
#include "ntm-seed-private.h"
#include "ntm-text.h"

#define SEED_PREFIX "/com/example/Ntm/seed/"

/* The office's region under the 2021–2025 criteria sets. */
#define HA_TINH_REGION "bac-trung-bo"

static const char * const seed_sql[] = {
  "criteria.sql",
  "recognitions.sql",
  "figures.sql",
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static int
find_column (char       **header,
             const char  *name)
{
  for (int i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return i;
  return -1;
}

static gboolean
parse_coordinate (const char *text,
                  double      min,
                  double      max,
                  double     *out)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  *out = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0' && *out >= min && *out <= max;
}

/* ---------------------------------------------------------------------- */
/* Private API                                                            */
/* ---------------------------------------------------------------------- */

/**
 * ntm_seed_load_units:
 * @self: a #NtmDatabase, inside a transaction
 * @csv: units as CSV with columns code, name, kind, parent_code, lat, lon
 * @length: length of @csv
 * @region: the region every unit belongs to
 * @error: return location for a #GError
 *
 * Inserts the units. Parents must come before their children.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_seed_load_units (NtmDatabase  *self,
                     const char   *csv,
                     gsize         length,
                     const char   *region,
                     GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  char **header;
  int c_code, c_name, c_kind, c_parent, c_lat, c_lon;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ntm_database_in_transaction (self) ||
                        sqlite3_get_autocommit (ntm_database_get_handle (self)) == 0, FALSE);

  rows = ntm_csv_parse (csv, length, error);
  if (rows == NULL)
    return FALSE;
  if (rows->len == 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The unit list is empty."));
      return FALSE;
    }

  header = g_ptr_array_index (rows, 0);
  c_code = find_column (header, "code");
  c_name = find_column (header, "name");
  c_kind = find_column (header, "kind");
  c_parent = find_column (header, "parent_code");
  c_lat = find_column (header, "lat");
  c_lon = find_column (header, "lon");
  if (c_code < 0 || c_name < 0 || c_kind < 0 || c_parent < 0 || c_lat < 0 || c_lon < 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The unit list needs the columns code, name, kind, parent_code, lat and lon."));
      return FALSE;
    }

  stmt = ntm_database_prepare (self,
                               "INSERT INTO unit (code, name, kind, parent_code, lat, lon, region,"
                               "                  valid_from, search_key)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '2020-01-01', ?8)",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      g_autofree char *key = NULL;
      NtmUnitKind kind;
      double lat = 0.0, lon = 0.0;
      gboolean has_location;

      if (!ntm_unit_kind_from_string (row[c_kind], &kind))
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                       _("Unit %s has an unknown kind “%s”."), row[c_code], row[c_kind]);
          return FALSE;
        }

      has_location = parse_coordinate (row[c_lat], -90, 90, &lat) &&
                     parse_coordinate (row[c_lon], -180, 180, &lon);
      key = ntm_text_fold (row[c_name]);

      ntm_sql_bind_text (stmt, 1, row[c_code]);
      ntm_sql_bind_text (stmt, 2, g_strstrip (row[c_name]));
      ntm_sql_bind_text (stmt, 3, row[c_kind]);
      ntm_sql_bind_text (stmt, 4, row[c_parent][0] ? row[c_parent] : NULL);
      ntm_sql_bind_optional_double (stmt, 5, has_location, lat);
      ntm_sql_bind_optional_double (stmt, 6, has_location, lon);
      ntm_sql_bind_text (stmt, 7, region);
      ntm_sql_bind_text (stmt, 8, key);

      if (!ntm_database_step_done (self, stmt, error))
        {
          g_prefix_error (error, _("Unit %s: "), row[c_code]);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * ntm_seed_load:
 * @self: a new #NtmDatabase, inside the transaction that creates it
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_seed_load (NtmDatabase  *self,
               GError      **error)
{
  g_autoptr(GBytes) units = NULL;
  char *message = NULL;

  units = g_resources_lookup_data (SEED_PREFIX "units-2024.csv", G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (units == NULL)
    return FALSE;

  if (!ntm_seed_load_units (self,
                            g_bytes_get_data (units, NULL), g_bytes_get_size (units),
                            HA_TINH_REGION, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (seed_sql); i++)
    {
      g_autofree char *path = g_strconcat (SEED_PREFIX, seed_sql[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      g_autofree char *sql = NULL;

      if (bytes == NULL)
        return FALSE;

      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      if (sqlite3_exec (ntm_database_get_handle (self), sql, NULL, NULL, &message) != SQLITE_OK)
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED,
                       "%s: %s", seed_sql[i], message);
          sqlite3_free (message);
          return FALSE;
        }
    }

  return TRUE;
}
