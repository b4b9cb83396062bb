/* test-classification.c: map classes, including the awkward cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ntm-classification.h"
#include "ntm-criteria.h"
#include "ntm-criterion-status.h"
#include "ntm-evaluation.h"
#include "ntm-palette.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

static char *dir;

static const NtmMapClass *
class_at (GArray *classes,
          guint   i)
{
  g_assert_cmpuint (i, <, classes->len);
  return &g_array_index (classes, NtmMapClass, i);
}

static gboolean
passes (GArray *classes,
        double  value)
{
  const NtmMapClass *klass = class_at (classes, ntm_classes_find (classes, value));

  g_assert_cmpint (klass->tone, ==, NTM_TONE_DIVERGING);
  return klass->position > 0;
}

static void
test_criteria_count (void)
{
  g_autoptr(GArray) classes = ntm_classes_for_criteria_count (19);
  g_autoptr(GArray) ten = ntm_classes_for_criteria_count (10);
  g_autoptr(GArray) three = ntm_classes_for_criteria_count (3);
  g_autoptr(GArray) one = ntm_classes_for_criteria_count (1);
  g_autoptr(GArray) none = ntm_classes_for_criteria_count (0);
  const struct { double met; guint k; } cases[] = {
    { 0, 0 }, { 9, 0 }, { 10, 1 }, { 14, 1 }, { 15, 2 }, { 17, 2 }, { 18, 3 }, { 19, 4 },
  };
  const struct { double met; guint k; } cases_10[] = {
    { 0, 0 }, { 4, 0 }, { 5, 1 }, { 7, 1 }, { 8, 2 }, { 9, 3 }, { 10, 4 },
  };

  /* 2021–2025: the 19 criteria, as the office has always banded them */
  g_assert_cmpuint (classes->len, ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (ntm_classes_find (classes, cases[i].met), ==, cases[i].k);
  g_assert_cmpstr (class_at (classes, 1)->label, ==, "10–14");
  g_assert_cmpstr (class_at (classes, 4)->label, ==, "19");

  /* from 2026: the 10 criteria of Decision 51/2025, all met at the top */
  g_assert_cmpuint (ten->len, ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (cases_10); i++)
    g_assert_cmpuint (ntm_classes_find (ten, cases_10[i].met), ==, cases_10[i].k);
  g_assert_cmpstr (class_at (ten, 0)->label, ==, "0–4");
  g_assert_cmpstr (class_at (ten, 1)->label, ==, "5–7");
  g_assert_cmpstr (class_at (ten, 2)->label, ==, "8");
  g_assert_cmpstr (class_at (ten, 4)->label, ==, "10");
  g_assert_cmpfloat (class_at (ten, 4)->position, ==, 1.0);

  /* few criteria: no class that could hold no count */
  g_assert_cmpuint (three->len, ==, 3);
  g_assert_cmpstr (class_at (three, 0)->label, ==, "0–1");
  g_assert_cmpstr (class_at (three, 1)->label, ==, "2");
  g_assert_cmpstr (class_at (three, 2)->label, ==, "3");
  g_assert_cmpuint (one->len, ==, 2);
  g_assert_cmpstr (class_at (one, 0)->label, ==, "0");
  g_assert_cmpstr (class_at (one, 1)->label, ==, "1");
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_percent_threshold_inclusive (void)
{
  g_autoptr(GArray) ge = ntm_classes_for_indicator (NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, TRUE, 95, NULL, 0, "%");
  g_autoptr(GArray) gt = ntm_classes_for_indicator (NTM_INDICATOR_PERCENT, NTM_COMPARISON_GT, TRUE, 95, NULL, 0, "%");
  g_autoptr(GArray) le = ntm_classes_for_indicator (NTM_INDICATOR_PERCENT, NTM_COMPARISON_LE, TRUE, 10, NULL, 0, "%");
  g_autoptr(GArray) lt = ntm_classes_for_indicator (NTM_INDICATOR_PERCENT, NTM_COMPARISON_LT, TRUE, 10, NULL, 0, "%");

  /* ≥ 95: 95 meets it */
  g_assert_true (passes (ge, 95));
  g_assert_false (passes (ge, 94.999));
  g_assert_true (passes (ge, 100));
  g_assert_cmpstr (class_at (ge, ge->len - 1)->label, ==, "95 % to 100 %");
  /* > 95: 95 does not */
  g_assert_false (passes (gt, 95));
  g_assert_true (passes (gt, 95.001));
  g_assert_cmpstr (class_at (gt, gt->len - 1)->label, ==, "over 95 % to 100 %");
  /* ≤ 10 (a poverty rate): lower is better, 10 meets it */
  g_assert_true (passes (le, 10));
  g_assert_false (passes (le, 10.001));
  g_assert_true (passes (le, 0));
  /* < 10: 10 does not */
  g_assert_false (passes (lt, 10));
  g_assert_true (passes (lt, 9.999));

  /* the fixed scale: 0 20 40 60 80 100 with 95 inserted */
  g_assert_cmpuint (ge->len, ==, 6);
  /* further from the threshold, darker */
  g_assert_cmpfloat (class_at (ge, 0)->position, <, class_at (ge, 4)->position);
}

static void
test_percent_breaks_near_threshold (void)
{
  g_autoptr(GArray) near = ntm_classes_for_indicator (NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, TRUE, 82, NULL, 0, "%");
  g_autoptr(GArray) none = ntm_classes_for_indicator (NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, FALSE, 0, NULL, 0, "%");
  g_autoptr(GArray) edge = ntm_classes_for_indicator (NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, TRUE, 100, NULL, 0, "%");

  /* 80 is dropped next to 82 */
  g_assert_cmpuint (near->len, ==, 5);
  g_assert_cmpfloat (class_at (near, 3)->upper, ==, 82);
  /* no threshold: the plain fixed scale, values outside it at the ends */
  g_assert_cmpuint (none->len, ==, 5);
  g_assert_cmpuint (ntm_classes_find (none, -5), ==, 0);
  g_assert_cmpuint (ntm_classes_find (none, 150), ==, 4);
  g_assert_cmpuint (ntm_classes_find (none, 100), ==, 4);
  g_assert_cmpuint (ntm_classes_find (none, NAN), ==, G_MAXUINT);
  /* a threshold at the end of the scale does not break it */
  g_assert_cmpuint (edge->len, ==, 5);
}

static void
test_numbers_degenerate (void)
{
  const double equal[] = { 44, 44, 44 };
  const double zeros[] = { 0, 0 };
  const double spread[] = { 10, 20, 30, 50 };
  g_autoptr(GArray) a = ntm_classes_for_indicator (NTM_INDICATOR_NUMBER, NTM_COMPARISON_GE, FALSE, 0, equal, 3, "triệu đồng");
  g_autoptr(GArray) b = ntm_classes_for_indicator (NTM_INDICATOR_NUMBER, NTM_COMPARISON_GE, FALSE, 0, zeros, 2, NULL);
  g_autoptr(GArray) c = ntm_classes_for_indicator (NTM_INDICATOR_NUMBER, NTM_COMPARISON_GE, FALSE, 0, NULL, 0, NULL);
  g_autoptr(GArray) d = ntm_classes_for_indicator (NTM_INDICATOR_NUMBER, NTM_COMPARISON_GE, FALSE, 0, spread, 4, NULL);
  g_autoptr(GArray) e = ntm_classes_for_indicator (NTM_INDICATOR_NUMBER, NTM_COMPARISON_GE, TRUE, 44, equal, 3, NULL);
  g_autoptr(GArray) f = ntm_classes_for_indicator (NTM_INDICATOR_BOOLEAN, NTM_COMPARISON_EQ, TRUE, 1, NULL, 0, NULL);

  g_assert_cmpuint (a->len, ==, 1);
  g_assert_cmpuint (ntm_classes_find (a, 44), ==, 0);
  g_assert_cmpstr (class_at (a, 0)->label, ==, "44 triệu đồng");
  g_assert_cmpuint (b->len, ==, 1);
  g_assert_cmpuint (ntm_classes_find (b, 0), ==, 0);
  g_assert_cmpuint (c->len, ==, 1);
  g_assert_cmpuint (d->len, ==, 4);
  g_assert_cmpuint (ntm_classes_find (d, 10), ==, 0);
  g_assert_cmpuint (ntm_classes_find (d, 50), ==, 3);
  /* a number threshold (income ≥ 44): 44 meets it */
  g_assert_true (passes (e, 44));
  g_assert_false (passes (e, 43.9));
  /* yes/no */
  g_assert_cmpuint (f->len, ==, 2);
  g_assert_true (passes (f, 1));
  g_assert_false (passes (f, 0));
}

static void
test_district_levels (void)
{
  g_autoptr(GArray) classes = ntm_classes_for_district_levels ();
  const struct { NtmLevel level; guint k; } cases[] = {
    { NTM_LEVEL_NOT_YET, 0 },
    { NTM_LEVEL_DISTRICT_NTM, 1 },
    { NTM_LEVEL_DISTRICT_ADVANCED, 2 },
    { NTM_LEVEL_TASK_COMPLETED, 3 },
    /* no data, and levels that are not a district's, are "no data" */
    { NTM_LEVEL_NO_DATA, G_MAXUINT },
    { NTM_LEVEL_NTM, G_MAXUINT },
    { NTM_LEVEL_ADVANCED, G_MAXUINT },
    { NTM_LEVEL_MODEL, G_MAXUINT },
    { NTM_LEVEL_CIVILISED, G_MAXUINT },
    { (NtmLevel) 99, G_MAXUINT },
  };

  g_assert_cmpuint (classes->len, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("level %d", cases[i].level);
      g_assert_cmpuint (ntm_district_level_class (cases[i].level), ==, cases[i].k);
    }
  g_assert_cmpstr (class_at (classes, 0)->label, ==, "Not yet NTM");
  g_assert_cmpstr (class_at (classes, 1)->label, ==, "NTM district");
  g_assert_cmpstr (class_at (classes, 2)->label, ==, "Advanced NTM district");
  g_assert_cmpstr (class_at (classes, 3)->label, ==, "NTM task completed");

  /* each class has a colour of its own, none of them the "no data" grey */
  for (guint i = 0; i < classes->len; i++)
    {
      NtmMapClass no_data = { (char *) "", NTM_TONE_NO_DATA };
      NtmColor a = ntm_palette_class_color (class_at (classes, i));
      NtmColor n = ntm_palette_class_color (&no_data);

      g_assert_cmpint (class_at (classes, i)->tone, ==, NTM_TONE_LEVEL);
      g_assert_false (a.red == n.red && a.green == n.green && a.blue == n.blue);
      for (guint j = 0; j < i; j++)
        {
          NtmColor b = ntm_palette_class_color (class_at (classes, j));
          g_assert_false (a.red == b.red && a.green == b.green && a.blue == b.blue);
        }
    }
  /* an NTM district reads like a new rural commune, an advanced one like an advanced commune */
  {
    NtmMapClass ntm = { (char *) "", NTM_TONE_LEVEL, NTM_LEVEL_NTM };
    NtmColor c = ntm_palette_class_color (&ntm), d = ntm_palette_class_color (class_at (classes, 1));
    g_assert_true (c.red == d.red && c.green == d.green && c.blue == d.blue);
  }
}

static void
test_district_criteria_count (void)
{
  g_autoptr(GArray) classes = ntm_classes_for_district_criteria_count ();
  const struct { double met; guint k; } cases[] = {
    { 0, 0 }, { 4, 0 }, { 5, 1 }, { 7, 1 }, { 8, 2 }, { 9, 3 },
    /* outside the 0–9 scale: the nearest end */
    { -1, 0 }, { 12, 3 },
  };

  g_assert_cmpuint (classes->len, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (ntm_classes_find (classes, cases[i].met), ==, cases[i].k);
  g_assert_cmpuint (ntm_classes_find (classes, NAN), ==, G_MAXUINT);
  g_assert_cmpstr (class_at (classes, 0)->label, ==, "0–4");
  g_assert_cmpstr (class_at (classes, 2)->label, ==, "8");
  g_assert_cmpstr (class_at (classes, 3)->label, ==, "9");
  g_assert_cmpfloat (class_at (classes, 0)->position, <, class_at (classes, 3)->position);
}

static void
test_unit_layer (void)
{
  const struct { const char *text; gboolean ok; NtmUnitLayer layer; } cases[] = {
    { "communes", TRUE, NTM_UNIT_LAYER_COMMUNES },
    { "districts", TRUE, NTM_UNIT_LAYER_DISTRICTS },
    { "Districts", FALSE, 0 },
    { "district", FALSE, 0 },
    { "", FALSE, 0 },
    { NULL, FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      NtmUnitLayer layer = 42;

      g_assert_cmpint (ntm_unit_layer_parse (cases[i].text, &layer, &error), ==, cases[i].ok);
      if (cases[i].ok)
        {
          g_assert_no_error (error);
          g_assert_cmpint (layer, ==, cases[i].layer);
          g_assert_cmpstr (ntm_unit_layer_to_string (layer), ==, cases[i].text);
        }
      else
        {
          g_assert_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_LAYER);
          g_assert_cmpint (layer, ==, 42);
          if (cases[i].text && *cases[i].text)
            g_assert_nonnull (strstr (error->message, cases[i].text));
        }
    }

  g_assert_true (ntm_unit_layer_holds (NTM_UNIT_LAYER_COMMUNES, NTM_UNIT_KIND_WARD));
  g_assert_false (ntm_unit_layer_holds (NTM_UNIT_LAYER_COMMUNES, NTM_UNIT_KIND_TOWN));
  g_assert_true (ntm_unit_layer_holds (NTM_UNIT_LAYER_DISTRICTS, NTM_UNIT_KIND_CITY));
  g_assert_false (ntm_unit_layer_holds (NTM_UNIT_LAYER_DISTRICTS, NTM_UNIT_KIND_TOWNSHIP));
  g_assert_false (ntm_unit_layer_holds (NTM_UNIT_LAYER_DISTRICTS, NTM_UNIT_KIND_PROVINCE));
  g_assert_false (ntm_unit_layer_supports_mode (NTM_UNIT_LAYER_DISTRICTS, NTM_MAP_MODE_INDICATOR));
  g_assert_true (ntm_unit_layer_supports_mode (NTM_UNIT_LAYER_DISTRICTS, NTM_MAP_MODE_CRITERIA));
  g_assert_true (ntm_unit_layer_supports_mode (NTM_UNIT_LAYER_COMMUNES, NTM_MAP_MODE_INDICATOR));
}

static NtmDatabase *
open_db (void)
{
  g_autofree char *path = g_build_filename (dir, "classes.db", NULL);
  g_autoptr(GError) error = NULL;
  NtmDatabase *db = ntm_database_open (path, &error);

  g_assert_no_error (error);
  return db;
}

static GListModel *
commune_level (NtmDatabase *db)
{
  g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
  GListStore *store = g_list_store_new (NTM_TYPE_UNIT);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      if (ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        g_list_store_append (store, unit);
    }
  return G_LIST_MODEL (store);
}

static void
test_classification_modes (void)
{
  g_autoptr(NtmDatabase) db = open_db ();
  g_autoptr(GListModel) units = commune_level (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, 2024, &error);
  const char *modes[] = { "level", "readiness", "one-short", "criteria", "indicator:17.1", "indicator:318-ntm:17.1" };

  g_assert_no_error (error);
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autoptr(NtmClassification) classification = NULL;
      g_autofree char *indicator = NULL;
      NtmMapMode mode;
      guint total = 0, n;
      const NtmMapClass *no_data;

      g_assert_true (ntm_map_mode_parse (modes[m], &mode, &indicator, &error));
      classification = ntm_classification_new (db, evaluation, units, mode, indicator, &error);
      g_assert_no_error (error);
      n = ntm_classification_get_n_classes (classification);
      g_assert_cmpuint (n, >=, 2);
      /* "no data" is there, last, hatched */
      g_assert_cmpuint (ntm_classification_get_no_data_class (classification), ==, n - 1);
      no_data = ntm_classification_get_class (classification, n - 1);
      g_assert_cmpint (no_data->tone, ==, NTM_TONE_NO_DATA);
      /* by the recognised level it means no decision is on record */
      g_assert_cmpstr (no_data->label, ==, mode == NTM_MAP_MODE_LEVEL ? "No recognition on record" : "No data");
      for (guint k = 0; k < n; k++)
        total += ntm_classification_get_class (classification, k)->count;
      g_assert_cmpuint (total, ==, 216);
      g_assert_cmpuint (ntm_classification_lookup (classification, "no-such-unit"), ==, n - 1);
    }

  /* every xã is NTM at the end of 2024; the sourced decisions make 45 of
   * them advanced and 12 model (the highest level in force counts) */
  {
    g_autoptr(NtmClassification) level = ntm_classification_new (db, evaluation, units, NTM_MAP_MODE_LEVEL, NULL, &error);
    g_assert_cmpstr (ntm_classification_get_class (level, 1)->label, ==, "NTM");
    g_assert_cmpuint (ntm_classification_get_class (level, 1)->count, ==, 125);
    g_assert_cmpstr (ntm_classification_get_class (level, 2)->label, ==, "Advanced NTM");
    g_assert_cmpuint (ntm_classification_get_class (level, 2)->count, ==, 45);
    g_assert_cmpstr (ntm_classification_get_class (level, 3)->label, ==, "Model NTM");
    g_assert_cmpuint (ntm_classification_get_class (level, 3)->count, ==, 12);
  }
}

static void
test_district_layer (void)
{
  g_autoptr(NtmDatabase) db = open_db ();
  g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
  g_autoptr(GListStore) empty = g_list_store_new (NTM_TYPE_UNIT);
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, 2024, &error);
  g_autoptr(NtmEvaluation) before = ntm_evaluation_new (db, 2023, &error);
  const char *modes[] = { "level", "readiness", "one-short", "criteria" };

  g_assert_no_error (error);
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autoptr(NtmClassification) classification = NULL;
      NtmMapMode mode;
      guint total = 0, n;

      g_assert_true (ntm_map_mode_parse (modes[m], &mode, NULL, &error));
      /* every unit goes in: only the 13 district-level ones are classed */
      classification = ntm_classification_new_for_layer (db, evaluation, units, NTM_UNIT_LAYER_DISTRICTS,
                                                         mode, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (ntm_classification_get_layer (classification), ==, NTM_UNIT_LAYER_DISTRICTS);
      n = ntm_classification_get_n_classes (classification);
      g_assert_cmpuint (ntm_classification_get_no_data_class (classification), ==, n - 1);
      g_assert_cmpint (ntm_classification_get_class (classification, n - 1)->tone, ==, NTM_TONE_NO_DATA);
      for (guint k = 0; k < n; k++)
        total += ntm_classification_get_class (classification, k)->count;
      g_assert_cmpuint (total, ==, 13);
      /* a commune is not on this layer */
      g_assert_cmpuint (ntm_classification_lookup (classification, "18769"), ==, n - 1);
      g_assert_nonnull (strstr (ntm_classification_get_title (classification), "districts"));
    }

  /* recognised: the 8 districts with a sourced decision at the end of
   * 2024; Kỳ Anh's decision of 15/8/2024 is not in force at the end of 2023 */
  {
    g_autoptr(NtmClassification) level =
      ntm_classification_new_for_layer (db, evaluation, units, NTM_UNIT_LAYER_DISTRICTS, NTM_MAP_MODE_LEVEL, NULL, &error);
    g_autoptr(NtmClassification) level_2023 =
      ntm_classification_new_for_layer (db, before, units, NTM_UNIT_LAYER_DISTRICTS, NTM_MAP_MODE_LEVEL, NULL, &error);

    g_assert_cmpuint (ntm_classification_get_n_classes (level), ==, 5);
    g_assert_cmpuint (ntm_classification_lookup (level, "448"), ==, 1);
    g_assert_cmpuint (ntm_classification_lookup (level, "447"), ==, 1);
    g_assert_cmpuint (ntm_classification_get_class (level, 1)->count, ==, 8);
    /* Kỳ Anh was recognised in 2024 (for 2023), not before */
    g_assert_cmpuint (ntm_classification_lookup (level_2023, "448"), ==, 1);
    g_assert_cmpuint (ntm_classification_lookup (level_2023, "447"), !=, 1);
    g_assert_cmpuint (ntm_classification_get_class (level_2023, 1)->count, ==, 7);
    /* Vũ Quang has no decision on record */
    g_assert_cmpuint (ntm_classification_lookup (level, "441"), ==, ntm_classification_get_no_data_class (level));
  }

  /* the commune layer through the same door: 216 units */
  {
    g_autoptr(NtmClassification) communes =
      ntm_classification_new_for_layer (db, evaluation, units, NTM_UNIT_LAYER_COMMUNES, NTM_MAP_MODE_LEVEL, NULL, &error);
    guint total = 0;

    for (guint k = 0; k < ntm_classification_get_n_classes (communes); k++)
      total += ntm_classification_get_class (communes, k)->count;
    g_assert_cmpuint (total, ==, 216);
    g_assert_cmpuint (ntm_classification_get_class (communes, 1)->count +
                      ntm_classification_get_class (communes, 2)->count +
                      ntm_classification_get_class (communes, 3)->count, ==, 182);
  }

  /* nothing to classify: a legend of zeros, "no data" still there */
  {
    g_autoptr(NtmClassification) none =
      ntm_classification_new_for_layer (db, evaluation, G_LIST_MODEL (empty), NTM_UNIT_LAYER_DISTRICTS,
                                        NTM_MAP_MODE_CRITERIA, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ntm_classification_get_n_classes (none), ==, 5);
    for (guint k = 0; k < 5; k++)
      g_assert_cmpuint (ntm_classification_get_class (none, k)->count, ==, 0);
  }

  /* indicators are the communes': refused clearly in the district layer */
  {
    g_autoptr(NtmClassification) indicator =
      ntm_classification_new_for_layer (db, evaluation, units, NTM_UNIT_LAYER_DISTRICTS,
                                        NTM_MAP_MODE_INDICATOR, "17.1", &error);
    g_assert_null (indicator);
    g_assert_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_NOT_FOR_LAYER);
  }
}

/* The communes and wards of 2026 (no district is left), counted. */
static GListStore *
commune_level_units_2026 (NtmDatabase *db,
                          guint       *communes,
                          guint       *wards)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = ntm_database_list_units_in_year (db, 2026, &error);
  GListStore *units = g_list_store_new (NTM_TYPE_UNIT);

  g_assert_no_error (error);
  *communes = *wards = 0;
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (all, i);

      if (!ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        continue;
      g_list_store_append (units, unit);
      if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_COMMUNE)
        (*communes)++;
      else
        (*wards)++;
    }
  return units;
}

/* Decision 51/2025's commune groups: one class each, wards and townships
 * apart (only a xã has a group), a commune without a group "no data";
 * the district layer has none. */
static void
test_commune_groups (void)
{
  g_autoptr(NtmDatabase) db = open_db ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) units = NULL;
  g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, 2026, &error);
  g_autoptr(NtmClassification) classification = NULL;
  g_autoptr(NtmUnit) son_hong = ntm_database_find_unit (db, "18160", 2026, &error);
  g_autoptr(NtmUnit) huong_son = ntm_database_find_unit (db, "18133", 2026, &error);
  g_autoptr(NtmUnit) tran_phu = ntm_database_find_unit (db, "18100", 2026, &error);
  NtmMapMode mode = NTM_MAP_MODE_LEVEL;
  guint wards = 0, communes = 0;

  g_assert_no_error (error);
  g_assert_true (ntm_map_mode_parse ("group", &mode, NULL, &error));
  g_assert_cmpint (mode, ==, NTM_MAP_MODE_GROUP);
  g_assert_true (ntm_database_set_commune_group (db, ntm_unit_get_code (son_hong), 2026, 0, 3, "QĐ thử", &error));
  g_assert_true (ntm_database_set_commune_group (db, ntm_unit_get_code (huong_son), 2026, 0, 1, "QĐ thử", &error));
  /* a group of an earlier span does not colour 2026 */
  g_assert_true (ntm_database_set_commune_group (db, "18163", 2024, 2024, 2, "QĐ cũ", &error));
  g_assert_no_error (error);

  units = commune_level_units_2026 (db, &communes, &wards);
  g_assert_cmpuint (communes + wards, ==, 69);

  classification = ntm_classification_new (db, evaluation, G_LIST_MODEL (units), NTM_MAP_MODE_GROUP, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_classification_get_mode (classification), ==, NTM_MAP_MODE_GROUP);
  g_assert_cmpstr (ntm_classification_get_title (classification), ==, "Commune group");
  g_assert_cmpuint (ntm_classification_get_n_classes (classification), ==, 5);
  g_assert_cmpstr (ntm_classification_get_class (classification, 0)->label, ==, "Group 1");
  g_assert_cmpstr (ntm_classification_get_class (classification, 2)->label, ==, "Group 3");
  g_assert_cmpuint (ntm_classification_get_class (classification, 0)->count, ==, 1);
  g_assert_cmpuint (ntm_classification_get_class (classification, 1)->count, ==, 0);
  g_assert_cmpuint (ntm_classification_get_class (classification, 2)->count, ==, 1);
  g_assert_cmpuint (ntm_classification_get_class (classification, 3)->count, ==, wards);
  g_assert_cmpint (ntm_classification_get_class (classification, 4)->tone, ==, NTM_TONE_NO_DATA);
  g_assert_cmpuint (ntm_classification_get_class (classification, 4)->count, ==, communes - 2);
  g_assert_cmpuint (ntm_classification_lookup (classification, ntm_unit_get_code (son_hong)), ==, 2);
  g_assert_cmpuint (ntm_classification_lookup (classification, ntm_unit_get_code (huong_son)), ==, 0);
  g_assert_cmpuint (ntm_classification_lookup (classification, ntm_unit_get_code (tran_phu)), ==, 3);
  /* the groups along one ramp, in their order */
  g_assert_cmpfloat (ntm_classification_get_class (classification, 0)->position, <,
                     ntm_classification_get_class (classification, 2)->position);

  /* the districts have no group */
  {
    g_autoptr(GListModel) in_2024 = ntm_database_list_units_in_year (db, 2024, &error);
    g_autoptr(NtmEvaluation) evaluation_2024 = ntm_evaluation_new (db, 2024, &error);
    g_autoptr(NtmClassification) districts = NULL;

    g_assert_false (ntm_unit_layer_supports_mode (NTM_UNIT_LAYER_DISTRICTS, NTM_MAP_MODE_GROUP));
    g_assert_true (ntm_unit_layer_supports_mode (NTM_UNIT_LAYER_COMMUNES, NTM_MAP_MODE_GROUP));
    districts = ntm_classification_new_for_layer (db, evaluation_2024, in_2024, NTM_UNIT_LAYER_DISTRICTS,
                                                  NTM_MAP_MODE_GROUP, NULL, &error);
    g_assert_null (districts);
    g_assert_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_NOT_FOR_LAYER);
  }
}

static void
test_bad_modes (void)
{
  g_autoptr(NtmDatabase) db = open_db ();
  g_autoptr(GListModel) units = commune_level (db);
  g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, 2024, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmClassification) classification = NULL;
  NtmMapMode mode;

  g_assert_false (ntm_map_mode_parse ("colours", &mode, NULL, &error));
  g_assert_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_MODE);
  g_clear_error (&error);
  g_assert_false (ntm_map_mode_parse ("indicator:", &mode, NULL, &error));
  g_clear_error (&error);

  classification = ntm_classification_new (db, evaluation, units, NTM_MAP_MODE_INDICATOR, "99.9", &error);
  g_assert_null (classification);
  g_assert_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_NO_INDICATOR);
}

/* In 2026 the communes are counted out of the 10 criteria of Decision
 * 51/2025: a commune that meets them all is at the top of the scale. */
static void
test_criteria_count_2026 (void)
{
  g_autoptr(NtmDatabase) db = open_db ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GListStore) units = NULL;
  g_autoptr(GPtrArray) statuses = g_ptr_array_new_with_free_func (ntm_recorded_status_free);
  g_autoptr(NtmEvaluation) evaluation = NULL;
  g_autoptr(NtmClassification) classification = NULL;
  guint wards = 0, communes = 0, n;

  criteria = ntm_database_list_criteria (db, "51-2025-ntm", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 10);
  for (guint c = 0; c < 10; c++)
    {
      g_autoptr(NtmCriterion) criterion = g_list_model_get_item (criteria, c);
      gint64 id = ntm_criterion_get_id (criterion);

      /* Sơn Hồng meets all 10, Hương Sơn 9, Sơn Tiến 4 (the rest not known) */
      g_ptr_array_add (statuses, ntm_recorded_status_new ("18160-2025", id, NTM_STATUS_MET, NTM_STATUS_ORIGIN_TYPED, NULL));
      g_ptr_array_add (statuses, ntm_recorded_status_new ("18133-2025", id, c == 0 ? NTM_STATUS_NOT_MET : NTM_STATUS_MET,
                                                          NTM_STATUS_ORIGIN_TYPED, NULL));
      if (c < 4)
        g_ptr_array_add (statuses, ntm_recorded_status_new ("18163-2025", id, NTM_STATUS_MET, NTM_STATUS_ORIGIN_TYPED, NULL));
    }
  g_assert_true (ntm_database_save_recorded_statuses (db, 2026, statuses, &error));
  g_assert_no_error (error);

  evaluation = ntm_evaluation_new (db, 2026, &error);
  g_assert_no_error (error);
  units = commune_level_units_2026 (db, &communes, &wards);

  classification = ntm_classification_new (db, evaluation, G_LIST_MODEL (units), NTM_MAP_MODE_CRITERIA, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ntm_classification_get_subtitle (classification), ==, "Out of the 10 new rural criteria");
  n = ntm_classification_get_n_classes (classification);
  /* 0–4, 5–7, 8, 9, 10, the wards, no data */
  g_assert_cmpuint (n, ==, 7);
  g_assert_cmpstr (ntm_classification_get_class (classification, 4)->label, ==, "10");
  g_assert_cmpuint (ntm_classification_lookup (classification, "18160-2025"), ==, 4);
  g_assert_cmpuint (ntm_classification_lookup (classification, "18133-2025"), ==, 3);
  g_assert_cmpuint (ntm_classification_lookup (classification, "18163-2025"), ==, 0);
  g_assert_cmpuint (ntm_classification_get_class (classification, 5)->count, ==, wards);
  g_assert_cmpuint (ntm_classification_get_class (classification, n - 1)->count, ==, communes - 3);

  /* 2024 keeps the 19 */
  {
    g_autoptr(NtmEvaluation) before = ntm_evaluation_new (db, 2024, &error);
    g_autoptr(GListModel) units_2024 = ntm_database_list_units_in_year (db, 2024, &error);
    g_autoptr(NtmClassification) old = NULL;

    g_assert_no_error (error);
    old = ntm_classification_new (db, before, units_2024, NTM_MAP_MODE_CRITERIA, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ntm_classification_get_subtitle (old), ==, "Out of the 19 new rural criteria");
    g_assert_cmpstr (ntm_classification_get_class (old, 4)->label, ==, "19");
  }
}

int
main (int argc, char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/classifier/criteria-count", test_criteria_count);
  g_test_add_func ("/classifier/criteria-count-2026", test_criteria_count_2026);
  g_test_add_func ("/classifier/percent-threshold-inclusive", test_percent_threshold_inclusive);
  g_test_add_func ("/classifier/percent-breaks-near-threshold", test_percent_breaks_near_threshold);
  g_test_add_func ("/classifier/numbers-degenerate", test_numbers_degenerate);
  g_test_add_func ("/classifier/modes", test_classification_modes);
  g_test_add_func ("/classifier/bad-modes", test_bad_modes);
  g_test_add_func ("/classifier/commune-groups", test_commune_groups);
  g_test_add_func ("/classifier/district-levels", test_district_levels);
  g_test_add_func ("/classifier/district-criteria-count", test_district_criteria_count);
  g_test_add_func ("/classifier/unit-layer", test_unit_layer);
  g_test_add_func ("/classifier/district-layer", test_district_layer);

  result = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return result;
}
