/* ntm-map-classes.c: the colour classes of each mode of the map
 *
 * The modes and layers by name, and the classes of the modes whose classes
 * are worked out rather than listed: the criteria met in fixed bands, the
 * district levels, and an indicator on a fixed scale with its threshold as
 * one of the boundaries. ntm-classification.c lists the others (levels,
 * commune groups, …) and assigns each unit its class. The classes never
 * depend on the data, so that two years or two districts read the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ntm-classification.h"
#include "ntm-criteria.h"
#include "ntm-level-palette.h"
#include "ntm-map-classes-private.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
clear_class (gpointer data)
{
  NtmMapClass *klass = data;

  g_free (klass->label);
}

GArray *
ntm_map_classes_new (void)
{
  GArray *classes = g_array_new (FALSE, TRUE, sizeof (NtmMapClass));

  g_array_set_clear_func (classes, clear_class);
  return classes;
}

void
ntm_map_classes_add (GArray     *classes,
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

char *
ntm_map_class_format_number (double      value,
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
  g_autofree char *lo = klass->has_lower ? ntm_map_class_format_number (klass->lower, unit) : NULL;
  g_autofree char *hi = klass->has_upper ? ntm_map_class_format_number (klass->upper, unit) : NULL;

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
  GArray *classes = ntm_map_classes_new ();
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
  GArray *classes = ntm_map_classes_new ();

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
  GArray *classes = ntm_map_classes_new ();

  for (guint i = 0; i < levels->len; i++)
    {
      NtmLevel level = g_array_index (levels, NtmLevel, i);
      ntm_map_classes_add (classes, ntm_level_palette_get_name (level), NTM_TONE_LEVEL, level);
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
      GArray *classes = ntm_map_classes_new ();
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
          GArray *classes = ntm_map_classes_new ();
          NtmMapClass klass = { 0 };

          klass.tone = NTM_TONE_SEQUENTIAL;
          klass.position = 0.5;
          if (n_finite > 0)
            {
              klass.has_lower = klass.has_upper = TRUE;
              klass.lower = klass.upper = lo;
              klass.lower_inclusive = klass.upper_inclusive = TRUE;
              klass.label = ntm_map_class_format_number (lo, unit);
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
