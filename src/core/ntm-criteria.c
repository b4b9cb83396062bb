/* ntm-criteria.c: the criteria catalogue (sets, criteria, indicators)
 *
 * Three small read-only value objects, kept together because they are only
 * ever read as one tree: a set holds criteria, a criterion holds indicators.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ntm-criteria.h"
#include "ntm-criteria-private.h"
#include "ntm-database-private.h"

struct _NtmCriteriaSet
{
  GObject   parent_instance;
  char     *code;
  char     *name;
  char     *decision;
  char     *applies_to;
  NtmLevel  level;
  int       year_from;
  int       year_to;
};

struct _NtmCriterion
{
  GObject  parent_instance;
  gint64   id;
  char    *set_code;
  char    *number;
  char    *group_code;
  char    *group_name;
  char    *name;
  char    *verify_note;
};

struct _NtmIndicator
{
  GObject           parent_instance;
  gint64            id;
  gint64            criterion_id;
  char             *code;
  char             *name;
  char             *unit;
  char             *verify_note;
  char             *part_of;
  NtmIndicatorKind  kind;
  NtmComparison     comparison;
};

G_DEFINE_FINAL_TYPE (NtmCriteriaSet, ntm_criteria_set, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (NtmCriterion, ntm_criterion, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (NtmIndicator, ntm_indicator, G_TYPE_OBJECT)

enum { SET_PROP_0, SET_PROP_CODE, SET_PROP_NAME, N_SET_PROPS };
enum { CRITERION_PROP_0, CRITERION_PROP_NUMBER, CRITERION_PROP_NAME, N_CRITERION_PROPS };
enum { INDICATOR_PROP_0, INDICATOR_PROP_CODE, INDICATOR_PROP_NAME, N_INDICATOR_PROPS };

static GParamSpec *set_properties[N_SET_PROPS];
static GParamSpec *criterion_properties[N_CRITERION_PROPS];
static GParamSpec *indicator_properties[N_INDICATOR_PROPS];

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_criteria_set_finalize (GObject *object)
{
  NtmCriteriaSet *self = NTM_CRITERIA_SET (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->decision);
  g_free (self->applies_to);
  G_OBJECT_CLASS (ntm_criteria_set_parent_class)->finalize (object);
}

static void
ntm_criteria_set_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  NtmCriteriaSet *self = NTM_CRITERIA_SET (object);

  switch (prop_id)
    {
    case SET_PROP_CODE: g_value_set_string (value, self->code); break;
    case SET_PROP_NAME: g_value_set_string (value, self->name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_criteria_set_class_init (NtmCriteriaSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ntm_criteria_set_finalize;
  object_class->get_property = ntm_criteria_set_get_property;
  set_properties[SET_PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  set_properties[SET_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_SET_PROPS, set_properties);
}

static void
ntm_criteria_set_init (NtmCriteriaSet *self)
{
}

static void
ntm_criterion_finalize (GObject *object)
{
  NtmCriterion *self = NTM_CRITERION (object);

  g_free (self->set_code);
  g_free (self->number);
  g_free (self->group_code);
  g_free (self->group_name);
  g_free (self->name);
  g_free (self->verify_note);
  G_OBJECT_CLASS (ntm_criterion_parent_class)->finalize (object);
}

static void
ntm_criterion_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  NtmCriterion *self = NTM_CRITERION (object);

  switch (prop_id)
    {
    case CRITERION_PROP_NUMBER: g_value_set_string (value, self->number); break;
    case CRITERION_PROP_NAME: g_value_set_string (value, self->name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_criterion_class_init (NtmCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ntm_criterion_finalize;
  object_class->get_property = ntm_criterion_get_property;
  criterion_properties[CRITERION_PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  criterion_properties[CRITERION_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_CRITERION_PROPS, criterion_properties);
}

static void
ntm_criterion_init (NtmCriterion *self)
{
}

static void
ntm_indicator_finalize (GObject *object)
{
  NtmIndicator *self = NTM_INDICATOR (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->unit);
  g_free (self->verify_note);
  g_free (self->part_of);
  G_OBJECT_CLASS (ntm_indicator_parent_class)->finalize (object);
}

static void
ntm_indicator_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  NtmIndicator *self = NTM_INDICATOR (object);

  switch (prop_id)
    {
    case INDICATOR_PROP_CODE: g_value_set_string (value, self->code); break;
    case INDICATOR_PROP_NAME: g_value_set_string (value, self->name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_indicator_class_init (NtmIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ntm_indicator_finalize;
  object_class->get_property = ntm_indicator_get_property;
  indicator_properties[INDICATOR_PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  indicator_properties[INDICATOR_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_INDICATOR_PROPS, indicator_properties);
}

static void
ntm_indicator_init (NtmIndicator *self)
{
}

/* ---------------------------------------------------------------------- */
/* Public API: accessors                                                  */
/* ---------------------------------------------------------------------- */

const char *
ntm_criteria_set_get_code (NtmCriteriaSet *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET (self), NULL);
  return self->code;
}

const char *
ntm_criteria_set_get_name (NtmCriteriaSet *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET (self), NULL);
  return self->name;
}

const char *
ntm_criteria_set_get_decision (NtmCriteriaSet *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET (self), NULL);
  return self->decision;
}

/**
 * ntm_criteria_set_get_applies_to:
 * @self: a #NtmCriteriaSet
 *
 * Returns: "commune", "urban" (wards and townships), "district" (districts,
 *   towns and cities) or "province"
 */
const char *
ntm_criteria_set_get_applies_to (NtmCriteriaSet *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET (self), NULL);
  return self->applies_to;
}

NtmLevel
ntm_criteria_set_get_level (NtmCriteriaSet *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET (self), NTM_LEVEL_NO_DATA);
  return self->level;
}

int
ntm_criteria_set_get_year_from (NtmCriteriaSet *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET (self), 0);
  return self->year_from;
}

/**
 * ntm_criteria_set_get_year_to:
 * @self: a #NtmCriteriaSet
 *
 * Returns: the last year the set applies to, or 0 when open ended
 */
int
ntm_criteria_set_get_year_to (NtmCriteriaSet *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET (self), 0);
  return self->year_to;
}

/**
 * ntm_criteria_set_has_commune_groups:
 * @self: a #NtmCriteriaSet
 *
 * The one rule for how a set's thresholds are told apart: the commune
 * sets of 2026–2030 (Decision 51/2025) give a threshold per commune group
 * 1, 2 and 3; older sets and sets for other kinds of unit give one per
 * region.
 *
 * Returns: whether the set's thresholds are per commune group
 */
gboolean
ntm_criteria_set_has_commune_groups (NtmCriteriaSet *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET (self), FALSE);

  return g_strcmp0 (self->applies_to, "commune") == 0 && self->year_from >= NTM_PERIOD_2026_FIRST_YEAR;
}

/**
 * ntm_criteria_set_applies:
 * @self: a #NtmCriteriaSet
 * @kind: a kind of unit
 * @year: a year
 *
 * The one rule for which sets a unit is held to: a set applies in the
 * years it is in force (2021–2025 assessments against 318/319/320/04-2022,
 * 2026 on against 51/2025; nothing older is rewritten) to the kinds it is
 * written for (communes; wards and townships; districts, towns and the
 * city; the province). The advanced-district set is for districts only: a
 * town or the city completes the NTM task instead.
 *
 * Returns: whether the set is one units of @kind are held to in @year
 */
gboolean
ntm_criteria_set_applies (NtmCriteriaSet *self,
                          NtmUnitKind     kind,
                          int             year)
{
  const char *wanted;

  g_return_val_if_fail (NTM_IS_CRITERIA_SET (self), FALSE);

  if (year < self->year_from || (self->year_to != 0 && year > self->year_to))
    return FALSE;

  switch (kind)
    {
    case NTM_UNIT_KIND_COMMUNE: wanted = "commune"; break;
    case NTM_UNIT_KIND_WARD:
    case NTM_UNIT_KIND_TOWNSHIP: wanted = "urban"; break;
    case NTM_UNIT_KIND_DISTRICT:
    case NTM_UNIT_KIND_TOWN:
    case NTM_UNIT_KIND_CITY: wanted = "district"; break;
    case NTM_UNIT_KIND_PROVINCE:
    default: wanted = "province"; break;
    }

  if (self->level == NTM_LEVEL_DISTRICT_ADVANCED && kind != NTM_UNIT_KIND_DISTRICT)
    return FALSE;
  return g_strcmp0 (self->applies_to, wanted) == 0;
}

/**
 * ntm_database_list_applicable_sets:
 * @db: a #NtmDatabase
 * @kind: a kind of unit
 * @commune_group: the commune's group (1–3) in @year, or 0; a set applies
 *   to every group (the group chooses thresholds, see
 *   ntm_database_lookup_threshold())
 * @year: a year
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #NtmCriteriaSet objects a unit of @kind is
 *   held to in @year (ntm_criteria_set_applies()), in display order
 */
GListModel *
ntm_database_list_applicable_sets (NtmDatabase  *db,
                                   NtmUnitKind   kind,
                                   int           commune_group,
                                   int           year,
                                   GError      **error)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_CRITERIA_SET);

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (commune_group >= 0 && commune_group <= 3, NULL);

  all = ntm_database_list_criteria_sets (db, error);
  if (all == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (all, i);

      if (ntm_criteria_set_applies (set, kind, year))
        g_list_store_append (store, set);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

gint64
ntm_criterion_get_id (NtmCriterion *self)
{
  g_return_val_if_fail (NTM_IS_CRITERION (self), 0);
  return self->id;
}

const char *
ntm_criterion_get_set_code (NtmCriterion *self)
{
  g_return_val_if_fail (NTM_IS_CRITERION (self), NULL);
  return self->set_code;
}

const char *
ntm_criterion_get_number (NtmCriterion *self)
{
  g_return_val_if_fail (NTM_IS_CRITERION (self), NULL);
  return self->number;
}

const char *
ntm_criterion_get_group_code (NtmCriterion *self)
{
  g_return_val_if_fail (NTM_IS_CRITERION (self), NULL);
  return self->group_code;
}

const char *
ntm_criterion_get_group_name (NtmCriterion *self)
{
  g_return_val_if_fail (NTM_IS_CRITERION (self), NULL);
  return self->group_name;
}

const char *
ntm_criterion_get_name (NtmCriterion *self)
{
  g_return_val_if_fail (NTM_IS_CRITERION (self), NULL);
  return self->name;
}

gint64
ntm_indicator_get_id (NtmIndicator *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR (self), 0);
  return self->id;
}

gint64
ntm_indicator_get_criterion_id (NtmIndicator *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR (self), 0);
  return self->criterion_id;
}

const char *
ntm_indicator_get_code (NtmIndicator *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR (self), NULL);
  return self->code;
}

const char *
ntm_indicator_get_name (NtmIndicator *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR (self), NULL);
  return self->name;
}

NtmIndicatorKind
ntm_indicator_get_kind (NtmIndicator *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR (self), NTM_INDICATOR_BOOLEAN);
  return self->kind;
}

const char *
ntm_indicator_get_unit (NtmIndicator *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR (self), NULL);
  return self->unit;
}

/**
 * ntm_criterion_get_verify_note:
 * @self: a #NtmCriterion
 *
 * Returns: what of the criterion's numbering or wording is not confirmed
 *   against the decision's text, or "" when nothing is flagged
 */
const char *
ntm_criterion_get_verify_note (NtmCriterion *self)
{
  g_return_val_if_fail (NTM_IS_CRITERION (self), NULL);
  return self->verify_note ? self->verify_note : "";
}

/**
 * ntm_indicator_get_verify_note:
 * @self: a #NtmIndicator
 *
 * Returns: what of the indicator's numbering or wording is not confirmed
 *   against the decision's text, or "" when nothing is flagged
 */
const char *
ntm_indicator_get_verify_note (NtmIndicator *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR (self), NULL);
  return self->verify_note ? self->verify_note : "";
}

/**
 * ntm_indicator_get_part_of:
 * @self: a #NtmIndicator
 *
 * Returns: (nullable): the code of the indicator this row is a part of
 *   (both parts of 17.1 say "17.1"), or %NULL for a whole indicator
 */
const char *
ntm_indicator_get_part_of (NtmIndicator *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR (self), NULL);
  return self->part_of;
}

NtmComparison
ntm_indicator_get_comparison (NtmIndicator *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR (self), NTM_COMPARISON_GE);
  return self->comparison;
}

/* ---------------------------------------------------------------------- */
/* Public API: queries                                                    */
/* ---------------------------------------------------------------------- */

/**
 * ntm_database_list_criteria_sets:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #NtmCriteriaSet in display order
 */
GListModel *
ntm_database_list_criteria_sets (NtmDatabase  *db,
                                 GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_CRITERIA_SET);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT code, name, decision, applies_to, level, year_from,"
                               "       coalesce(year_to, 0)"
                               " FROM criteria_set ORDER BY position, code",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmCriteriaSet) set = g_object_new (NTM_TYPE_CRITERIA_SET, NULL);

      set->code = ntm_sql_dup_text (stmt, 0);
      set->name = ntm_sql_dup_text (stmt, 1);
      set->decision = ntm_sql_dup_text (stmt, 2);
      set->applies_to = ntm_sql_dup_text (stmt, 3);
      if (!ntm_level_from_string ((const char *) sqlite3_column_text (stmt, 4), &set->level))
        set->level = NTM_LEVEL_NO_DATA;
      set->year_from = sqlite3_column_int (stmt, 5);
      set->year_to = sqlite3_column_int (stmt, 6);
      g_list_store_append (store, set);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ntm_database_list_criteria:
 * @db: a #NtmDatabase
 * @set_code: a criteria set's code
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #NtmCriterion in the
 *   decision's order
 */
GListModel *
ntm_database_list_criteria (NtmDatabase  *db,
                            const char   *set_code,
                            GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_CRITERION);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (set_code != NULL, NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT id, set_code, number, group_code, group_name, name, verify_note"
                               " FROM criterion WHERE set_code = ?1 ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return NULL;
  ntm_sql_bind_text (stmt, 1, set_code);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmCriterion) criterion = g_object_new (NTM_TYPE_CRITERION, NULL);

      criterion->id = sqlite3_column_int64 (stmt, 0);
      criterion->set_code = ntm_sql_dup_text (stmt, 1);
      criterion->number = ntm_sql_dup_text (stmt, 2);
      criterion->group_code = ntm_sql_dup_text (stmt, 3);
      criterion->group_name = ntm_sql_dup_text (stmt, 4);
      criterion->name = ntm_sql_dup_text (stmt, 5);
      criterion->verify_note = ntm_sql_dup_text (stmt, 6);
      g_list_store_append (store, criterion);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ntm_database_list_indicators:
 * @db: a #NtmDatabase
 * @criterion_id: a criterion's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #NtmIndicator
 */
GListModel *
ntm_database_list_indicators (NtmDatabase  *db,
                              gint64        criterion_id,
                              GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_INDICATOR);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT id, criterion_id, code, name, kind, unit, comparison, verify_note, part_of"
                               " FROM indicator WHERE criterion_id = ?1 ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, criterion_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmIndicator) indicator = g_object_new (NTM_TYPE_INDICATOR, NULL);

      indicator->id = sqlite3_column_int64 (stmt, 0);
      indicator->criterion_id = sqlite3_column_int64 (stmt, 1);
      indicator->code = ntm_sql_dup_text (stmt, 2);
      indicator->name = ntm_sql_dup_text (stmt, 3);
      if (!ntm_indicator_kind_from_string ((const char *) sqlite3_column_text (stmt, 4), &indicator->kind))
        indicator->kind = NTM_INDICATOR_BOOLEAN;
      indicator->unit = ntm_sql_dup_text (stmt, 5);
      if (!ntm_comparison_from_string ((const char *) sqlite3_column_text (stmt, 6), &indicator->comparison))
        indicator->comparison = NTM_COMPARISON_GE;
      indicator->verify_note = ntm_sql_dup_text (stmt, 7);
      indicator->part_of = ntm_sql_dup_text (stmt, 8);
      g_list_store_append (store, indicator);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ntm_database_lookup_threshold:
 * @db: a #NtmDatabase
 * @indicator_id: an indicator
 * @region: (nullable): the unit's region
 * @commune_group: the unit's commune group, or 0
 * @year: the year
 * @known: (out): whether the threshold's value is known
 * @value: (out): the value when known
 * @error: return location for a #GError
 *
 * Finds the threshold that applies: one for the unit's region and commune
 * group is preferred to one for every region or group.
 *
 * Returns: %TRUE if a threshold row applies (its value may still be unknown)
 */
gboolean
ntm_database_lookup_threshold (NtmDatabase  *db,
                               gint64        indicator_id,
                               const char   *region,
                               int           commune_group,
                               int           year,
                               gboolean     *known,
                               double       *value,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (known != NULL && value != NULL, FALSE);

  *known = FALSE;
  *value = 0.0;

  stmt = ntm_database_prepare (db,
                               "SELECT value FROM threshold"
                               " WHERE indicator_id = ?1"
                               "   AND (region IS NULL OR region = ?2)"
                               "   AND (commune_group IS NULL OR commune_group = ?3)"
                               "   AND year_from <= ?4 AND (year_to IS NULL OR year_to >= ?4)"
                               " ORDER BY region IS NULL, commune_group IS NULL, year_from DESC, id DESC"
                               " LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  ntm_sql_bind_text (stmt, 2, region);
  sqlite3_bind_int (stmt, 3, commune_group);
  sqlite3_bind_int (stmt, 4, year);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      found = TRUE;
      *known = ntm_sql_get_double (stmt, 0, value);
    }
  else if (rc != SQLITE_DONE)
    ntm_database_set_sqlite_error (db, error, NULL);
  sqlite3_reset (stmt);

  return found;
}
