/* test-funds.c: mobilised funds, their totals, and targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "ntm-database-private.h"
#include "ntm-fund-private.h"
#include "ntm-fund.h"
#include "ntm-target.h"
#include "ntm-test-utils.h"

#define BILLION G_GINT64_CONSTANT (1000000000)

static char *dir;
static NtmDatabase *db;

static NtmFund *
make_fund (int year, const char *unit, NtmFundSource source, const char *sponsor,
           gint64 planned, gint64 actual)
{
  NtmFund *f = ntm_fund_new ();

  ntm_fund_set_year (f, year);
  ntm_fund_set_unit_code (f, unit);
  ntm_fund_set_source (f, source);
  ntm_fund_set_sponsor (f, sponsor);
  ntm_fund_set_planned (f, planned >= 0, planned);
  ntm_fund_set_actual (f, actual >= 0, actual);
  return f;
}

static void
save (NtmFund *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ntm_database_save_fund (db, f, &error));
  g_assert_no_error (error);
  g_object_unref (f);
}

static void
assert_sum (int year, const char *area, int source, gint64 planned, gint64 actual, guint n)
{
  g_autoptr(GError) error = NULL;
  NtmFundSum sum;

  g_assert_true (ntm_database_sum_funds (db, year, area, source, &sum, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sum.planned, ==, planned);
  g_assert_cmpint (sum.actual, ==, actual);
  g_assert_cmpuint (sum.n_records, ==, n);
}

static void
test_totals (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GArray) years = NULL;

  save (make_fund (2024, "42", NTM_FUND_SPONSORSHIP, "Tập đoàn Vingroup", 10 * BILLION, 12 * BILLION));
  save (make_fund (2024, "445", NTM_FUND_LOCAL_BUDGET, "", 5 * BILLION, 4 * BILLION));
  save (make_fund (2024, "18565", NTM_FUND_COMMUNITY, "", -1, 1500000000));
  save (make_fund (2023, "445", NTM_FUND_LOCAL_BUDGET, "", -1, 3 * BILLION));
  save (make_fund (2024, "18088", NTM_FUND_CREDIT, "", 2 * BILLION, -1));

  /* by year */
  assert_sum (2024, NULL, NTM_FUND_ANY_SOURCE, 17 * BILLION, 17500000000, 4);
  assert_sum (2023, NULL, NTM_FUND_ANY_SOURCE, 0, 3 * BILLION, 1);
  assert_sum (0, NULL, NTM_FUND_ANY_SOURCE, 17 * BILLION, 20500000000, 5);
  assert_sum (2024, "42", NTM_FUND_ANY_SOURCE, 17 * BILLION, 17500000000, 4);
  /* by district: its own records and its communes' */
  assert_sum (2024, "445", NTM_FUND_ANY_SOURCE, 5 * BILLION, 5500000000, 2);
  assert_sum (0, "445", NTM_FUND_ANY_SOURCE, 5 * BILLION, 8500000000, 3);
  assert_sum (2024, "436", NTM_FUND_ANY_SOURCE, 2 * BILLION, 0, 1);
  assert_sum (2024, "18565", NTM_FUND_ANY_SOURCE, 0, 1500000000, 1);
  assert_sum (2024, "447", NTM_FUND_ANY_SOURCE, 0, 0, 0);
  /* by source */
  assert_sum (2024, NULL, NTM_FUND_LOCAL_BUDGET, 5 * BILLION, 4 * BILLION, 1);
  assert_sum (2024, NULL, NTM_FUND_SPONSORSHIP, 10 * BILLION, 12 * BILLION, 1);
  assert_sum (2024, "445", NTM_FUND_SPONSORSHIP, 0, 0, 0);

  list = ntm_database_list_funds (db, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  {
    g_autoptr(NtmFund) first = g_list_model_get_item (list, 0);
    g_autoptr(NtmFund) commune = g_list_model_get_item (list, 1);
    gint64 amount;

    /* the province first, then by district */
    g_assert_cmpstr (ntm_fund_get_unit_code (first), ==, "42");
    g_assert_null (ntm_fund_get_district_code (first));
    g_assert_cmpstr (ntm_fund_get_sponsor (first), ==, "Tập đoàn Vingroup");
    g_assert_cmpstr (ntm_fund_get_unit_name (commune), ==, "Xã Thạch Trung");
    g_assert_cmpstr (ntm_fund_get_district_code (commune), ==, "436");
    g_assert_true (ntm_fund_get_planned (commune, &amount));
    g_assert_cmpint (amount, ==, 2 * BILLION);
    g_assert_false (ntm_fund_get_actual (commune, &amount));
    g_assert_true (ntm_fund_matches (first, "vingroup"));
    g_assert_true (ntm_fund_matches (commune, "thach trung"));
  }

  years = ntm_database_list_fund_years (db, &error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2023);
  g_assert_cmpint (g_array_index (years, int, 1), ==, 2024);
}

static void
test_bad_funds (void)
{
  struct { NtmFund *fund; const char *must_say; } cases[] = {
    { make_fund (1999, "42", NTM_FUND_CREDIT, "", 1, 1), "2000" },
    { make_fund (2024, "", NTM_FUND_CREDIT, "", 1, 1), "Choose" },
    { make_fund (2024, "42", NTM_FUND_CREDIT, "", -1, -1), "planned amount" },
    { make_fund (2024, "42", NTM_FUND_SPONSORSHIP, "  ", 1, 1), "sponsor" },
    { make_fund (2024, "77777", NTM_FUND_CREDIT, "", 1, 1), "no unit" },
  };
  int before = ntm_test_count (db, "SELECT count(*) FROM fund");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ntm_database_save_fund (db, cases[i].fund, &error));
      g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].must_say));
      g_assert_cmpint (ntm_fund_get_id (cases[i].fund), ==, 0);
      g_object_unref (cases[i].fund);
    }

  {
    g_autoptr(NtmFund) negative = make_fund (2024, "42", NTM_FUND_CREDIT, "", 1, 1);
    g_autoptr(GError) error = NULL;

    ntm_fund_set_planned (negative, TRUE, -5);
    g_assert_false (ntm_database_save_fund (db, negative, &error));
    g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "negative"));
  }
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM fund"), ==, before);
}

static void
test_targets (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = ntm_database_list_targets (db, 2024, &error);
  g_autoptr(NtmTarget) first = NULL;
  g_autoptr(NtmTarget) t = ntm_target_new ();
  g_autofree char *description = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 11);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (ntm_target_get_metric (first), ==, "communes_ntm");
  g_assert_cmpstr (ntm_target_get_scope_name (first), ==, "Tỉnh Hà Tĩnh");
  g_assert_cmpint (ntm_target_get_kind (first), ==, NTM_TARGET_PERCENT);

  ntm_target_set_year (t, 2025);
  ntm_target_set_metric (t, "communes_advanced");
  ntm_target_set_scope_code (t, "42");
  ntm_target_set_kind (t, NTM_TARGET_NEW);
  ntm_target_set_value (t, 15);
  g_assert_true (ntm_database_save_target (db, t, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_target_get_id (t), >, 0);
  description = ntm_target_dup_description (t);
  g_assert_cmpstr (description, ==, "Advanced NTM communes: 15 more in 2025");

  /* edit keeps one row */
  ntm_target_set_value (t, 18);
  g_assert_true (ntm_database_save_target (db, t, &error));
  {
    g_autoptr(GListModel) l2025 = ntm_database_list_targets (db, 2025, &error);
    g_autoptr(NtmTarget) again = NULL;
    guint n = g_list_model_get_n_items (l2025);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(NtmTarget) item = g_list_model_get_item (l2025, i);
        if (ntm_target_get_id (item) == ntm_target_get_id (t))
          again = g_object_ref (item);
      }
    g_assert_nonnull (again);
    g_assert_cmpfloat (ntm_target_get_value (again), ==, 18);
  }
  g_assert_true (ntm_database_delete_target (db, ntm_target_get_id (t), &error));
}

static void
test_bad_targets (void)
{
  int before = ntm_test_count (db, "SELECT count(*) FROM target");

  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(NtmTarget) t = ntm_target_new ();
      g_autoptr(GError) error = NULL;
      const char *must_say = NULL;

      ntm_target_set_year (t, 2024);
      ntm_target_set_metric (t, "ocop_products");
      ntm_target_set_scope_code (t, "445");
      ntm_target_set_kind (t, NTM_TARGET_NEW);
      ntm_target_set_value (t, 10);
      switch (i)
        {
        case 0: ntm_target_set_year (t, 1990); must_say = "2000"; break;
        case 1: ntm_target_set_metric (t, "happiness"); must_say = "measures"; break;
        case 2: ntm_target_set_scope_code (t, ""); must_say = "district"; break;
        case 3: ntm_target_set_value (t, -1); must_say = "negative"; break;
        case 4: ntm_target_set_kind (t, NTM_TARGET_PERCENT); ntm_target_set_value (t, 120); must_say = "100"; break;
        case 5: ntm_target_set_scope_code (t, "18088"); must_say = "neither"; break;
        case 6: ntm_target_set_metric (t, "communes_advanced"); ntm_target_set_scope_code (t, "42");
          must_say = "already"; break;   /* the seeded 2024 target */
        default: g_assert_not_reached ();
        }
      g_assert_false (ntm_database_save_target (db, t, &error));
      g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, must_say));
    }
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM target"), ==, before);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = ntm_test_make_temp_dir ();
  path = g_build_filename (dir, "funds.db", NULL);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/funds/totals", test_totals);
  g_test_add_func ("/funds/bad-input", test_bad_funds);
  g_test_add_func ("/targets/edit", test_targets);
  g_test_add_func ("/targets/bad-input", test_bad_targets);

  status = g_test_run ();
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
