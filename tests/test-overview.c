/* test-overview.c: progress against targets, from records and from reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "ntm-commune-water.h"
#include "ntm-database-private.h"
#include "ntm-ocop-product.h"
#include "ntm-overview.h"
#include "ntm-target.h"
#include "ntm-test-utils.h"

static char *dir;
static NtmDatabase *db;

static void
exec_sql (const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (ntm_database_get_handle (db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static const NtmTargetProgress *
find_progress (NtmOverview *overview, const char *metric, const char *scope)
{
  for (guint i = 0; i < ntm_overview_get_n_targets (overview); i++)
    {
      const NtmTargetProgress *p = ntm_overview_get_progress (overview, i);

      if (g_str_equal (ntm_target_get_metric (p->target), metric) &&
          g_str_equal (ntm_target_get_scope_code (p->target), scope))
        return p;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
add_target (int year, const char *metric, NtmTargetKind kind, double value)
{
  g_autoptr(NtmTarget) t = ntm_target_new ();
  g_autoptr(GError) error = NULL;

  ntm_target_set_year (t, year);
  ntm_target_set_metric (t, metric);
  ntm_target_set_scope_code (t, "42");
  ntm_target_set_kind (t, kind);
  ntm_target_set_value (t, value);
  g_assert_true (ntm_database_save_target (db, t, &error));
  g_assert_no_error (error);
}

static void
add_product (const char *name, const char *commune, int score, const char *date)
{
  g_autoptr(NtmOcopProduct) p = ntm_ocop_product_new ();
  g_autoptr(GError) error = NULL;

  ntm_ocop_product_set_name (p, name);
  ntm_ocop_product_set_producer (p, "HTX");
  ntm_ocop_product_set_commune_code (p, commune);
  ntm_ocop_product_set_score (p, score);
  ntm_ocop_product_set_decision_date (p, date);
  g_assert_true (ntm_database_save_ocop_product (db, p, &error));
  g_assert_no_error (error);
}

/* The seeded 2024 targets against the seeded records. */
static void
test_seeded_2024 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmOverview) o = ntm_overview_new (db, 2024, &error);
  const NtmTargetProgress *p;
  const NtmHeadline *h;

  g_assert_no_error (error);
  g_assert_cmpuint (ntm_overview_get_n_targets (o), ==, 11);

  /* every commune is on record as NTM (from the 2023 report) */
  p = find_progress (o, "communes_ntm", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpuint (p->numerator, ==, 182);
  g_assert_cmpuint (p->denominator, ==, 182);
  g_assert_cmpfloat_with_epsilon (p->achieved, 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (p->fraction, 1.0, 1e-9);
  g_assert_true (p->met);

  /* the 8 districts with a sourced decision in force, of 13 */
  p = find_progress (o, "districts_ntm", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpuint (p->numerator, ==, 8);
  g_assert_cmpuint (p->denominator, ==, 13);
  g_assert_cmpfloat_with_epsilon (p->achieved, 800.0 / 13, 1e-9);
  g_assert_false (p->met);

  /* new advanced communes in 2024: the 5 of decision 1763/QĐ-UBND (đợt
   * 1/2024) on record, of the 20 aimed at */
  p = find_progress (o, "communes_advanced", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (p->achieved, ==, 5);
  g_assert_cmpfloat_with_epsilon (p->fraction, 5.0 / 20, 1e-9);
  g_assert_false (p->met);
  g_assert_false (p->has_reported);

  p = find_progress (o, "district_advanced", "445");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_NO_DATA);
  p = find_progress (o, "ocop_products", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_NO_DATA);

  h = ntm_overview_get_headline (o);
  g_assert_cmpuint (h->communes, ==, 182);
  /* by the highest level in force: NTM, advanced, model */
  g_assert_cmpint (h->commune_levels[1], ==, NTM_LEVEL_NTM);
  g_assert_cmpint (h->commune_levels[3], ==, NTM_LEVEL_MODEL);
  g_assert_cmpuint (h->communes_by_level[0], ==, 0);
  g_assert_cmpuint (h->communes_by_level[1], ==, 125);
  g_assert_cmpuint (h->communes_by_level[2], ==, 45);
  g_assert_cmpuint (h->communes_by_level[3], ==, 12);
  g_assert_cmpuint (h->urban, ==, 34);
  g_assert_cmpuint (h->townships, ==, 13);
  g_assert_cmpuint (h->urban_civilised, ==, 0);
  g_assert_cmpuint (h->districts, ==, 13);
  g_assert_cmpuint (h->districts_ntm, ==, 8);

  /* the records beside the totals reported on 17/01/2024, counted that day */
  g_assert_cmpuint (h->n_level_counts, ==, 4);
  g_assert_cmpint (h->level_counts[0].metric->level, ==, NTM_LEVEL_NTM);
  g_assert_true (h->level_counts[0].has_reported);
  g_assert_cmpfloat (h->level_counts[0].reported, ==, 181);
  g_assert_cmpstr (h->level_counts[0].counted_on, ==, "2024-01-17");
  g_assert_cmpuint (h->level_counts[0].on_record, ==, 182);
  g_assert_cmpint (h->level_counts[1].metric->level, ==, NTM_LEVEL_ADVANCED);
  g_assert_cmpfloat (h->level_counts[1].reported, ==, 60);
  /* 49 with an advanced decision, and 3 model communes whose advanced
   * decision is not on record: advanced or above */
  g_assert_cmpuint (h->level_counts[1].on_record, ==, 52);
  g_assert_cmpint (h->level_counts[2].metric->level, ==, NTM_LEVEL_MODEL);
  g_assert_cmpfloat (h->level_counts[2].reported, ==, 15);
  g_assert_cmpuint (h->level_counts[2].on_record, ==, 10);
  g_assert_cmpint (h->level_counts[3].metric->level, ==, NTM_LEVEL_DISTRICT_NTM);
  g_assert_cmpfloat (h->level_counts[3].reported, ==, 9);
  g_assert_cmpstr (h->level_counts[3].counted_on, ==, "2022-12-31");
  g_assert_cmpint (h->water_source, ==, NTM_FIGURE_REPORTED);
  g_assert_cmpfloat (h->water_households, ==, 81462);
  g_assert_cmpfloat (h->rural_households, ==, 293534);
  g_assert_cmpuint (ntm_overview_get_n_districts (o), ==, 13);
  g_assert_cmpstr (ntm_overview_get_district (o, 0)->name, ==, "Thành phố Hà Tĩnh");
}

/* From July 2025 the urban units are wards: no township is left. */
static void
test_wards_2026 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmOverview) o = ntm_overview_new (db, 2026, &error);
  const NtmHeadline *h;

  g_assert_no_error (error);
  h = ntm_overview_get_headline (o);
  g_assert_cmpuint (h->urban, ==, 9);
  g_assert_cmpuint (h->townships, ==, 0);
  g_assert_cmpuint (h->districts, ==, 0);
}

/* 2023 has reported figures: they stand in where records are missing. */
static void
test_reported_2023 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmOverview) o = NULL;
  const NtmTargetProgress *p;
  const NtmHeadline *h;
  double value;

  add_target (2023, "communes_advanced", NTM_TARGET_NEW, 10);
  add_target (2023, "ocop_products", NTM_TARGET_TOTAL, 300);
  add_target (2023, "communes_model", NTM_TARGET_NEW, 10);

  o = ntm_overview_new (db, 2023, &error);
  g_assert_no_error (error);

  p = find_progress (o, "communes_advanced", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_REPORTED);
  g_assert_cmpfloat (p->achieved, ==, 10);
  g_assert_true (p->met);
  g_assert_nonnull (strstr (p->reported_source, "21/02/2024"));

  p = find_progress (o, "ocop_products", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_REPORTED);
  g_assert_cmpfloat (p->achieved, ==, 337);
  g_assert_true (p->met);

  p = find_progress (o, "communes_model", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_REPORTED);
  g_assert_cmpfloat (p->achieved, ==, 8);
  g_assert_cmpfloat_with_epsilon (p->fraction, 0.8, 1e-9);
  g_assert_false (p->met);

  h = ntm_overview_get_headline (o);
  g_assert_cmpint (h->sponsorship_source, ==, NTM_FIGURE_REPORTED);
  g_assert_cmpint (h->sponsorship_reported, ==, G_GINT64_CONSTANT (95539000000));
  /* the 12 figures of the 2023 conference and the totals of 17/01/2024 */
  g_assert_cmpuint (ntm_overview_get_n_reported (o), ==, 15);
  g_assert_true (ntm_overview_lookup_reported (o, "ocop_exported", NULL, &value, NULL));
  g_assert_cmpfloat (value, ==, 6);

  /* new in 2023 on record: the 16 merged communes recognised again by
   * decision 3368/QĐ-UBND of 20/12/2023; the statuses known only from the
   * 2023 report are not "new in 2023" (else all 182 would be) */
  g_assert_cmpint (ntm_overview_compute_metric (o, "communes_ntm", NTM_TARGET_NEW, NULL, &value, NULL, NULL),
                   ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (value, ==, 16);
}

/* Once decisions are entered, the records win over the report. */
static void
test_records_win (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmOverview) o = NULL;
  const NtmTargetProgress *p;
  double value, total_before;
  guint num, den, num_before, by_level_before[NTM_OVERVIEW_N_COMMUNE_LEVELS];

  o = ntm_overview_new (db, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_overview_compute_metric (o, "communes_advanced", NTM_TARGET_TOTAL, NULL, &total_before, NULL, NULL),
                   ==, NTM_FIGURE_RECORDS);
  g_assert_cmpint (ntm_overview_compute_metric (o, "communes_advanced", NTM_TARGET_PERCENT, "440", &value, &num_before, &den),
                   ==, NTM_FIGURE_RECORDS);
  memcpy (by_level_before, ntm_overview_get_headline (o)->communes_by_level, sizeof by_level_before);
  g_clear_object (&o);

  /* Tùng Châu and Trường Sơn (Đức Thọ) in 2023, Thuận Lộc (Hồng Lĩnh) in
   * 2024: none of them advanced before */
  exec_sql ("INSERT INTO recognition (unit_code, level, decision_number, decision_date, year)"
            " VALUES ('18241', 'advanced', '101/QĐ-UBND', '2023-05-10', 2023),"
            "        ('18244', 'advanced', '101/QĐ-UBND', '2023-05-10', 2023),"
            "        ('18130', 'advanced', '205/QĐ-UBND', '2024-04-02', 2024)");

  o = ntm_overview_new (db, 2023, &error);
  g_assert_no_error (error);
  p = find_progress (o, "communes_advanced", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (p->achieved, ==, 2);
  g_assert_true (p->has_reported);
  g_assert_cmpfloat (p->reported, ==, 10);
  g_assert_false (p->met);
  g_assert_cmpfloat_with_epsilon (p->fraction, 0.2, 1e-9);
  g_clear_object (&o);

  o = ntm_overview_new (db, 2024, &error);
  p = find_progress (o, "communes_advanced", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (p->achieved, ==, 6);    /* Thuận Lộc and the 5 of đợt 1/2024 */
  g_assert_cmpfloat_with_epsilon (p->fraction, 6.0 / 20, 1e-9);

  /* totals and district scopes */
  g_assert_cmpint (ntm_overview_compute_metric (o, "communes_advanced", NTM_TARGET_TOTAL, NULL, &value, &num, &den),
                   ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (value, ==, total_before + 3);
  g_assert_cmpint (ntm_overview_compute_metric (o, "communes_advanced", NTM_TARGET_PERCENT, "440", &value, &num, &den),
                   ==, NTM_FIGURE_RECORDS);
  g_assert_cmpuint (num, ==, num_before + 2);
  g_assert_cmpuint (den, ==, 15);
  g_assert_cmpfloat_with_epsilon (value, 100.0 * num / 15, 1e-9);
  g_assert_cmpint (ntm_overview_compute_metric (o, "communes_ntm", NTM_TARGET_TOTAL, "445", &value, &num, &den),
                   ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (value, ==, 21);
  /* levels stack: an advanced commune is also counted as NTM */
  g_assert_cmpuint (ntm_overview_get_headline (o)->communes_by_level[2], ==, by_level_before[2] + 3);
  g_assert_cmpuint (ntm_overview_get_headline (o)->communes_by_level[1], ==, by_level_before[1] - 3);
}

static void
test_ocop_progress (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmOverview) o = NULL;
  const NtmTargetProgress *p;
  const NtmHeadline *h;
  double value;

  add_product ("Cam bù Hương Sơn", "18565", 55, "2024-03-01");
  add_product ("Nhung hươu", "18571", 75, "2024-05-20");
  add_product ("Nước mắm Lộc Hà", "18088", 92, "2024-11-30");
  add_product ("Mật ong", "18088", 60, "2020-05-01");   /* expired 2023-05-01 */
  add_product ("Chè xanh", "18088", 80, "2025-01-05");  /* after 2024 */

  o = ntm_overview_new (db, 2024, &error);
  g_assert_no_error (error);

  p = find_progress (o, "ocop_products", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (p->achieved, ==, 3);
  g_assert_cmpfloat_with_epsilon (p->fraction, 3.0 / 50, 1e-9);
  p = find_progress (o, "ocop_4star_plus", "42");
  g_assert_cmpfloat (p->achieved, ==, 2);

  /* valid at the end of 2024: the three of 2024; the 2020 one expired */
  g_assert_cmpint (ntm_overview_compute_metric (o, "ocop_products", NTM_TARGET_TOTAL, NULL, &value, NULL, NULL),
                   ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (value, ==, 3);
  g_assert_cmpint (ntm_overview_compute_metric (o, "ocop_products", NTM_TARGET_TOTAL, "445", &value, NULL, NULL),
                   ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (value, ==, 2);

  h = ntm_overview_get_headline (o);
  g_assert_cmpuint (h->ocop_valid, ==, 3);
  g_assert_cmpuint (h->ocop_new, ==, 3);
  g_assert_cmpuint (h->ocop_by_stars[3], ==, 1);
  g_assert_cmpuint (h->ocop_by_stars[4], ==, 1);
  g_assert_cmpuint (h->ocop_by_stars[5], ==, 1);
  g_assert_cmpuint (ntm_overview_get_n_ocop_years (o), ==, 2);
  g_assert_cmpint (ntm_overview_get_ocop_year (o, 0)->year, ==, 2020);
  g_assert_cmpuint (ntm_overview_get_ocop_year (o, 1)->by_stars[2], ==, 1);
  g_assert_cmpuint (ntm_overview_get_district (o, 0)->ocop_valid, ==, 1);  /* Thành phố Hà Tĩnh */
  g_clear_object (&o);

  /* 2023: a product is on record (2020), so the records speak: 0 valid at the
   * end of 2023, whatever the report said */
  o = ntm_overview_new (db, 2023, &error);
  p = find_progress (o, "ocop_products", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (p->achieved, ==, 0);
  g_assert_true (p->has_reported);
  g_assert_cmpfloat (p->reported, ==, 337);
}

/* Clean water: the communes' household figures where entered for the year,
 * the reported figures otherwise, and never a ward's figures. */
static void
test_water (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmOverview) before = NULL;
  g_autoptr(NtmOverview) after = NULL;
  g_autoptr(NtmOverview) other_year = NULL;
  const NtmTargetProgress *p;
  const NtmHeadline *h;
  double value;
  guint num, den;

  add_target (2024, "rural_residents_clean_water", NTM_TARGET_PERCENT, 72);
  add_target (2024, "households_clean_water", NTM_TARGET_TOTAL, 1000);
  {
    g_autoptr(NtmTarget) t = ntm_target_new ();

    ntm_target_set_year (t, 2024);
    ntm_target_set_metric (t, "households_clean_water");
    ntm_target_set_scope_code (t, "439");
    ntm_target_set_kind (t, NTM_TARGET_PERCENT);
    ntm_target_set_value (t, 50);
    g_assert_true (ntm_database_save_target (db, t, &error));
    g_assert_no_error (error);
  }
  exec_sql ("INSERT INTO reported_figure (year, metric, scope_code, value, source)"
            " VALUES (2024, 'rural_residents_clean_water_percent', '42', 61.5, 'Báo cáo thử')");

  /* no records: the reported figures, marked as reported */
  before = ntm_overview_new (db, 2024, &error);
  g_assert_no_error (error);
  p = find_progress (before, "rural_residents_clean_water", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_REPORTED);
  g_assert_cmpfloat (p->achieved, ==, 61.5);
  g_assert_false (p->met);
  p = find_progress (before, "households_clean_water", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_NO_DATA);
  h = ntm_overview_get_headline (before);
  g_assert_cmpint (h->water_source, ==, NTM_FIGURE_REPORTED);
  g_assert_cmpfloat (h->water_households, ==, 81462);
  g_assert_cmpuint (h->water_communes, ==, 0);

  /* two communes of Hương Sơn, one of Thạch Hà, a ward (not rural) and
   * a commune in another year */
  g_assert_true (ntm_database_set_commune_water (db, "18139", 2024, 1000, 900, 600, "", &error));
  g_assert_true (ntm_database_set_commune_water (db, "18142", 2024, 500, 500, 400, "", &error));
  g_assert_true (ntm_database_set_commune_water (db, "18145", 2023, 700, 700, 700, "", &error));
  g_assert_true (ntm_database_set_commune_water (db, "18070", 2024, 9000, 9000, 9000, "", &error));
  exec_sql ("INSERT INTO commune_water (unit_code, year, households_total, households_hygienic, households_clean)"
            " SELECT code, 2024, 1500, 1200, 300 FROM unit WHERE parent_code = '445' AND kind = 'commune'"
            " ORDER BY code LIMIT 1");
  g_assert_no_error (error);

  after = ntm_overview_new (db, 2024, &error);
  g_assert_no_error (error);
  /* (600 + 400 + 300) of (1000 + 500 + 1500) households */
  p = find_progress (after, "rural_residents_clean_water", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpuint (p->numerator, ==, 1300);
  g_assert_cmpuint (p->denominator, ==, 3000);
  g_assert_cmpfloat_with_epsilon (p->achieved, 100.0 * 1300 / 3000, 1e-9);
  g_assert_false (p->met);
  g_assert_true (p->has_reported);
  g_assert_cmpfloat (p->reported, ==, 61.5);

  p = find_progress (after, "households_clean_water", "42");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (p->achieved, ==, 1300);
  g_assert_true (p->met);

  /* a district's target counts its own communes only: 1000 of 1500 */
  p = find_progress (after, "households_clean_water", "439");
  g_assert_cmpint (p->source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat_with_epsilon (p->achieved, 100.0 * 1000 / 1500, 1e-9);
  g_assert_true (p->met);

  /* a district with no records has no data, the reported figure is the province's */
  g_assert_cmpint (ntm_overview_compute_metric (after, "rural_residents_clean_water", NTM_TARGET_PERCENT, "437",
                                                &value, &num, &den), ==, NTM_FIGURE_NO_DATA);
  /* residents are not counted, only their share */
  g_assert_cmpint (ntm_overview_compute_metric (after, "rural_residents_clean_water", NTM_TARGET_TOTAL, NULL,
                                                &value, NULL, NULL), ==, NTM_FIGURE_NO_DATA);

  h = ntm_overview_get_headline (after);
  g_assert_cmpint (h->water_source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (h->water_households, ==, 1300);
  g_assert_cmpfloat (h->rural_households, ==, 3000);
  g_assert_cmpuint (h->water_communes, ==, 3);

  /* 2023 has one commune's figures */
  other_year = ntm_overview_new (db, 2023, &error);
  g_assert_no_error (error);
  h = ntm_overview_get_headline (other_year);
  g_assert_cmpint (h->water_source, ==, NTM_FIGURE_RECORDS);
  g_assert_cmpfloat (h->water_households, ==, 700);
  g_assert_cmpuint (h->water_communes, ==, 1);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = ntm_test_make_temp_dir ();
  path = g_build_filename (dir, "overview.db", NULL);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);

  /* in order: each builds on the records the previous one added */
  g_test_add_func ("/overview/seeded-2024", test_seeded_2024);
  g_test_add_func ("/overview/reported-2023", test_reported_2023);
  g_test_add_func ("/overview/wards-2026", test_wards_2026);
  g_test_add_func ("/overview/records-win", test_records_win);
  g_test_add_func ("/overview/ocop", test_ocop_progress);
  g_test_add_func ("/overview/water", test_water);

  status = g_test_run ();
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
