/* test-evaluation.c: levels and "x of N" worked out from real rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-commune-water.h"
#include "ntm-database-private.h"
#include "ntm-evaluation.h"
#include "ntm-indicator-values.h"
#include "ntm-test-utils.h"

/* Xã Kỳ Tân, in Huyện Kỳ Anh */
#define COMMUNE "18814"

typedef struct {
  char        *dir;
  NtmDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ntm_test_make_temp_dir ();
  path = g_build_filename (f->dir, "eval.db", NULL);
  f->db = ntm_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
  ntm_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Gives every threshold of a set a value, and @code a value that meets
 * every indicator of the set in 2024. */
static void
meet_set (Fixture *f, const char *set, const char *code)
{
  g_autofree char *thresholds = g_strdup_printf (
    "UPDATE threshold SET value = coalesce(value, 50)"
    " WHERE indicator_id IN (SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
    "                        WHERE c.set_code = '%s')", set);
  g_autofree char *values = g_strdup_printf (
    "INSERT OR REPLACE INTO assessment (unit_code, indicator_id, year, value)"
    " SELECT '%s', i.id, 2024,"
    "        CASE WHEN i.kind = 'boolean' THEN 1"
    "             ELSE (SELECT t.value FROM threshold t WHERE t.indicator_id = i.id"
    "                   AND t.year_from <= 2024 AND coalesce(t.year_to, 2100) >= 2024"
    "                   ORDER BY t.year_from DESC LIMIT 1)"
    "                  + CASE i.comparison WHEN '>' THEN 1 WHEN '<' THEN -1 ELSE 0 END END"
    " FROM indicator i JOIN criterion c ON c.id = i.criterion_id WHERE c.set_code = '%s'",
    code, set);

  ntm_test_exec (f->db, thresholds);
  ntm_test_exec (f->db, values);
}

static NtmEvaluation *
evaluate (Fixture *f, int year)
{
  g_autoptr(GError) error = NULL;
  NtmEvaluation *ev = ntm_evaluation_new (f->db, year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ev);
  return ev;
}

static void
test_seed_only (Fixture *f, gconstpointer data)
{
  g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
  NtmTally t = ntm_evaluation_get_tally (ev, COMMUNE);
  guint n = 0;

  /* recognised NTM as reported, but no criteria data: never "not met" */
  g_assert_cmpint (ntm_evaluation_get_recognised_level (ev, COMMUNE), ==, NTM_LEVEL_NTM);
  g_assert_cmpint (ntm_evaluation_get_recognised_year (ev, COMMUNE), ==, 2023);
  g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NO_DATA);
  g_assert_false (ntm_evaluation_levels_disagree (ev, COMMUNE));
  g_assert_cmpuint (t.total, ==, 19);
  g_assert_cmpuint (t.no_data, ==, 19);
  g_assert_cmpuint (t.not_met, ==, 0);

  /* a commune sees 318 NTM, advanced and 319 model criteria */
  ntm_evaluation_get_criteria (ev, COMMUNE, &n);
  g_assert_cmpuint (n, ==, 19 + 19 + 4);

  /* a ward is held to 04/2022's 9 criteria */
  t = ntm_evaluation_get_tally (ev, "18070");
  g_assert_cmpuint (t.total, ==, 9);

  /* a district: 9 criteria, the satisfaction conditions apart */
  t = ntm_evaluation_get_tally (ev, "447");
  g_assert_cmpuint (t.total, ==, 9);
  g_assert_cmpint (ntm_evaluation_get_recognised_level (ev, "447"), ==, NTM_LEVEL_DISTRICT_NTM);

  /* in 2023, Kỳ Anh district was not yet recognised */
  {
    g_autoptr(NtmEvaluation) ev23 = evaluate (f, 2023);
    g_assert_cmpint (ntm_evaluation_get_recognised_level (ev23, "447"), ==, NTM_LEVEL_NO_DATA);
    g_assert_cmpint (ntm_evaluation_get_recognised_level (ev23, "448"), ==, NTM_LEVEL_DISTRICT_NTM);
  }
}

static void
test_commune_met_then_not (Fixture *f, gconstpointer data)
{
  NtmTally t;

  meet_set (f, "318-ntm", COMMUNE);
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    t = ntm_evaluation_get_tally (ev, COMMUNE);
    g_assert_cmpuint (t.met, ==, 19);
    g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NTM);
    /* the same values say nothing about 2025 */
    g_autoptr(NtmEvaluation) ev25 = evaluate (f, 2025);
    g_assert_cmpint (ntm_evaluation_get_computed_level (ev25, COMMUNE), ==, NTM_LEVEL_NO_DATA);
  }

  /* one failing indicator: 18/19, not yet, and a data-quality warning */
  ntm_test_exec (f->db, "UPDATE assessment SET value = 0 WHERE unit_code = '" COMMUNE "' AND indicator_id ="
           " (SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
           "  WHERE c.set_code = '318-ntm' AND i.code = '17.1')");
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    t = ntm_evaluation_get_tally (ev, COMMUNE);
    g_assert_cmpuint (t.met, ==, 18);
    g_assert_cmpuint (t.not_met, ==, 1);
    g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NOT_YET);
    g_assert_true (ntm_evaluation_levels_disagree (ev, COMMUNE));
    /* the recognised level is not "fixed" */
    g_assert_cmpint (ntm_evaluation_get_recognised_level (ev, COMMUNE), ==, NTM_LEVEL_NTM);
  }

  /* an override with a reason turns it to "basically met" */
  ntm_test_exec (f->db, "UPDATE assessment SET status_override = 'basically_met', override_reason = 'Đang hoàn thiện'"
           " WHERE unit_code = '" COMMUNE "' AND value = 0 AND indicator_id ="
           " (SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
           "  WHERE c.set_code = '318-ntm' AND i.code = '17.1')");
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    t = ntm_evaluation_get_tally (ev, COMMUNE);
    g_assert_cmpuint (t.basically_met, ==, 1);
    g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NOT_YET);
  }

  /* a value removed: no data, not "not met" */
  ntm_test_exec (f->db, "DELETE FROM assessment WHERE unit_code = '" COMMUNE "' AND status_override IS NOT NULL");
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    t = ntm_evaluation_get_tally (ev, COMMUNE);
    g_assert_cmpuint (t.met, ==, 18);
    g_assert_cmpuint (t.no_data, ==, 1);
    g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NO_DATA);
  }
}

static void
test_commune_up_to_model (Fixture *f, gconstpointer data)
{
  g_autoptr(NtmEvaluation) ev = NULL;

  meet_set (f, "318-ntm", COMMUNE);
  meet_set (f, "318-advanced", COMMUNE);
  ev = evaluate (f, 2024);
  g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_ADVANCED);
  g_clear_object (&ev);

  meet_set (f, "319-model", COMMUNE);
  ev = evaluate (f, 2024);
  g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_MODEL);
}

static void
test_reported_criterion_status (Fixture *f, gconstpointer data)
{
  g_autoptr(NtmEvaluation) ev = NULL;
  const NtmCriterionResult *r;
  guint n;

  ntm_test_exec (f->db, "INSERT INTO criterion_status (unit_code, criterion_id, year, status, source)"
           " SELECT '" COMMUNE "', id, 2024, 'met', 'Báo cáo xã' FROM criterion WHERE set_code = '318-ntm'");
  ev = evaluate (f, 2024);
  g_assert_cmpuint (ntm_evaluation_get_tally (ev, COMMUNE).met, ==, 19);
  g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NTM);
  r = ntm_evaluation_get_criteria (ev, COMMUNE, &n);
  g_assert_cmpuint (n, >, 0);
  g_assert_true (r[0].reported);
}

static void
test_recognition_in_force (Fixture *f, gconstpointer data)
{
  /* advanced in 2024, then a revoked model decision */
  ntm_test_exec (f->db, "INSERT INTO recognition (unit_code, level, decision_number, decision_date, year, issuer)"
           " VALUES ('" COMMUNE "', 'advanced', '123/QĐ-UBND', '2024-05-02', 2024, 'UBND tỉnh')");
  ntm_test_exec (f->db, "INSERT INTO recognition (unit_code, level, decision_number, decision_date, year, revoked_on, revoke_reason)"
           " VALUES ('" COMMUNE "', 'model', '456/QĐ-UBND', '2024-09-01', 2024, '2024-10-01', 'Sai sót')");
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    g_assert_cmpint (ntm_evaluation_get_recognised_level (ev, COMMUNE), ==, NTM_LEVEL_ADVANCED);
    g_autoptr(NtmEvaluation) ev23 = evaluate (f, 2023);
    g_assert_cmpint (ntm_evaluation_get_recognised_level (ev23, COMMUNE), ==, NTM_LEVEL_NTM);
  }
}

static void
test_district_from_communes (Fixture *f, gconstpointer data)
{
  g_autoptr(NtmEvaluation) ev = NULL;

  /* Hương Sơn: every commune recognised NTM, 2 of its 23 advanced, under
   * a tenth: 320 not met */
  ev = evaluate (f, 2024);
  g_assert_cmpint (ntm_evaluation_get_computed_level (ev, "439"), ==, NTM_LEVEL_NOT_YET);
  /* Lộc Hà: 2 of its 11 advanced by sourced decisions, but its own
   * criteria and its township are not known: no data, not "not yet" */
  g_assert_cmpint (ntm_evaluation_get_computed_level (ev, "448"), ==, NTM_LEVEL_NO_DATA);
  g_clear_object (&ev);

  /* make a tenth of its communes advanced, its township civilised, its
   * criteria and satisfaction met: the data supports an NTM district */
  ntm_test_exec (f->db, "INSERT INTO recognition (unit_code, level, year, source)"
           " SELECT code, 'advanced', 2024, 'thử' FROM unit WHERE parent_code = '448' AND kind = 'commune'"
           " ORDER BY code LIMIT 2");
  ntm_test_exec (f->db, "INSERT INTO recognition (unit_code, level, year, source)"
           " SELECT code, 'civilised', 2024, 'thử' FROM unit WHERE parent_code = '448' AND kind = 'township'");
  meet_set (f, "320-district", "448");
  ev = evaluate (f, 2024);
  g_assert_cmpint (ntm_evaluation_get_computed_level (ev, "448"), ==, NTM_LEVEL_DISTRICT_NTM);
  g_assert_cmpuint (ntm_evaluation_get_tally (ev, "448").met, ==, 9);
}

#define WATER_INDICATOR \
  "(SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id" \
  "  WHERE c.set_code = '318-ntm' AND i.code = '17.1')"

/* Criterion 17 of 318 NTM in the unit's results */
static const NtmCriterionResult *
criterion_17 (NtmEvaluation *ev)
{
  const NtmCriterionResult *r;
  guint n;

  r = ntm_evaluation_get_criteria (ev, COMMUNE, &n);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (r[i].set_code, "318-ntm") == 0 && g_strcmp0 (r[i].number, "17") == 0)
      return &r[i];
  g_assert_not_reached ();
  return NULL;
}

/* The value the map's indicator mode shows for the commune, or -1 */
static double
map_value (Fixture *f, int year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = ntm_database_get_indicator_values (f->db, "318-ntm", "17.1", year, &error);
  double *v;

  g_assert_no_error (error);
  v = g_hash_table_lookup (values, COMMUNE);
  return v ? *v : -1;
}

static void
test_water_figures (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  NtmTally t;

  ntm_test_exec (f->db, "UPDATE threshold SET value = 95 WHERE indicator_id = " WATER_INDICATOR);
  meet_set (f, "318-ntm", COMMUNE);
  ntm_test_exec (f->db, "DELETE FROM assessment WHERE unit_code = '" COMMUNE "' AND indicator_id = " WATER_INDICATOR);

  /* no value, no figures: no data, never "not met" */
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    t = ntm_evaluation_get_tally (ev, COMMUNE);
    g_assert_cmpuint (t.met, ==, 18);
    g_assert_cmpuint (t.no_data, ==, 1);
    g_assert_cmpuint (t.not_met, ==, 0);
    g_assert_cmpint (criterion_17 (ev)->status, ==, NTM_STATUS_NO_DATA);
    g_assert_false (criterion_17 (ev)->from_figures);
    g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NO_DATA);
    g_assert_cmpfloat (map_value (f, 2024), ==, -1);
  }

  /* the figures fill the gap: 960 of 1,000 households is 96 % ≥ 95 % */
  g_assert_true (ntm_database_set_commune_water (f->db, COMMUNE, 2024, 1000, 960, 700, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    g_assert_cmpuint (ntm_evaluation_get_tally (ev, COMMUNE).met, ==, 19);
    g_assert_cmpint (criterion_17 (ev)->status, ==, NTM_STATUS_MET);
    g_assert_true (criterion_17 (ev)->from_figures);
    g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NTM);
    /* the map says the same */
    g_assert_cmpfloat (map_value (f, 2024), ==, 96);
    /* other criteria do not claim the figures */
    {
      const NtmCriterionResult *r;
      guint n;
      guint from_figures = 0;

      r = ntm_evaluation_get_criteria (ev, COMMUNE, &n);
      for (guint i = 0; i < n; i++)
        from_figures += r[i].from_figures;
      g_assert_cmpuint (from_figures, ==, 1);
    }
  }

  /* figures below the threshold: not met, by the data */
  g_assert_true (ntm_database_set_commune_water (f->db, COMMUNE, 2024, 1000, 900, 700, NULL, &error));
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    g_assert_cmpint (criterion_17 (ev)->status, ==, NTM_STATUS_NOT_MET);
    g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NOT_YET);
    g_assert_cmpfloat (map_value (f, 2024), ==, 90);
  }

  /* an assessed value wins over the figures */
  ntm_test_exec (f->db, "INSERT INTO assessment (unit_code, indicator_id, year, value)"
           " VALUES ('" COMMUNE "', " WATER_INDICATOR ", 2024, 97.5)");
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    g_assert_cmpint (criterion_17 (ev)->status, ==, NTM_STATUS_MET);
    g_assert_false (criterion_17 (ev)->from_figures);
    g_assert_cmpint (ntm_evaluation_get_computed_level (ev, COMMUNE), ==, NTM_LEVEL_NTM);
    g_assert_cmpfloat (map_value (f, 2024), ==, 97.5);
  }

  /* a row with a note but no value is not an assessed value */
  ntm_test_exec (f->db, "UPDATE assessment SET value = NULL, note = 'Chờ số liệu'"
           " WHERE unit_code = '" COMMUNE "' AND indicator_id = " WATER_INDICATOR);
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    g_assert_cmpint (criterion_17 (ev)->status, ==, NTM_STATUS_NOT_MET);
    g_assert_true (criterion_17 (ev)->from_figures);
    g_assert_cmpfloat (map_value (f, 2024), ==, 90);
  }

  /* a status set by hand wins over the figures too */
  ntm_test_exec (f->db, "UPDATE assessment SET status_override = 'basically_met', override_reason = 'Đang đấu nối'"
           " WHERE unit_code = '" COMMUNE "' AND indicator_id = " WATER_INDICATOR);
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    g_assert_cmpint (criterion_17 (ev)->status, ==, NTM_STATUS_BASICALLY_MET);
    g_assert_false (criterion_17 (ev)->from_figures);
  }

  /* figures of 2024 say nothing about 2023 */
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2023);
    g_assert_cmpint (criterion_17 (ev)->status, ==, NTM_STATUS_NO_DATA);
    g_assert_false (criterion_17 (ev)->from_figures);
    g_assert_cmpfloat (map_value (f, 2023), ==, -1);
  }

  /* figures removed: back to no data */
  ntm_test_exec (f->db, "DELETE FROM assessment WHERE unit_code = '" COMMUNE "' AND indicator_id = " WATER_INDICATOR);
  g_assert_true (ntm_database_delete_commune_water (f->db, COMMUNE, 2024, &error));
  {
    g_autoptr(NtmEvaluation) ev = evaluate (f, 2024);
    g_assert_cmpint (criterion_17 (ev)->status, ==, NTM_STATUS_NO_DATA);
    g_assert_cmpuint (ntm_evaluation_get_tally (ev, COMMUNE).not_met, ==, 0);
  }
}

static void
test_figure_values_rule (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) all = NULL;
  g_autoptr(GHashTable) one = NULL;
  g_autoptr(GHashTable) other = NULL;

  g_assert_true (ntm_database_set_commune_water (f->db, COMMUNE, 2024, 800, 600, 400, NULL, &error));
  g_assert_true (ntm_database_set_commune_water (f->db, "18088", 2024, 1200, 1150, 800, NULL, &error));
  g_assert_no_error (error);

  all = ntm_database_get_figure_values (f->db, "318-ntm", "17.1", 2024, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 2);
  g_assert_cmpfloat (*(double *) g_hash_table_lookup (all, COMMUNE), ==, 75);

  one = ntm_database_get_figure_values (f->db, "318-ntm", "17.1", 2024, COMMUNE, &error);
  g_assert_cmpuint (g_hash_table_size (one), ==, 1);
  g_assert_cmpfloat (*(double *) g_hash_table_lookup (one, COMMUNE), ==, 75);

  /* other indicators, sets and years take nothing from the figures */
  other = ntm_database_get_figure_values (f->db, "318-ntm", "17.7", 2024, NULL, &error);
  g_assert_cmpuint (g_hash_table_size (other), ==, 0);
  g_clear_pointer (&other, g_hash_table_unref);
  other = ntm_database_get_figure_values (f->db, "318-advanced", "17.1", 2024, NULL, &error);
  g_assert_cmpuint (g_hash_table_size (other), ==, 0);
  g_clear_pointer (&other, g_hash_table_unref);
  other = ntm_database_get_figure_values (f->db, "318-ntm", "17.1", 2023, NULL, &error);
  g_assert_cmpuint (g_hash_table_size (other), ==, 0);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/evaluation/seed-only", test_seed_only);
  ADD ("/evaluation/commune-met-then-not", test_commune_met_then_not);
  ADD ("/evaluation/commune-up-to-model", test_commune_up_to_model);
  ADD ("/evaluation/reported-criterion-status", test_reported_criterion_status);
  ADD ("/evaluation/recognition-in-force", test_recognition_in_force);
  ADD ("/evaluation/district-from-communes", test_district_from_communes);
  ADD ("/evaluation/water-figures", test_water_figures);
  ADD ("/evaluation/figure-values-rule", test_figure_values_rule);
#undef ADD

  return g_test_run ();
}
