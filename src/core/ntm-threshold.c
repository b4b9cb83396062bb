/* ntm-threshold.c: the threshold an indicator is held to, per region and year
 *
 * Thresholds are data the office edits in the Criteria view, including the
 * ones seeded as "not known yet". Editing changes the row that applies to
 * the region and year (it covers the years of its range); where no row
 * applies, a new one is added for the rest of the set's period.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ntm-database-private.h"
#include "ntm-threshold.h"

struct _NtmThreshold
{
  GObject   parent_instance;

  gint64    id;
  gint64    indicator_id;
  char     *region;
  int       year_from;
  int       year_to;
  gboolean  has_value;
  double    value;
  char     *note;
};

G_DEFINE_FINAL_TYPE (NtmThreshold, ntm_threshold, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_threshold_finalize (GObject *object)
{
  NtmThreshold *self = NTM_THRESHOLD (object);

  g_free (self->region);
  g_free (self->note);
  G_OBJECT_CLASS (ntm_threshold_parent_class)->finalize (object);
}

static void
ntm_threshold_class_init (NtmThresholdClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_threshold_finalize;
}

static void
ntm_threshold_init (NtmThreshold *self)
{
}

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID, message);
  return FALSE;
}

typedef struct {
  gint64      indicator_id;
  const char *region;
  int         year;
  gboolean    has_value;
  double      value;
  const char *note;
} SetData;

static gboolean
write_threshold (NtmDatabase  *db,
                 gpointer      user_data,
                 GError      **error)
{
  SetData *data = user_data;
  g_autoptr(NtmThreshold) current = NULL;
  sqlite3_stmt *stmt;
  int year_to = 0;

  current = ntm_database_get_threshold (db, data->indicator_id, data->region, data->year, error);
  if (current == NULL && error != NULL && *error != NULL)
    return FALSE;

  if (current != NULL)
    {
      stmt = ntm_database_prepare (db, "UPDATE threshold SET value = ?2, note = ?3 WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, current->id);
      ntm_sql_bind_optional_double (stmt, 2, data->has_value, data->value);
      ntm_sql_bind_text (stmt, 3, data->note ? data->note : current->note);
      return ntm_database_step_done (db, stmt, error);
    }

  /* The new row lasts as long as the indicator's set. */
  stmt = ntm_database_prepare (db,
                               "SELECT coalesce(s.year_to, 0) FROM indicator i"
                               " JOIN criterion c ON c.id = i.criterion_id"
                               " JOIN criteria_set s ON s.code = c.set_code WHERE i.id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->indicator_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    year_to = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  stmt = ntm_database_prepare (db,
                               "INSERT INTO threshold (indicator_id, region, year_from, year_to, value, note)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->indicator_id);
  ntm_sql_bind_text (stmt, 2, data->region);
  sqlite3_bind_int (stmt, 3, data->year);
  if (year_to >= data->year)
    sqlite3_bind_int (stmt, 4, year_to);
  else
    sqlite3_bind_null (stmt, 4);
  ntm_sql_bind_optional_double (stmt, 5, data->has_value, data->value);
  ntm_sql_bind_text (stmt, 6, data->note ? data->note : "");
  return ntm_database_step_done (db, stmt, error);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

gint64
ntm_threshold_get_id (NtmThreshold *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD (self), 0);
  return self->id;
}

gint64
ntm_threshold_get_indicator_id (NtmThreshold *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD (self), 0);
  return self->indicator_id;
}

const char *
ntm_threshold_get_region (NtmThreshold *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD (self), NULL);
  return self->region;
}

int
ntm_threshold_get_year_from (NtmThreshold *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD (self), 0);
  return self->year_from;
}

/**
 * ntm_threshold_get_year_to:
 * @self: a #NtmThreshold
 *
 * Returns: the last year, or 0 when open ended
 */
int
ntm_threshold_get_year_to (NtmThreshold *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD (self), 0);
  return self->year_to;
}

/**
 * ntm_threshold_get_value:
 * @self: a #NtmThreshold
 * @value: (out) (optional): the value
 *
 * Returns: %FALSE while the value is not known
 */
gboolean
ntm_threshold_get_value (NtmThreshold *self,
                         double       *value)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD (self), FALSE);
  if (value)
    *value = self->value;
  return self->has_value;
}

const char *
ntm_threshold_get_note (NtmThreshold *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD (self), NULL);
  return self->note;
}

/**
 * ntm_database_get_threshold:
 * @db: a #NtmDatabase
 * @indicator_id: an indicator
 * @region: (nullable): a region
 * @year: a year
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the row that applies to @region (a
 *   row for the region itself before one for every region), or %NULL
 */
NtmThreshold *
ntm_database_get_threshold (NtmDatabase  *db,
                            gint64        indicator_id,
                            const char   *region,
                            int           year,
                            GError      **error)
{
  NtmThreshold *self = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT id, indicator_id, region, year_from, coalesce(year_to, 0), value, note"
                               " FROM threshold"
                               " WHERE indicator_id = ?1 AND (region IS NULL OR region IS ?2)"
                               "   AND commune_group IS NULL"
                               "   AND year_from <= ?3 AND (year_to IS NULL OR year_to >= ?3)"
                               " ORDER BY region IS NULL, year_from DESC, id DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  ntm_sql_bind_text (stmt, 2, region);
  sqlite3_bind_int (stmt, 3, year);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      self = g_object_new (NTM_TYPE_THRESHOLD, NULL);
      self->id = sqlite3_column_int64 (stmt, 0);
      self->indicator_id = sqlite3_column_int64 (stmt, 1);
      self->region = ntm_sql_dup_text (stmt, 2);
      self->year_from = sqlite3_column_int (stmt, 3);
      self->year_to = sqlite3_column_int (stmt, 4);
      self->has_value = ntm_sql_get_double (stmt, 5, &self->value);
      self->note = ntm_sql_dup_text (stmt, 6);
    }
  else if (rc != SQLITE_DONE)
    ntm_database_set_sqlite_error (db, error, NULL);
  sqlite3_reset (stmt);

  return self;
}

/**
 * ntm_database_set_threshold:
 * @db: a #NtmDatabase
 * @indicator_id: an indicator
 * @region: (nullable): the region, or %NULL for every region
 * @year: the year being edited
 * @has_value: %FALSE to mark the value as not known
 * @value: the threshold
 * @note: (nullable): where it comes from; %NULL keeps the current note
 * @error: return location for a #GError
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_database_set_threshold (NtmDatabase  *db,
                            gint64        indicator_id,
                            const char   *region,
                            int           year,
                            gboolean      has_value,
                            double        value,
                            const char   *note,
                            GError      **error)
{
  SetData data = { indicator_id, region, year, has_value, value, note };
  sqlite3_stmt *stmt;
  NtmIndicatorKind kind = NTM_INDICATOR_NUMBER;
  gboolean found = FALSE;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  stmt = ntm_database_prepare (db, "SELECT kind FROM indicator WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = ntm_indicator_kind_from_string ((const char *) sqlite3_column_text (stmt, 0), &kind);
  sqlite3_reset (stmt);

  if (!found)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                           _("This indicator is no longer on record."));
      return FALSE;
    }
  if (year < 2000 || year > 2100)
    return invalid (error, _("The year must be between 2000 and 2100."));
  if (has_value && !isfinite (value))
    return invalid (error, _("This value is not a number."));
  if (has_value && value < 0.0)
    return invalid (error, _("A threshold cannot be negative."));
  if (has_value && kind == NTM_INDICATOR_PERCENT && value > 100.0)
    return invalid (error, _("A percentage must be between 0 and 100."));
  if (has_value && kind == NTM_INDICATOR_BOOLEAN && value != 0.0 && value != 1.0)
    return invalid (error, _("A yes/no indicator takes yes or no."));

  return ntm_database_run_transaction (db, NTM_AREA_THRESHOLDS, write_threshold, &data, error);
}

typedef struct {
  gint64         id;
  const char    *name;
  const char    *unit;
  NtmComparison  comparison;
} IndicatorData;

static gboolean
write_indicator (NtmDatabase  *db,
                 gpointer      user_data,
                 GError      **error)
{
  IndicatorData *data = user_data;
  sqlite3_stmt *stmt;

  stmt = ntm_database_prepare (db, "UPDATE indicator SET name = ?2, unit = ?3, comparison = ?4 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  ntm_sql_bind_text (stmt, 2, data->name);
  ntm_sql_bind_text (stmt, 3, data->unit);
  ntm_sql_bind_text (stmt, 4, ntm_comparison_to_string (data->comparison));
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (ntm_database_get_handle (db)) == 0)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                           _("This indicator is no longer on record."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_database_update_indicator:
 * @db: a #NtmDatabase
 * @indicator_id: an indicator
 * @name: its name (required)
 * @unit: its unit ("%", "triệu đồng/người/năm", …)
 * @comparison: how a value is held against the threshold
 * @error: return location for a #GError
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_database_update_indicator (NtmDatabase    *db,
                               gint64          indicator_id,
                               const char     *name,
                               const char     *unit,
                               NtmComparison   comparison,
                               GError        **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *unit_trimmed = g_strstrip (g_strdup (unit ? unit : ""));
  IndicatorData data = { indicator_id, trimmed, unit_trimmed, comparison };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (comparison <= NTM_COMPARISON_EQ, FALSE);

  if (*trimmed == '\0')
    return invalid (error, _("An indicator needs a name."));

  return ntm_database_run_transaction (db, NTM_AREA_CRITERIA, write_indicator, &data, error);
}

/**
 * ntm_database_list_regions:
 * @db: a #NtmDatabase
 * @names: (out) (transfer full): the regions' names
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the regions' codes
 */
char **
ntm_database_list_regions (NtmDatabase   *db,
                           char        ***names,
                           GError       **error)
{
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (names != NULL, NULL);

  *names = NULL;
  stmt = ntm_database_prepare (db, "SELECT code, name FROM region ORDER BY rowid", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_strv_builder_add (codes, (const char *) sqlite3_column_text (stmt, 0));
      g_strv_builder_add (labels, (const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  *names = g_strv_builder_end (labels);
  return g_strv_builder_end (codes);
}
