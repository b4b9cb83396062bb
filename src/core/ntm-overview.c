/* ntm-overview.c: the programme for one year: headline figures and progress
 *
 * Progress against a target is computed from the records: units by the
 * level last recognised (NtmEvaluation), OCOP products by their rating
 * decisions. Where the records for a metric are missing, the figure a
 * report gave is used instead and marked as reported; where neither
 * exists, the progress says so rather than showing a zero.
 *
 * Records are "missing" for a level metric when no recognition at that
 * level (or above it in the same class) is on file up to the year; for an
 * increase within the year, when no recognition with a decision number or
 * date falls in the year (statuses known only from a report carry the
 * report's year, not the year they were reached, and do not count as new).
 * For OCOP, when no product was rated by the end of the year (for totals)
 * or within the year (for increases). For clean water, when no commune of
 * the scope has its household water figures entered for the year: where
 * some have, the figures are the sums over those communes (households on
 * clean water of households in total).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ntm-database-private.h"
#include "ntm-format.h"
#include "ntm-level-count.h"
#include "ntm-ocop-product.h"
#include "ntm-overview.h"
#include "ntm-overview-private.h"
#include "ntm-unit.h"

/* The level counts targets can name (ntm-level-count.c keeps their
 * definitions), in the order of class_on_record[]. */
static const char * const level_class_metrics[] = {
  "communes_ntm", "communes_advanced", "communes_model", "urban_civilised",
  "districts_ntm", "district_advanced", "communes_ntm_2026", "communes_modern_ntm",
};
#define N_CLASSES G_N_ELEMENTS (level_class_metrics)

typedef NtmLevelMetric LevelClass;

typedef struct {
  int      first_year;
  gboolean decided;
} FirstReached;

/* One commune's household water figures for the year. */
typedef struct {
  NtmUnit *unit;          /* borrowed from self->units */
  gint64   households_total;
  gint64   households_clean;
} CommuneWater;

struct _NtmOverview
{
  GObject        parent_instance;

  NtmDatabase   *db;
  int            year;
  GDate          year_end;
  NtmEvaluation *evaluation;
  GListModel    *units;
  GHashTable    *units_by_code;    /* code → NtmUnit, borrowed */
  char          *province_code;
  GListModel    *products;
  GListModel    *targets;
  GHashTable    *first_reached;    /* "code|class" → FirstReached */
  gboolean       class_on_record[N_CLASSES];
  gboolean       class_decided_in_year[N_CLASSES];
  GArray        *progress;         /* of NtmTargetProgress */
  GArray        *districts;        /* of NtmDistrictSummary */
  GArray        *ocop_years;       /* of NtmOcopYear */
  GPtrArray     *reported;         /* of NtmReportedFigure */
  GArray        *water;            /* of CommuneWater, the year's records */
  NtmHeadline    headline;
};

G_DEFINE_FINAL_TYPE (NtmOverview, ntm_overview, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
reported_figure_free (gpointer data)
{
  NtmReportedFigure *f = data;

  g_free (f->metric);
  g_free (f->scope_code);
  g_free (f->source);
  g_free (f->note);
  g_free (f);
}

static const LevelClass *
find_class (const char *metric,
            guint      *index)
{
  for (guint i = 0; i < N_CLASSES; i++)
    if (g_strcmp0 (level_class_metrics[i], metric) == 0)
      {
        if (index)
          *index = i;
        return ntm_level_metric_lookup (metric);
      }
  return NULL;
}

static const LevelClass *
class_at (guint index)
{
  return ntm_level_metric_lookup (level_class_metrics[index]);
}

static gboolean
class_has_level (const LevelClass *c,
                 NtmLevel          level)
{
  return ntm_level_metric_counts (c, level);
}

#define KIND_BIT(k) (1u << (k))

/* Whether @unit lies in @scope: the province holds everything, a district
 * itself and its communes. */
static gboolean
unit_in_scope (NtmOverview *self,
               NtmUnit     *unit,
               const char  *scope)
{
  if (scope == NULL || g_strcmp0 (scope, self->province_code) == 0)
    return TRUE;
  return g_strcmp0 (ntm_unit_get_code (unit), scope) == 0 ||
         g_strcmp0 (ntm_unit_get_parent_code (unit), scope) == 0;
}

static gboolean
code_in_scope (NtmOverview *self,
               const char  *code,
               const char  *scope)
{
  NtmUnit *unit = g_hash_table_lookup (self->units_by_code, code);

  return unit != NULL && unit_in_scope (self, unit, scope);
}

static gboolean
load_reported (NtmOverview  *self,
               GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (self->db,
                               "SELECT metric, scope_code, value, source, note FROM reported_figure"
                               " WHERE year = ?1 ORDER BY rowid",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmReportedFigure *f = g_new0 (NtmReportedFigure, 1);

      f->metric = ntm_sql_dup_text (stmt, 0);
      f->scope_code = ntm_sql_dup_text (stmt, 1);
      f->value = sqlite3_column_double (stmt, 2);
      f->source = ntm_sql_dup_text (stmt, 3);
      f->note = ntm_sql_dup_text (stmt, 4);
      g_ptr_array_add (self->reported, f);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (self->db, error, NULL);
      return FALSE;
    }
  return TRUE;
}

/* The household water figures entered for the year's rural communes. */
static gboolean
load_water (NtmOverview  *self,
            GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (self->db,
                               "SELECT unit_code, households_total, households_clean FROM commune_water"
                               " WHERE year = ?1 ORDER BY unit_code",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmUnit *unit = g_hash_table_lookup (self->units_by_code, sqlite3_column_text (stmt, 0));
      CommuneWater w = { 0 };

      if (unit == NULL || ntm_unit_get_kind (unit) != NTM_UNIT_KIND_COMMUNE)
        continue;
      w.unit = unit;
      w.households_total = sqlite3_column_int64 (stmt, 1);
      w.households_clean = sqlite3_column_int64 (stmt, 2);
      g_array_append_val (self->water, w);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (self->db, error, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Sums the water records of the communes in @scope. Returns how many
 * communes have records. */
static guint
sum_water (NtmOverview *self,
           const char  *scope,
           gint64      *clean,
           gint64      *total)
{
  guint n = 0;

  *clean = *total = 0;
  for (guint i = 0; i < self->water->len; i++)
    {
      const CommuneWater *w = &g_array_index (self->water, CommuneWater, i);

      if (!unit_in_scope (self, w->unit, scope))
        continue;
      *clean += w->households_clean;
      *total += w->households_total;
      n++;
    }
  return n;
}

/* Clean water from the commune records: the share of households on clean
 * water (for percentages; it stands for the share of residents too), or
 * the number of households on clean water (for totals). */
static NtmFigureSource
compute_water_metric (NtmOverview   *self,
                      gboolean       residents,
                      NtmTargetKind  kind,
                      const char    *scope,
                      double        *value,
                      guint         *numerator,
                      guint         *denominator)
{
  gint64 clean, total;

  if (sum_water (self, scope, &clean, &total) == 0 || total <= 0)
    return NTM_FIGURE_NO_DATA;

  *numerator = (guint) MIN (clean, G_MAXUINT);
  *denominator = (guint) MIN (total, G_MAXUINT);
  if (kind == NTM_TARGET_PERCENT)
    {
      *value = 100.0 * (double) clean / (double) total;
      return NTM_FIGURE_RECORDS;
    }
  if (kind == NTM_TARGET_TOTAL && !residents)
    {
      *value = (double) clean;
      return NTM_FIGURE_RECORDS;
    }
  /* Residents are not counted, and an increase needs last year's records. */
  return NTM_FIGURE_NO_DATA;
}

/* When each unit first reached each class of levels, by decisions in
 * force at the end of the year (the rule of ntm_decision_is_in_force()):
 * for the "new in the year" counts. The level in force itself comes from
 * the evaluation. */
static gboolean
load_recognitions (NtmOverview  *self,
                   GError      **error)
{
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", self->year);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (self->db,
                               "SELECT unit_code, level, year, decision_date, revoked_on,"
                               "       decision_number IS NOT NULL OR decision_date IS NOT NULL"
                               " FROM recognition"
                               " ORDER BY year, coalesce(decision_date, ''), id",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      NtmDecision d = { 0 };
      gboolean decided = sqlite3_column_int (stmt, 5) != 0;

      if (!ntm_level_from_string ((const char *) sqlite3_column_text (stmt, 1), &d.level))
        continue;
      d.year = sqlite3_column_int (stmt, 2);
      d.decision_date = (const char *) sqlite3_column_text (stmt, 3);
      d.revoked_on = (const char *) sqlite3_column_text (stmt, 4);
      if (!ntm_decision_is_in_force (&d, year_end))
        continue;

      for (guint c = 0; c < N_CLASSES; c++)
        {
          g_autofree char *key = NULL;

          if (!class_has_level (class_at (c), d.level))
            continue;
          self->class_on_record[c] = TRUE;
          if (d.year == self->year && decided)
            self->class_decided_in_year[c] = TRUE;

          key = g_strdup_printf ("%s|%u", code, c);
          if (!g_hash_table_contains (self->first_reached, key))
            {
              FirstReached *first = g_new (FirstReached, 1);
              first->first_year = d.year;
              first->decided = decided;
              g_hash_table_insert (self->first_reached, g_steal_pointer (&key), first);
            }
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (self->db, error, NULL);
      return FALSE;
    }
  return TRUE;
}

/* The records beside the reported totals, for the counts the year's
 * programme has. */
static gboolean
compute_level_counts (NtmOverview  *self,
                      GError      **error)
{
  NtmHeadline *h = &self->headline;
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", self->year);
  NtmLevel levels[NTM_OVERVIEW_N_COUNTS];
  guint n = ntm_levels_for_year (NTM_UNIT_KIND_COMMUNE, self->year, levels, 3);

  /* the districts' first level, in the years that have districts */
  n += ntm_levels_for_year (NTM_UNIT_KIND_DISTRICT, self->year, levels + n, 1);

  for (guint i = 0; i < n; i++)
    {
      if (!ntm_database_count_against_reported (self->db, levels[i], NULL, year_end,
                                                &h->level_counts[h->n_level_counts], error))
        return FALSE;
      h->n_level_counts++;
    }
  return TRUE;
}

/* Rated by the end of the year, and not expired then. */
static gboolean
product_valid_at_year_end (NtmOverview    *self,
                           NtmOcopProduct *product)
{
  GDate decided;
  NtmOcopValidity validity;

  if (!ntm_parse_iso_date (ntm_ocop_product_get_decision_date (product), &decided) ||
      g_date_compare (&decided, &self->year_end) > 0)
    return FALSE;
  validity = ntm_ocop_product_get_validity (product, &self->year_end);
  return validity == NTM_OCOP_VALID || validity == NTM_OCOP_EXPIRING;
}

static int
product_year (NtmOcopProduct *product)
{
  GDate decided;

  if (!ntm_parse_iso_date (ntm_ocop_product_get_decision_date (product), &decided))
    return 0;
  return g_date_get_year (&decided);
}

static NtmFigureSource
compute_level_metric (NtmOverview      *self,
                      const LevelClass *c,
                      guint             class_index,
                      NtmTargetKind     kind,
                      const char       *scope,
                      double           *value,
                      guint            *numerator,
                      guint            *denominator)
{
  guint n = 0, total = 0;

  if (kind == NTM_TARGET_NEW)
    {
      if (!self->class_decided_in_year[class_index])
        return NTM_FIGURE_NO_DATA;
      for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
        {
          g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);
          g_autofree char *key = NULL;
          FirstReached *first;

          if (!ntm_level_metric_has_kind (c, ntm_unit_get_kind (unit)) || !unit_in_scope (self, unit, scope))
            continue;
          key = g_strdup_printf ("%s|%u", ntm_unit_get_code (unit), class_index);
          first = g_hash_table_lookup (self->first_reached, key);
          if (first != NULL && first->first_year == self->year && first->decided)
            n++;
        }
      *value = n;
      *numerator = n;
      *denominator = 0;
      return NTM_FIGURE_RECORDS;
    }

  if (!self->class_on_record[class_index])
    return NTM_FIGURE_NO_DATA;

  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);

      if (!ntm_level_metric_has_kind (c, ntm_unit_get_kind (unit)) || !unit_in_scope (self, unit, scope))
        continue;
      total++;
      if (class_has_level (c, ntm_evaluation_get_recognised_level (self->evaluation,
                                                                    ntm_unit_get_code (unit))))
        n++;
    }

  *numerator = n;
  *denominator = total;
  if (kind == NTM_TARGET_PERCENT)
    {
      if (total == 0)
        return NTM_FIGURE_NO_DATA;
      *value = 100.0 * n / total;
    }
  else
    *value = n;
  return NTM_FIGURE_RECORDS;
}

static NtmFigureSource
compute_ocop_metric (NtmOverview   *self,
                     gboolean       four_plus,
                     NtmTargetKind  kind,
                     const char    *scope,
                     double        *value,
                     guint         *numerator)
{
  gboolean on_record = FALSE;
  guint n = 0;

  if (kind == NTM_TARGET_PERCENT)
    return NTM_FIGURE_NO_DATA;

  for (guint i = 0; i < g_list_model_get_n_items (self->products); i++)
    {
      g_autoptr(NtmOcopProduct) p = g_list_model_get_item (self->products, i);
      int year = product_year (p);
      gboolean counts;

      if (year == 0 || year > self->year)
        continue;
      if (kind == NTM_TARGET_NEW)
        {
          if (year != self->year)
            continue;
          on_record = TRUE;
          counts = TRUE;
        }
      else
        {
          on_record = TRUE;
          counts = product_valid_at_year_end (self, p);
        }
      if (counts && four_plus && ntm_ocop_product_get_stars (p) < 4)
        counts = FALSE;
      if (counts && code_in_scope (self, ntm_ocop_product_get_commune_code (p), scope))
        n++;
    }

  if (!on_record)
    return NTM_FIGURE_NO_DATA;
  *value = n;
  *numerator = n;
  return NTM_FIGURE_RECORDS;
}

static void
compute_progress (NtmOverview *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->targets); i++)
    {
      g_autoptr(NtmTarget) target = g_list_model_get_item (self->targets, i);
      NtmTargetProgress p = { 0 };
      NtmTargetKind kind = ntm_target_get_kind (target);
      const char *metric = ntm_target_get_metric (target);
      const char *scope = ntm_target_get_scope_code (target);
      g_autofree char *reported_name = NULL;
      double goal = ntm_target_get_value (target);

      p.target = target;   /* kept alive by self->targets */
      p.source = ntm_overview_compute_metric (self, metric, kind, scope,
                                              &p.achieved, &p.numerator, &p.denominator);

      if (kind == NTM_TARGET_NEW)
        reported_name = g_strconcat (metric, "_new", NULL);
      else if (kind == NTM_TARGET_PERCENT)
        reported_name = g_strconcat (metric, "_percent", NULL);
      else
        reported_name = g_strdup (metric);
      p.has_reported = ntm_overview_lookup_reported (self, reported_name, scope, &p.reported,
                                                     &p.reported_source);
      if (!p.has_reported && kind == NTM_TARGET_PERCENT)
        p.has_reported = ntm_overview_lookup_reported (self, metric, scope, &p.reported,
                                                       &p.reported_source);

      if (p.source == NTM_FIGURE_NO_DATA && p.has_reported)
        {
          p.source = NTM_FIGURE_REPORTED;
          p.achieved = p.reported;
        }

      if (p.source == NTM_FIGURE_NO_DATA)
        p.achieved = 0;
      if (goal <= 0)
        p.fraction = p.source == NTM_FIGURE_NO_DATA ? 0.0 : 1.0;
      else
        p.fraction = CLAMP (p.achieved / goal, 0.0, 1.0);
      p.met = p.source != NTM_FIGURE_NO_DATA && p.achieved + 1e-9 >= goal;

      g_array_append_val (self->progress, p);
    }
}

static void
compute_headline_and_districts (NtmOverview *self)
{
  NtmHeadline *h = &self->headline;
  g_autoptr(GHashTable) district_index = g_hash_table_new (g_str_hash, g_str_equal);
  double criteria_sum = 0;

  /* Which level each commune slot stands for in the year's programme. */
  ntm_levels_for_year (NTM_UNIT_KIND_COMMUNE, self->year, h->commune_levels + 1,
                       NTM_OVERVIEW_N_COMMUNE_LEVELS - 1);

  /* Districts first, so that their communes can be added up. */
  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);
      NtmDistrictSummary d = { 0 };

      if (!ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit)))
        continue;
      d.code = ntm_unit_get_code (unit);   /* the unit is kept alive by self->units */
      d.name = ntm_unit_get_name (unit);
      d.kind = ntm_unit_get_kind (unit);
      d.level = ntm_evaluation_get_recognised_level (self->evaluation, d.code);
      ntm_database_sum_funds (self->db, self->year, d.code, NTM_FUND_ANY_SOURCE, &d.funds, NULL);
      g_hash_table_insert (district_index, (gpointer) d.code, GUINT_TO_POINTER (self->districts->len + 1));
      g_array_append_val (self->districts, d);

      h->districts++;
      if (d.level == NTM_LEVEL_DISTRICT_NTM || d.level == NTM_LEVEL_DISTRICT_ADVANCED ||
          d.level == NTM_LEVEL_TASK_COMPLETED)
        h->districts_ntm++;
      if (d.level == NTM_LEVEL_DISTRICT_ADVANCED)
        h->districts_advanced++;
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);
      const char *code = ntm_unit_get_code (unit);
      NtmUnitKind kind = ntm_unit_get_kind (unit);
      NtmLevel level = ntm_evaluation_get_recognised_level (self->evaluation, code);
      const char *parent = ntm_unit_get_parent_code (unit);
      guint index = parent ? GPOINTER_TO_UINT (g_hash_table_lookup (district_index, parent)) : 0;
      NtmDistrictSummary *d = index ? &g_array_index (self->districts, NtmDistrictSummary, index - 1) : NULL;

      if (kind == NTM_UNIT_KIND_COMMUNE)
        {
          guint slot = 0;

          for (guint l = 1; l < NTM_OVERVIEW_N_COMMUNE_LEVELS; l++)
            if (h->commune_levels[l] != NTM_LEVEL_NO_DATA && h->commune_levels[l] == level)
              slot = l;
          NtmTally tally = ntm_evaluation_get_tally (self->evaluation, code);

          h->communes++;
          h->communes_by_level[slot]++;
          /* a decision of 2021–2025 on a commune 2025 left as it was */
          if (slot == 0 && level != NTM_LEVEL_NO_DATA && level != NTM_LEVEL_NOT_YET)
            h->communes_earlier_level++;
          if (d)
            {
              d->communes++;
              d->communes_by_level[slot]++;
            }
          h->criteria_per_commune = MAX (h->criteria_per_commune, tally.total);
          if (tally.met + tally.basically_met + tally.not_met > 0)
            {
              h->communes_with_criteria++;
              criteria_sum += tally.met;
              if (d)
                {
                  d->average_criteria = (d->average_criteria * d->communes_with_criteria + tally.met) /
                                        (d->communes_with_criteria + 1);
                  d->communes_with_criteria++;
                }
            }
        }
      else if (kind == NTM_UNIT_KIND_WARD || kind == NTM_UNIT_KIND_TOWNSHIP)
        {
          h->urban++;
          if (kind == NTM_UNIT_KIND_TOWNSHIP)
            h->townships++;
          if (d)
            d->urban++;
          if (level == NTM_LEVEL_CIVILISED)
            {
              h->urban_civilised++;
              if (d)
                d->urban_civilised++;
            }
        }
    }
  if (h->communes_with_criteria > 0)
    h->average_criteria = criteria_sum / h->communes_with_criteria;

  /* OCOP */
  for (guint i = 0; i < g_list_model_get_n_items (self->products); i++)
    {
      g_autoptr(NtmOcopProduct) p = g_list_model_get_item (self->products, i);
      int year = product_year (p);
      int stars = ntm_ocop_product_get_stars (p);

      if (year == self->year)
        h->ocop_new++;
      if (product_valid_at_year_end (self, p))
        {
          guint index;

          h->ocop_valid++;
          h->ocop_by_stars[CLAMP (stars, 0, 5)]++;
          if (ntm_ocop_product_get_validity (p, &self->year_end) == NTM_OCOP_EXPIRING)
            h->ocop_expiring++;
          index = ntm_ocop_product_get_district_code (p) == NULL ? 0 :
                  GPOINTER_TO_UINT (g_hash_table_lookup (district_index,
                                                         ntm_ocop_product_get_district_code (p)));
          if (index)
            g_array_index (self->districts, NtmDistrictSummary, index - 1).ocop_valid++;
        }

      if (year > 0 && year <= self->year && stars >= 3)
        {
          NtmOcopYear *found = NULL;

          for (guint j = 0; j < self->ocop_years->len; j++)
            if (g_array_index (self->ocop_years, NtmOcopYear, j).year == year)
              found = &g_array_index (self->ocop_years, NtmOcopYear, j);
          if (found == NULL)
            {
              NtmOcopYear y = { year, { 0 } };
              guint at = 0;

              while (at < self->ocop_years->len && g_array_index (self->ocop_years, NtmOcopYear, at).year < year)
                at++;
              g_array_insert_val (self->ocop_years, at, y);
              found = &g_array_index (self->ocop_years, NtmOcopYear, at);
            }
          found->by_stars[stars - 3]++;
        }
    }

  /* Funds */
  for (int s = 0; s < NTM_FUND_N_SOURCES; s++)
    ntm_database_sum_funds (self->db, self->year, NULL, s, &h->funds_by_source[s], NULL);
  ntm_database_sum_funds (self->db, self->year, NULL, NTM_FUND_ANY_SOURCE, &h->funds_total, NULL);
  if (h->funds_by_source[NTM_FUND_SPONSORSHIP].n_records > 0)
    {
      h->sponsorship_source = NTM_FIGURE_RECORDS;
      h->sponsorship_reported = h->funds_by_source[NTM_FUND_SPONSORSHIP].actual;
    }
  else
    {
      double value;

      if (ntm_overview_lookup_reported (self, "funds_sponsorship", self->province_code, &value, NULL))
        {
          h->sponsorship_source = NTM_FIGURE_REPORTED;
          h->sponsorship_reported = (gint64) llround (value);
        }
    }

  /* Clean water: the communes' household figures where entered, otherwise
   * the reported figures for households on centralised schemes. */
  {
    double served, rural;
    gint64 clean, total;
    guint n = sum_water (self, NULL, &clean, &total);

    if (n > 0 && total > 0)
      {
        h->water_source = NTM_FIGURE_RECORDS;
        h->water_households = clean;
        h->rural_households = total;
        h->water_communes = n;
      }
    else if (ntm_overview_lookup_reported (self, "households_centralised_water", self->province_code, &served, NULL) &&
        ntm_overview_lookup_reported (self, "households_rural", self->province_code, &rural, NULL) &&
        rural > 0)
      {
        h->water_source = NTM_FIGURE_REPORTED;
        h->water_households = served;
        h->rural_households = rural;
      }
  }
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_overview_finalize (GObject *object)
{
  NtmOverview *self = NTM_OVERVIEW (object);

  g_clear_object (&self->db);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->products);
  g_clear_object (&self->targets);
  g_clear_pointer (&self->units_by_code, g_hash_table_unref);
  g_clear_object (&self->units);
  g_clear_pointer (&self->province_code, g_free);
  g_clear_pointer (&self->first_reached, g_hash_table_unref);
  g_clear_pointer (&self->progress, g_array_unref);
  g_clear_pointer (&self->districts, g_array_unref);
  g_clear_pointer (&self->ocop_years, g_array_unref);
  g_clear_pointer (&self->reported, g_ptr_array_unref);
  g_clear_pointer (&self->water, g_array_unref);
  for (guint i = 0; i < self->headline.n_level_counts; i++)
    ntm_level_count_clear (&self->headline.level_counts[i]);

  G_OBJECT_CLASS (ntm_overview_parent_class)->finalize (object);
}

static void
ntm_overview_class_init (NtmOverviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_overview_finalize;
}

static void
ntm_overview_init (NtmOverview *self)
{
  self->units_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->first_reached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->progress = g_array_new (FALSE, TRUE, sizeof (NtmTargetProgress));
  self->districts = g_array_new (FALSE, TRUE, sizeof (NtmDistrictSummary));
  self->ocop_years = g_array_new (FALSE, TRUE, sizeof (NtmOcopYear));
  self->reported = g_ptr_array_new_with_free_func (reported_figure_free);
  self->water = g_array_new (FALSE, TRUE, sizeof (CommuneWater));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_overview_new:
 * @db: a #NtmDatabase
 * @year: the year
 * @error: return location for a #GError
 *
 * Reads everything the overview of @year needs, once.
 *
 * Returns: (transfer full): the overview, or %NULL with @error set
 */
NtmOverview *
ntm_overview_new (NtmDatabase  *db,
                  int           year,
                  GError      **error)
{
  g_autoptr(NtmOverview) self = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (year >= 2000 && year <= 2100, NULL);

  self = g_object_new (NTM_TYPE_OVERVIEW, NULL);
  self->db = g_object_ref (db);
  self->year = year;
  g_date_clear (&self->year_end, 1);
  g_date_set_dmy (&self->year_end, 31, G_DATE_DECEMBER, year);

  self->evaluation = ntm_evaluation_new (db, year, error);
  if (self->evaluation == NULL)
    return NULL;
  self->units = g_object_ref (ntm_evaluation_get_units (self->evaluation));
  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);

      g_hash_table_insert (self->units_by_code, (gpointer) ntm_unit_get_code (unit), unit);
      if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_PROVINCE && self->province_code == NULL)
        self->province_code = g_strdup (ntm_unit_get_code (unit));
    }

  self->products = ntm_database_list_ocop_products (db, error);
  if (self->products == NULL)
    return NULL;
  self->targets = ntm_database_list_targets (db, year, error);
  if (self->targets == NULL)
    return NULL;
  if (!load_reported (self, error) || !load_recognitions (self, error) || !load_water (self, error))
    return NULL;

  compute_progress (self);
  compute_headline_and_districts (self);
  if (!compute_level_counts (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

int
ntm_overview_get_year (NtmOverview *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), 0);
  return self->year;
}

/**
 * ntm_overview_get_database:
 * @self: a #NtmOverview
 *
 * Returns: (transfer none): the database
 */
NtmDatabase *
ntm_overview_get_database (NtmOverview *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), NULL);
  return self->db;
}

/**
 * ntm_overview_get_evaluation:
 * @self: a #NtmOverview
 *
 * Returns: (transfer none): every unit's levels for the year
 */
NtmEvaluation *
ntm_overview_get_evaluation (NtmOverview *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), NULL);
  return self->evaluation;
}

/**
 * ntm_overview_get_units:
 * @self: a #NtmOverview
 *
 * Returns: (transfer none): the units of the year, as
 *   ntm_database_list_units_in_year()
 */
GListModel *
ntm_overview_get_units (NtmOverview *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), NULL);
  return self->units;
}

const NtmHeadline *
ntm_overview_get_headline (NtmOverview *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), NULL);
  return &self->headline;
}

guint
ntm_overview_get_n_targets (NtmOverview *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), 0);
  return self->progress->len;
}

/**
 * ntm_overview_get_progress:
 * @self: a #NtmOverview
 * @index: a target's index, in ntm_database_list_targets() order
 *
 * Returns: (transfer none): the progress towards the target
 */
const NtmTargetProgress *
ntm_overview_get_progress (NtmOverview *self,
                           guint        index)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail (index < self->progress->len, NULL);
  return &g_array_index (self->progress, NtmTargetProgress, index);
}

guint
ntm_overview_get_n_districts (NtmOverview *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), 0);
  return self->districts->len;
}

const NtmDistrictSummary *
ntm_overview_get_district (NtmOverview *self,
                           guint        index)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail (index < self->districts->len, NULL);
  return &g_array_index (self->districts, NtmDistrictSummary, index);
}

guint
ntm_overview_get_n_ocop_years (NtmOverview *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), 0);
  return self->ocop_years->len;
}

const NtmOcopYear *
ntm_overview_get_ocop_year (NtmOverview *self,
                            guint        index)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail (index < self->ocop_years->len, NULL);
  return &g_array_index (self->ocop_years, NtmOcopYear, index);
}

guint
ntm_overview_get_n_reported (NtmOverview *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), 0);
  return self->reported->len;
}

/**
 * ntm_overview_get_reported:
 * @self: a #NtmOverview
 * @index: which
 *
 * Returns: (transfer none): a figure reported for the year, as reported
 */
const NtmReportedFigure *
ntm_overview_get_reported (NtmOverview *self,
                           guint        index)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail (index < self->reported->len, NULL);
  return g_ptr_array_index (self->reported, index);
}

/**
 * ntm_overview_lookup_reported:
 * @self: a #NtmOverview
 * @metric: a reported metric
 * @scope_code: (nullable): the scope; %NULL for the province
 * @value: (out) (optional): the figure
 * @source: (out) (optional) (transfer none): the report it comes from
 *
 * Returns: whether a figure was reported for the year
 */
gboolean
ntm_overview_lookup_reported (NtmOverview  *self,
                              const char   *metric,
                              const char   *scope_code,
                              double       *value,
                              const char  **source)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW (self), FALSE);
  g_return_val_if_fail (metric != NULL, FALSE);

  if (scope_code == NULL)
    scope_code = self->province_code;

  for (guint i = 0; i < self->reported->len; i++)
    {
      NtmReportedFigure *f = g_ptr_array_index (self->reported, i);

      if (g_str_equal (f->metric, metric) && g_strcmp0 (f->scope_code, scope_code) == 0)
        {
          if (value)
            *value = f->value;
          if (source)
            *source = f->source;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ntm_overview_compute_metric:
 * @self: a #NtmOverview
 * @metric: a target metric (see ntm_target_list_metrics())
 * @kind: a total at the end of the year, the increase within it, or a
 *   percentage of the units in scope
 * @scope_code: (nullable): the province (%NULL) or a district
 * @value: (out): the figure
 * @numerator: (out) (optional): units or products counted
 * @denominator: (out) (optional): units in scope, for percentages
 *
 * Works the figure out from the records alone; reported figures are not
 * consulted (see ntm_overview_get_progress()).
 *
 * Returns: %NTM_FIGURE_RECORDS, or %NTM_FIGURE_NO_DATA when the records
 *   for the metric are missing
 */
NtmFigureSource
ntm_overview_compute_metric (NtmOverview   *self,
                             const char    *metric,
                             NtmTargetKind  kind,
                             const char    *scope_code,
                             double        *value,
                             guint         *numerator,
                             guint         *denominator)
{
  const LevelClass *c;
  guint class_index = 0;
  guint num = 0, den = 0;
  NtmFigureSource source = NTM_FIGURE_NO_DATA;
  double v = 0;

  g_return_val_if_fail (NTM_IS_OVERVIEW (self), NTM_FIGURE_NO_DATA);
  g_return_val_if_fail (metric != NULL && value != NULL, NTM_FIGURE_NO_DATA);

  if ((c = find_class (metric, &class_index)) != NULL)
    source = compute_level_metric (self, c, class_index, kind, scope_code, &v, &num, &den);
  else if (g_str_equal (metric, "ocop_products"))
    source = compute_ocop_metric (self, FALSE, kind, scope_code, &v, &num);
  else if (g_str_equal (metric, "ocop_4star_plus"))
    source = compute_ocop_metric (self, TRUE, kind, scope_code, &v, &num);
  else if (g_str_equal (metric, "rural_residents_clean_water"))
    source = compute_water_metric (self, TRUE, kind, scope_code, &v, &num, &den);
  else if (g_str_equal (metric, "households_clean_water"))
    source = compute_water_metric (self, FALSE, kind, scope_code, &v, &num, &den);

  if (source == NTM_FIGURE_NO_DATA)
    v = num = den = 0;
  *value = v;
  if (numerator)
    *numerator = num;
  if (denominator)
    *denominator = den;
  return source;
}

const char *
ntm_figure_source_get_label (NtmFigureSource source)
{
  switch (source)
    {
    case NTM_FIGURE_RECORDS: return _("From the records");
    case NTM_FIGURE_REPORTED: return _("As reported");
    case NTM_FIGURE_NO_DATA:
    default: return _("No records yet");
    }
}
