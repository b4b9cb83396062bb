/* ntm-level-count.c: units counted by level, on record and as reported
 *
 * The record is incomplete (public sources name perhaps one recognition in
 * four) and the application says so: wherever a count of units by level is
 * shown, it stands beside the total a source reported for the same count,
 * "49 on record of 60 reported". Both are counted on the same day, the one
 * the reported figure describes, over the units in force that day, with
 * each unit's level by the one rule (ntm_database_get_levels_in_force()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ntm-database-private.h"
#include "ntm-format.h"
#include "ntm-level-count.h"
#include "ntm-number.h"
#include "ntm-recognition.h"
#include "ntm-unit.h"

#define KIND_BIT(k) (1u << (k))
#define COMMUNE_KINDS KIND_BIT (NTM_UNIT_KIND_COMMUNE)
#define URBAN_KINDS (KIND_BIT (NTM_UNIT_KIND_WARD) | KIND_BIT (NTM_UNIT_KIND_TOWNSHIP))
#define DISTRICT_KINDS (KIND_BIT (NTM_UNIT_KIND_DISTRICT) | KIND_BIT (NTM_UNIT_KIND_TOWN) | \
                        KIND_BIT (NTM_UNIT_KIND_CITY))

static const NtmLevelMetric metrics[] = {
  { "communes_ntm", NTM_LEVEL_NTM, COMMUNE_KINDS,
    { NTM_LEVEL_NTM, NTM_LEVEL_ADVANCED, NTM_LEVEL_MODEL } },
  { "communes_advanced", NTM_LEVEL_ADVANCED, COMMUNE_KINDS,
    { NTM_LEVEL_ADVANCED, NTM_LEVEL_MODEL } },
  { "communes_model", NTM_LEVEL_MODEL, COMMUNE_KINDS, { NTM_LEVEL_MODEL } },
  { "urban_civilised", NTM_LEVEL_CIVILISED, URBAN_KINDS, { NTM_LEVEL_CIVILISED } },
  { "districts_ntm", NTM_LEVEL_DISTRICT_NTM, DISTRICT_KINDS,
    { NTM_LEVEL_DISTRICT_NTM, NTM_LEVEL_DISTRICT_ADVANCED, NTM_LEVEL_TASK_COMPLETED } },
  { "district_advanced", NTM_LEVEL_DISTRICT_ADVANCED, KIND_BIT (NTM_UNIT_KIND_DISTRICT),
    { NTM_LEVEL_DISTRICT_ADVANCED } },
  { "communes_ntm_2026", NTM_LEVEL_NTM_DECISION_51, COMMUNE_KINDS,
    { NTM_LEVEL_NTM_DECISION_51, NTM_LEVEL_MODERN_NTM } },
  { "communes_modern_ntm", NTM_LEVEL_MODERN_NTM, COMMUNE_KINDS, { NTM_LEVEL_MODERN_NTM } },
  { "province_completed", NTM_LEVEL_PROVINCE_COMPLETED, KIND_BIT (NTM_UNIT_KIND_PROVINCE),
    { NTM_LEVEL_PROVINCE_COMPLETED } },
};

/**
 * ntm_level_metric_for_level:
 * @level: a level
 *
 * Returns: (nullable): the count of units at @level or above (NTM counts
 *   advanced and model communes too), or %NULL for a level not counted
 */
const NtmLevelMetric *
ntm_level_metric_for_level (NtmLevel level)
{
  for (guint i = 0; i < G_N_ELEMENTS (metrics); i++)
    if (metrics[i].level == level)
      return &metrics[i];
  return NULL;
}

/**
 * ntm_level_metric_lookup:
 * @metric: a metric's name, e.g. "communes_advanced"
 *
 * Returns: (nullable): the count it names, or %NULL
 */
const NtmLevelMetric *
ntm_level_metric_lookup (const char *metric)
{
  for (guint i = 0; i < G_N_ELEMENTS (metrics); i++)
    if (g_strcmp0 (metrics[i].metric, metric) == 0)
      return &metrics[i];
  return NULL;
}

/**
 * ntm_level_metric_counts:
 * @metric: a count
 * @held: the level a unit holds
 *
 * Returns: whether a unit holding @held is counted
 */
gboolean
ntm_level_metric_counts (const NtmLevelMetric *metric,
                         NtmLevel              held)
{
  g_return_val_if_fail (metric != NULL, FALSE);

  if (held == NTM_LEVEL_NO_DATA)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (metric->levels); i++)
    if (metric->levels[i] == held)
      return TRUE;
  return FALSE;
}

gboolean
ntm_level_metric_has_kind (const NtmLevelMetric *metric,
                           NtmUnitKind           kind)
{
  g_return_val_if_fail (metric != NULL, FALSE);
  return (metric->kinds & KIND_BIT (kind)) != 0;
}

/**
 * ntm_period_end_date:
 * @as_of: (nullable): "YYYY-MM-DD", "YYYY-MM" or "YYYY"
 * @year: the year to use when @as_of is %NULL or not a period
 *
 * Returns: (transfer full): the last day of the period, "YYYY-MM-DD"
 */
char *
ntm_period_end_date (const char *as_of,
                     int         year)
{
  if (as_of != NULL && strlen (as_of) == 10 && ntm_date_is_valid_iso (as_of))
    return g_strdup (as_of);
  if (as_of != NULL && strlen (as_of) == 7 && as_of[4] == '-')
    {
      int y = atoi (as_of), m = atoi (as_of + 5);

      if (y >= 1 && m >= 1 && m <= 12)
        return g_strdup_printf ("%04d-%02d-%02d", y, m, g_date_get_days_in_month (m, y));
    }
  if (as_of != NULL && strlen (as_of) == 4 && atoi (as_of) > 0)
    year = atoi (as_of);
  return g_strdup_printf ("%04d-12-31", year);
}

/**
 * ntm_level_count_clear:
 * @count: a #NtmLevelCount filled by ntm_database_count_against_reported()
 */
void
ntm_level_count_clear (NtmLevelCount *count)
{
  g_return_if_fail (count != NULL);

  g_clear_pointer (&count->as_of, g_free);
  g_clear_pointer (&count->source, g_free);
  g_clear_pointer (&count->note, g_free);
  g_clear_pointer (&count->counted_on, g_free);
  memset (count, 0, sizeof *count);
}

/* The latest figure reported for @metric and @scope for the year of
 * @iso_date or an earlier one. */
static gboolean
find_reported (NtmDatabase   *db,
               const char    *metric,
               const char    *scope_code,
               int            year,
               NtmLevelCount *out,
               GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db,
                               "SELECT year, value, as_of, source, note FROM reported_figure"
                               " WHERE metric = ?1 AND scope_code = ?2 AND year <= ?3"
                               " ORDER BY year DESC, coalesce(as_of, '') DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, metric);
  ntm_sql_bind_text (stmt, 2, scope_code);
  sqlite3_bind_int (stmt, 3, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      out->has_reported = TRUE;
      out->reported_year = sqlite3_column_int (stmt, 0);
      out->reported = sqlite3_column_double (stmt, 1);
      out->as_of = ntm_sql_dup_text (stmt, 2);
      out->source = ntm_sql_dup_text (stmt, 3);
      out->note = ntm_sql_dup_text (stmt, 4);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_database_count_against_reported:
 * @db: a #NtmDatabase
 * @level: the level counted (NTM counts advanced and model communes too;
 *   see ntm_level_metric_for_level())
 * @scope_code: (nullable): the province (%NULL) or a district
 * @iso_date: the day the count is for, "YYYY-MM-DD"
 * @out: (out caller-allocates): the count; free with ntm_level_count_clear()
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID for a
 *   level that is not counted or a date that is not one)
 *
 * The one comparison of the records with a reported total. The figure is
 * the latest one a source reported for the year of @iso_date or an earlier
 * one (17/01/2024's 60 advanced communes stands for 2023 and 2024 until a
 * later one is on record). The records are counted on the day that figure
 * describes (the last day of its month or year when the source gives no
 * more); with no reported figure, on @iso_date.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_database_count_against_reported (NtmDatabase    *db,
                                     NtmLevel        level,
                                     const char     *scope_code,
                                     const char     *iso_date,
                                     NtmLevelCount  *out,
                                     GError        **error)
{
  const NtmLevelMetric *metric = ntm_level_metric_for_level (level);
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) levels = NULL;
  const char *province = "42";
  g_autofree char *province_code = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (metric == NULL)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Units are not counted at the level “%s”."), ntm_level_get_label (level));
      return FALSE;
    }
  if (!ntm_date_is_valid_iso (iso_date))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("“%s” is not a date (YYYY-MM-DD)."), iso_date ? iso_date : "");
      return FALSE;
    }
  out->metric = metric;

  units = ntm_database_list_units_on (db, iso_date, error);
  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (units) && province_code == NULL; i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

      if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_PROVINCE)
        province_code = g_strdup (ntm_unit_get_code (unit));
    }
  if (province_code != NULL)
    province = province_code;
  if (scope_code == NULL)
    scope_code = province;

  if (!find_reported (db, metric->metric, scope_code, atoi (iso_date), out, error))
    {
      ntm_level_count_clear (out);
      return FALSE;
    }

  out->counted_on = out->has_reported ? ntm_period_end_date (out->as_of, out->reported_year)
                                      : g_strdup (iso_date);
  if (g_strcmp0 (out->counted_on, iso_date) != 0)
    {
      g_clear_object (&units);
      units = ntm_database_list_units_on (db, out->counted_on, error);
      if (units == NULL)
        {
          ntm_level_count_clear (out);
          return FALSE;
        }
    }

  levels = ntm_database_get_levels_in_force (db, out->counted_on, error);
  if (levels == NULL)
    {
      ntm_level_count_clear (out);
      return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      const NtmLevelInForce *held;

      if (!ntm_level_metric_has_kind (metric, ntm_unit_get_kind (unit)))
        continue;
      if (g_strcmp0 (scope_code, province) != 0 &&
          g_strcmp0 (ntm_unit_get_code (unit), scope_code) != 0 &&
          g_strcmp0 (ntm_unit_get_parent_code (unit), scope_code) != 0)
        continue;
      out->units++;
      held = g_hash_table_lookup (levels, ntm_unit_get_code (unit));
      if (held != NULL && ntm_level_metric_counts (metric, held->level))
        out->on_record++;
    }

  return TRUE;
}

/* "17/01/2024", "6/2025" or "2018", as precise as the source. */
static char *
format_as_of (const char *as_of,
              int         year)
{
  if (as_of != NULL && strlen (as_of) == 10)
    return ntm_format_date (as_of);
  if (as_of != NULL && strlen (as_of) == 7)
    return g_strdup_printf ("%d/%d", atoi (as_of + 5), atoi (as_of));
  if (as_of != NULL && strlen (as_of) == 4)
    return g_strdup (as_of);
  return g_strdup_printf ("%d", year);
}

/**
 * ntm_level_count_format:
 * @count: a count
 *
 * Returns: (transfer full): the count as a person reads it, translated:
 *   "49 on record of 60 reported (17/01/2024)", or "49 on record (no
 *   reported figure)"
 */
char *
ntm_level_count_format (const NtmLevelCount *count)
{
  g_autofree char *when = NULL;
  g_autofree char *reported = NULL;

  g_return_val_if_fail (count != NULL, NULL);

  if (!count->has_reported)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u on record (no reported figure)",
                                         "%u on record (no reported figure)", count->on_record),
                            count->on_record);

  when = format_as_of (count->as_of, count->reported_year);
  reported = ntm_format_decimal (count->reported, 1, ntm_language_get_default ());
  /* Translators: units on record, units reported, the date the report gives */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u on record of %s reported (%s)",
                                       "%u on record of %s reported (%s)", count->on_record),
                          count->on_record, reported, when);
}
