/* test-compare.c: the change of level between two years
 *
 * Each unit's recognised level in the year shown against the level of the
 * unit it was in the year compared with: rose, held, fell, or no data;
 * the one function that matches units across years; bad years refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ntm-database-private.h"
#include "ntm-evaluation.h"
#include "ntm-map-export.h"
#include "ntm-recognition.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"
#include "ntm-unit-match.h"

static char *dir;

static void
recognise (NtmDatabase *db,
           const char  *code,
           NtmLevel     level,
           int          year)
{
  g_autoptr(NtmRecognition) r = ntm_recognition_new (code);
  g_autoptr(GError) error = NULL;

  ntm_recognition_set_level (r, level);
  ntm_recognition_set_year (r, year);
  ntm_recognition_set_source (r, "test");
  g_assert_true (ntm_database_save_recognition (db, r, &error));
  g_assert_no_error (error);
}

static NtmClassification *
change (NtmDatabase  *db,
        int           year,
        NtmUnitLayer  layer,
        int           since,
        GError      **error)
{
  g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, year, NULL);
  g_autoptr(GListModel) units = ntm_database_list_units_in_year (db, year, NULL);

  return ntm_classification_new_change (db, evaluation, units, layer, since, error);
}

static guint
count (NtmClassification *classification,
       guint              k)
{
  return ntm_classification_get_class (classification, k)->count;
}

static void
test_rose_held_fell (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "change.db");
  g_autoptr(NtmClassification) before = NULL;
  g_autoptr(NtmClassification) communes = NULL;
  g_autoptr(NtmClassification) districts = NULL;
  g_autoptr(GError) error = NULL;
  guint rose, held, fell, none;
  gint64 id;

  /* The seeded recognitions first: Kỳ Xuân and Kỳ Tiến held their level */
  before = change (db, 2024, NTM_UNIT_LAYER_COMMUNES, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_classification_lookup (before, "18757"), ==, NTM_CHANGE_HELD);
  g_assert_cmpuint (ntm_classification_lookup (before, "18769"), ==, NTM_CHANGE_HELD);
  rose = count (before, NTM_CHANGE_ROSE);
  held = count (before, NTM_CHANGE_HELD);
  fell = count (before, NTM_CHANGE_FELL);
  none = count (before, ntm_classification_get_no_data_class (before));
  g_assert_cmpuint (rose + held + fell + none, ==, 216);
  /* the sourced decisions of 2024 raised some communes */
  g_assert_cmpuint (rose, >, 0);

  /* Kỳ Xuân rose to advanced in 2024; Kỳ Tiến was advanced in 2023, a
   * decision revoked in 2024: it fell back to NTM */
  recognise (db, "18757", NTM_LEVEL_ADVANCED, 2024);
  recognise (db, "18769", NTM_LEVEL_ADVANCED, 2023);
  id = ntm_test_count (db, "SELECT id FROM recognition WHERE unit_code = '18769' AND level = 'advanced'");
  g_assert_true (ntm_database_revoke_recognition (db, id, "2024-03-01", "test", &error));
  g_assert_no_error (error);

  communes = change (db, 2024, NTM_UNIT_LAYER_COMMUNES, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_classification_get_mode (communes), ==, NTM_MAP_MODE_CHANGE);
  g_assert_cmpint (ntm_classification_get_since_year (communes), ==, 2023);
  g_assert_cmpstr (ntm_classification_get_title (communes), ==, "Change since 2023");
  g_assert_cmpuint (ntm_classification_get_n_classes (communes), ==, 4);
  g_assert_cmpuint (ntm_classification_lookup (communes, "18757"), ==, NTM_CHANGE_ROSE);
  g_assert_cmpuint (ntm_classification_lookup (communes, "18769"), ==, NTM_CHANGE_FELL);
  g_assert_cmpuint (ntm_classification_lookup (communes, "18772"), ==, NTM_CHANGE_HELD);
  g_assert_cmpuint (count (communes, NTM_CHANGE_ROSE), ==, rose + 1);
  g_assert_cmpuint (count (communes, NTM_CHANGE_FELL), ==, fell + 1);
  g_assert_cmpuint (count (communes, NTM_CHANGE_HELD), ==, held - 2);
  /* wards and townships without a recognition: no data, never "held" */
  g_assert_cmpuint (count (communes, ntm_classification_get_no_data_class (communes)), ==, none);
  g_assert_cmpuint (none, >=, 34);

  /* a year without recognitions on file is no data, not "not yet" */
  {
    g_autoptr(NtmClassification) early = change (db, 2024, NTM_UNIT_LAYER_COMMUNES, 2005, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (count (early, ntm_classification_get_no_data_class (early)), ==, 216);
  }

  /* districts by their own level */
  districts = change (db, 2024, NTM_UNIT_LAYER_DISTRICTS, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (districts, NTM_CHANGE_HELD) + count (districts, NTM_CHANGE_ROSE) +
                    count (districts, NTM_CHANGE_FELL) +
                    count (districts, ntm_classification_get_no_data_class (districts)), ==, 13);
  g_assert_cmpuint (count (districts, NTM_CHANGE_HELD), >=, 1);
}

static void
test_bad_years (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "years.db");
  const int bad[] = { 2024, 2025, 1999, -1 };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NtmClassification) c = change (db, 2024, NTM_UNIT_LAYER_COMMUNES, bad[i], &error);

      g_assert_null (c);
      g_assert_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_YEAR);
      g_assert_nonnull (strstr (error->message, "2023"));
    }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NtmMapRenderer) r = ntm_map_export_new_renderer_change (db, 2024, NTM_UNIT_LAYER_COMMUNES, 2030, &error);
    g_assert_null (r);
    g_assert_error (error, NTM_CLASSIFIER_ERROR, NTM_CLASSIFIER_ERROR_BAD_YEAR);
  }
}

/* One function matches a unit of one year to the units of another: by
 * code while the unit exists in both. */
static void
test_match_across_years (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "match.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) same = NULL;
  g_autoptr(GPtrArray) gone = NULL;
  g_autoptr(GPtrArray) unknown = NULL;

  same = ntm_unit_match_in_year (db, "18757", 2024, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (same->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (same, 0), ==, "18757");

  /* after the July 2025 reform the districts are gone, with no successor */
  gone = ntm_unit_match_in_year (db, "440", 2024, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gone->len, ==, 0);
  /* both ends of a unit's dates are days in force */
  g_assert_false (ntm_unit_dates_in_force_in_year ("2020-01-01", "2025-06-30", 2025));
  g_assert_true (ntm_unit_dates_in_force_in_year ("2020-01-01", "2024-12-31", 2024));
  g_assert_false (ntm_unit_dates_in_force_in_year ("2020-01-01", "2024-12-30", 2024));
  g_assert_false (ntm_unit_dates_in_force_in_year ("2025-07-01", NULL, 2024));
  g_assert_true (ntm_unit_dates_in_force_in_year ("2025-07-01", NULL, 2025));
  g_assert_true (ntm_unit_dates_in_force_in_year (NULL, NULL, 1990));

  /* through the lineage: Phường Trần Phú (2026) was four units in 2024,
   * and each of them became it */
  {
    g_autoptr(GPtrArray) was = ntm_unit_match_in_year (db, "18100-2025", 2026, 2024, &error);
    g_autoptr(GPtrArray) became = ntm_unit_match_in_year (db, "18088", 2024, 2026, &error);
    const char *expected[] = { "18088", "18100", "18103", "18598" };

    g_assert_no_error (error);
    g_assert_cmpuint (was->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        gboolean found = FALSE;
        for (guint k = 0; k < was->len; k++)
          found |= g_str_equal (g_ptr_array_index (was, k), expected[i]);
        g_assert_true (found);
      }
    g_assert_cmpuint (became->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (became, 0), ==, "18100-2025");
  }

  unknown = ntm_unit_match_in_year (db, "99999", 2024, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unknown->len, ==, 0);

  /* the units of a year: the district is gone from 2025 on */
  {
    g_autoptr(GListModel) y2024 = ntm_database_list_units_in_year (db, 2024, &error);
    g_autoptr(GListModel) y2026 = ntm_database_list_units_in_year (db, 2026, &error);
    g_autoptr(GListModel) all = ntm_database_list_units_on_record (db, &error);

    g_assert_cmpuint (g_list_model_get_n_items (y2024), ==, 230);
    g_assert_cmpuint (g_list_model_get_n_items (y2026), ==, 70);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 297);
  }
}

static void
test_export_change (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "export.db");
  g_autoptr(NtmMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "change.png", NULL);

  recognise (db, "18757", NTM_LEVEL_ADVANCED, 2024);
  renderer = ntm_map_export_new_renderer_change (db, 2024, NTM_UNIT_LAYER_COMMUNES, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_classification_lookup (ntm_map_renderer_get_classification (renderer), "18757"), ==,
                    NTM_CHANGE_ROSE);
  g_assert_true (ntm_map_export_write (renderer, db, 2024, NULL, path, 1280, 900, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/compare/rose-held-fell", test_rose_held_fell);
  g_test_add_func ("/compare/bad-years", test_bad_years);
  g_test_add_func ("/compare/match-across-years", test_match_across_years);
  g_test_add_func ("/compare/export-change", test_export_change);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
