/* test-classifier.c: map classes, including the awkward cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "ntm-classifier.h"
#include "ntm-evaluation.h"
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
  g_autoptr(GArray) classes = ntm_classes_for_criteria_count ();
  const struct { double met; guint k; } cases[] = {
    { 0, 0 }, { 9, 0 }, { 10, 1 }, { 14, 1 }, { 15, 2 }, { 17, 2 }, { 18, 3 }, { 19, 4 },
  };

  g_assert_cmpuint (classes->len, ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (ntm_classes_find (classes, cases[i].met), ==, cases[i].k);
  g_assert_cmpstr (class_at (classes, 1)->label, ==, "10–14");
  g_assert_cmpstr (class_at (classes, 4)->label, ==, "19");
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
      for (guint k = 0; k < n; k++)
        total += ntm_classification_get_class (classification, k)->count;
      g_assert_cmpuint (total, ==, 216);
      g_assert_cmpuint (ntm_classification_lookup (classification, "no-such-unit"), ==, n - 1);
    }

  /* the seed holds 182 communes recognised NTM */
  {
    g_autoptr(NtmClassification) level = ntm_classification_new (db, evaluation, units, NTM_MAP_MODE_LEVEL, NULL, &error);
    g_assert_cmpuint (ntm_classification_get_class (level, 1)->count, ==, 182);
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

int
main (int argc, char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/classifier/criteria-count", test_criteria_count);
  g_test_add_func ("/classifier/percent-threshold-inclusive", test_percent_threshold_inclusive);
  g_test_add_func ("/classifier/percent-breaks-near-threshold", test_percent_breaks_near_threshold);
  g_test_add_func ("/classifier/numbers-degenerate", test_numbers_degenerate);
  g_test_add_func ("/classifier/modes", test_classification_modes);
  g_test_add_func ("/classifier/bad-modes", test_bad_modes);

  result = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return result;
}
