/* ntm-seed.c: the embedded default data
 *
 * A new database receives Hà Tĩnh's 2024 administrative units, the
 * 2021–2025 criteria sets, the recognitions on record, the 2023 reported
 * figures and the 2024 targets. The data lives in data/seed as CSV and SQL
 * and is compiled into the program; the caller holds the transaction.
 *
 * The model in time (schema 006) brings the rest to every database, old or
 * new, in ntm_seed_load_history(): the units of 1 January 2025 (Resolution
 * 1283/NQ-UBTVQH15) and of 1 July 2025 with every lineage link, the
 * recognitions found in public sources (replacing the report-only
 * placeholders of the units they cover), the province totals the sources
 * state, and the 2026–2030 commune set. It reads the reference files as
 * they were published (the 2025 unit and lineage lists, recognitions-sourced.csv), so
 * a corrected file is a corrected seed.
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

/* The 1 July 2025 reform: its date, and the suffix that keeps a new unit's
 * key apart from the older unit whose official code it reuses. */
#define REFORM_2025_DATE "2025-07-01"
#define REFORM_2025_KEY_SUFFIX "-2025"
#define CHANGE_1_DATE "2025-01-01"
#define LAST_DAY_OF_2024 "2024-12-31"
#define LAST_DAY_BEFORE_REFORM "2025-06-30"
#define PROVINCE_CODE "42"

/* The source the 2024 seed gave every commune (and the two districts) it
 * knew only from reports: such a row is a placeholder, replaced by sourced
 * recognitions where they exist. */
#define PLACEHOLDER_COMMUNES_SOURCE \
  "Báo cáo tổng kết Chương trình MTQG xây dựng NTM tỉnh Hà Tĩnh năm 2023 (hội nghị 21/02/2024): toàn bộ xã đạt chuẩn NTM"
#define PLACEHOLDER_LOC_HA_SOURCE \
  "Báo cáo tổng kết Chương trình MTQG xây dựng NTM tỉnh Hà Tĩnh năm 2023 (hội nghị 21/02/2024): huyện Lộc Hà đạt chuẩn huyện NTM năm 2023"
#define PLACEHOLDER_KY_ANH_SOURCE \
  "Huyện Kỳ Anh trình hồ sơ năm 2023, được công nhận đạt chuẩn huyện NTM tháng 8/2024 (chưa có số quyết định)"
#define PLACEHOLDER_NOTE \
  "Đạt chuẩn NTM, theo báo cáo năm 2023 (toàn bộ xã của tỉnh đạt chuẩn NTM; báo cáo ngày 17/01/2024 tính 181/181 xã). " \
  "Chưa có nguồn ghi số, ngày quyết định công nhận xã này; năm ghi là năm của báo cáo."

/* Kỳ Anh district: Decision 840/QĐ-TTg of 15 August 2024, recognising the
 * district as meeting the NTM standard for 2023. */
#define KY_ANH_CODE "447"
#define KY_ANH_DECISION "840/QĐ-TTg"
#define KY_ANH_DATE "2024-08-15"

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

/* ---------------------------------------------------------------------- */
/* The model in time                                                      */
/* ---------------------------------------------------------------------- */

/* A seed CSV with its header checked: @columns get the index of each name
 * in @names. */
static GPtrArray *
load_seed_csv (const char          *name,
               const char * const  *names,
               int                 *columns,
               GError             **error)
{
  g_autofree char *path = g_strconcat (SEED_PREFIX, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(GPtrArray) rows = NULL;
  char **header;

  if (bytes == NULL)
    return NULL;
  rows = ntm_csv_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
  if (rows == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  if (rows->len == 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   "%s: empty", name);
      return NULL;
    }

  header = g_ptr_array_index (rows, 0);
  for (guint i = 0; names[i] != NULL; i++)
    {
      columns[i] = find_column (header, names[i]);
      if (columns[i] < 0)
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                       "%s: no column “%s”", name, names[i]);
          return NULL;
        }
    }

  return g_steal_pointer (&rows);
}

static gboolean
exec_seed_sql (NtmDatabase  *self,
               const char   *name,
               GError      **error)
{
  g_autofree char *path = g_strconcat (SEED_PREFIX, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autofree char *sql = NULL;
  char *message = NULL;

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (sqlite3_exec (ntm_database_get_handle (self), sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED, "%s: %s", name, message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
unit_exists (NtmDatabase *self,
             const char  *code)
{
  return ntm_database_has_row (self, "SELECT 1 FROM unit WHERE code = ?1", code);
}

static gboolean
run_bound (NtmDatabase         *self,
           const char          *sql,
           const char * const  *texts,
           guint                n_texts,
           GError             **error)
{
  sqlite3_stmt *stmt = ntm_database_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_texts; i++)
    ntm_sql_bind_text (stmt, i + 1, texts[i]);
  return ntm_database_step_done (self, stmt, error);
}

/* Change 1 (1 January 2025): units that link to themselves carry on under
 * the attributes of units-2025-01.csv until the reform of 1 July; the
 * others end on 31 December 2024. */
static gboolean
seed_change_1_periods (NtmDatabase  *self,
                       GError      **error)
{
  static const char * const names[] = { "code", "name", "kind", "parent_code", NULL };
  int c[4];
  g_autoptr(GPtrArray) rows = load_seed_csv ("units-2025-01.csv", names, c, error);

  if (rows == NULL)
    return FALSE;

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      g_autofree char *key = ntm_text_fold (row[c[1]]);
      const char *values[] = { row[c[0]], CHANGE_1_DATE, LAST_DAY_BEFORE_REFORM, row[c[1]],
                               row[c[2]], row[c[3]][0] ? row[c[3]] : NULL, key };

      if (!unit_exists (self, row[c[0]]) || (values[5] != NULL && !unit_exists (self, values[5])))
        continue;
      if (!run_bound (self,
                      "INSERT OR IGNORE INTO unit_period (unit_code, valid_from, valid_to, name, kind,"
                      "                                   parent_code, search_key)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                      values, G_N_ELEMENTS (values), error))
        {
          g_prefix_error (error, "units-2025-01.csv, %s: ", row[c[0]]);
          return FALSE;
        }
    }
  return TRUE;
}

/* The units of 1 July 2025. A unit formed from several older ones (or from
 * part of one) is a new identity, keyed apart from the older unit whose
 * code it reuses; a unit left as it was (Sơn Kim 1 and 2: one whole link
 * from itself) carries on under its key, now directly under the province. */
static gboolean
seed_reform_units (NtmDatabase  *self,
                   GHashTable   *keys,
                   GError      **error)
{
  static const char * const unit_names[] = { "code", "name", "kind", "lat", "lon", NULL };
  static const char * const link_names[] = { "change_date", "old_code", "new_code", "merge_type", NULL };
  int uc[5], lc[4];
  g_autoptr(GPtrArray) units = load_seed_csv ("units-2025.csv", unit_names, uc, error);
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GHashTable) n_links = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;

  if (units == NULL)
    return FALSE;
  links = load_seed_csv ("lineage-2025.csv", link_names, lc, error);
  if (links == NULL)
    return FALSE;
  if (!unit_exists (self, PROVINCE_CODE))
    return TRUE;

  for (guint i = 1; i < links->len; i++)
    {
      char **row = g_ptr_array_index (links, i);

      if (!g_str_equal (row[lc[0]], REFORM_2025_DATE))
        continue;
      g_hash_table_insert (n_links, row[lc[2]],
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (n_links, row[lc[2]])) + 1));
      if (g_str_equal (row[lc[1]], row[lc[2]]) && g_str_equal (row[lc[3]], "full"))
        g_hash_table_add (kept, row[lc[2]]);
    }

  for (guint i = 1; i < units->len; i++)
    {
      char **row = g_ptr_array_index (units, i);
      const char *code = row[uc[0]];
      g_autofree char *search_key = ntm_text_fold (row[uc[1]]);
      double lat = 0, lon = 0;
      gboolean has_location = parse_coordinate (row[uc[3]], -90, 90, &lat) &&
                              parse_coordinate (row[uc[4]], -180, 180, &lon);
      NtmUnitKind kind;

      if (!ntm_unit_kind_from_string (row[uc[2]], &kind))
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                       _("Unit %s has an unknown kind “%s”."), code, row[uc[2]]);
          return FALSE;
        }

      if (GPOINTER_TO_UINT (g_hash_table_lookup (n_links, code)) == 1 &&
          g_hash_table_contains (kept, code) && unit_exists (self, code))
        {
          const char *values[] = { code, REFORM_2025_DATE, row[uc[1]], row[uc[2]], PROVINCE_CODE, search_key };

          if (!run_bound (self,
                          "INSERT OR IGNORE INTO unit_period (unit_code, valid_from, name, kind,"
                          "                                   parent_code, search_key)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                          values, G_N_ELEMENTS (values), error))
            return FALSE;
          g_hash_table_insert (keys, g_strdup (code), g_strdup (code));
          continue;
        }

      {
        g_autofree char *key = unit_exists (self, code) ? g_strconcat (code, REFORM_2025_KEY_SUFFIX, NULL)
                                                        : g_strdup (code);

        stmt = ntm_database_prepare (self,
                                     "INSERT OR IGNORE INTO unit (code, official_code, name, kind, parent_code,"
                                     "                            lat, lon, region, valid_from, search_key)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                     error);
        if (stmt == NULL)
          return FALSE;
        ntm_sql_bind_text (stmt, 1, key);
        ntm_sql_bind_text (stmt, 2, code);
        ntm_sql_bind_text (stmt, 3, row[uc[1]]);
        ntm_sql_bind_text (stmt, 4, row[uc[2]]);
        ntm_sql_bind_text (stmt, 5, PROVINCE_CODE);
        ntm_sql_bind_optional_double (stmt, 6, has_location, lat);
        ntm_sql_bind_optional_double (stmt, 7, has_location, lon);
        ntm_sql_bind_text (stmt, 8, HA_TINH_REGION);
        ntm_sql_bind_text (stmt, 9, REFORM_2025_DATE);
        ntm_sql_bind_text (stmt, 10, search_key);
        if (!ntm_database_step_done (self, stmt, error))
          {
            g_prefix_error (error, _("Unit %s: "), code);
            return FALSE;
          }
        g_hash_table_insert (keys, g_strdup (code), g_steal_pointer (&key));
      }
    }

  return TRUE;
}

/* Every link of both changes. Old units of change 1 and change 2 are keyed
 * by their code (the identities of 2024, carried on through change 1);
 * new units of change 2 by the key seed_reform_units() gave them. A link
 * from a code no unit holds (18448, a directory artefact the reference
 * explains) is left out. Old units end the day before their change, unless
 * they carry on (a whole link to themselves). */
static gboolean
seed_lineage (NtmDatabase  *self,
              GHashTable   *keys,
              GError      **error)
{
  static const char * const names[] = { "change_date", "resolution", "old_code", "new_code",
                                        "merge_type", "note", NULL };
  int c[6];
  g_autoptr(GPtrArray) rows = load_seed_csv ("lineage-2025.csv", names, c, error);
  g_autoptr(GHashTable) continuing = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;

  if (rows == NULL)
    return FALSE;

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      gboolean reform = g_str_equal (row[c[0]], REFORM_2025_DATE);
      const char *old_key = row[c[2]];
      const char *new_key = reform ? g_hash_table_lookup (keys, row[c[3]]) : row[c[3]];

      if (new_key == NULL || !unit_exists (self, old_key) || !unit_exists (self, new_key))
        continue;
      if (g_str_equal (old_key, new_key))
        g_hash_table_add (continuing, (gpointer) old_key);

      stmt = ntm_database_prepare (self,
                                   "INSERT OR IGNORE INTO unit_lineage (old_code, new_code, effective, note,"
                                   "                                    whole, resolution, inferred)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      ntm_sql_bind_text (stmt, 1, old_key);
      ntm_sql_bind_text (stmt, 2, new_key);
      ntm_sql_bind_text (stmt, 3, row[c[0]]);
      ntm_sql_bind_text (stmt, 4, row[c[5]]);
      sqlite3_bind_int (stmt, 5, g_str_equal (row[c[4]], "full"));
      ntm_sql_bind_text (stmt, 6, row[c[1]]);
      sqlite3_bind_int (stmt, 7, g_str_has_prefix (row[c[5]], "INFERRED"));
      if (!ntm_database_step_done (self, stmt, error))
        {
          g_prefix_error (error, "lineage-2025.csv, %s → %s: ", old_key, new_key);
          return FALSE;
        }
    }

  /* Ends: the day before the change, for units that do not carry on. */
  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      const char *old_key = row[c[2]];
      gboolean reform = g_str_equal (row[c[0]], REFORM_2025_DATE);
      const char *values[] = { old_key, reform ? LAST_DAY_BEFORE_REFORM : LAST_DAY_OF_2024 };

      if (g_hash_table_contains (continuing, old_key) && !reform)
        continue;
      if (reform && g_hash_table_contains (continuing, old_key) &&
          g_strcmp0 (g_hash_table_lookup (keys, old_key), old_key) == 0)
        continue;
      if (!run_bound (self,
                      "UPDATE unit SET valid_to = ?2"
                      " WHERE code = ?1 AND (valid_to IS NULL OR valid_to > ?2)",
                      values, G_N_ELEMENTS (values), error))
        return FALSE;
    }

  /* No district outlives the reform (the reference lists no district as an
   * old unit of change 2: a district has no successor). */
  {
    const char *values[] = { LAST_DAY_BEFORE_REFORM };

    if (!run_bound (self,
                    "UPDATE unit SET valid_to = ?1"
                    " WHERE kind IN ('district', 'town', 'city') AND valid_from < ?1"
                    "   AND (valid_to IS NULL OR valid_to > ?1)",
                    values, G_N_ELEMENTS (values), error))
      return FALSE;
  }

  return TRUE;
}

static const char *
sourced_level (const char *text)
{
  if (g_str_equal (text, "ntm") || g_str_equal (text, "advanced") || g_str_equal (text, "model"))
    return text;
  if (g_str_equal (text, "district-ntm"))
    return "district_ntm";
  return NULL;
}

/* The notes of recognitions-sourced.csv in Vietnamese, the office's
 * language, quotations from the sources as they are: the file keeps the
 * words it was published with, a database the translation. Rows of the
 * note as published, then its translation, in the file's order. */
static GPtrArray *
load_note_translations (int      *columns,
                        GError  **error)
{
  static const char * const names[] = { "note", "note_vi", NULL };

  return load_seed_csv ("recognition-notes-vi.csv", names, columns, error);
}

/* The recognitions found in public sources, each with its source address
 * and note, conflicting years kept as separate rows. A unit with a sourced
 * NTM row loses the report-only placeholder of the 2024 seed; the others
 * keep it, with a note saying what the report says. */
static gboolean
seed_sourced_recognitions (NtmDatabase  *self,
                           GError      **error)
{
  static const char * const names[] = { "unit_code", "level", "year", "decision_number",
                                        "decision_date", "source_url", "note", NULL };
  int c[7], t[2];
  g_autoptr(GPtrArray) rows = load_seed_csv ("recognitions-sourced.csv", names, c, error);
  g_autoptr(GPtrArray) translations = NULL;
  g_autoptr(GHashTable) notes = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;

  if (rows == NULL)
    return FALSE;
  translations = load_note_translations (t, error);
  if (translations == NULL)
    return FALSE;
  for (guint i = 1; i < translations->len; i++)
    {
      char **row = g_ptr_array_index (translations, i);

      g_hash_table_insert (notes, row[t[0]], row[t[1]]);
    }

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      const char *level = sourced_level (row[c[1]]);
      const char *number = row[c[3]][0] ? row[c[3]] : NULL;
      const char *date = row[c[4]][0] ? row[c[4]] : NULL;
      gboolean district;

      if (level == NULL)
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                       "recognitions-sourced.csv, line %u: unknown level “%s”", i + 1, row[c[1]]);
          return FALSE;
        }
      if (!unit_exists (self, row[c[0]]))
        continue;

      district = g_str_equal (level, "district_ntm");
      if (district && g_str_equal (row[c[0]], KY_ANH_CODE) && date == NULL &&
          g_strcmp0 (number, KY_ANH_DECISION) == 0)
        date = KY_ANH_DATE;

      stmt = ntm_database_prepare (self,
                                   "INSERT INTO recognition (unit_code, level, decision_number, decision_date,"
                                   "                         year, issuer, source, note)"
                                   " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8"
                                   " WHERE NOT EXISTS (SELECT 1 FROM recognition"
                                   "                    WHERE unit_code = ?1 AND level = ?2 AND year = ?5"
                                   "                      AND source = ?7)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      ntm_sql_bind_text (stmt, 1, row[c[0]]);
      ntm_sql_bind_text (stmt, 2, level);
      ntm_sql_bind_text (stmt, 3, number);
      ntm_sql_bind_text (stmt, 4, date);
      sqlite3_bind_int (stmt, 5, atoi (row[c[2]]));
      ntm_sql_bind_text (stmt, 6, district ? "Thủ tướng Chính phủ" : "UBND tỉnh Hà Tĩnh");
      ntm_sql_bind_text (stmt, 7, row[c[5]]);
      ntm_sql_bind_text (stmt, 8, g_hash_table_lookup (notes, row[c[6]]) ?: row[c[6]]);
      if (!ntm_database_step_done (self, stmt, error))
        {
          g_prefix_error (error, "recognitions-sourced.csv, line %u: ", i + 1);
          return FALSE;
        }
    }

  /* The placeholders: replaced where a sourced NTM row exists, otherwise
   * kept with what the report says. */
  {
    const char *values[] = { PLACEHOLDER_COMMUNES_SOURCE, PLACEHOLDER_NOTE };

    if (!run_bound (self,
                    "DELETE FROM recognition"
                    " WHERE source = ?1 AND level = 'ntm' AND decision_number IS NULL"
                    "   AND decision_date IS NULL AND revoked_on IS NULL"
                    "   AND unit_code IN (SELECT unit_code FROM recognition"
                    "                      WHERE level = 'ntm' AND source <> ?1)",
                    values, 1, error) ||
        !run_bound (self,
                    "UPDATE recognition SET note = ?2"
                    " WHERE source = ?1 AND level = 'ntm' AND decision_number IS NULL"
                    "   AND decision_date IS NULL AND note <> ?2",
                    values, G_N_ELEMENTS (values), error))
      return FALSE;
  }
  {
    const char *values[] = { PLACEHOLDER_LOC_HA_SOURCE, PLACEHOLDER_KY_ANH_SOURCE };

    if (!run_bound (self,
                    "DELETE FROM recognition AS p"
                    " WHERE p.source IN (?1, ?2) AND p.level = 'district_ntm'"
                    "   AND p.decision_number IS NULL AND p.revoked_on IS NULL"
                    "   AND EXISTS (SELECT 1 FROM recognition r"
                    "                WHERE r.unit_code = p.unit_code AND r.level = 'district_ntm'"
                    "                  AND r.decision_number IS NOT NULL)",
                    values, G_N_ELEMENTS (values), error))
      return FALSE;
  }

  return TRUE;
}

/**
 * ntm_seed_translate_recognition_notes:
 * @self: a #NtmDatabase, inside the migration's transaction
 * @user_data: unused
 * @error: return location for a #GError
 *
 * The data step of schema 013: the notes the sourced recognitions were
 * seeded with before it, in English, in Vietnamese. A note the office
 * has changed is left as it is; a new database, seeded in Vietnamese,
 * has nothing to change. The history records the change as made by Ntm,
 * not by the person who happened to open the database.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_seed_translate_recognition_notes (NtmDatabase  *self,
                                      gpointer      user_data,
                                      GError      **error)
{
  int t[2];
  g_autoptr(GPtrArray) translations = load_note_translations (t, error);
  g_autofree char *user = NULL;
  gboolean ok = TRUE;

  if (translations == NULL)
    return FALSE;

  user = g_strdup (ntm_database_get_user_name (self));
  ntm_database_set_user_name (self, "Ntm");
  for (guint i = 1; ok && i < translations->len; i++)
    {
      char **row = g_ptr_array_index (translations, i);
      const char *values[] = { row[t[0]], row[t[1]] };

      ok = run_bound (self, "UPDATE recognition SET note = ?2 WHERE note = ?1",
                      values, G_N_ELEMENTS (values), error);
    }
  ntm_database_set_user_name (self, user);
  return ok;
}

/**
 * ntm_seed_load_history:
 * @self: a #NtmDatabase, inside the migration's transaction
 * @user_data: unused
 * @error: return location for a #GError
 *
 * The data step of schema 006, for old and new databases alike: units in
 * time and their lineage, the sourced recognitions, the reported province
 * totals and the catalogue's corrections and 2026–2030 set. Each part
 * leaves what is already there alone, so running it on a database that has
 * it changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_seed_load_history (NtmDatabase  *self,
                       gpointer      user_data,
                       GError      **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!ntm_database_exec (self, "UPDATE unit SET official_code = code WHERE official_code IS NULL", error))
    return FALSE;

  return seed_change_1_periods (self, error) &&
         seed_reform_units (self, keys, error) &&
         seed_lineage (self, keys, error) &&
         seed_sourced_recognitions (self, error) &&
         exec_seed_sql (self, "time.sql", error);
}
