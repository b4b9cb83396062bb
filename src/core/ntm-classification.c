/* ntm-classification.c: what colour class each unit falls in
 *
 * The classes are fixed for each mode, never computed from the data's
 * spread, so that two years or two districts read the same on the wall:
 * levels; the criteria met in five bands set by the number of criteria
 * of the year (19, or 10 from 2026); an indicator on a fixed 0–100 scale
 * for percentages, with the indicator's own threshold as one
 * of the class boundaries, on the side its comparison says ("≥ 95" puts 95
 * among those who meet it, "> 95" does not). Whatever the data, there is
 * always a "no data" class, and all-equal, all-zero or all-missing values
 * still give a valid legend.
 *
 * The commune groups of Decision 51/2025 (1, 2, 3) are one class each;
 * only a commune (xã) has a group, so wards and townships have a class of
 * their own and a commune without a group on record is "no data".
 *
 * The district layer colours the 13 district-level units by their own
 * level (NTM district, advanced NTM district, NTM task completed for a
 * town or the city) or by their 9 district criteria; an indicator of the
 * commune criteria means nothing for a district, and is refused there.
 *
 * The classes of each mode, and the modes and layers by name, are made in
 * ntm-map-classes.c; this file assigns each unit its class.
 *
 * The record is incomplete, and the communes' levels say so: beside the
 * classes, the classification carries for each level of the year's
 * programme that a source reported a total for the communes on record
 * against that total (ntm_database_count_against_reported()), so that the
 * legend on screen, in the exports and in the reports shows the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ntm-classification.h"
#include "ntm-criteria.h"
#include "ntm-indicator-values.h"
#include "ntm-level-count.h"
#include "ntm-level-palette.h"
#include "ntm-map-classes-private.h"
#include "ntm-unit.h"
#include "ntm-unit-match.h"

struct _NtmClassification
{
  GObject     parent_instance;

  NtmMapMode  mode;
  NtmUnitLayer layer;
  int         since_year;    /* for NTM_MAP_MODE_CHANGE */
  char       *title;
  char       *subtitle;
  GArray     *classes;       /* of NtmMapClass */
  GHashTable *assignment;    /* unit code → class index + 1 */
  guint       no_data;
  GArray     *record_counts; /* of NtmLevelCount: on record beside reported */
};

G_DEFINE_FINAL_TYPE (NtmClassification, ntm_classification, G_TYPE_OBJECT)
G_DEFINE_QUARK (ntm-classifier-error-quark, ntm_classifier_error)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
add_no_data_class (GArray *classes)
{
  ntm_map_classes_add (classes, _("No data"), NTM_TONE_NO_DATA, 0.0);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_classification_finalize (GObject *object)
{
  NtmClassification *self = NTM_CLASSIFICATION (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->classes, g_array_unref);
  g_clear_pointer (&self->assignment, g_hash_table_unref);
  g_clear_pointer (&self->record_counts, g_array_unref);

  G_OBJECT_CLASS (ntm_classification_parent_class)->finalize (object);
}

static void
ntm_classification_class_init (NtmClassificationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_classification_finalize;
}

static void
ntm_classification_init (NtmClassification *self)
{
  self->assignment = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->record_counts = g_array_new (FALSE, TRUE, sizeof (NtmLevelCount));
  g_array_set_clear_func (self->record_counts, (GDestroyNotify) ntm_level_count_clear);
}

/* ---------------------------------------------------------------------- */
/* Public API: classifying units                                          */
/* ---------------------------------------------------------------------- */

static NtmIndicator *
find_indicator (NtmDatabase  *db,
                const char   *spec,
                int           year,
                char        **set_code_out,
                GError      **error)
{
  g_autoptr(GListModel) sets = NULL;
  g_autofree char *wanted_set = NULL;
  const char *code = spec;
  const char *colon = strrchr (spec, ':');

  if (colon != NULL)
    {
      wanted_set = g_strndup (spec, colon - spec);
      code = colon + 1;
    }

  sets = ntm_database_list_criteria_sets (db, error);
  if (sets == NULL)
    return NULL;

  for (guint s = 0; s < g_list_model_get_n_items (sets); s++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, s);
      g_autoptr(GListModel) criteria = NULL;

      if (wanted_set != NULL ? g_strcmp0 (ntm_criteria_set_get_code (set), wanted_set) != 0
                             : !ntm_criteria_set_applies (set, NTM_UNIT_KIND_COMMUNE, year) ||
                               ntm_criteria_set_get_level (set) != NTM_LEVEL_NTM)
        continue;

      criteria = ntm_database_list_criteria (db, ntm_criteria_set_get_code (set), error);
      if (criteria == NULL)
        return NULL;
      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(NtmCriterion) criterion = g_list_model_get_item (criteria, c);
          g_autoptr(GListModel) indicators = ntm_database_list_indicators (db, ntm_criterion_get_id (criterion), error);

          if (indicators == NULL)
            return NULL;
          for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
            {
              g_autoptr(NtmIndicator) indicator = g_list_model_get_item (indicators, i);

              if (g_strcmp0 (ntm_indicator_get_code (indicator), code) == 0)
                {
                  *set_code_out = g_strdup (ntm_criteria_set_get_code (set));
                  return g_steal_pointer (&indicator);
                }
            }
        }
    }

  g_set_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_NO_INDICATOR,
               _("No criteria set in force in %d has an indicator “%s”."), year, spec);
  return NULL;
}

static NtmLevel
level_class_level (NtmLevel level)
{
  switch (level)
    {
    case NTM_LEVEL_DISTRICT_NTM: return NTM_LEVEL_NTM;
    case NTM_LEVEL_DISTRICT_ADVANCED: return NTM_LEVEL_ADVANCED;
    case NTM_LEVEL_TASK_COMPLETED: return NTM_LEVEL_NTM;
    default: return level;
    }
}

static void
classify_levels (NtmClassification *self,
                 NtmEvaluation     *evaluation,
                 GPtrArray         *units,
                 gboolean           computed)
{
  NtmLevel levels[8];
  guint n_levels = 0, n_period, urban_not_yet;
  int year = ntm_evaluation_get_year (evaluation);

  /* The levels of the year's programme (ntm_levels_for_year()), then any
   * level a unit still holds from an earlier programme; named and
   * coloured by the level palette. */
  levels[n_levels++] = NTM_LEVEL_NOT_YET;
  n_levels += ntm_levels_for_year (NTM_UNIT_KIND_COMMUNE, year, levels + n_levels, 3);
  levels[n_levels++] = NTM_LEVEL_CIVILISED;
  n_period = n_levels;
  for (guint i = 0; i < units->len; i++)
    {
      const char *code = ntm_unit_get_code (g_ptr_array_index (units, i));
      NtmLevel level = level_class_level (computed ? ntm_evaluation_get_computed_level (evaluation, code)
                                                   : ntm_evaluation_get_recognised_level (evaluation, code));
      gboolean known = level == NTM_LEVEL_NO_DATA;

      for (guint k = 0; k < n_levels && !known; k++)
        known = levels[k] == level;
      if (!known && n_levels < G_N_ELEMENTS (levels))
        levels[n_levels++] = level;
    }

  for (guint i = 0; i < n_levels; i++)
    {
      const char *label = ntm_level_palette_get_name (levels[i]);
      g_autofree char *earlier = NULL;

      if (i >= n_period)
        /* Translators: a level recognised under the 2021–2025 programme, shown in a later year */
        label = earlier = g_strdup_printf (_("%s (2021–2025)"), ntm_level_palette_get_name (levels[i]));
      ntm_map_classes_add (self->classes, label, NTM_TONE_LEVEL, levels[i]);
    }
  urban_not_yet = self->classes->len;
  ntm_map_classes_add (self->classes, _("Not yet civilised urban"), NTM_TONE_LEVEL, NTM_LEVEL_NOT_YET + 0.5);

  for (guint i = 0; i < units->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (units, i);
      const char *code = ntm_unit_get_code (unit);
      NtmLevel level = computed ? ntm_evaluation_get_computed_level (evaluation, code)
                                : ntm_evaluation_get_recognised_level (evaluation, code);
      gboolean urban = ntm_unit_get_kind (unit) == NTM_UNIT_KIND_WARD ||
                       ntm_unit_get_kind (unit) == NTM_UNIT_KIND_TOWNSHIP;

      level = level_class_level (level);
      if (level == NTM_LEVEL_NO_DATA)
        continue;
      if (urban && level == NTM_LEVEL_NOT_YET)
        {
          ntm_classification_assign (self, code, urban_not_yet);
          continue;
        }
      for (guint k = 0; k < n_levels; k++)
        if (levels[k] == level)
          ntm_classification_assign (self, code, k);
    }
}

static void
classify_one_short (NtmClassification *self,
                    NtmEvaluation     *evaluation,
                    GPtrArray         *units)
{
  ntm_map_classes_add (self->classes, _("Highest level reached"), NTM_TONE_NEUTRAL, 0.0);
  ntm_map_classes_add (self->classes, _("4 or more criteria missing"), NTM_TONE_DIVERGING, -1.0);
  ntm_map_classes_add (self->classes, _("2–3 criteria missing"), NTM_TONE_DIVERGING, -0.5);
  ntm_map_classes_add (self->classes, _("One criterion short"), NTM_TONE_DIVERGING, 0.5);
  ntm_map_classes_add (self->classes, _("All criteria of the next level met"), NTM_TONE_DIVERGING, 1.0);

  for (guint i = 0; i < units->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (units, i);
      const char *code = ntm_unit_get_code (unit);
      NtmUnitKind kind = ntm_unit_get_kind (unit);
      NtmLevel level = ntm_evaluation_get_recognised_level (evaluation, code);
      NtmLevel next;
      NtmTally tally;
      guint missing;

      if (level == NTM_LEVEL_NO_DATA)
        level = NTM_LEVEL_NOT_YET;
      next = ntm_next_level_in_year (level, kind, ntm_evaluation_get_year (evaluation));
      if (next == NTM_LEVEL_NO_DATA || next == level)
        {
          ntm_classification_assign (self, code, 0);
          continue;
        }
      tally = ntm_evaluation_get_set_tally (evaluation, code,
                                            next == NTM_LEVEL_NTM_DECISION_51 ? NTM_LEVEL_NTM : next);
      if (tally.total == 0 || tally.no_data == tally.total)
        continue;
      missing = tally.total - tally.met;
      ntm_classification_assign (self, code, missing == 0 ? 4 : missing == 1 ? 3 : missing <= 3 ? 2 : 1);
    }
}

/* Communes by how many of their criteria they meet, counted out of the
 * criteria of the year's set; wards and townships are held to other
 * criteria and shown apart. */
static void
classify_criteria (NtmClassification *self,
                   NtmEvaluation     *evaluation,
                   GPtrArray         *units)
{
  g_autoptr(GArray) bands = NULL;
  g_autoptr(GArray) tallies = g_array_sized_new (FALSE, TRUE, sizeof (NtmTally), units->len);
  guint n_criteria = 0;
  guint other_set;

  g_array_set_size (tallies, units->len);
  for (guint i = 0; i < units->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (units, i);
      NtmUnitKind kind = ntm_unit_get_kind (unit);

      if (kind == NTM_UNIT_KIND_WARD || kind == NTM_UNIT_KIND_TOWNSHIP)
        continue;
      g_array_index (tallies, NtmTally, i) = ntm_evaluation_get_tally (evaluation, ntm_unit_get_code (unit));
      n_criteria = MAX (n_criteria, g_array_index (tallies, NtmTally, i).total);
    }

  bands = ntm_classes_for_criteria_count (n_criteria);
  for (guint i = 0; i < bands->len; i++)
    {
      NtmMapClass klass = g_array_index (bands, NtmMapClass, i);
      klass.label = g_strdup (klass.label);
      g_array_append_val (self->classes, klass);
    }
  other_set = self->classes->len;
  ntm_map_classes_add (self->classes, _("Ward or township (held to other criteria)"), NTM_TONE_NEUTRAL, 0.0);

  for (guint i = 0; i < units->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (units, i);
      NtmUnitKind kind = ntm_unit_get_kind (unit);
      const NtmTally *tally = &g_array_index (tallies, NtmTally, i);

      if (kind == NTM_UNIT_KIND_WARD || kind == NTM_UNIT_KIND_TOWNSHIP)
        {
          ntm_classification_assign (self, ntm_unit_get_code (unit), other_set);
          continue;
        }
      if (tally->total == 0 || tally->no_data == tally->total)
        continue;
      ntm_classification_assign (self, ntm_unit_get_code (unit), ntm_classes_find (bands, tally->met));
    }

  g_free (self->subtitle);
  if (n_criteria > 0)
    self->subtitle = g_strdup_printf (ngettext ("Out of the %u new rural criterion",
                                                "Out of the %u new rural criteria", n_criteria),
                                      n_criteria);
  else
    self->subtitle = g_strdup (_("No commune is held to new rural criteria this year"));
}

static void
classify_district_levels (NtmClassification *self,
                          NtmEvaluation     *evaluation,
                          GPtrArray         *units,
                          gboolean           computed)
{
  g_autoptr(GArray) classes = ntm_classes_for_district_levels ();

  for (guint i = 0; i < classes->len; i++)
    {
      NtmMapClass klass = g_array_index (classes, NtmMapClass, i);
      klass.label = g_strdup (klass.label);
      g_array_append_val (self->classes, klass);
    }

  for (guint i = 0; i < units->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (units, i);
      const char *code = ntm_unit_get_code (unit);
      NtmLevel level = computed ? ntm_evaluation_get_computed_level (evaluation, code)
                                : ntm_evaluation_get_recognised_level (evaluation, code);
      guint k = ntm_district_level_class (level);

      if (k != G_MAXUINT)
        ntm_classification_assign (self, code, k);
    }
}

static void
classify_district_criteria (NtmClassification *self,
                            NtmEvaluation     *evaluation,
                            GPtrArray         *units)
{
  g_autoptr(GArray) bands = ntm_classes_for_district_criteria_count ();

  for (guint i = 0; i < bands->len; i++)
    {
      NtmMapClass klass = g_array_index (bands, NtmMapClass, i);
      klass.label = g_strdup (klass.label);
      g_array_append_val (self->classes, klass);
    }

  for (guint i = 0; i < units->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (units, i);
      const char *code = ntm_unit_get_code (unit);
      /* the district's own 9 criteria, without the satisfaction condition */
      NtmTally tally = ntm_evaluation_get_tally (evaluation, code);

      if (tally.total == 0 || tally.no_data == tally.total)
        continue;
      ntm_classification_assign (self, code, ntm_classes_find (bands, tally.met));
    }
}

/* Group 1, 2, 3 along the ramp, wards and townships apart (only a xã has
 * a group), a commune without a group left as no data. */
static void
classify_groups (NtmClassification *self,
                 GPtrArray         *units)
{
  guint not_commune;

  for (int group = 1; group <= 3; group++)
    ntm_map_classes_add (self->classes, ntm_commune_group_get_label (group), NTM_TONE_SEQUENTIAL,
                         0.15 + 0.35 * (group - 1));
  not_commune = self->classes->len;
  ntm_map_classes_add (self->classes, _("Ward or township (no commune group)"), NTM_TONE_NEUTRAL, 0.0);

  for (guint i = 0; i < units->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (units, i);
      int group = ntm_unit_get_commune_group (unit);

      if (ntm_unit_get_kind (unit) != NTM_UNIT_KIND_COMMUNE)
        ntm_classification_assign (self, ntm_unit_get_code (unit), not_commune);
      else if (group >= 1 && group <= 3)
        ntm_classification_assign (self, ntm_unit_get_code (unit), (guint) group - 1);
    }
}

static gboolean
classify_indicator (NtmClassification  *self,
                    NtmDatabase        *db,
                    NtmEvaluation      *evaluation,
                    GPtrArray          *units,
                    const char         *spec,
                    GError            **error)
{
  g_autoptr(NtmIndicator) indicator = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) classes = NULL;
  g_autofree char *set_code = NULL;
  g_autofree char *bound = NULL;
  const char *region = NULL;
  g_autoptr(NtmUnit) first = NULL;
  gboolean known = FALSE;
  double threshold = 0;
  int year = ntm_evaluation_get_year (evaluation);
  const char *unit_text;

  indicator = find_indicator (db, spec, year, &set_code, error);
  if (indicator == NULL)
    return FALSE;

  values = ntm_database_get_indicator_values (db, set_code, ntm_indicator_get_code (indicator), year, error);
  if (values == NULL)
    return FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (units, i);
      double *v = g_hash_table_lookup (values, ntm_unit_get_code (unit));

      if (region == NULL && ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        {
          g_set_object (&first, unit);
          region = ntm_unit_get_region (unit);
        }
      if (v != NULL)
        g_array_append_val (found, *v);
    }

  if (!ntm_database_lookup_threshold (db, ntm_indicator_get_id (indicator), region,
                                      first ? ntm_unit_get_commune_group (first) : 0,
                                      year, &known, &threshold, error))
    {
      if (error != NULL && *error != NULL)
        return FALSE;
      known = FALSE;
    }

  unit_text = ntm_indicator_get_kind (indicator) == NTM_INDICATOR_PERCENT ? "%" : ntm_indicator_get_unit (indicator);
  classes = ntm_classes_for_indicator (ntm_indicator_get_kind (indicator),
                                       ntm_indicator_get_comparison (indicator),
                                       known, threshold,
                                       (double *) found->data, found->len, unit_text);
  for (guint i = 0; i < classes->len; i++)
    {
      NtmMapClass klass = g_array_index (classes, NtmMapClass, i);
      klass.label = g_strdup (klass.label);
      g_array_append_val (self->classes, klass);
    }

  for (guint i = 0; i < units->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (units, i);
      double *v = g_hash_table_lookup (values, ntm_unit_get_code (unit));

      if (v != NULL && isfinite (*v))
        ntm_classification_assign (self, ntm_unit_get_code (unit), ntm_classes_find (classes, *v));
    }

  g_free (self->title);
  self->title = g_strdup_printf ("%s %s", ntm_indicator_get_code (indicator), ntm_indicator_get_name (indicator));
  if (known && ntm_indicator_get_kind (indicator) != NTM_INDICATOR_BOOLEAN)
    {
      g_autofree char *number = ntm_map_class_format_number (threshold, unit_text);
      /* Translators: the indicator's threshold under the map's title, e.g. "Threshold: ≥ 95 %" */
      bound = g_strdup_printf (_("Threshold: %s %s"),
                               ntm_comparison_to_string (ntm_indicator_get_comparison (indicator)), number);
    }
  else if (ntm_indicator_get_kind (indicator) != NTM_INDICATOR_BOOLEAN)
    bound = g_strdup (_("Threshold not known for this year"));
  g_free (self->subtitle);
  self->subtitle = g_steal_pointer (&bound);
  return TRUE;
}

static gboolean
classify_communes (NtmClassification  *self,
                   NtmDatabase        *db,
                   NtmEvaluation      *evaluation,
                   GPtrArray          *units,
                   const char         *indicator,
                   GError            **error)
{
  switch (self->mode)
    {
    case NTM_MAP_MODE_LEVEL:
      classify_levels (self, evaluation, units, FALSE);
      break;
    case NTM_MAP_MODE_READINESS:
      classify_levels (self, evaluation, units, TRUE);
      self->subtitle = g_strdup (_("Computed from the criteria, not a recognition"));
      break;
    case NTM_MAP_MODE_ONE_SHORT:
      classify_one_short (self, evaluation, units);
      break;
    case NTM_MAP_MODE_CRITERIA:
      classify_criteria (self, evaluation, units);
      break;
    case NTM_MAP_MODE_CHANGE:
      g_set_error_literal (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_YEAR,
                           _("Say which year to compare with."));
      return FALSE;
    case NTM_MAP_MODE_GROUP:
      classify_groups (self, units);
      self->subtitle = g_strdup (_("Decision 51/2025: the group of each commune (xã) decides its thresholds"));
      break;
    case NTM_MAP_MODE_INDICATOR:
      if (indicator == NULL)
        {
          g_set_error_literal (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_NO_INDICATOR,
                               _("Choose an indicator to colour the map by."));
          return FALSE;
        }
      return classify_indicator (self, db, evaluation, units, indicator, error);
    default:
      g_set_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_MODE,
                   _("Unknown map mode %d."), self->mode);
      return FALSE;
    }
  return TRUE;
}

static gboolean
classify_districts (NtmClassification  *self,
                    NtmEvaluation      *evaluation,
                    GPtrArray          *units,
                    GError            **error)
{
  g_autofree char *title = NULL;

  switch (self->mode)
    {
    case NTM_MAP_MODE_LEVEL:
      classify_district_levels (self, evaluation, units, FALSE);
      self->subtitle = g_strdup (_("Districts, towns and the city, each by its own level"));
      break;
    case NTM_MAP_MODE_READINESS:
      classify_district_levels (self, evaluation, units, TRUE);
      self->subtitle = g_strdup (_("Computed from the criteria, not a recognition"));
      break;
    case NTM_MAP_MODE_ONE_SHORT:
      /* the next level of a district-level unit is its own (ntm_next_level) */
      classify_one_short (self, evaluation, units);
      self->subtitle = g_strdup (_("Out of the district criteria of the next level"));
      break;
    case NTM_MAP_MODE_CRITERIA:
      classify_district_criteria (self, evaluation, units);
      self->subtitle = g_strdup (_("Out of the 9 district criteria"));
      break;
    case NTM_MAP_MODE_CHANGE:
      g_set_error_literal (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_YEAR,
                           _("Say which year to compare with."));
      return FALSE;
    case NTM_MAP_MODE_INDICATOR:
      g_set_error_literal (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_NOT_FOR_LAYER,
                           _("Indicators are measured in communes, wards and townships, not in districts. "
                             "Show the communes layer, or colour the districts by another mode."));
      return FALSE;
    case NTM_MAP_MODE_GROUP:
      g_set_error_literal (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_NOT_FOR_LAYER,
                           _("Only communes have a commune group, not districts. "
                             "Show the communes layer, or colour the districts by another mode."));
      return FALSE;
    default:
      g_set_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_MODE,
                   _("Unknown map mode %d."), self->mode);
      return FALSE;
    }

  /* Translators: the map's title in the district layer, e.g. "Recognised level — districts" */
  title = g_strdup_printf (_("%s — districts"), self->title);
  g_free (self->title);
  self->title = g_steal_pointer (&title);
  return TRUE;
}

/* The communes on record at each level of @year's programme beside the
 * total a source reported for it; a level without a reported total is
 * left out. */
static gboolean
count_against_reported (NtmClassification  *self,
                        NtmDatabase        *db,
                        int                 year,
                        GError            **error)
{
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);
  NtmLevel levels[4];
  guint n = ntm_levels_for_year (NTM_UNIT_KIND_COMMUNE, year, levels, G_N_ELEMENTS (levels));

  for (guint i = 0; i < n; i++)
    {
      NtmLevelCount count;

      if (ntm_level_metric_for_level (levels[i]) == NULL)
        continue;
      if (!ntm_database_count_against_reported (db, levels[i], NULL, year_end, &count, error))
        return FALSE;
      if (count.has_reported)
        g_array_append_val (self->record_counts, count);
      else
        ntm_level_count_clear (&count);
    }
  return TRUE;
}

static NtmClassification *
classification_new (NtmDatabase    *db,
                    NtmEvaluation  *evaluation,
                    GListModel     *units,
                    NtmUnitLayer    layer,
                    NtmMapMode      mode,
                    const char     *indicator,
                    GError        **error)
{
  g_autoptr(NtmClassification) self = g_object_new (NTM_TYPE_CLASSIFICATION, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok;

  self->mode = mode;
  self->layer = layer;
  self->classes = ntm_map_classes_new ();
  self->title = g_strdup (ntm_map_mode_get_title (mode));

  /* the units taken out of the model once, not once per pass */
  for (guint i = 0, n = g_list_model_get_n_items (units); i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (units, i));

  if (layer == NTM_UNIT_LAYER_DISTRICTS)
    ok = classify_districts (self, evaluation, items, error);
  else
    ok = classify_communes (self, db, evaluation, items, indicator, error);
  if (ok && layer == NTM_UNIT_LAYER_COMMUNES && mode == NTM_MAP_MODE_LEVEL)
    ok = count_against_reported (self, db, ntm_evaluation_get_year (evaluation), error);
  if (!ok)
    return NULL;

  self->no_data = self->classes->len;
  /* by the recognised level, a unit outside every class has no decision */
  if (mode == NTM_MAP_MODE_LEVEL)
    ntm_map_classes_add (self->classes, _("No recognition on record"), NTM_TONE_NO_DATA, 0.0);
  else
    add_no_data_class (self->classes);

  /* count */
  for (guint i = 0; i < items->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (items, i);
      guint k = ntm_classification_lookup (self, ntm_unit_get_code (unit));

      g_array_index (self->classes, NtmMapClass, k).count++;
    }

  return g_steal_pointer (&self);
}

/**
 * ntm_classification_new:
 * @db: a #NtmDatabase
 * @evaluation: the year's evaluation
 * @units: a #GListModel of the #NtmUnit to classify, as commune-level
 *   units
 * @mode: what the colours say
 * @indicator: (nullable): for %NTM_MAP_MODE_INDICATOR, the indicator
 *   code, optionally with its set ("318-ntm:17.1")
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the classes and each unit's class; units
 *   without data are in the "no data" class, which is always the last
 */
NtmClassification *
ntm_classification_new (NtmDatabase    *db,
                        NtmEvaluation  *evaluation,
                        GListModel     *units,
                        NtmMapMode      mode,
                        const char     *indicator,
                        GError        **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (NTM_IS_EVALUATION (evaluation), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (units), NULL);

  return classification_new (db, evaluation, units, NTM_UNIT_LAYER_COMMUNES, mode, indicator, error);
}

/**
 * ntm_classification_new_for_layer:
 * @db: a #NtmDatabase
 * @evaluation: the year's evaluation
 * @units: a #GListModel of #NtmUnit; only those of @layer are classified
 *   and counted
 * @layer: the communes or the districts
 * @mode: what the colours say
 * @indicator: (nullable): for %NTM_MAP_MODE_INDICATOR, the indicator
 * @error: return location for a #GError
 *
 * In the district layer each district, town or city is classed by its own
 * level or its own criteria; the indicator mode fails there with
 * %NTM_CLASSIFIER_ERROR_NOT_FOR_LAYER.
 *
 * Returns: (transfer full): the classification, or %NULL with @error set
 */
NtmClassification *
ntm_classification_new_for_layer (NtmDatabase    *db,
                                  NtmEvaluation  *evaluation,
                                  GListModel     *units,
                                  NtmUnitLayer    layer,
                                  NtmMapMode      mode,
                                  const char     *indicator,
                                  GError        **error)
{
  g_autoptr(GListStore) in_layer = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (NTM_IS_EVALUATION (evaluation), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (units), NULL);

  in_layer = g_list_store_new (NTM_TYPE_UNIT);
  for (guint i = 0, n = g_list_model_get_n_items (units); i < n; i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

      if (ntm_unit_layer_holds (layer, ntm_unit_get_kind (unit)))
        g_list_store_append (in_layer, unit);
    }
  return classification_new (db, evaluation, G_LIST_MODEL (in_layer), layer, mode, indicator, error);
}

/**
 * ntm_classification_new_change:
 * @db: a #NtmDatabase
 * @evaluation: the evaluation of the year shown
 * @units: a #GListModel of the #NtmUnit of the year shown; only those of
 *   @layer are classified
 * @layer: the communes or the districts
 * @since_year: the year compared with, before the year shown
 * @error: return location for a #GError (%NTM_CLASSIFIER_ERROR_BAD_YEAR)
 *
 * "Change since @since_year": each unit's recognised level in the year
 * shown against the level of the unit or units it was in @since_year
 * (ntm_unit_match_in_year()). It rose when it is above the best of them,
 * fell when it is below the lowest, and held otherwise; "no data" when
 * either year's level is not known or the unit had no counterpart.
 *
 * Returns: (transfer full): the classification, or %NULL with @error set
 */
NtmClassification *
ntm_classification_new_change (NtmDatabase    *db,
                               NtmEvaluation  *evaluation,
                               GListModel     *units,
                               NtmUnitLayer    layer,
                               int             since_year,
                               GError        **error)
{
  g_autoptr(NtmClassification) self = NULL;
  g_autoptr(NtmEvaluation) before = NULL;
  int year;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (NTM_IS_EVALUATION (evaluation), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (units), NULL);

  year = ntm_evaluation_get_year (evaluation);
  if (since_year < 2000 || since_year >= year)
    {
      g_set_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_YEAR,
                   _("%d cannot be compared with %d: choose a year from 2000 to %d."), year, since_year, year - 1);
      return NULL;
    }
  before = ntm_evaluation_new (db, since_year, error);
  if (before == NULL)
    return NULL;

  self = g_object_new (NTM_TYPE_CLASSIFICATION, NULL);
  self->mode = NTM_MAP_MODE_CHANGE;
  self->layer = layer;
  self->since_year = since_year;
  self->classes = ntm_map_classes_new ();
  /* Translators: the map's title: "Change since 2022" */
  self->title = g_strdup_printf (_("Change since %d"), since_year);
  /* Translators: under the map's title: "Recognised level in 2024 against 2022" */
  self->subtitle = g_strdup_printf (_("Recognised level in %d against %d"), year, since_year);
  if (layer == NTM_UNIT_LAYER_DISTRICTS)
    {
      g_autofree char *title = g_strdup_printf (_("%s — districts"), self->title);
      g_free (self->title);
      self->title = g_steal_pointer (&title);
    }
  ntm_map_classes_add (self->classes, _("Rose"), NTM_TONE_DIVERGING, 1.0);
  ntm_map_classes_add (self->classes, _("Held"), NTM_TONE_NEUTRAL, 0.0);
  ntm_map_classes_add (self->classes, _("Fell"), NTM_TONE_DIVERGING, -1.0);
  self->no_data = self->classes->len;
  add_no_data_class (self->classes);

  for (guint i = 0, n = g_list_model_get_n_items (units); i < n; i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      g_autoptr(GPtrArray) earlier = NULL;
      const char *code = ntm_unit_get_code (unit);
      NtmLevel now = ntm_evaluation_get_recognised_level (evaluation, code);
      int lowest = G_MAXINT, highest = -1;
      gboolean known = ntm_level_palette_get_rank (now) >= 0;
      guint k = self->no_data;

      if (!ntm_unit_layer_holds (layer, ntm_unit_get_kind (unit)))
        continue;
      earlier = ntm_unit_match_in_year (db, code, year, since_year, error);
      if (earlier == NULL)
        return NULL;
      for (guint e = 0; known && e < earlier->len; e++)
        {
          int rank = ntm_level_palette_get_rank (ntm_evaluation_get_recognised_level (before,
                                                                                      g_ptr_array_index (earlier, e)));
          if (rank < 0)
            known = FALSE;
          lowest = MIN (lowest, rank);
          highest = MAX (highest, rank);
        }
      if (known && earlier->len > 0)
        {
          int rank = ntm_level_palette_get_rank (now);
          k = rank > highest ? NTM_CHANGE_ROSE : rank < lowest ? NTM_CHANGE_FELL : NTM_CHANGE_HELD;
          ntm_classification_assign (self, code, k);
        }
      g_array_index (self->classes, NtmMapClass, k).count++;
    }

  return g_steal_pointer (&self);
}

/**
 * ntm_classification_get_since_year:
 * @self: a #NtmClassification
 *
 * Returns: the year compared with, for %NTM_MAP_MODE_CHANGE; 0 otherwise
 */
int
ntm_classification_get_since_year (NtmClassification *self)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), 0);
  return self->since_year;
}

/**
 * ntm_classification_get_layer:
 * @self: a #NtmClassification
 *
 * Returns: the layer whose units are classified
 */
NtmUnitLayer
ntm_classification_get_layer (NtmClassification *self)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), NTM_UNIT_LAYER_COMMUNES);
  return self->layer;
}

/**
 * ntm_classification_new_from_classes:
 * @classes: (transfer none): classes, without "no data"
 * @title: the legend's title
 *
 * Returns: (transfer full): an empty classification over @classes plus the
 *   "no data" class; fill it with ntm_classification_assign()
 */
NtmClassification *
ntm_classification_new_from_classes (GArray     *classes,
                                     const char *title)
{
  NtmClassification *self = g_object_new (NTM_TYPE_CLASSIFICATION, NULL);

  self->mode = NTM_MAP_MODE_INDICATOR;
  self->classes = ntm_map_classes_new ();
  self->title = g_strdup (title);
  for (guint i = 0; classes != NULL && i < classes->len; i++)
    {
      NtmMapClass klass = g_array_index (classes, NtmMapClass, i);
      klass.label = g_strdup (klass.label);
      g_array_append_val (self->classes, klass);
    }
  self->no_data = self->classes->len;
  add_no_data_class (self->classes);
  return self;
}

/**
 * ntm_classification_assign:
 * @self: a #NtmClassification
 * @code: a unit code
 * @class_index: its class
 *
 * Puts a unit in a class (and counts it there).
 */
void
ntm_classification_assign (NtmClassification *self,
                           const char        *code,
                           guint              class_index)
{
  g_return_if_fail (NTM_IS_CLASSIFICATION (self));
  g_return_if_fail (class_index < self->classes->len);

  g_hash_table_insert (self->assignment, g_strdup (code), GUINT_TO_POINTER (class_index + 1));
}

NtmMapMode
ntm_classification_get_mode (NtmClassification *self)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), NTM_MAP_MODE_LEVEL);
  return self->mode;
}

const char *
ntm_classification_get_title (NtmClassification *self)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), NULL);
  return self->title;
}

/**
 * ntm_classification_get_subtitle:
 * @self: a #NtmClassification
 *
 * Returns: (nullable): a line under the title, such as the threshold
 */
const char *
ntm_classification_get_subtitle (NtmClassification *self)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), NULL);
  return self->subtitle;
}

guint
ntm_classification_get_n_classes (NtmClassification *self)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), 0);
  return self->classes->len;
}

const NtmMapClass *
ntm_classification_get_class (NtmClassification *self,
                              guint              index)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), NULL);
  g_return_val_if_fail (index < self->classes->len, NULL);
  return &g_array_index (self->classes, NtmMapClass, index);
}

guint
ntm_classification_get_no_data_class (NtmClassification *self)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), 0);
  return self->no_data;
}

/**
 * ntm_classification_lookup:
 * @self: a #NtmClassification
 * @code: a unit code
 *
 * Returns: the unit's class; the "no data" class for a unit not classified
 */
guint
ntm_classification_lookup (NtmClassification *self,
                           const char        *code)
{
  gpointer value;

  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), 0);

  value = g_hash_table_lookup (self->assignment, code);
  return value ? GPOINTER_TO_UINT (value) - 1 : self->no_data;
}

/* ---------------------------------------------------------------------- */
/* Public API: the record beside the totals reported                      */
/* ---------------------------------------------------------------------- */

/**
 * ntm_classification_get_n_record_counts:
 * @self: a #NtmClassification
 *
 * Returns: how many levels have a count on record beside a reported total
 *   (the communes' recognised levels only; 0 in any other mode or layer,
 *   and when no source reported a total for the year's levels)
 */
guint
ntm_classification_get_n_record_counts (NtmClassification *self)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), 0);
  return self->record_counts->len;
}

/**
 * ntm_classification_get_record_count:
 * @self: a #NtmClassification
 * @index: which, lowest level first
 *
 * Returns: (transfer none): the communes on record at a level or above
 *   beside the total reported (see ntm_database_count_against_reported())
 */
const NtmLevelCount *
ntm_classification_get_record_count (NtmClassification *self,
                                     guint              index)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), NULL);
  g_return_val_if_fail (index < self->record_counts->len, NULL);
  return &g_array_index (self->record_counts, NtmLevelCount, index);
}

/**
 * ntm_classification_get_record_title:
 * @self: a #NtmClassification
 *
 * Returns: (nullable): the heading of the record counts in a legend, or
 *   %NULL when there are none
 */
const char *
ntm_classification_get_record_title (NtmClassification *self)
{
  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), NULL);
  return self->record_counts->len > 0 ? _("Communes at the level or above, on record and reported") : NULL;
}

/**
 * ntm_classification_format_record_count:
 * @self: a #NtmClassification
 * @index: which
 *
 * Returns: (transfer full): the line of a legend, translated: "Advanced
 *   NTM: 52 on record of 60 reported (17/01/2024)"
 */
char *
ntm_classification_format_record_count (NtmClassification *self,
                                        guint              index)
{
  const NtmLevelCount *count;
  g_autofree char *counted = NULL;

  g_return_val_if_fail (NTM_IS_CLASSIFICATION (self), NULL);
  g_return_val_if_fail (index < self->record_counts->len, NULL);

  count = &g_array_index (self->record_counts, NtmLevelCount, index);
  counted = ntm_level_count_format (count);
  /* Translators: a level and its count, e.g. "NTM nâng cao: 52 có trong hồ sơ / 60 theo báo cáo (17/01/2024)" */
  return g_strdup_printf (_("%s: %s"), ntm_level_palette_get_name (count->metric->level), counted);
}
