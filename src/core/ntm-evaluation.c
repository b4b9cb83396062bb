/* ntm-evaluation.c: every unit's attainment for one year
 *
 * Reads the catalogue, the thresholds, the values and the recognitions of a
 * year once, and works out for each unit in force that year (31 December)
 * the status of each criterion of the sets it is held to that year
 * (ntm_criteria_set_applies()), "x of N met", the level the data supports
 * (computed) and the level in force by decision (recognised, by the one
 * rule of ntm_database_get_levels_in_force()). The two levels are never
 * mixed. A value entered against a threshold nobody knows yet is counted
 * apart ("threshold unknown"), and a criterion its values cannot decide is
 * decided by its recorded status where one exists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ntm-database-private.h"
#include "ntm-criteria.h"
#include "ntm-evaluation.h"
#include "ntm-indicator-values.h"
#include "ntm-recognition.h"
#include "ntm-unit.h"

/* The district criterion that holds the satisfaction indicators. */
#define SATISFACTION_GROUP "ĐK"

typedef struct {
  gint64            id;
  gint64            criterion_id;
  char             *code;
  NtmIndicatorKind  kind;
  NtmComparison     comparison;
} Indicator;

typedef struct {
  gint64    id;
  char     *set_code;
  char     *applies_to;
  NtmLevel  set_level;
  char     *number;
  char     *group_code;
  char     *group_name;
  char     *name;
  GArray   *indicators;   /* of Indicator */
} Criterion;

typedef struct {
  gboolean  has_value;
  double    value;
  gboolean  from_figures;   /* no assessed value: the figures gave it */
  gboolean  has_override;
  NtmStatus override;
} Value;

typedef struct {
  char        *code;
  char        *parent_code;
  char        *region;
  int          commune_group;
  NtmUnitKind  kind;
  NtmLevel     recognised;
  int          recognised_year;
  NtmLevel     computed;
  GArray      *results;      /* of NtmCriterionResult */
  GHashTable  *values;       /* indicator id → Value */
  GHashTable  *reported;     /* criterion id → recorded status, packed by pack_recorded() */
} Unit;

struct _NtmEvaluation
{
  GObject     parent_instance;

  int         year;
  GPtrArray  *criteria;     /* of Criterion, in display order */
  GHashTable *units;        /* code → Unit */
  GPtrArray  *unit_order;   /* of Unit, borrowed */
  GListModel *unit_list;    /* of NtmUnit: the units of the year */
  GHashTable *applicable;   /* "kind|set code" → present when the set applies */
};

G_DEFINE_FINAL_TYPE (NtmEvaluation, ntm_evaluation, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
criterion_free (gpointer data)
{
  Criterion *c = data;

  g_free (c->set_code);
  g_free (c->applies_to);
  g_free (c->number);
  g_free (c->group_code);
  g_free (c->group_name);
  g_free (c->name);
  g_array_unref (c->indicators);
  g_free (c);
}

static void
indicator_clear (gpointer data)
{
  Indicator *ind = data;

  g_free (ind->code);
}

static void
unit_free (gpointer data)
{
  Unit *u = data;

  g_free (u->code);
  g_free (u->parent_code);
  g_free (u->region);
  g_array_unref (u->results);
  g_clear_pointer (&u->values, g_hash_table_unref);
  g_clear_pointer (&u->reported, g_hash_table_unref);
  g_free (u);
}

static char *
applicable_key (NtmUnitKind  kind,
                const char  *set_code)
{
  return g_strdup_printf ("%d|%s", kind, set_code);
}

/* Which sets each kind of unit is held to this year, by the one rule. */
static gboolean
load_applicable (NtmEvaluation  *self,
                 NtmDatabase    *db,
                 GError        **error)
{
  for (NtmUnitKind kind = NTM_UNIT_KIND_PROVINCE; kind <= NTM_UNIT_KIND_TOWNSHIP; kind++)
    {
      g_autoptr(GListModel) sets = ntm_database_list_applicable_sets (db, kind, 0, self->year, error);

      if (sets == NULL)
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
        {
          g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, i);

          g_hash_table_add (self->applicable, applicable_key (kind, ntm_criteria_set_get_code (set)));
        }
    }
  return TRUE;
}

/* The set whose "x of N" describes a unit of this kind. */
static NtmLevel
main_set_level (NtmUnitKind kind)
{
  switch (kind)
    {
    case NTM_UNIT_KIND_COMMUNE: return NTM_LEVEL_NTM;
    case NTM_UNIT_KIND_WARD:
    case NTM_UNIT_KIND_TOWNSHIP: return NTM_LEVEL_CIVILISED;
    case NTM_UNIT_KIND_DISTRICT:
    case NTM_UNIT_KIND_TOWN:
    case NTM_UNIT_KIND_CITY: return NTM_LEVEL_DISTRICT_NTM;
    case NTM_UNIT_KIND_PROVINCE:
    default: return NTM_LEVEL_TASK_COMPLETED;
    }
}

static gboolean
is_satisfaction (const NtmCriterionResult *r)
{
  return r->set_level == NTM_LEVEL_DISTRICT_NTM && g_strcmp0 (r->group_code, SATISFACTION_GROUP) == 0;
}

/* A recorded status and its origin in one hash table value (never 0). */
static gpointer
pack_recorded (NtmStatus       status,
               NtmStatusOrigin origin)
{
  return GINT_TO_POINTER (0x100 | (origin << 4) | status);
}

static void
unpack_recorded (gpointer         packed,
                 NtmStatus       *status,
                 NtmStatusOrigin *origin)
{
  int bits = GPOINTER_TO_INT (packed);

  *status = bits & 0xf;
  *origin = (bits >> 4) & 0xf;
}

static gboolean
load_catalogue (NtmEvaluation  *self,
                NtmDatabase    *db,
                GError        **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db,
                               "SELECT c.id, c.set_code, s.applies_to, s.level, c.number,"
                               "       c.group_code, c.group_name, c.name"
                               " FROM criterion c JOIN criteria_set s ON s.code = c.set_code"
                               " WHERE s.year_from <= ?1 AND (s.year_to IS NULL OR s.year_to >= ?1)"
                               " ORDER BY s.position, s.code, c.position, c.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Criterion *c = g_new0 (Criterion, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->set_code = ntm_sql_dup_text (stmt, 1);
      c->applies_to = ntm_sql_dup_text (stmt, 2);
      if (!ntm_level_from_string ((const char *) sqlite3_column_text (stmt, 3), &c->set_level))
        c->set_level = NTM_LEVEL_NO_DATA;
      c->number = ntm_sql_dup_text (stmt, 4);
      c->group_code = ntm_sql_dup_text (stmt, 5);
      c->group_name = ntm_sql_dup_text (stmt, 6);
      c->name = ntm_sql_dup_text (stmt, 7);
      c->indicators = g_array_new (FALSE, TRUE, sizeof (Indicator));
      g_array_set_clear_func (c->indicators, indicator_clear);
      g_ptr_array_add (self->criteria, c);
      g_hash_table_insert (by_id, &c->id, c);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto sql_error;

  stmt = ntm_database_prepare (db,
                               "SELECT id, criterion_id, kind, comparison, code FROM indicator"
                               " ORDER BY criterion_id, position, id",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Indicator ind = { 0 };
      Criterion *c;

      ind.id = sqlite3_column_int64 (stmt, 0);
      ind.criterion_id = sqlite3_column_int64 (stmt, 1);
      c = g_hash_table_lookup (by_id, &ind.criterion_id);
      if (c == NULL)
        continue;
      if (!ntm_indicator_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &ind.kind))
        ind.kind = NTM_INDICATOR_BOOLEAN;
      if (!ntm_comparison_from_string ((const char *) sqlite3_column_text (stmt, 3), &ind.comparison))
        ind.comparison = NTM_COMPARISON_GE;
      ind.code = ntm_sql_dup_text (stmt, 4);
      g_array_append_val (c->indicators, ind);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto sql_error;

  return TRUE;

sql_error:
  ntm_database_set_sqlite_error (db, error, NULL);
  return FALSE;
}

static gboolean
load_units (NtmEvaluation  *self,
            NtmDatabase    *db,
            GError        **error)
{
  self->unit_list = ntm_database_list_units_in_year (db, self->year, error);
  if (self->unit_list == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (self->unit_list); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->unit_list, i);
      Unit *u = g_new0 (Unit, 1);

      u->code = g_strdup (ntm_unit_get_code (unit));
      u->parent_code = g_strdup (ntm_unit_get_parent_code (unit));
      u->kind = ntm_unit_get_kind (unit);
      u->region = g_strdup (ntm_unit_get_region (unit));
      u->commune_group = ntm_unit_get_commune_group (unit);
      u->results = g_array_new (FALSE, TRUE, sizeof (NtmCriterionResult));
      g_hash_table_insert (self->units, u->code, u);
      g_ptr_array_add (self->unit_order, u);
    }

  return TRUE;
}

static gboolean
load_values (NtmEvaluation  *self,
             NtmDatabase    *db,
             GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db,
                               "SELECT unit_code, indicator_id, value, status_override"
                               " FROM assessment WHERE year = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Unit *u = g_hash_table_lookup (self->units, sqlite3_column_text (stmt, 0));
      Value *v;
      gint64 *key;

      if (u == NULL)
        continue;
      if (u->values == NULL)
        u->values = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

      key = g_new (gint64, 1);
      *key = sqlite3_column_int64 (stmt, 1);
      v = g_new0 (Value, 1);
      v->has_value = ntm_sql_get_double (stmt, 2, &v->value);
      v->has_override = ntm_status_from_string ((const char *) sqlite3_column_text (stmt, 3), &v->override);
      g_hash_table_insert (u->values, key, v);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto sql_error;

  stmt = ntm_database_prepare (db,
                               "SELECT unit_code, criterion_id, status, origin FROM criterion_status"
                               " WHERE year = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Unit *u = g_hash_table_lookup (self->units, sqlite3_column_text (stmt, 0));
      NtmStatus status;
      NtmStatusOrigin origin;
      gint64 *key;

      if (u == NULL || !ntm_status_from_string ((const char *) sqlite3_column_text (stmt, 2), &status))
        continue;
      if (!ntm_status_origin_from_string ((const char *) sqlite3_column_text (stmt, 3), &origin))
        origin = NTM_STATUS_ORIGIN_TYPED;
      if (u->reported == NULL)
        u->reported = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      key = g_new (gint64, 1);
      *key = sqlite3_column_int64 (stmt, 1);
      g_hash_table_insert (u->reported, key, pack_recorded (status, origin));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto sql_error;

  return TRUE;

sql_error:
  ntm_database_set_sqlite_error (db, error, NULL);
  return FALSE;
}

static Value *
ensure_value (Unit   *u,
              gint64  indicator_id)
{
  Value *v;
  gint64 *key;

  if (u->values == NULL)
    u->values = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  v = g_hash_table_lookup (u->values, &indicator_id);
  if (v != NULL)
    return v;

  key = g_new (gint64, 1);
  *key = indicator_id;
  v = g_new0 (Value, 1);
  g_hash_table_insert (u->values, key, v);
  return v;
}

/* Where a unit has no assessed value, the value the household water
 * figures give, by the same rule as everywhere else. */
static gboolean
load_figure_values (NtmEvaluation  *self,
                    NtmDatabase    *db,
                    GError        **error)
{
  for (guint i = 0; i < self->criteria->len; i++)
    {
      Criterion *c = g_ptr_array_index (self->criteria, i);

      for (guint j = 0; j < c->indicators->len; j++)
        {
          const Indicator *ind = &g_array_index (c->indicators, Indicator, j);
          g_autoptr(GHashTable) figures = NULL;
          GHashTableIter iter;
          gpointer code, value;

          if (ind->code == NULL)
            continue;
          figures = ntm_database_get_figure_values (db, c->set_code, ind->code, self->year, NULL, error);
          if (figures == NULL)
            return FALSE;

          g_hash_table_iter_init (&iter, figures);
          while (g_hash_table_iter_next (&iter, &code, &value))
            {
              Unit *u = g_hash_table_lookup (self->units, code);
              Value *v;

              if (u == NULL)
                continue;
              v = ensure_value (u, ind->id);
              if (v->has_value)
                continue;
              v->has_value = TRUE;
              v->value = *(double *) value;
              v->from_figures = TRUE;
            }
        }
    }

  return TRUE;
}

static gboolean
load_recognitions (NtmEvaluation  *self,
                   NtmDatabase    *db,
                   GError        **error)
{
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", self->year);
  g_autoptr(GHashTable) levels = ntm_database_get_levels_in_force (db, year_end, error);
  GHashTableIter iter;
  gpointer code, value;

  if (levels == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, levels);
  while (g_hash_table_iter_next (&iter, &code, &value))
    {
      Unit *u = g_hash_table_lookup (self->units, code);
      const NtmLevelInForce *l = value;

      if (u == NULL)
        continue;
      u->recognised = l->level;
      u->recognised_year = l->year;
    }

  return TRUE;
}

static NtmStatus
evaluate_indicator (NtmDatabase      *db,
                    GHashTable       *threshold_cache,
                    const Unit       *u,
                    const Indicator  *ind,
                    int               year,
                    gboolean         *threshold_unknown)
{
  Value *v = u->values ? g_hash_table_lookup (u->values, &ind->id) : NULL;
  g_autofree char *key = NULL;
  double *cached;
  gboolean known = FALSE;
  double threshold = 0.0;

  *threshold_unknown = FALSE;
  if (v == NULL)
    return NTM_STATUS_NO_DATA;
  if (v->has_override)
    return v->override;
  if (!v->has_value)
    return NTM_STATUS_NO_DATA;

  if (ind->kind != NTM_INDICATOR_BOOLEAN)
    {
      key = g_strdup_printf ("%" G_GINT64_FORMAT "|%s|%d", ind->id, u->region ? u->region : "", u->commune_group);
      if (!g_hash_table_lookup_extended (threshold_cache, key, NULL, (gpointer *) &cached))
        {
          cached = NULL;
          if (ntm_database_lookup_threshold (db, ind->id, u->region, u->commune_group, year,
                                             &known, &threshold, NULL) && known)
            {
              cached = g_new (double, 1);
              *cached = threshold;
            }
          g_hash_table_insert (threshold_cache, g_steal_pointer (&key), cached);
        }
      known = cached != NULL;
      threshold = cached ? *cached : 0.0;
    }

  *threshold_unknown = ntm_threshold_is_unknown (ind->kind, known, threshold, TRUE);
  return ntm_indicator_evaluate (ind->kind, ind->comparison, known, threshold, TRUE, v->value);
}

static void
evaluate_unit (NtmEvaluation *self,
               NtmDatabase   *db,
               GHashTable    *threshold_cache,
               Unit          *u)
{
  for (guint i = 0; i < self->criteria->len; i++)
    {
      Criterion *c = g_ptr_array_index (self->criteria, i);
      NtmCriterionResult r = { 0 };
      g_autofree NtmStatus *statuses = NULL;

      if (!ntm_evaluation_set_applies (self, u->kind, c->set_code))
        continue;

      statuses = g_new0 (NtmStatus, MAX (c->indicators->len, 1));
      for (guint j = 0; j < c->indicators->len; j++)
        {
          const Indicator *ind = &g_array_index (c->indicators, Indicator, j);

          Value *v = u->values ? g_hash_table_lookup (u->values, &ind->id) : NULL;
          gboolean unknown = FALSE;

          statuses[j] = evaluate_indicator (db, threshold_cache, u, ind, self->year, &unknown);
          if (unknown)
            r.threshold_unknown++;
          if (v != NULL && v->from_figures && !v->has_override)
            r.from_figures = TRUE;
        }

      r.criterion_id = c->id;
      r.set_code = c->set_code;
      r.set_level = c->set_level;
      r.number = c->number;
      r.group_code = c->group_code;
      r.group_name = c->group_name;
      r.name = c->name;
      r.status = ntm_criterion_status (statuses, c->indicators->len);
      r.computed = r.status;

      /* A recorded status wins, whether or not the values can decide the
       * criterion (none entered, or a threshold not known); the computed
       * one stays beside it. */
      if (u->reported && g_hash_table_contains (u->reported, &c->id))
        {
          unpack_recorded (g_hash_table_lookup (u->reported, &c->id), &r.status, &r.origin);
          r.reported = TRUE;
        }

      g_array_append_val (u->results, r);
    }
}

/* Counts the unit's criteria of one set by status, without allocating:
 * the map classifies every unit with it on each change of colours. */
static NtmTally
tally_results (const Unit *u,
               NtmLevel    set_level,
               NtmStatus  *satisfaction)
{
  NtmTally tally = { 0 };

  if (satisfaction)
    *satisfaction = NTM_STATUS_NO_DATA;

  for (guint i = 0; i < u->results->len; i++)
    {
      const NtmCriterionResult *r = &g_array_index (u->results, NtmCriterionResult, i);

      if (r->set_level != set_level)
        continue;
      if (is_satisfaction (r))
        {
          if (satisfaction)
            *satisfaction = r->status;
          continue;
        }
      ntm_tally_add (&tally, r->status);
    }

  return tally;
}

/* The level a commune counts with for its district: the decision if there
 * is one, otherwise what its criteria support. */
static NtmLevel
effective_level (const Unit *u)
{
  return u->recognised != NTM_LEVEL_NO_DATA ? u->recognised : u->computed;
}

static void
compute_levels (NtmEvaluation *self)
{
  /* Commune level first: districts build on it. */
  for (guint i = 0; i < self->unit_order->len; i++)
    {
      Unit *u = g_ptr_array_index (self->unit_order, i);
      NtmTally ntm, advanced, model, urban;

      switch (u->kind)
        {
        case NTM_UNIT_KIND_COMMUNE:
          ntm = tally_results (u, NTM_LEVEL_NTM, NULL);
          advanced = tally_results (u, NTM_LEVEL_ADVANCED, NULL);
          model = tally_results (u, NTM_LEVEL_MODEL, NULL);
          u->computed = ntm_commune_level (&ntm, &advanced, &model);
          if (u->computed == NTM_LEVEL_NTM)
            u->computed = ntm_level_for_set (NTM_LEVEL_NTM, self->year);
          break;
        case NTM_UNIT_KIND_WARD:
        case NTM_UNIT_KIND_TOWNSHIP:
          urban = tally_results (u, NTM_LEVEL_CIVILISED, NULL);
          u->computed = ntm_urban_level (&urban);
          break;
        default:
          break;
        }
    }

  for (guint i = 0; i < self->unit_order->len; i++)
    {
      Unit *u = g_ptr_array_index (self->unit_order, i);
      NtmDistrictFacts facts = { 0 };

      if (!ntm_unit_kind_is_district_level (u->kind))
        continue;

      for (guint j = 0; j < self->unit_order->len; j++)
        {
          Unit *child = g_ptr_array_index (self->unit_order, j);
          NtmLevel level;

          if (g_strcmp0 (child->parent_code, u->code) != 0)
            continue;
          level = effective_level (child);

          if (child->kind == NTM_UNIT_KIND_COMMUNE)
            {
              facts.communes++;
              if (level == NTM_LEVEL_NO_DATA)
                facts.communes_unknown++;
              else if ((level >= NTM_LEVEL_NTM && level <= NTM_LEVEL_MODEL) ||
                       level == NTM_LEVEL_NTM_DECISION_51 || level == NTM_LEVEL_MODERN_NTM)
                {
                  facts.communes_ntm++;
                  if (level == NTM_LEVEL_ADVANCED || level == NTM_LEVEL_MODEL)
                    facts.communes_advanced++;
                }
            }
          else if (child->kind == NTM_UNIT_KIND_TOWNSHIP)
            {
              facts.townships++;
              if (level == NTM_LEVEL_NO_DATA)
                facts.townships_unknown++;
              else if (level == NTM_LEVEL_CIVILISED)
                facts.townships_civilised++;
            }
        }

      facts.criteria = tally_results (u, NTM_LEVEL_DISTRICT_NTM, &facts.satisfaction);
      u->computed = ntm_district_level (&facts, u->kind);
    }
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_evaluation_finalize (GObject *object)
{
  NtmEvaluation *self = NTM_EVALUATION (object);

  g_clear_pointer (&self->unit_order, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_hash_table_unref);
  g_clear_pointer (&self->criteria, g_ptr_array_unref);
  g_clear_object (&self->unit_list);
  g_clear_pointer (&self->applicable, g_hash_table_unref);

  G_OBJECT_CLASS (ntm_evaluation_parent_class)->finalize (object);
}

static void
ntm_evaluation_class_init (NtmEvaluationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_evaluation_finalize;
}

static void
ntm_evaluation_init (NtmEvaluation *self)
{
  self->criteria = g_ptr_array_new_with_free_func (criterion_free);
  self->units = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, unit_free);
  self->unit_order = g_ptr_array_new ();
  self->applicable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_evaluation_new:
 * @db: a #NtmDatabase
 * @year: the year to evaluate
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the evaluation of every unit in force on
 *   31 December of @year
 */
NtmEvaluation *
ntm_evaluation_new (NtmDatabase  *db,
                    int           year,
                    GError      **error)
{
  g_autoptr(NtmEvaluation) self = NULL;
  g_autoptr(GHashTable) threshold_cache = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (year >= 2000 && year <= 2100, NULL);

  self = g_object_new (NTM_TYPE_EVALUATION, NULL);
  self->year = year;

  if (!load_catalogue (self, db, error) ||
      !load_applicable (self, db, error) ||
      !load_units (self, db, error) ||
      !load_values (self, db, error) ||
      !load_figure_values (self, db, error) ||
      !load_recognitions (self, db, error))
    return NULL;

  threshold_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < self->unit_order->len; i++)
    evaluate_unit (self, db, threshold_cache, g_ptr_array_index (self->unit_order, i));

  compute_levels (self);

  /* Values were only needed to evaluate. */
  for (guint i = 0; i < self->unit_order->len; i++)
    {
      Unit *u = g_ptr_array_index (self->unit_order, i);
      g_clear_pointer (&u->values, g_hash_table_unref);
      g_clear_pointer (&u->reported, g_hash_table_unref);
    }

  return g_steal_pointer (&self);
}

int
ntm_evaluation_get_year (NtmEvaluation *self)
{
  g_return_val_if_fail (NTM_IS_EVALUATION (self), 0);
  return self->year;
}

/**
 * ntm_evaluation_get_units:
 * @self: a #NtmEvaluation
 *
 * Returns: (transfer none): the units evaluated: those in force on 31
 *   December of the year (ntm_database_list_units_in_year()), as #NtmUnit
 */
GListModel *
ntm_evaluation_get_units (NtmEvaluation *self)
{
  g_return_val_if_fail (NTM_IS_EVALUATION (self), NULL);
  return self->unit_list;
}

gboolean
ntm_evaluation_has_unit (NtmEvaluation *self,
                         const char    *code)
{
  g_return_val_if_fail (NTM_IS_EVALUATION (self), FALSE);
  return code != NULL && g_hash_table_contains (self->units, code);
}

NtmUnitKind
ntm_evaluation_get_kind (NtmEvaluation *self,
                         const char    *code)
{
  Unit *u;

  g_return_val_if_fail (NTM_IS_EVALUATION (self), NTM_UNIT_KIND_COMMUNE);
  u = g_hash_table_lookup (self->units, code);
  g_return_val_if_fail (u != NULL, NTM_UNIT_KIND_COMMUNE);
  return u->kind;
}

/**
 * ntm_evaluation_get_recognised_level:
 * @self: a #NtmEvaluation
 * @code: a unit's code
 *
 * Returns: the level in force on 31 December of the year (the highest
 *   level whose decision is in force then), or %NTM_LEVEL_NO_DATA when
 *   there is none on record
 */
NtmLevel
ntm_evaluation_get_recognised_level (NtmEvaluation *self,
                                     const char    *code)
{
  Unit *u;

  g_return_val_if_fail (NTM_IS_EVALUATION (self), NTM_LEVEL_NO_DATA);
  u = g_hash_table_lookup (self->units, code);
  return u ? u->recognised : NTM_LEVEL_NO_DATA;
}

int
ntm_evaluation_get_recognised_year (NtmEvaluation *self,
                                    const char    *code)
{
  Unit *u;

  g_return_val_if_fail (NTM_IS_EVALUATION (self), 0);
  u = g_hash_table_lookup (self->units, code);
  return u ? u->recognised_year : 0;
}

/**
 * ntm_evaluation_get_computed_level:
 * @self: a #NtmEvaluation
 * @code: a unit's code
 *
 * Returns: the level the unit's criteria data supports
 */
NtmLevel
ntm_evaluation_get_computed_level (NtmEvaluation *self,
                                   const char    *code)
{
  Unit *u;

  g_return_val_if_fail (NTM_IS_EVALUATION (self), NTM_LEVEL_NO_DATA);
  u = g_hash_table_lookup (self->units, code);
  return u ? u->computed : NTM_LEVEL_NO_DATA;
}

/**
 * ntm_evaluation_get_set_tally:
 * @self: a #NtmEvaluation
 * @code: a unit's code
 * @set_level: which set: %NTM_LEVEL_NTM, %NTM_LEVEL_ADVANCED, …
 *
 * Returns: the count of the unit's criteria by status under that set
 */
NtmTally
ntm_evaluation_get_set_tally (NtmEvaluation *self,
                              const char    *code,
                              NtmLevel       set_level)
{
  NtmTally empty = { 0 };
  Unit *u;

  g_return_val_if_fail (NTM_IS_EVALUATION (self), empty);
  u = g_hash_table_lookup (self->units, code);
  return u ? tally_results (u, set_level, NULL) : empty;
}

/**
 * ntm_evaluation_get_tally:
 * @self: a #NtmEvaluation
 * @code: a unit's code
 *
 * Returns: "x of N met" under the unit's main set (the NTM criteria for a
 *   commune, 19 until 2025 and 10 from 2026; the urban or district
 *   criteria for a ward, township or district)
 */
NtmTally
ntm_evaluation_get_tally (NtmEvaluation *self,
                          const char    *code)
{
  NtmTally empty = { 0 };
  Unit *u;

  g_return_val_if_fail (NTM_IS_EVALUATION (self), empty);
  u = g_hash_table_lookup (self->units, code);
  return u ? tally_results (u, main_set_level (u->kind), NULL) : empty;
}

/**
 * ntm_evaluation_set_applies:
 * @self: a #NtmEvaluation
 * @kind: a kind of unit
 * @set_code: a criteria set
 *
 * Returns: whether the set holds units of @kind in the evaluation's year
 */
gboolean
ntm_evaluation_set_applies (NtmEvaluation *self,
                            NtmUnitKind    kind,
                            const char    *set_code)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (NTM_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (set_code != NULL, FALSE);

  key = applicable_key (kind, set_code);
  return g_hash_table_contains (self->applicable, key);
}

/**
 * ntm_evaluation_get_criteria:
 * @self: a #NtmEvaluation
 * @code: a unit's code
 * @n_results: (out): how many
 *
 * Returns: (array length=n_results) (transfer none): the status of every
 *   criterion that applies to the unit, set by set, in the decisions' order
 */
const NtmCriterionResult *
ntm_evaluation_get_criteria (NtmEvaluation *self,
                             const char    *code,
                             guint         *n_results)
{
  Unit *u;

  g_return_val_if_fail (NTM_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (n_results != NULL, NULL);

  u = g_hash_table_lookup (self->units, code);
  if (u == NULL)
    {
      *n_results = 0;
      return NULL;
    }

  *n_results = u->results->len;
  return (const NtmCriterionResult *) (gpointer) u->results->data;
}

/**
 * ntm_criterion_result_disagrees:
 * @result: a criterion's result
 *
 * Returns: %TRUE when a status is recorded and the indicator values give
 *   another one (the recorded one is in force; the office may look into it)
 */
gboolean
ntm_criterion_result_disagrees (const NtmCriterionResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);

  return result->reported && result->computed != NTM_STATUS_NO_DATA && result->computed != result->status;
}

/**
 * ntm_evaluation_levels_disagree:
 * @self: a #NtmEvaluation
 * @code: a unit's code
 *
 * A data-quality warning: the criteria data says the unit does not meet the
 * level it is recognised at. Nothing is changed; the office looks into it.
 *
 * Returns: %TRUE when both levels are known and the computed one is lower
 */
gboolean
ntm_evaluation_levels_disagree (NtmEvaluation *self,
                                const char    *code)
{
  Unit *u;

  g_return_val_if_fail (NTM_IS_EVALUATION (self), FALSE);
  u = g_hash_table_lookup (self->units, code);
  if (u == NULL || u->recognised == NTM_LEVEL_NO_DATA || u->computed == NTM_LEVEL_NO_DATA)
    return FALSE;
  if (u->computed == NTM_LEVEL_NOT_YET)
    return TRUE;
  return u->computed < u->recognised;
}
