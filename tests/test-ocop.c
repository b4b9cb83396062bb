/* test-ocop.c: OCOP stars, expiry and the product registry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "ntm-database-private.h"
#include "ntm-format.h"
#include "ntm-ocop-product-private.h"
#include "ntm-ocop-product.h"
#include "ntm-test-utils.h"

static char *dir;
static NtmDatabase *db;

static GDate *
make_date (int y, int m, int d)
{
  return g_date_new_dmy (d, m, y);
}

static NtmOcopProduct *
make_product (void)
{
  NtmOcopProduct *p = ntm_ocop_product_new ();

  ntm_ocop_product_set_name (p, "Kẹo cu đơ Thanh Hà");
  ntm_ocop_product_set_group (p, NTM_OCOP_GROUP_FOOD);
  ntm_ocop_product_set_producer (p, "HTX Kẹo cu đơ, \"Thanh Hà\"");
  ntm_ocop_product_set_producer_type (p, NTM_PRODUCER_COOPERATIVE);
  ntm_ocop_product_set_commune_code (p, "18088");
  ntm_ocop_product_set_score (p, 72);
  ntm_ocop_product_set_decision_number (p, "1234/QĐ-UBND");
  ntm_ocop_product_set_decision_date (p, "2023-06-15");
  ntm_ocop_product_set_export_markets (p, "Hàn Quốc, Nhật Bản");
  return p;
}

static void
test_stars (void)
{
  const struct { double score; int stars; } cases[] = {
    { -1, 0 }, { 0, 0 }, { 49, 0 }, { 49.9, 0 }, { 50, 3 }, { 69, 3 }, { 69.5, 3 }, { 69.9, 3 },
    { 70.0, 4 }, { 89, 4 }, { 89.9, 4 }, { 90, 5 }, { 100, 5 }, { 100.1, 0 }, { 101, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("score %.1f", cases[i].score);
      g_assert_cmpint (ntm_ocop_stars_for_score (cases[i].score), ==, cases[i].stars);
    }

  /* scores are averages, kept to one decimal */
  g_assert_true (ntm_ocop_score_is_valid (69.5));
  g_assert_true (ntm_ocop_score_is_valid (70));
  g_assert_false (ntm_ocop_score_is_valid (69.55));
  g_assert_false (ntm_ocop_score_is_valid (49.5));
  g_assert_false (ntm_ocop_score_is_valid (100.5));
}

/* 69.5 is stored as 69.5 and earns 3 stars; 70.0 earns 4; 69.55 is refused. */
static void
test_decimal_score (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmOcopProduct) p = ntm_ocop_product_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(NtmOcopProduct) read = NULL;
  gint64 before = ntm_test_count (db, "SELECT count(*) FROM ocop_product");

  ntm_ocop_product_set_name (p, "Nước mắm Cửa Sót");
  ntm_ocop_product_set_producer (p, "HTX Thạch Kim");
  ntm_ocop_product_set_commune_code (p, "18580");
  ntm_ocop_product_set_decision_date (p, "2024-03-01");
  ntm_ocop_product_set_score (p, 69.55);
  g_assert_false (ntm_database_save_ocop_product (db, p, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "one decimal"));
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM ocop_product"), ==, before);

  ntm_ocop_product_set_score (p, 69.5);
  g_assert_cmpint (ntm_ocop_product_get_stars (p), ==, 3);
  g_assert_true (ntm_database_save_ocop_product (db, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM ocop_product WHERE score = 69.5"), ==, 1);

  list = ntm_database_list_ocop_products (db, &error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(NtmOcopProduct) item = g_list_model_get_item (list, i);
      if (ntm_ocop_product_get_id (item) == ntm_ocop_product_get_id (p))
        read = g_object_ref (item);
    }
  g_assert_nonnull (read);
  g_assert_cmpfloat (ntm_ocop_product_get_score (read), ==, 69.5);
  g_assert_cmpint (ntm_ocop_product_get_stars (read), ==, 3);

  ntm_ocop_product_set_score (p, 70.0);
  g_assert_true (ntm_database_save_ocop_product (db, p, &error));
  g_assert_cmpint (ntm_ocop_product_get_stars (p), ==, 4);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM ocop_product WHERE score = 70"), ==, 1);
}

static void
assert_expiry (const char *decided, const char *expires)
{
  GDate expiry;
  g_autofree char *iso = NULL;

  g_assert_true (ntm_ocop_compute_expiry (decided, &expiry));
  iso = ntm_date_to_iso (&expiry);
  g_assert_cmpstr (iso, ==, expires);
}

static void
test_expiry (void)
{
  GDate expiry;

  assert_expiry ("2021-03-15", "2024-03-15");     /* exactly 36 months */
  assert_expiry ("2023-01-31", "2026-01-31");
  assert_expiry ("2024-02-29", "2027-02-28");     /* leap day → end of February */
  assert_expiry ("2020-02-29", "2023-02-28");
  assert_expiry ("2021-02-28", "2024-02-28");     /* into a leap year: still the 28th */
  assert_expiry ("2021-12-31", "2024-12-31");
  g_assert_false (ntm_ocop_compute_expiry ("2023-02-29", &expiry));
  g_assert_false (ntm_ocop_compute_expiry ("15/03/2021", &expiry));
  g_assert_false (ntm_ocop_compute_expiry ("", &expiry));
}

static void
test_validity (void)
{
  const struct { int y, m, d; NtmOcopValidity expected; } cases[] = {
    { 2023, 12, 15, NTM_OCOP_VALID },      /* 91 days before expiry */
    { 2023, 12, 16, NTM_OCOP_EXPIRING },   /* 90 days (across 29 February 2024) */
    { 2024, 3, 14, NTM_OCOP_EXPIRING },    /* the last valid day */
    { 2024, 3, 15, NTM_OCOP_EXPIRED },     /* exactly 36 months: expired */
    { 2025, 1, 1, NTM_OCOP_EXPIRED },
    { 2021, 3, 15, NTM_OCOP_VALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) today = make_date (cases[i].y, cases[i].m, cases[i].d);
      g_assert_cmpint (ntm_ocop_validity_on ("2021-03-15", today), ==, cases[i].expected);
    }
  g_assert_cmpint (ntm_ocop_validity_on ("not a date", NULL), ==, NTM_OCOP_NO_DATE);

  /* a leap-day decision: expires 28 February 2027 */
  {
    g_autoptr(GDate) before = make_date (2027, 2, 27);
    g_autoptr(GDate) on = make_date (2027, 2, 28);
    g_assert_cmpint (ntm_ocop_validity_on ("2024-02-29", before), ==, NTM_OCOP_EXPIRING);
    g_assert_cmpint (ntm_ocop_validity_on ("2024-02-29", on), ==, NTM_OCOP_EXPIRED);
  }
}

static void
on_changed_cb (NtmDatabase *database, NtmArea areas, gpointer user_data)
{
  if (areas & NTM_AREA_OCOP)
    (*(int *) user_data)++;
}

static void
test_save_and_list (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmOcopProduct) p = make_product ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(NtmOcopProduct) read = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autofree char *expiry = NULL;
  int before = ntm_test_count (db, "SELECT count(*) FROM ocop_product");
  int changes = 0;
  gulong id;

  id = g_signal_connect (db, "changed", G_CALLBACK (on_changed_cb), &changes);
  g_assert_true (ntm_database_save_ocop_product (db, p, &error));
  g_assert_no_error (error);
  g_signal_handler_disconnect (db, id);
  g_assert_cmpint (changes, ==, 1);
  g_assert_cmpint (ntm_ocop_product_get_id (p), >, 0);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM ocop_product"), ==, before + 1);

  list = ntm_database_list_ocop_products (db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(NtmOcopProduct) item = g_list_model_get_item (list, i);
      if (ntm_ocop_product_get_id (item) == ntm_ocop_product_get_id (p))
        read = g_object_ref (item);
    }
  g_assert_nonnull (read);
  g_assert_cmpstr (ntm_ocop_product_get_name (read), ==, "Kẹo cu đơ Thanh Hà");
  g_assert_cmpstr (ntm_ocop_product_get_commune_name (read), ==, "Xã Thạch Trung");
  g_assert_cmpstr (ntm_ocop_product_get_district_name (read), ==, "Thành phố Hà Tĩnh");
  g_assert_cmpint (ntm_ocop_product_get_stars (read), ==, 4);
  expiry = ntm_ocop_product_dup_expiry_date (read);
  g_assert_cmpstr (expiry, ==, "2026-06-15");
  g_assert_true (ntm_ocop_product_matches (read, "keo cu do"));
  g_assert_true (ntm_ocop_product_matches (read, "thach trung"));
  g_assert_true (ntm_ocop_product_matches (read, "nhat ban"));
  g_assert_false (ntm_ocop_product_matches (read, "nước mắm"));

  /* counts per commune, for the map's side panel */
  {
    g_autoptr(GDate) mid_2024 = make_date (2024, 6, 30);
    g_autoptr(GDate) early_2023 = make_date (2023, 1, 1);
    g_autoptr(GDate) late_2026 = make_date (2026, 6, 15);

    g_assert_cmpuint (ntm_database_count_ocop_products (db, "18088", NULL, &error), ==, 1);
    g_assert_cmpuint (ntm_database_count_ocop_products (db, "18088", mid_2024, &error), ==, 1);
    g_assert_cmpuint (ntm_database_count_ocop_products (db, "18088", early_2023, &error), ==, 0);
    g_assert_cmpuint (ntm_database_count_ocop_products (db, "18088", late_2026, &error), ==, 0);
    g_assert_cmpuint (ntm_database_count_ocop_products (db, "18100", NULL, &error), ==, 0);
    g_assert_no_error (error);
    counts = ntm_database_count_ocop_by_commune (db, NULL, &error);
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "18088")), ==, 1);
  }

  /* edit, then delete */
  ntm_ocop_product_set_score (read, 91);
  g_assert_true (ntm_database_save_ocop_product (db, read, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM ocop_product"), ==, before + 1);
  g_assert_true (ntm_database_delete_ocop_product (db, ntm_ocop_product_get_id (read), &error));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM ocop_product"), ==, before);
}

static void
test_bad_input (void)
{
  struct {
    const char *what;
    void (*spoil) (NtmOcopProduct *p);
    const char *must_say;
  } cases[] = {
    { "no name", NULL, "name" },
    { "no producer", NULL, "producer" },
    { "no commune", NULL, "commune" },
    { "score 49", NULL, "below 50" },
    { "score 101", NULL, "out of 100" },
    { "no date", NULL, "decision" },
    { "bad date", NULL, "YYYY-MM-DD" },
    { "future date", NULL, "future" },
    { "unknown commune", NULL, "no commune" },
    { "a district", NULL, "not a commune" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(NtmOcopProduct) p = make_product ();
      g_autoptr(GError) error = NULL;
      int before = ntm_test_count (db, "SELECT count(*) FROM ocop_product");

      switch (i)
        {
        case 0: ntm_ocop_product_set_name (p, "   "); break;
        case 1: ntm_ocop_product_set_producer (p, ""); break;
        case 2: ntm_ocop_product_set_commune_code (p, ""); break;
        case 3: ntm_ocop_product_set_score (p, 49); break;
        case 4: ntm_ocop_product_set_score (p, 101); break;
        case 5: ntm_ocop_product_set_decision_date (p, ""); break;
        case 6: ntm_ocop_product_set_decision_date (p, "2023-02-30"); break;
        case 7: ntm_ocop_product_set_decision_date (p, "2999-01-01"); break;
        case 8: ntm_ocop_product_set_commune_code (p, "99999"); break;
        case 9: ntm_ocop_product_set_commune_code (p, "440"); break;
        default: g_assert_not_reached ();
        }

      g_test_message ("case: %s", cases[i].what);
      g_assert_false (ntm_database_save_ocop_product (db, p, &error));
      g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].must_say));
      g_assert_cmpint (ntm_ocop_product_get_id (p), ==, 0);
      g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM ocop_product"), ==, before);
    }
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = ntm_test_make_temp_dir ();
  path = g_build_filename (dir, "ocop.db", NULL);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ocop/decimal-score", test_decimal_score);
  g_test_add_func ("/ocop/stars", test_stars);
  g_test_add_func ("/ocop/expiry", test_expiry);
  g_test_add_func ("/ocop/validity", test_validity);
  g_test_add_func ("/ocop/save-and-list", test_save_and_list);
  g_test_add_func ("/ocop/bad-input", test_bad_input);

  status = g_test_run ();
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
