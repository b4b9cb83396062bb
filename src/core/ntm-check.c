/* ntm-check.c: the database's health and contents as key: value lines
 *
 * The lines are stable, so scripts and tests can read them: keys never
 * change meaning and are never translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-attainment.h"
#include "ntm-check.h"
#include "ntm-database-private.h"
#include "ntm-unit.h"
#include "ntm-outline.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
count_rows (NtmDatabase  *db,
            const char   *sql,
            gint64       *out,
            GError      **error)
{
  sqlite3_stmt *stmt = ntm_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_check_report:
 * @db: a #NtmDatabase
 * @year: the year whose units are counted (those in force on 31 December)
 * @healthy: (out): whether the integrity check found nothing wrong
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the report, one "key: value" a line
 */
char *
ntm_check_report (NtmDatabase  *db,
                  int           year,
                  gboolean     *healthy,
                  GError      **error)
{
  g_autoptr(GListModel) units = NULL;
  guint by_kind[NTM_UNIT_KIND_TOWNSHIP + 1] = { 0 };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *problems = NULL;
  gint64 province = 0, district_level = 0, commune_level = 0, n;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (healthy != NULL, NULL);

  *healthy = ntm_database_check_integrity (db, &problems, error);
  if (!*healthy && problems == NULL)
    return NULL;

  g_string_append_printf (out, "database: %s\n", ntm_database_get_path (db));
  g_string_append_printf (out, "schema-version: %d\n", ntm_database_get_schema_version (db));
  g_string_append_printf (out, "read-only: %s\n", ntm_database_is_read_only (db) ? "yes" : "no");
  g_string_append_printf (out, "year: %d\n", year);

  /* The units in force on 31 December of the year, by kind. */
  units = ntm_database_list_units_in_year (db, year, error);
  if (units == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      by_kind[ntm_unit_get_kind (unit)]++;
    }

  for (NtmUnitKind kind = NTM_UNIT_KIND_PROVINCE; kind <= NTM_UNIT_KIND_TOWNSHIP; kind++)
    {
      n = by_kind[kind];

      g_string_append_printf (out, "units-%s: %" G_GINT64_FORMAT "\n", ntm_unit_kind_to_string (kind), n);
      if (kind == NTM_UNIT_KIND_PROVINCE)
        province += n;
      else if (ntm_unit_kind_is_district_level (kind))
        district_level += n;
      else
        commune_level += n;
    }
  g_string_append_printf (out, "units-province-level: %" G_GINT64_FORMAT "\n", province);
  g_string_append_printf (out, "units-district-level: %" G_GINT64_FORMAT "\n", district_level);
  g_string_append_printf (out, "units-commune-level: %" G_GINT64_FORMAT "\n", commune_level);
  if (!count_rows (db, "SELECT count(*) FROM unit", &n, error))
    return NULL;
  g_string_append_printf (out, "units-on-record: %" G_GINT64_FORMAT "\n", n);
  if (!count_rows (db, "SELECT count(*) FROM unit_lineage", &n, error))
    return NULL;
  g_string_append_printf (out, "lineage-links: %" G_GINT64_FORMAT "\n", n);

  /* units with a boundary: imported, or shipped and naming the unit alone */
  {
    guint with_province, with_district, with_commune;

    if (!ntm_database_count_unit_boundaries (db, &with_province, &with_district, &with_commune, error))
      return NULL;
    g_string_append_printf (out, "boundaries-province-level: %u\n", with_province);
    g_string_append_printf (out, "boundaries-district-level: %u\n", with_district);
    g_string_append_printf (out, "boundaries-commune-level: %u\n", with_commune);
  }

  if (!count_rows (db, "SELECT count(*) FROM criteria_set", &n, error))
    return NULL;
  g_string_append_printf (out, "criteria-sets: %" G_GINT64_FORMAT "\n", n);

  stmt = ntm_database_prepare (db,
                               "SELECT s.code, count(c.id) FROM criteria_set s"
                               " LEFT JOIN criterion c ON c.set_code = s.code"
                               " GROUP BY s.code ORDER BY s.position, s.code",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (out, "criteria-set-%s: %d\n",
                            sqlite3_column_text (stmt, 0), sqlite3_column_int (stmt, 1));
  sqlite3_reset (stmt);

  if (!count_rows (db, "SELECT count(*) FROM indicator", &n, error))
    return NULL;
  g_string_append_printf (out, "indicators: %" G_GINT64_FORMAT "\n", n);
  if (!count_rows (db, "SELECT count(*) FROM assessment", &n, error))
    return NULL;
  g_string_append_printf (out, "assessments: %" G_GINT64_FORMAT "\n", n);
  if (!count_rows (db, "SELECT count(*) FROM recognition", &n, error))
    return NULL;
  g_string_append_printf (out, "recognitions: %" G_GINT64_FORMAT "\n", n);
  if (!count_rows (db, "SELECT count(*) FROM reported_figure", &n, error))
    return NULL;
  g_string_append_printf (out, "reported-figures: %" G_GINT64_FORMAT "\n", n);
  if (!count_rows (db, "SELECT count(*) FROM target", &n, error))
    return NULL;
  g_string_append_printf (out, "targets: %" G_GINT64_FORMAT "\n", n);

  if (*healthy)
    g_string_append (out, "integrity: ok\n");
  else
    {
      g_auto(GStrv) lines = g_strsplit (g_strstrip (problems), "\n", -1);
      g_string_append (out, "integrity: failed\n");
      for (guint i = 0; lines[i] != NULL; i++)
        g_string_append_printf (out, "problem: %s\n", lines[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
