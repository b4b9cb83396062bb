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
clear_class (gpointer data)
{
  NtmMapClass *klass = data;

  g_free (klass->label);
}

static GArray *
new_class_array (void)
{
  GArray *classes = g_array_new (FALSE, TRUE, sizeof (NtmMapClass));

  g_array_set_clear_func (classes, clear_class);
  return classes;
}

static void
add_class (GArray     *classes,
           const char *label,
           NtmTone     tone,
           double      position)
{
  NtmMapClass klass = { 0 };

  klass.label = g_strdup (label);
  klass.tone = tone;
  klass.position = position;
  g_array_append_val (classes, klass);
}

static void
add_no_data_class (GArray *classes)
{
  add_class (classes, _("No data"), NTM_TONE_NO_DATA, 0.0);
}

static char *
format_number (double      value,
               const char *unit)
{
  g_autofree char *number = NULL;

  if (fabs (value - round (value)) < 1e-9)
    number = g_strdup_printf ("%.0f", value);
  else
    number = g_strdup_printf ("%.4g", value);

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);
  if (g_str_equal (unit, "%"))
    return g_strconcat (number, " %", NULL);
  return g_strconcat (number, " ", unit, NULL);
}

static char *
label_for_bounds (const NtmMapClass *klass,
                  const char        *unit)
{
  g_autofree char *lo = klass->has_lower ? format_number (klass->lower, unit) : NULL;
  g_autofree char *hi = klass->has_upper ? format_number (klass->upper, unit) : NULL;

  if (klass->has_lower && klass->has_upper && klass->lower == klass->upper)
    return g_strdup (lo);
  if (!klass->has_lower && klass->has_upper)
    /* Translators: a map class, e.g. "under 20 %" */
    return g_strdup_printf (klass->upper_inclusive ? _("up to %s") : _("under %s"), hi);
  if (klass->has_lower && !klass->has_upper)
    /* Translators: a map class, e.g. "95 % or more" */
    return g_strdup_printf (klass->lower_inclusive ? _("%s or more") : _("over %s"), lo);
  if (klass->lower_inclusive)
    /* Translators: a map class, e.g. "20 % to under 40 %" */
    return g_strdup_printf (klass->upper_inclusive ? _("%s to %s") : _("%s to under %s"), lo, hi);
  /* Translators: a map class, e.g. "over 40 % to 95 %" */
  return g_strdup_printf (klass->upper_inclusive ? _("over %s to %s") : _("over %s to under %s"), lo, hi);
}

/* Builds classes between sorted @breaks. The boundary at @threshold takes
 * the inclusivity of @comparison; every other boundary belongs to the class
 * above it. @pass_above says which side of the threshold meets it. */
static GArray *
classes_from_breaks (const double  *breaks,
                     guint          n_breaks,
                     gboolean       has_threshold,
                     double         threshold,
                     NtmComparison  comparison,
                     gboolean       first_open,
                     gboolean       last_open,
                     double         scale_min,
                     double         scale_max,
                     const char    *unit)
{
  GArray *classes = new_class_array ();
  gboolean pass_above = comparison == NTM_COMPARISON_GE || comparison == NTM_COMPARISON_GT ||
                        comparison == NTM_COMPARISON_EQ;
  /* with "≥ T" or "< T" the threshold value starts the upper class */
  gboolean threshold_goes_up = comparison == NTM_COMPARISON_GE || comparison == NTM_COMPARISON_LT ||
                               comparison == NTM_COMPARISON_EQ;
  guint n_below = 0, n_above = 0;
  guint n_classes = n_breaks + 1;

  if (has_threshold)
    for (guint i = 0; i < n_breaks; i++)
      {
        if (breaks[i] < threshold)
          n_below++;
        else if (breaks[i] > threshold)
          n_above++;
      }

  for (guint i = 0; i < n_classes; i++)
    {
      NtmMapClass klass = { 0 };
      double mid;

      klass.has_lower = i > 0 || !first_open;
      klass.lower = i > 0 ? breaks[i - 1] : scale_min;
      klass.lower_inclusive = TRUE;
      klass.has_upper = i < n_breaks || !last_open;
      klass.upper = i < n_breaks ? breaks[i] : scale_max;
      klass.upper_inclusive = i == n_breaks;

      if (has_threshold && i > 0 && breaks[i - 1] == threshold && !threshold_goes_up)
        klass.lower_inclusive = FALSE;
      if (has_threshold && i < n_breaks && breaks[i] == threshold && !threshold_goes_up)
        klass.upper_inclusive = TRUE;

      if (has_threshold)
        {
          /* classes below the threshold: i <= n_below; above: the rest */
          gboolean below = i <= n_below;
          gboolean passes = below != pass_above;
          guint steps = below ? n_below + 1 : n_above + 1;
          guint k = below ? n_below - i : i - (n_below + 1);   /* 0 next to the threshold */

          klass.tone = NTM_TONE_DIVERGING;
          mid = (double) (k + 1) / steps;
          klass.position = passes ? mid : -mid;
        }
      else
        {
          klass.tone = NTM_TONE_SEQUENTIAL;
          klass.position = n_classes > 1 ? (double) i / (n_classes - 1) : 0.5;
        }

      klass.label = label_for_bounds (&klass, unit);
      g_array_append_val (classes, klass);
    }

  return classes;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
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
/* Public API: classes                                                    */
/* ---------------------------------------------------------------------- */

/**
 * ntm_map_mode_parse:
 * @text: "level", "readiness", "one-short", "criteria", "change" (the
 *   change of level since another year, which the classification is told
 *   apart) or "indicator:CODE" (CODE may be "SET:CODE", e.g. "318-ntm:17.1")
 * @mode: (out): the mode
 * @indicator: (out) (optional) (nullable): the indicator, for the
 *   indicator mode
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @text names a mode
 */
gboolean
ntm_map_mode_parse (const char  *text,
                    NtmMapMode  *mode,
                    char       **indicator,
                    GError     **error)
{
  g_return_val_if_fail (mode != NULL, FALSE);

  if (indicator)
    *indicator = NULL;

  if (g_strcmp0 (text, "level") == 0)
    *mode = NTM_MAP_MODE_LEVEL;
  else if (g_strcmp0 (text, "readiness") == 0)
    *mode = NTM_MAP_MODE_READINESS;
  else if (g_strcmp0 (text, "one-short") == 0)
    *mode = NTM_MAP_MODE_ONE_SHORT;
  else if (g_strcmp0 (text, "criteria") == 0)
    *mode = NTM_MAP_MODE_CRITERIA;
  else if (g_strcmp0 (text, "change") == 0)
    *mode = NTM_MAP_MODE_CHANGE;
  else if (g_strcmp0 (text, "group") == 0)
    *mode = NTM_MAP_MODE_GROUP;
  else if (text != NULL && g_str_has_prefix (text, "indicator:") && text[strlen ("indicator:")] != '\0')
    {
      *mode = NTM_MAP_MODE_INDICATOR;
      if (indicator)
        *indicator = g_strdup (text + strlen ("indicator:"));
    }
  else
    {
      g_set_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_MODE,
                   _("“%s” is not a map mode. Use level, readiness, one-short, criteria, group or indicator:CODE (for example indicator:17.1)."),
                   text ? text : "");
      return FALSE;
    }
  return TRUE;
}

const char *
ntm_map_mode_get_title (NtmMapMode mode)
{
  switch (mode)
    {
    case NTM_MAP_MODE_LEVEL: return _("Recognised level");
    case NTM_MAP_MODE_READINESS: return _("Level the criteria data supports");
    case NTM_MAP_MODE_ONE_SHORT: return _("Criteria missing for the next level");
    case NTM_MAP_MODE_CRITERIA: return _("Number of criteria met");
    case NTM_MAP_MODE_CHANGE: return _("Change of level");
    case NTM_MAP_MODE_GROUP: return _("Commune group");
    case NTM_MAP_MODE_INDICATOR:
    default: return _("Indicator");
    }
}

/**
 * ntm_unit_layer_parse:
 * @text: "communes" or "districts"
 * @layer: (out): the layer
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @text names a layer
 */
gboolean
ntm_unit_layer_parse (const char    *text,
                      NtmUnitLayer  *layer,
                      GError       **error)
{
  g_return_val_if_fail (layer != NULL, FALSE);

  if (g_strcmp0 (text, "communes") == 0)
    *layer = NTM_UNIT_LAYER_COMMUNES;
  else if (g_strcmp0 (text, "districts") == 0)
    *layer = NTM_UNIT_LAYER_DISTRICTS;
  else
    {
      g_set_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_LAYER,
                   _("“%s” is not a map layer. Use communes (communes, wards and townships) or districts (districts, towns and the city)."),
                   text ? text : "");
      return FALSE;
    }
  return TRUE;
}

const char *
ntm_unit_layer_to_string (NtmUnitLayer layer)
{
  return layer == NTM_UNIT_LAYER_DISTRICTS ? "districts" : "communes";
}

/**
 * ntm_unit_layer_holds:
 * @layer: a layer
 * @kind: a kind of unit
 *
 * Returns: %TRUE if units of @kind are drawn and coloured in @layer
 */
gboolean
ntm_unit_layer_holds (NtmUnitLayer layer,
                      NtmUnitKind  kind)
{
  return layer == NTM_UNIT_LAYER_DISTRICTS ? ntm_unit_kind_is_district_level (kind)
                                           : ntm_unit_kind_is_commune_level (kind);
}

/**
 * ntm_unit_layer_supports_mode:
 * @layer: a layer
 * @mode: a mode
 *
 * Returns: %FALSE for the indicator and commune group modes in the
 *   district layer: the indicators and the groups are the communes', a
 *   district has neither
 */
gboolean
ntm_unit_layer_supports_mode (NtmUnitLayer layer,
                              NtmMapMode   mode)
{
  return !(layer == NTM_UNIT_LAYER_DISTRICTS && (mode == NTM_MAP_MODE_INDICATOR || mode == NTM_MAP_MODE_GROUP));
}

typedef struct { int lo, hi; } Band;

static GArray *
classes_for_bands (const Band *bands,
                   guint       n_bands)
{
  GArray *classes = new_class_array ();

  for (guint i = 0; i < n_bands; i++)
    {
      NtmMapClass klass = { 0 };

      klass.has_lower = klass.has_upper = TRUE;
      klass.lower_inclusive = klass.upper_inclusive = TRUE;
      klass.lower = bands[i].lo;
      klass.upper = bands[i].hi;
      klass.tone = NTM_TONE_SEQUENTIAL;
      klass.position = n_bands > 1 ? (double) i / (n_bands - 1) : 1.0;
      if (bands[i].lo == bands[i].hi)
        klass.label = g_strdup_printf ("%d", bands[i].lo);
      else
        /* Translators: a range of criteria met on the map, e.g. "10–14" */
        klass.label = g_strdup_printf (_("%d–%d"), bands[i].lo, bands[i].hi);
      g_array_append_val (classes, klass);
    }
  return classes;
}

/**
 * ntm_classes_for_criteria_count:
 * @n_criteria: how many criteria the communes are held to (19 in
 *   2021–2025, 10 under Decision 51/2025)
 *
 * The classes from the top: all met, one short, four fifths or more,
 * half or more, fewer than half; for the 19 criteria 19, 18, 15–17,
 * 10–14 and 0–9, for 10 criteria 10, 9, 8, 5–7 and 0–4. A class that
 * would hold no count (with few criteria) is left out.
 *
 * Returns: (transfer full): the classes of "criteria met", in increasing
 *   order, without the "no data" class; none for no criteria
 */
GArray *
ntm_classes_for_criteria_count (guint n_criteria)
{
  int n = (int) n_criteria;
  int starts[] = { n, n - 1, (4 * n) / 5, (n + 1) / 2, 0 };
  Band bands[G_N_ELEMENTS (starts)];
  guint n_bands = 0;
  int hi = n;

  if (n_criteria == 0)
    return classes_for_bands (NULL, 0);
  /* from the top down, each class from its start to below the last */
  for (guint i = 0; i < G_N_ELEMENTS (starts) && hi >= 0; i++)
    {
      int lo = MAX (0, MIN (starts[i], hi));

      if (i + 1 < G_N_ELEMENTS (starts) && starts[i] > hi)
        continue;
      bands[n_bands].lo = lo;
      bands[n_bands].hi = hi;
      n_bands++;
      hi = lo - 1;
    }
  /* in increasing order */
  for (guint i = 0; i < n_bands / 2; i++)
    {
      Band t = bands[i];
      bands[i] = bands[n_bands - 1 - i];
      bands[n_bands - 1 - i] = t;
    }
  return classes_for_bands (bands, n_bands);
}

/**
 * ntm_classes_for_district_criteria_count:
 *
 * Returns: (transfer full): the fixed classes of a district's own
 *   criteria met (0–4, 5–7, 8, 9 of the 9), without the "no data" class
 */
GArray *
ntm_classes_for_district_criteria_count (void)
{
  static const Band bands[] = { { 0, 4 }, { 5, 7 }, { 8, 8 }, { 9, 9 } };

  return classes_for_bands (bands, G_N_ELEMENTS (bands));
}

/* The district levels, in the order of their classes (the palette's). */
static GArray *
district_levels (void)
{
  return ntm_level_palette_list (NTM_LEVEL_SHOWN_DISTRICTS);
}

/**
 * ntm_classes_for_district_levels:
 *
 * Returns: (transfer full): the classes of the district layer by level,
 *   in the palette's order and with its names: not yet, NTM district,
 *   advanced NTM district, NTM task completed (a town or the city),
 *   without the "no data" class
 */
GArray *
ntm_classes_for_district_levels (void)
{
  g_autoptr(GArray) levels = district_levels ();
  GArray *classes = new_class_array ();

  for (guint i = 0; i < levels->len; i++)
    {
      NtmLevel level = g_array_index (levels, NtmLevel, i);
      add_class (classes, ntm_level_palette_get_name (level), NTM_TONE_LEVEL, level);
    }
  return classes;
}

/**
 * ntm_district_level_class:
 * @level: a district-level unit's level
 *
 * Returns: the index of @level among ntm_classes_for_district_levels(),
 *   or G_MAXUINT ("no data") for no data or a level that is not a
 *   district's (a commune's "advanced" says nothing about a district)
 */
guint
ntm_district_level_class (NtmLevel level)
{
  g_autoptr(GArray) levels = district_levels ();

  for (guint i = 0; i < levels->len; i++)
    if (g_array_index (levels, NtmLevel, i) == level)
      return i;
  return G_MAXUINT;
}

/**
 * ntm_classes_for_indicator:
 * @kind: the indicator's kind
 * @comparison: how values are held against the threshold
 * @has_threshold: whether the threshold is known
 * @threshold: the threshold
 * @values: (array length=n_values) (nullable): the values on the map
 * @n_values: how many
 * @unit: (nullable): the indicator's unit ("%" for percentages)
 *
 * Percentages get the fixed scale 0, 20, 40, 60, 80, 100 with the threshold
 * as a boundary (fixed boundaries closer than 5 points to it are dropped).
 * Numbers with a threshold get boundaries at ½, ¾, 1 and 1¼ of it; without
 * one, four equal steps over the values (one class if they are all equal).
 * Yes/no indicators get "Yes" and "No". The "no data" class is not included.
 *
 * Returns: (transfer full): the classes, in increasing value order
 */
GArray *
ntm_classes_for_indicator (NtmIndicatorKind  kind,
                           NtmComparison     comparison,
                           gboolean          has_threshold,
                           double            threshold,
                           const double     *values,
                           gsize             n_values,
                           const char       *unit)
{
  g_autoptr(GArray) breaks = g_array_new (FALSE, FALSE, sizeof (double));

  if (has_threshold && !isfinite (threshold))
    has_threshold = FALSE;

  if (kind == NTM_INDICATOR_BOOLEAN)
    {
      GArray *classes = new_class_array ();
      NtmMapClass no = { 0 }, yes = { 0 };
      gboolean yes_passes = !has_threshold || threshold >= 0.5 ||
                            comparison == NTM_COMPARISON_GE || comparison == NTM_COMPARISON_GT;

      no.label = g_strdup (_("No"));
      no.has_lower = no.has_upper = TRUE;
      no.lower = -G_MAXDOUBLE; no.upper = 0.5;
      no.lower_inclusive = TRUE;
      no.tone = NTM_TONE_DIVERGING;
      no.position = yes_passes ? -1.0 : 1.0;
      yes.label = g_strdup (_("Yes"));
      yes.has_lower = yes.has_upper = TRUE;
      yes.lower = 0.5; yes.upper = G_MAXDOUBLE;
      yes.lower_inclusive = yes.upper_inclusive = TRUE;
      yes.tone = NTM_TONE_DIVERGING;
      yes.position = yes_passes ? 1.0 : -1.0;
      g_array_append_val (classes, no);
      g_array_append_val (classes, yes);
      return classes;
    }

  if (kind == NTM_INDICATOR_PERCENT)
    {
      static const double fixed[] = { 20, 40, 60, 80 };
      gboolean threshold_inside = has_threshold && threshold > 0 && threshold < 100;

      for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
        if (!threshold_inside || fabs (fixed[i] - threshold) >= 5.0)
          g_array_append_val (breaks, fixed[i]);
      if (threshold_inside)
        g_array_append_val (breaks, threshold);
      g_array_sort (breaks, compare_doubles);

      return classes_from_breaks ((double *) breaks->data, breaks->len, threshold_inside, threshold,
                                  comparison, FALSE, FALSE, 0, 100, unit ? unit : "%");
    }

  /* numbers */
  if (has_threshold && threshold > 0)
    {
      const double factors[] = { 0.5, 0.75, 1.0, 1.25 };

      for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
        {
          double b = threshold * factors[i];
          g_array_append_val (breaks, b);
        }
      return classes_from_breaks ((double *) breaks->data, breaks->len, TRUE, threshold,
                                  comparison, TRUE, TRUE, 0, 0, unit);
    }
  else
    {
      double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
      gsize n_finite = 0;

      for (gsize i = 0; i < n_values; i++)
        if (isfinite (values[i]))
          {
            lo = MIN (lo, values[i]);
            hi = MAX (hi, values[i]);
            n_finite++;
          }

      if (n_finite == 0 || hi - lo < 1e-12 * MAX (1.0, fabs (hi)))
        {
          /* all missing or all equal: one class that holds every value */
          GArray *classes = new_class_array ();
          NtmMapClass klass = { 0 };

          klass.tone = NTM_TONE_SEQUENTIAL;
          klass.position = 0.5;
          if (n_finite > 0)
            {
              klass.has_lower = klass.has_upper = TRUE;
              klass.lower = klass.upper = lo;
              klass.lower_inclusive = klass.upper_inclusive = TRUE;
              klass.label = format_number (lo, unit);
            }
          else
            klass.label = g_strdup (_("Any value"));
          g_array_append_val (classes, klass);
          return classes;
        }

      for (guint i = 1; i < 4; i++)
        {
          double b = lo + (hi - lo) * i / 4.0;
          g_array_append_val (breaks, b);
        }
      return classes_from_breaks ((double *) breaks->data, breaks->len, FALSE, 0, comparison,
                                  FALSE, FALSE, lo, hi, unit);
    }
}

static gboolean
class_holds (const NtmMapClass *klass,
             double             value)
{
  if (klass->has_lower && (klass->lower_inclusive ? value < klass->lower : value <= klass->lower))
    return FALSE;
  if (klass->has_upper && (klass->upper_inclusive ? value > klass->upper : value >= klass->upper))
    return FALSE;
  return TRUE;
}

/**
 * ntm_classes_find:
 * @classes: classes in increasing value order
 * @value: a value
 *
 * Values below the first class or above the last fall in the end classes.
 *
 * Returns: the index of the class holding @value, or G_MAXUINT for NaN
 */
guint
ntm_classes_find (GArray *classes,
                  double  value)
{
  g_return_val_if_fail (classes != NULL && classes->len > 0, G_MAXUINT);

  if (isnan (value))
    return G_MAXUINT;

  for (guint i = 0; i < classes->len; i++)
    if (class_holds (&g_array_index (classes, NtmMapClass, i), value))
      return i;

  /* outside the scale: the nearest end */
  {
    const NtmMapClass *first = &g_array_index (classes, NtmMapClass, 0);
    if (first->has_lower && value < first->lower)
      return 0;
  }
  return classes->len - 1;
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
      add_class (self->classes, label, NTM_TONE_LEVEL, levels[i]);
    }
  urban_not_yet = self->classes->len;
  add_class (self->classes, _("Not yet civilised urban"), NTM_TONE_LEVEL, NTM_LEVEL_NOT_YET + 0.5);

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
  add_class (self->classes, _("Highest level reached"), NTM_TONE_NEUTRAL, 0.0);
  add_class (self->classes, _("4 or more criteria missing"), NTM_TONE_DIVERGING, -1.0);
  add_class (self->classes, _("2–3 criteria missing"), NTM_TONE_DIVERGING, -0.5);
  add_class (self->classes, _("One criterion short"), NTM_TONE_DIVERGING, 0.5);
  add_class (self->classes, _("All criteria of the next level met"), NTM_TONE_DIVERGING, 1.0);

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
  add_class (self->classes, _("Ward or township (held to other criteria)"), NTM_TONE_NEUTRAL, 0.0);

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
    add_class (self->classes, ntm_commune_group_get_label (group), NTM_TONE_SEQUENTIAL, 0.15 + 0.35 * (group - 1));
  not_commune = self->classes->len;
  add_class (self->classes, _("Ward or township (no commune group)"), NTM_TONE_NEUTRAL, 0.0);

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
      g_autofree char *number = format_number (threshold, unit_text);
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
  self->classes = new_class_array ();
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
    add_class (self->classes, _("No recognition on record"), NTM_TONE_NO_DATA, 0.0);
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
  self->classes = new_class_array ();
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
  add_class (self->classes, _("Rose"), NTM_TONE_DIVERGING, 1.0);
  add_class (self->classes, _("Held"), NTM_TONE_NEUTRAL, 0.0);
  add_class (self->classes, _("Fell"), NTM_TONE_DIVERGING, -1.0);
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
  self->classes = new_class_array ();
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
