/* ntm-criteria-edit.c: making criteria sets, criteria, indicators and
 * their thresholds per commune group
 *
 * The 2026–2030 commune set (Decision 51/2025) reaches the office as a
 * table: criteria, then indicators with their unit and kind, then a
 * threshold for each commune group 1, 2 and 3. Nothing of it is invented
 * here: the office types it in or imports it from a spreadsheet, and these
 * functions check and store it. Each call is one transaction (a savepoint
 * inside an import's transaction).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ntm-criteria-edit.h"
#include "ntm-database-private.h"

typedef struct {
  const char *code;
  const char *name;
  const char *decision;
  const char *applies_to;
  const char *level;
  int         year_from;
  int         year_to;
} SetData;

typedef struct {
  const char *set_code;
  const char *number;
  const char *name;
  gint64      id;
} CriterionData;

typedef struct {
  gint64            criterion_id;
  const char       *code;
  const char       *name;
  const char       *unit;
  NtmIndicatorKind  kind;
  NtmComparison     comparison;
  gint64            id;
} IndicatorData;

typedef struct {
  gint64   indicator_id;
  int      group;
  int      year_from;
  int      year_to;
  gboolean has_value;
  double   value;
} ThresholdData;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
store_set (NtmDatabase  *db,
           gpointer      user_data,
           GError      **error)
{
  SetData *d = user_data;
  sqlite3_stmt *stmt;

  stmt = ntm_database_prepare (db,
                               "INSERT INTO criteria_set (code, name, decision, applies_to, level,"
                               "   year_from, year_to, position)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                               "   (SELECT coalesce (max (position), 0) + 1 FROM criteria_set))",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, d->code);
  ntm_sql_bind_text (stmt, 2, d->name);
  ntm_sql_bind_text (stmt, 3, d->decision ? d->decision : "");
  ntm_sql_bind_text (stmt, 4, d->applies_to);
  ntm_sql_bind_text (stmt, 5, d->level);
  sqlite3_bind_int (stmt, 6, d->year_from);
  if (d->year_to > 0)
    sqlite3_bind_int (stmt, 7, d->year_to);
  return ntm_database_step_done (db, stmt, error);
}

static gboolean
store_criterion (NtmDatabase  *db,
                 gpointer      user_data,
                 GError      **error)
{
  CriterionData *d = user_data;
  sqlite3_stmt *stmt;

  stmt = ntm_database_prepare (db,
                               "INSERT INTO criterion (set_code, number, name, position)"
                               " VALUES (?1, ?2, ?3,"
                               "   (SELECT coalesce (max (position), 0) + 1 FROM criterion WHERE set_code = ?1))"
                               " ON CONFLICT (set_code, number) DO UPDATE SET name = excluded.name"
                               "   WHERE name IS NOT excluded.name",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, d->set_code);
  ntm_sql_bind_text (stmt, 2, d->number);
  ntm_sql_bind_text (stmt, 3, d->name);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;
  d->id = ntm_database_find_criterion (db, d->set_code, d->number);
  return d->id > 0;
}

static gboolean
store_indicator (NtmDatabase  *db,
                 gpointer      user_data,
                 GError      **error)
{
  IndicatorData *d = user_data;
  sqlite3_stmt *stmt;

  stmt = ntm_database_prepare (db,
                               "INSERT INTO indicator (criterion_id, code, name, kind, unit, comparison, position)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                               "   (SELECT coalesce (max (position), 0) + 1 FROM indicator WHERE criterion_id = ?1))"
                               " ON CONFLICT (criterion_id, code) DO UPDATE SET name = excluded.name,"
                               "   kind = excluded.kind, unit = excluded.unit, comparison = excluded.comparison"
                               "   WHERE name IS NOT excluded.name OR kind IS NOT excluded.kind"
                               "      OR unit IS NOT excluded.unit OR comparison IS NOT excluded.comparison"
                               " RETURNING id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, d->criterion_id);
  ntm_sql_bind_text (stmt, 2, d->code);
  ntm_sql_bind_text (stmt, 3, d->name);
  sqlite3_bind_text (stmt, 4, ntm_indicator_kind_to_string (d->kind), -1, SQLITE_STATIC);
  ntm_sql_bind_text (stmt, 5, d->unit ? d->unit : "");
  sqlite3_bind_text (stmt, 6, ntm_comparison_to_string (d->comparison), -1, SQLITE_STATIC);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;

  stmt = ntm_database_prepare (db, "SELECT id FROM indicator WHERE criterion_id = ?1 AND code = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, d->criterion_id);
  ntm_sql_bind_text (stmt, 2, d->code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    d->id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return d->id > 0;
}

static gboolean
store_threshold (NtmDatabase  *db,
                 gpointer      user_data,
                 GError      **error)
{
  ThresholdData *d = user_data;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = ntm_database_prepare (db,
                               "SELECT id FROM threshold WHERE indicator_id = ?1 AND region IS NULL"
                               "   AND commune_group IS ?2 AND year_from = ?3",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, d->indicator_id);
  if (d->group > 0)
    sqlite3_bind_int (stmt, 2, d->group);
  sqlite3_bind_int (stmt, 3, d->year_from);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (id > 0)
    stmt = ntm_database_prepare (db,
                                 "UPDATE threshold SET value = ?2, year_to = ?3 WHERE id = ?1"
                                 "   AND (value IS NOT ?2 OR year_to IS NOT ?3)",
                                 error);
  else
    stmt = ntm_database_prepare (db,
                                 "INSERT INTO threshold (indicator_id, value, year_to, commune_group, year_from)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id > 0 ? id : d->indicator_id);
  ntm_sql_bind_optional_double (stmt, 2, d->has_value, d->value);
  if (d->year_to > 0)
    sqlite3_bind_int (stmt, 3, d->year_to);
  if (id == 0)
    {
      if (d->group > 0)
        sqlite3_bind_int (stmt, 4, d->group);
      sqlite3_bind_int (stmt, 5, d->year_from);
    }
  return ntm_database_step_done (db, stmt, error);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_indicator_kind_get_label:
 * @kind: a kind of indicator
 *
 * Returns: the kind as a person reads it, translated
 */
const char *
ntm_indicator_kind_get_label (NtmIndicatorKind kind)
{
  switch (kind)
    {
    case NTM_INDICATOR_BOOLEAN: return _("Yes/no");
    case NTM_INDICATOR_PERCENT: return _("Percentage");
    case NTM_INDICATOR_NUMBER: default: return _("Number");
    }
}

/**
 * ntm_criteria_set_kind_get_label:
 * @applies_to: "commune", "urban", "district" or "province"
 *
 * Returns: the kind of unit a set applies to as a person reads it,
 *   translated, or %NULL for an unknown kind
 */
const char *
ntm_criteria_set_kind_get_label (const char *applies_to)
{
  if (g_strcmp0 (applies_to, "commune") == 0)
    return _("Communes");
  if (g_strcmp0 (applies_to, "urban") == 0)
    return _("Wards and townships");
  if (g_strcmp0 (applies_to, "district") == 0)
    return _("Districts, towns and the city");
  if (g_strcmp0 (applies_to, "province") == 0)
    return _("The province");
  return NULL;
}

/**
 * ntm_criteria_set_kind_get_level:
 * @applies_to: "commune", "urban", "district" or "province"
 *
 * The level a new set for that kind of unit is the standard of, when the
 * office makes one: NTM for communes (of 2026–2030 from 2026 on, see
 * ntm_level_for_set()), civilised for wards and townships, NTM district,
 * and the province's completion of the NTM task.
 *
 * Returns: the level, or %NTM_LEVEL_NO_DATA for an unknown kind
 */
NtmLevel
ntm_criteria_set_kind_get_level (const char *applies_to)
{
  if (g_strcmp0 (applies_to, "commune") == 0)
    return NTM_LEVEL_NTM;
  if (g_strcmp0 (applies_to, "urban") == 0)
    return NTM_LEVEL_CIVILISED;
  if (g_strcmp0 (applies_to, "district") == 0)
    return NTM_LEVEL_DISTRICT_NTM;
  if (g_strcmp0 (applies_to, "province") == 0)
    return NTM_LEVEL_TASK_COMPLETED;
  return NTM_LEVEL_NO_DATA;
}

/**
 * ntm_database_create_criteria_set:
 * @db: a #NtmDatabase
 * @code: a short code, unique (e.g. "51-2025-ntm")
 * @name: the set's name as people read it
 * @decision: (nullable): the decision that sets it, e.g. "51/2025/QĐ-TTg"
 * @applies_to: "commune", "urban", "district" or "province"
 * @level: the level the set is for (%NTM_LEVEL_NTM, …)
 * @year_from: the first year it applies to
 * @year_to: the last year, or 0 when open ended
 * @error: return location for a #GError
 *
 * Returns: %TRUE if created; %NTM_DATABASE_ERROR_INVALID with a message
 *   for a missing name, a code in use, an unknown kind or bad years
 */
gboolean
ntm_database_create_criteria_set (NtmDatabase  *db,
                                  const char   *code,
                                  const char   *name,
                                  const char   *decision,
                                  const char   *applies_to,
                                  NtmLevel      level,
                                  int           year_from,
                                  int           year_to,
                                  GError      **error)
{
  static const char * const kinds[] = { "commune", "urban", "district", "province", NULL };
  SetData data = { code, name, decision, applies_to, NULL, year_from, year_to };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  if (is_blank (code))
    return invalid (error, _("Give the criteria set a code."));
  if (is_blank (name))
    return invalid (error, _("Give the criteria set a name."));
  if (applies_to == NULL || !g_strv_contains (kinds, applies_to))
    return invalid (error, _("A criteria set applies to communes, wards and townships, districts or the province."));
  if (year_from < 2000 || year_from > 2100 || (year_to != 0 && (year_to < year_from || year_to > 2100)))
    return invalid (error, _("The years of the criteria set are not right: the first year must be between 2000 and 2100 and the last one (if any) not before it."));
  if (ntm_database_has_criteria_set (db, code))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("A criteria set with the code “%s” exists already."), code);
      return FALSE;
    }
  data.level = level == NTM_LEVEL_TASK_COMPLETED ? "province" : ntm_level_to_string (level);
  if (data.level == NULL)
    return invalid (error, _("The level of the criteria set is not known."));

  return ntm_database_run_transaction (db, NTM_AREA_CRITERIA, store_set, &data, error);
}

gboolean
ntm_database_has_criteria_set (NtmDatabase *db,
                               const char  *code)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  return ntm_database_has_row (db, "SELECT 1 FROM criteria_set WHERE code = ?1", code);
}

/**
 * ntm_database_find_criterion:
 * @db: a #NtmDatabase
 * @set_code: a criteria set
 * @number: the criterion's number in the set ("1", "17", "ĐK", …)
 *
 * Returns: the criterion's id, or 0 when there is none
 */
gint64
ntm_database_find_criterion (NtmDatabase *db,
                             const char  *set_code,
                             const char  *number)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (NTM_IS_DATABASE (db), 0);

  stmt = ntm_database_prepare (db, "SELECT id FROM criterion WHERE set_code = ?1 AND number = ?2", NULL);
  if (stmt == NULL)
    return 0;
  ntm_sql_bind_text (stmt, 1, set_code);
  ntm_sql_bind_text (stmt, 2, number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/**
 * ntm_database_add_criterion:
 * @db: a #NtmDatabase
 * @set_code: the set it belongs to
 * @number: its number in the set
 * @name: its name
 * @error: return location for a #GError
 *
 * Adds the criterion at the end of the set, or renames the one with that
 * number.
 *
 * Returns: the criterion's id, or 0 with @error set
 */
gint64
ntm_database_add_criterion (NtmDatabase  *db,
                            const char   *set_code,
                            const char   *number,
                            const char   *name,
                            GError      **error)
{
  CriterionData data = { set_code, NULL, NULL, 0 };
  g_autofree char *number_text = g_strstrip (g_strdup (number ? number : ""));
  g_autofree char *name_text = g_strstrip (g_strdup (name ? name : ""));

  g_return_val_if_fail (NTM_IS_DATABASE (db), 0);

  if (!ntm_database_has_criteria_set (db, set_code))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                   _("There is no criteria set with the code “%s”."), set_code ? set_code : "");
      return 0;
    }
  if (*number_text == '\0')
    {
      invalid (error, _("Give the criterion a number."));
      return 0;
    }
  if (*name_text == '\0')
    {
      invalid (error, _("Give the criterion a name."));
      return 0;
    }
  data.number = number_text;
  data.name = name_text;
  if (!ntm_database_run_transaction (db, NTM_AREA_CRITERIA, store_criterion, &data, error))
    return 0;
  return data.id;
}

/**
 * ntm_database_find_indicator:
 * @db: a #NtmDatabase
 * @set_code: a criteria set
 * @code: the indicator's code in the set ("17.1", …)
 *
 * Returns: the indicator's id, or 0 when there is none
 */
gint64
ntm_database_find_indicator (NtmDatabase *db,
                             const char  *set_code,
                             const char  *code)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (NTM_IS_DATABASE (db), 0);

  stmt = ntm_database_prepare (db,
                               "SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                               " WHERE c.set_code = ?1 AND i.code = ?2 ORDER BY i.id LIMIT 1",
                               NULL);
  if (stmt == NULL)
    return 0;
  ntm_sql_bind_text (stmt, 1, set_code);
  ntm_sql_bind_text (stmt, 2, code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/**
 * ntm_database_add_indicator:
 * @db: a #NtmDatabase
 * @criterion_id: the criterion it belongs to
 * @code: its code ("17.1", …)
 * @name: its name
 * @unit: (nullable): its unit of measure ("%", "triệu đồng", …)
 * @kind: number, percentage or yes/no
 * @comparison: how a value is held against the threshold
 * @error: return location for a #GError
 *
 * Adds the indicator at the end of its criterion, or updates the one with
 * that code.
 *
 * Returns: the indicator's id, or 0 with @error set
 */
gint64
ntm_database_add_indicator (NtmDatabase       *db,
                            gint64             criterion_id,
                            const char        *code,
                            const char        *name,
                            const char        *unit,
                            NtmIndicatorKind   kind,
                            NtmComparison      comparison,
                            GError           **error)
{
  g_autofree char *code_text = g_strstrip (g_strdup (code ? code : ""));
  g_autofree char *name_text = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *unit_text = g_strstrip (g_strdup (unit ? unit : ""));
  IndicatorData data = { criterion_id, NULL, NULL, NULL, kind, comparison, 0 };

  g_return_val_if_fail (NTM_IS_DATABASE (db), 0);

  if (*code_text == '\0')
    {
      invalid (error, _("Give the indicator a code."));
      return 0;
    }
  if (*name_text == '\0')
    {
      invalid (error, _("Give the indicator a name."));
      return 0;
    }
  if (kind > NTM_INDICATOR_NUMBER || comparison > NTM_COMPARISON_EQ)
    {
      invalid (error, _("The indicator’s kind must be a number, a percentage or yes/no."));
      return 0;
    }
  data.code = code_text;
  data.name = name_text;
  data.unit = kind == NTM_INDICATOR_PERCENT && *unit_text == '\0' ? "%" : unit_text;
  if (!ntm_database_run_transaction (db, NTM_AREA_CRITERIA, store_indicator, &data, error))
    return 0;
  return data.id;
}

/**
 * ntm_database_set_group_threshold:
 * @db: a #NtmDatabase
 * @indicator_id: the indicator
 * @commune_group: 1, 2 or 3; 0 for every group
 * @year_from: the first year the threshold applies to
 * @year_to: the last year, or 0 when open ended
 * @has_value: %FALSE to record it as not known yet
 * @value: the threshold (a share for a percentage: 0–100)
 * @error: return location for a #GError
 *
 * Returns: %TRUE if stored
 */
gboolean
ntm_database_set_group_threshold (NtmDatabase  *db,
                                  gint64        indicator_id,
                                  int           commune_group,
                                  int           year_from,
                                  int           year_to,
                                  gboolean      has_value,
                                  double        value,
                                  GError      **error)
{
  ThresholdData data = { indicator_id, commune_group, year_from, year_to, has_value, value };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  if (commune_group < 0 || commune_group > 3)
    return invalid (error, _("A commune group is 1, 2 or 3."));
  if (year_from < 2000 || year_from > 2100 || (year_to != 0 && year_to < year_from))
    return invalid (error, _("The years of the threshold are not right."));
  if (has_value && (!isfinite (value) || value < 0))
    return invalid (error, _("A threshold cannot be negative."));

  return ntm_database_run_transaction (db, NTM_AREA_THRESHOLDS, store_threshold, &data, error);
}

/**
 * ntm_database_get_group_threshold:
 * @db: a #NtmDatabase
 * @indicator_id: the indicator
 * @commune_group: 1, 2 or 3; 0 for the one of every group
 * @year: the year
 * @known: (out): whether its value is known
 * @value: (out): the value when known
 *
 * Reads the threshold recorded for exactly that group (not a fallback).
 *
 * Returns: %TRUE when a threshold row exists
 */
gboolean
ntm_database_get_group_threshold (NtmDatabase *db,
                                  gint64       indicator_id,
                                  int          commune_group,
                                  int          year,
                                  gboolean    *known,
                                  double      *value)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (known != NULL && value != NULL, FALSE);

  *known = FALSE;
  *value = 0;
  stmt = ntm_database_prepare (db,
                               "SELECT value FROM threshold WHERE indicator_id = ?1 AND region IS NULL"
                               "   AND commune_group IS ?2 AND year_from <= ?3"
                               "   AND (year_to IS NULL OR year_to >= ?3)"
                               " ORDER BY year_from DESC, id DESC LIMIT 1",
                               NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  if (commune_group > 0)
    sqlite3_bind_int (stmt, 2, commune_group);
  sqlite3_bind_int (stmt, 3, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      *known = ntm_sql_get_double (stmt, 0, value);
    }
  sqlite3_reset (stmt);
  return found;
}
