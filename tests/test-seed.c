/* test-seed.c: what the embedded default database holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-criteria-private.h"
#include "ntm-criteria.h"
#include "ntm-database-private.h"
#include "ntm-seed-private.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

static char *dir;
static NtmDatabase *db;

#define count(sql) ntm_test_count (db, (sql))

/* Counts the units of @year by kind. */
static guint
units_of_kind (int         year,
               NtmUnitKind kind)
{
  g_autoptr(GListModel) units = ntm_database_list_units_in_year (db, year, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      n += ntm_unit_get_kind (unit) == kind;
    }
  return n;
}

static void
test_units (void)
{
  g_autoptr(GListModel) units = ntm_database_list_units_in_year (db, 2024, NULL);
  g_autoptr(NtmUnit) ky_anh = NULL;
  g_autoptr(NtmUnit) first = NULL;
  g_autoptr(GError) error = NULL;
  double lat, lon;

  /* 2024: the province, 13 district-level units, 216 commune-level ones */
  g_assert_cmpuint (units_of_kind (2024, NTM_UNIT_KIND_PROVINCE), ==, 1);
  g_assert_cmpuint (units_of_kind (2024, NTM_UNIT_KIND_DISTRICT), ==, 10);
  g_assert_cmpuint (units_of_kind (2024, NTM_UNIT_KIND_TOWN), ==, 2);
  g_assert_cmpuint (units_of_kind (2024, NTM_UNIT_KIND_CITY), ==, 1);
  g_assert_cmpuint (units_of_kind (2024, NTM_UNIT_KIND_COMMUNE), ==, 182);
  g_assert_cmpuint (units_of_kind (2024, NTM_UNIT_KIND_WARD), ==, 21);
  g_assert_cmpuint (units_of_kind (2024, NTM_UNIT_KIND_TOWNSHIP), ==, 13);
  /* 230 units of 2024 and the 67 formed on 1 July 2025 (Sơn Kim 1 and 2
   * carry on as they were) */
  g_assert_cmpint (count ("SELECT count(*) FROM unit"), ==, 297);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE lat IS NULL OR lon IS NULL"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE region = 'bac-trung-bo'"), ==, 297);
  /* in 2024 every commune-level unit hangs under a district-level one */
  g_assert_cmpint (count ("SELECT count(*) FROM unit c JOIN unit d ON d.code = c.parent_code"
                          " WHERE c.kind IN ('commune', 'ward', 'township') AND c.valid_from < '2025'"
                          "   AND d.kind IN ('district', 'town', 'city')"), ==, 216);

  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 230);
  first = g_list_model_get_item (units, 0);
  g_assert_cmpint (ntm_unit_get_kind (first), ==, NTM_UNIT_KIND_PROVINCE);

  ky_anh = ntm_database_get_unit (db, "447", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ntm_unit_get_name (ky_anh), ==, "Huyện Kỳ Anh");
  g_assert_true (ntm_unit_get_location (ky_anh, &lat, &lon));
  g_assert_cmpfloat_with_epsilon (lat, 18.06437, 1e-9);
  g_assert_cmpfloat_with_epsilon (lon, 106.18081, 1e-9);
  g_assert_true (ntm_unit_matches (ky_anh, "ky anh"));
  g_assert_true (ntm_unit_matches (ky_anh, "447"));

  {
    g_autoptr(NtmUnit) none = ntm_database_get_unit (db, "99999", &error);
    g_assert_null (none);
    g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
  }
}

static void
test_criteria_sets (void)
{
  g_autoptr(GListModel) sets = ntm_database_list_criteria_sets (db, NULL);
  static const struct { const char *code; guint criteria; gboolean indicators_known; } expected[] = {
    { "318-ntm", 19, TRUE }, { "318-advanced", 19, TRUE }, { "319-model", 4, TRUE },
    { "320-district", 10, TRUE }, { "04-2022-urban", 9, TRUE },
    /* listed, with no indicator invented: the office loads them */
    { "320-district-advanced", 9, FALSE }, { "51-2025-ntm", 10, FALSE },
  };

  g_assert_cmpuint (g_list_model_get_n_items (sets), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GListModel) criteria = ntm_database_list_criteria (db, expected[i].code, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, expected[i].criteria);

      for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
        {
          g_autoptr(NtmCriterion) c = g_list_model_get_item (criteria, j);
          g_autoptr(GListModel) indicators = ntm_database_list_indicators (db, ntm_criterion_get_id (c), NULL);

          if (expected[i].indicators_known)
            g_assert_cmpuint (g_list_model_get_n_items (indicators), >=, 1);
          else
            {
              g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 0);
              g_assert_cmpstr (ntm_criterion_get_verify_note (c), !=, "");
            }
        }
    }

  /* 51/2025: the ten criteria as published, in force from 2026 */
  {
    g_autoptr(GListModel) criteria = ntm_database_list_criteria (db, "51-2025-ntm", NULL);
    g_autoptr(NtmCriterion) first = g_list_model_get_item (criteria, 0);
    g_autoptr(NtmCriterion) last = g_list_model_get_item (criteria, 9);

    g_assert_cmpstr (ntm_criterion_get_name (first), ==, "Quy hoạch");
    g_assert_cmpstr (ntm_criterion_get_name (last), ==, "Tiếp cận pháp luật và an ninh, quốc phòng");
    g_assert_cmpint (count ("SELECT year_from FROM criteria_set WHERE code = '51-2025-ntm'"), ==, 2026);
  }

  /* what was marked "verify" stays marked, as data */
  g_assert_cmpint (count ("SELECT count(*) FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                          " WHERE c.set_code = '318-ntm' AND c.number = '18' AND i.verify_note = ''"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                          " WHERE c.set_code = '318-ntm' AND i.code IN ('13.4', '13.5', '15.1')"
                          "   AND i.verify_note <> ''"), ==, 3);
  g_assert_cmpint (count ("SELECT count(*) FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                          " WHERE c.set_code = '318-ntm' AND i.code IN ('2.1', '13.1')"
                          "   AND i.verify_note <> ''"), ==, 0);

  /* 318's 19 criteria fall in 5 groups */
  g_assert_cmpint (count ("SELECT count(DISTINCT group_code) FROM criterion WHERE set_code = '318-ntm'"), ==, 5);
}

static void
test_thresholds (void)
{
  gboolean known;
  double value;
  gint64 income = count ("SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                         " WHERE c.set_code = '318-ntm' AND c.number = '10' LIMIT 1");
  gint64 water = count ("SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                        " WHERE c.set_code = '318-ntm' AND i.code = '17.1'");

  /* stated in the reference: 44 million VND in 2022 */
  g_assert_true (ntm_database_lookup_threshold (db, income, "bac-trung-bo", 0, 2022, &known, &value, NULL));
  g_assert_true (known);
  g_assert_cmpfloat (value, ==, 44.0);
  /* not stated for 2024: stored, but unknown */
  g_assert_true (ntm_database_lookup_threshold (db, income, "bac-trung-bo", 0, 2024, &known, &value, NULL));
  g_assert_false (known);
  /* 17.1 is a percentage whose threshold the office fills in; so is its
   * second part, clean water meeting QCVN */
  g_assert_true (ntm_database_lookup_threshold (db, water, "bac-trung-bo", 0, 2024, &known, &value, NULL));
  g_assert_false (known);
  {
    gint64 clean = count ("SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                          " WHERE c.set_code = '318-ntm' AND i.code = '17.1-QCVN'");

    g_assert_cmpint (clean, >, 0);
    g_assert_true (ntm_database_lookup_threshold (db, clean, "bac-trung-bo", 0, 2024, &known, &value, NULL));
    g_assert_false (known);
    g_assert_cmpint (count ("SELECT count(*) FROM indicator WHERE part_of = '17.1'"), ==, 2);
  }
  /* no threshold for another region */
  g_assert_false (ntm_database_lookup_threshold (db, water, "tay-nguyen", 0, 2024, &known, &value, NULL));

  /* every percentage or number indicator has a threshold row */
  g_assert_cmpint (count ("SELECT count(*) FROM indicator i WHERE kind <> 'boolean'"
                          " AND NOT EXISTS (SELECT 1 FROM threshold t WHERE t.indicator_id = i.id)"), ==, 0);
}

static void
test_recognitions (void)
{
  /* the 133 sourced rows, each with its source address and note */
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE source LIKE 'http%'"), ==, 133);
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE source LIKE 'http%' AND note = ''"), ==, 0);
  /* decision numbers only where a source states them (52 rows) */
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE decision_number IS NOT NULL"), ==, 52);
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE trim(source) = ''"), ==, 0);
  /* conflicting years kept as separate rows: Hương Thủy as 2021 and 2022 */
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE unit_code = '18505' AND level = 'ntm'"), ==, 2);

  /* a placeholder only where no sourced NTM row exists: 182 xã, 44 with
   * sourced NTM rows */
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE source NOT LIKE 'http%'"), ==, 138);
  g_assert_cmpint (count ("SELECT count(*) FROM recognition p WHERE p.source NOT LIKE 'http%'"
                          " AND EXISTS (SELECT 1 FROM recognition r WHERE r.unit_code = p.unit_code"
                          "              AND r.level = 'ntm' AND r.source LIKE 'http%')"), ==, 0);
  g_assert_cmpint (count ("SELECT count(DISTINCT unit_code) FROM recognition r JOIN unit u ON u.code = r.unit_code"
                          " WHERE u.kind = 'commune' AND r.level = 'ntm'"), ==, 182);
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE source NOT LIKE 'http%'"
                          " AND (year <> 2023 OR decision_number IS NOT NULL OR decision_date IS NOT NULL"
                          "      OR note NOT LIKE 'Đạt chuẩn NTM, theo báo cáo năm 2023%')"), ==, 0);

  /* districts: Lộc Hà by 149/QĐ-TTg for 2023; Kỳ Anh by 840/QĐ-TTg of
   * 15/8/2024, for 2023; no report-only row left for either */
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE level = 'district_ntm'"), ==, 8);
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE unit_code = '448'"
                          " AND decision_number = '149/QĐ-TTg' AND year = 2023 AND decision_date IS NULL"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE unit_code = '447'"
                          " AND decision_number = '840/QĐ-TTg' AND decision_date = '2024-08-15'"
                          " AND year = 2023"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM recognition WHERE unit_code IN ('447', '448')"), ==, 2);
}

static void
test_reported_totals (void)
{
  /* the province totals sources state, with the day they describe */
  g_assert_cmpint (count ("SELECT value FROM reported_figure WHERE metric = 'communes_advanced'"
                          " AND as_of = '2024-01-17'"), ==, 60);
  g_assert_cmpint (count ("SELECT value FROM reported_figure WHERE metric = 'communes_model'"
                          " AND as_of = '2024-01-17'"), ==, 15);
  g_assert_cmpint (count ("SELECT value FROM reported_figure WHERE metric = 'communes_ntm'"
                          " AND year = 2025 AND as_of = '2025-06'"), ==, 169);
  g_assert_cmpint (count ("SELECT count(*) FROM reported_figure WHERE as_of IS NOT NULL"
                          " AND source NOT LIKE 'http%'"), ==, 0);
}

static void
test_figures_and_targets (void)
{
  g_assert_cmpint (count ("SELECT value FROM reported_figure WHERE year = 2023 AND metric = 'communes_model_new'"), ==, 8);
  g_assert_cmpint (count ("SELECT value FROM reported_figure WHERE year = 2023 AND metric = 'ocop_products'"), ==, 337);
  g_assert_cmpint (count ("SELECT value FROM reported_figure WHERE year = 2023 AND metric = 'funds_sponsorship'"), ==, 95539000000);
  g_assert_cmpint (count ("SELECT count(*) FROM target WHERE year = 2024"), ==, 11);
  g_assert_cmpint (count ("SELECT value FROM target WHERE year = 2024 AND metric = 'communes_advanced'"), ==, 20);
  g_assert_cmpint (count ("SELECT count(*) FROM target WHERE year = 2024 AND metric = 'district_advanced'"), ==, 4);
  g_assert_cmpint (count ("SELECT value FROM target WHERE year = 2024 AND metric = 'ocop_products'"), ==, 50);
}

static void
test_bad_unit_rows (void)
{
  static const char *bad[] = {
    "code,name,kind,parent_code,lat,lon\n90001,Xã Thử,hamlet,,18,105\n",         /* unknown kind */
    "code,name,kind,parent_code,lat,lon\n90002,Xã Thử,commune,77777,18,105\n",   /* no such parent */
    "code,name,kind,parent_code,lat,lon\n90003,,commune,,18,105\n",              /* no name */
    "code,name,kind\n90004,Xã Thử,commune\n",                                    /* columns missing */
    "code,name,kind,parent_code,lat,lon\n42,Tỉnh Hà Tĩnh,province,,18,105\n",    /* duplicate code */
  };
  gint64 before = count ("SELECT count(*) FROM unit");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (ntm_database_exec (db, "SAVEPOINT bad", NULL));
      g_assert_false (ntm_seed_load_units (db, bad[i], strlen (bad[i]), "bac-trung-bo", &error));
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_true (ntm_database_exec (db, "ROLLBACK TO bad; RELEASE bad", NULL));
    }

  g_assert_cmpint (count ("SELECT count(*) FROM unit"), ==, before);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  dir = ntm_test_make_temp_dir ();
  path = g_build_filename (dir, "seed.db", NULL);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/seed/units", test_units);
  g_test_add_func ("/seed/criteria-sets", test_criteria_sets);
  g_test_add_func ("/seed/thresholds", test_thresholds);
  g_test_add_func ("/seed/recognitions", test_recognitions);
  g_test_add_func ("/seed/reported-totals", test_reported_totals);
  g_test_add_func ("/seed/figures-and-targets", test_figures_and_targets);
  g_test_add_func ("/seed/bad-unit-rows", test_bad_unit_rows);

  ret = g_test_run ();

  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
