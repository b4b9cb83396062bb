/* test-records.c: the registers kept by id (funds, targets, OCOP products)
 * store and delete a record alike: a new record takes its id, the area's
 * "changed" signal follows the commit, a record deleted meanwhile is not
 * found again (nothing written, its id kept), and a store the database
 * refuses leaves a new record without an id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "ntm-database-private.h"
#include "ntm-fund.h"
#include "ntm-ocop-product.h"
#include "ntm-target.h"
#include "ntm-test-utils.h"

static char *dir;
static NtmDatabase *db;

typedef struct {
  const char *area;
  NtmArea     flag;
  const char *table;
  GObject  *(*make)   (void);
  gboolean  (*save)   (GObject *record, GError **error);
  gboolean  (*remove) (gint64 id, GError **error);
  gint64    (*get_id) (GObject *record);
} Register;

static GObject *
make_fund (void)
{
  NtmFund *f = ntm_fund_new ();

  ntm_fund_set_year (f, 2024);
  ntm_fund_set_unit_code (f, "18088");
  ntm_fund_set_source (f, NTM_FUND_LOCAL_BUDGET);
  ntm_fund_set_planned (f, TRUE, 1500000000);
  return G_OBJECT (f);
}

static gboolean save_fund (GObject *r, GError **e) { return ntm_database_save_fund (db, NTM_FUND (r), e); }
static gboolean delete_fund (gint64 id, GError **e) { return ntm_database_delete_fund (db, id, e); }
static gint64 fund_id (GObject *r) { return ntm_fund_get_id (NTM_FUND (r)); }

static GObject *
make_target (void)
{
  NtmTarget *t = ntm_target_new ();

  ntm_target_set_year (t, 2025);
  ntm_target_set_metric (t, "communes_advanced");
  ntm_target_set_scope_code (t, "42");
  ntm_target_set_kind (t, NTM_TARGET_NEW);
  ntm_target_set_value (t, 15);
  return G_OBJECT (t);
}

static gboolean save_target (GObject *r, GError **e) { return ntm_database_save_target (db, NTM_TARGET (r), e); }
static gboolean delete_target (gint64 id, GError **e) { return ntm_database_delete_target (db, id, e); }
static gint64 target_id (GObject *r) { return ntm_target_get_id (NTM_TARGET (r)); }

static GObject *
make_product (void)
{
  NtmOcopProduct *p = ntm_ocop_product_new ();

  ntm_ocop_product_set_name (p, "Kẹo cu đơ Thanh Hà");
  ntm_ocop_product_set_group (p, NTM_OCOP_GROUP_FOOD);
  ntm_ocop_product_set_producer (p, "HTX Kẹo cu đơ Thanh Hà");
  ntm_ocop_product_set_producer_type (p, NTM_PRODUCER_COOPERATIVE);
  ntm_ocop_product_set_commune_code (p, "18088");
  ntm_ocop_product_set_score (p, 72);
  ntm_ocop_product_set_decision_number (p, "1234/QĐ-UBND");
  ntm_ocop_product_set_decision_date (p, "2023-06-15");
  return G_OBJECT (p);
}

static gboolean save_product (GObject *r, GError **e) { return ntm_database_save_ocop_product (db, NTM_OCOP_PRODUCT (r), e); }
static gboolean delete_product (gint64 id, GError **e) { return ntm_database_delete_ocop_product (db, id, e); }
static gint64 product_id (GObject *r) { return ntm_ocop_product_get_id (NTM_OCOP_PRODUCT (r)); }

static const Register registers[] = {
  { "funds", NTM_AREA_FUNDS, "fund", make_fund, save_fund, delete_fund, fund_id },
  { "targets", NTM_AREA_TARGETS, "target", make_target, save_target, delete_target, target_id },
  { "ocop", NTM_AREA_OCOP, "ocop_product", make_product, save_product, delete_product, product_id },
};

static gint64
count_rows (const Register *reg)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", reg->table);

  return ntm_test_count (db, sql);
}

typedef struct {
  NtmArea expected;
  int     n;
} Changes;

/* Counts the emissions, each of which must name exactly the register's area. */
static void
on_changed_cb (NtmDatabase *database,
               NtmArea      areas,
               Changes     *changes)
{
  g_assert_cmpuint (areas, ==, changes->expected);
  changes->n++;
}

static void
test_store_and_delete (gconstpointer data)
{
  const Register *reg = data;
  g_autoptr(GObject) record = reg->make ();
  g_autoptr(GError) error = NULL;
  gint64 before = count_rows (reg), id;
  Changes changes = { reg->flag, 0 };
  gulong handler = g_signal_connect (db, "changed", G_CALLBACK (on_changed_cb), &changes);

  /* a new record takes the new row's id */
  g_assert_cmpint (reg->get_id (record), ==, 0);
  g_assert_true (reg->save (record, &error));
  g_assert_no_error (error);
  id = reg->get_id (record);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (count_rows (reg), ==, before + 1);
  g_assert_cmpint (changes.n, ==, 1);

  /* stored again: the same row, updated */
  g_assert_true (reg->save (record, &error));
  g_assert_cmpint (reg->get_id (record), ==, id);
  g_assert_cmpint (count_rows (reg), ==, before + 1);
  g_assert_cmpint (changes.n, ==, 2);

  /* deleted by its id */
  g_assert_true (reg->remove (id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (reg), ==, before);
  g_assert_cmpint (changes.n, ==, 3);

  /* stored after it was deleted: not found, nothing written, no signal */
  g_assert_false (reg->save (record, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (reg->get_id (record), ==, id);
  g_assert_cmpint (count_rows (reg), ==, before);
  g_assert_cmpint (changes.n, ==, 3);

  g_signal_handler_disconnect (db, handler);
}

static void
test_refused_store (gconstpointer data)
{
  const Register *reg = data;
  g_autoptr(GObject) record = reg->make ();
  g_autoptr(GError) error = NULL;
  g_autofree char *create = g_strdup_printf ("CREATE TEMP TRIGGER refuse BEFORE INSERT ON %s"
                                             " BEGIN SELECT RAISE(ABORT, 'refused'); END", reg->table);
  gint64 before = count_rows (reg);

  /* the database refuses the row: the new record stays without an id */
  g_assert_cmpint (sqlite3_exec (ntm_database_get_handle (db), create, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (reg->save (record, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (reg->get_id (record), ==, 0);
  g_assert_cmpint (count_rows (reg), ==, before);
  g_assert_cmpint (sqlite3_exec (ntm_database_get_handle (db), "DROP TRIGGER temp.refuse", NULL, NULL, NULL), ==, SQLITE_OK);

  /* and is added once the database takes it */
  g_clear_error (&error);
  g_assert_true (reg->save (record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (reg->get_id (record), >, 0);
  g_assert_cmpint (count_rows (reg), ==, before + 1);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = ntm_test_make_temp_dir ();
  db = ntm_test_open_database (dir, "records.db");
  g_assert_nonnull (db);

  for (guint i = 0; i < G_N_ELEMENTS (registers); i++)
    {
      g_autofree char *store = g_strdup_printf ("/records/%s/store-and-delete", registers[i].area);
      g_autofree char *refused = g_strdup_printf ("/records/%s/refused-store", registers[i].area);

      g_test_add_data_func (store, &registers[i], test_store_and_delete);
      g_test_add_data_func (refused, &registers[i], test_refused_store);
    }

  status = g_test_run ();
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
