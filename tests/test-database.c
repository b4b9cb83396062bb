/* test-database.c: opening, refusing, migrating and transactions
 *
 * Every refused file is checked byte for byte before and after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ntm-database.h"
#include "ntm-database-private.h"
#include "ntm-test-utils.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = ntm_test_make_temp_dir ();
  f->path = g_build_filename (f->dir, "ntm.db", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  ntm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
write_file (const char *path, const void *data, gsize len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

/* Opening @path must fail with @code and leave the file as it was. */
static void
assert_refused_unchanged (const char *path, int code, const char *must_mention)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autofree char *before = ntm_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *display = g_filename_display_name (path);

  db = ntm_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, NTM_DATABASE_ERROR, code);
  g_assert_nonnull (strstr (error->message, display));
  if (must_mention)
    g_assert_nonnull (strstr (error->message, must_mention));

  after = ntm_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

#define count(db, sql) ntm_test_count ((db), (sql))

static void
test_create_and_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  NtmDatabase *db;

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_was_created (db));
  g_assert_false (ntm_database_is_read_only (db));
  g_assert_cmpint (ntm_database_get_schema_version (db), ==, ntm_database_get_latest_schema_version ());
  g_assert_cmpint (count (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (count (db, "PRAGMA application_id"), ==, NTM_DATABASE_APPLICATION_ID);
  g_assert_cmpint (count (db, "SELECT count(*) FROM unit"), ==, 297);
  g_object_unref (db);

  /* Opening again neither seeds again nor counts as creating. */
  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ntm_database_was_created (db));
  g_assert_cmpint (count (db, "SELECT count(*) FROM unit"), ==, 297);
  g_assert_cmpint (count (db, "SELECT count(*) FROM recognition"), ==, 271);
  g_assert_true (ntm_database_check_integrity (db, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (db);
}

static void
test_refuse_random_bytes (Fixture *f, gconstpointer data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  write_file (f->path, bytes, sizeof bytes);

  assert_refused_unchanged (f->path, NTM_DATABASE_ERROR_NOT_NTM, NULL);
}

static void
test_refuse_empty_and_text (Fixture *f, gconstpointer data)
{
  write_file (f->path, "", 0);
  assert_refused_unchanged (f->path, NTM_DATABASE_ERROR_NOT_NTM, NULL);

  write_file (f->path, "code,name\n1,Xã A\n", 17);
  assert_refused_unchanged (f->path, NTM_DATABASE_ERROR_NOT_NTM, NULL);
}

static void
test_refuse_other_sqlite (Fixture *f, gconstpointer data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_unchanged (f->path, NTM_DATABASE_ERROR_NOT_NTM, NULL);
}

static void
test_refuse_newer (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) created = ntm_database_open (f->path, &error);
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  g_clear_object (&created);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_unchanged (f->path, NTM_DATABASE_ERROR_NEWER, "99");
}

static void
test_refuse_corrupt (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) created = ntm_database_open (f->path, &error);
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  g_clear_object (&created);

  /* Leave WAL so that every page lives in the main file. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_file_get_contents (f->path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 16384);

  /* Keep the header, scramble the pages after it. */
  for (gsize i = 4096; i < length; i++)
    contents[i] = (char) (i * 7919);
  write_file (f->path, contents, length);

  assert_refused_unchanged (f->path, NTM_DATABASE_ERROR_CORRUPT, NULL);

  /* A file cut short after its header is damaged too. */
  write_file (f->path, contents, 4096 + 100);
  {
    g_autoptr(NtmDatabase) db2 = NULL;
    g_autofree char *before = ntm_test_file_checksum (f->path);
    g_autofree char *after = NULL;

    db2 = ntm_database_open (f->path, &error);
    g_assert_null (db2);
    g_assert_true (g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CORRUPT) ||
                   g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM));
    after = ntm_test_file_checksum (f->path);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_missing_folder (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "ntm.db", NULL);
  g_autoptr(NtmDatabase) db = ntm_database_open (path, &error);
  g_autofree char *folder = g_build_filename (f->dir, "no-such-folder", NULL);

  g_assert_null (db);
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* Inserts a target for the year in @user_data (2030 when NULL). */
static gboolean
insert_target (NtmDatabase *db, gpointer user_data, GError **error)
{
  int year = user_data ? GPOINTER_TO_INT (user_data) : 2030;
  g_autofree char *sql = g_strdup_printf ("INSERT INTO target (year, metric, scope_code, kind, value)"
                                          " VALUES (%d, 'ocop_products', '42', 'new', 1)", year);

  return ntm_database_exec (db, sql, error);
}

static void
test_read_only_file (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_database_open (f->path, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_clear_object (&db);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  before = ntm_test_file_checksum (f->path);

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_is_read_only (db));
  g_assert_cmpint (count (db, "SELECT count(*) FROM unit"), ==, 297);

  g_assert_false (ntm_database_run_transaction (db, NTM_AREA_TARGETS, insert_target, NULL, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_READ_ONLY);
  g_clear_object (&db);

  after = ntm_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

typedef struct {
  guint   emissions;
  NtmArea last_areas;
} ChangedLog;

static void
on_changed (NtmDatabase *db, NtmArea areas, ChangedLog *log)
{
  log->emissions++;
  log->last_areas = areas;
}

static gboolean
insert_then_fail (NtmDatabase *db, gpointer user_data, GError **error)
{
  if (!insert_target (db, NULL, error))
    return FALSE;
  g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID, "stop half-way");
  return FALSE;
}

static gboolean
nested_ok (NtmDatabase *db, gpointer user_data, GError **error)
{
  ChangedLog *log = user_data;

  if (!ntm_database_run_transaction (db, NTM_AREA_FUNDS, insert_target, GINT_TO_POINTER (2031), error))
    return FALSE;
  /* Inside, nothing has been announced yet. */
  g_assert_cmpuint (log->emissions, ==, 0);
  return TRUE;
}

static void
test_transactions (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_database_open (f->path, &error);
  ChangedLog log = { 0 };
  gint64 before;

  g_assert_no_error (error);
  g_signal_connect (db, "changed", G_CALLBACK (on_changed), &log);
  before = count (db, "SELECT count(*) FROM target");

  /* A failure half-way writes nothing and announces nothing. */
  g_assert_false (ntm_database_run_transaction (db, NTM_AREA_TARGETS, insert_then_fail, NULL, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM target"), ==, before);
  g_assert_cmpuint (log.emissions, ==, 0);

  /* A success is announced once, with its area. */
  g_assert_true (ntm_database_run_transaction (db, NTM_AREA_TARGETS, insert_target, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM target"), ==, before + 1);
  g_assert_cmpuint (log.emissions, ==, 1);
  g_assert_cmpuint (log.last_areas, ==, NTM_AREA_TARGETS);

  /* A constraint violation is an INVALID error and changes nothing. */
  g_assert_false (ntm_database_run_transaction (db, NTM_AREA_TARGETS, insert_target, NULL, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (log.emissions, ==, 1);

  /* Nested: announced after the outer commit. */
  log.emissions = 0;
  g_assert_true (ntm_database_run_transaction (db, NTM_AREA_TARGETS, nested_ok, &log, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.emissions, ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM target WHERE year = 2031"), ==, 1);
  /* One emission carries the areas of the outer and the nested writes. */
  g_assert_cmpuint (log.last_areas, ==, NTM_AREA_TARGETS | NTM_AREA_FUNDS);
}

static void
test_settings (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_database_open (f->path, &error);
  g_autofree char *missing = NULL;
  g_autofree char *value = NULL;

  g_assert_no_error (error);
  missing = ntm_database_get_setting (db, "nothing");
  g_assert_null (missing);
  g_assert_true (ntm_database_set_setting (db, "office", "Văn phòng NTM", &error));
  g_assert_no_error (error);
  value = ntm_database_get_setting (db, "office");
  g_assert_cmpstr (value, ==, "Văn phòng NTM");
}

/* A database left by the previous version (schema 4, with the 2024 seed's
 * report-only recognitions) gets the model in time through the upgrade's
 * data step, exactly as a new one: and what the office entered stays. */
static void
test_upgrade_brings_history (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fresh_path = g_build_filename (f->dir, "fresh.db", NULL);
  g_autoptr(NtmDatabase) fresh = NULL;
  NtmDatabase *db;

  db = ntm_database_open_upto (f->path, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_database_get_schema_version (db), ==, 4);
  g_assert_cmpint (count (db, "SELECT count(*) FROM unit"), ==, 230);
  g_assert_cmpint (count (db, "SELECT count(*) FROM recognition"), ==, 184);
  /* the office enters an advanced decision of 2021 and an OCOP product */
  g_assert_true (ntm_database_exec (db, "INSERT INTO recognition (unit_code, level, decision_number,"
                                        " decision_date, year, source) VALUES ('18139', 'advanced',"
                                        " '123/QĐ-UBND', '2021-06-30', 2021, '')", &error));
  g_assert_true (ntm_database_exec (db, "INSERT INTO ocop_product (name, product_group, producer,"
                                        " producer_type, commune_code, score, decision_date)"
                                        " VALUES ('Cam', 'food', 'HTX', 'cooperative', '18139', 72,"
                                        " '2023-05-01')", &error));
  g_assert_no_error (error);
  g_object_unref (db);

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_database_get_schema_version (db), ==, ntm_database_get_latest_schema_version ());
  fresh = ntm_database_open (fresh_path, &error);
  g_assert_no_error (error);

  /* the same units, lineage and sourced recognitions as a new database */
  g_assert_cmpint (count (db, "SELECT count(*) FROM unit"), ==, count (fresh, "SELECT count(*) FROM unit"));
  g_assert_cmpint (count (db, "SELECT count(*) FROM unit_lineage"), ==, 266);
  g_assert_cmpint (count (db, "SELECT count(*) FROM unit_period"), ==, count (fresh, "SELECT count(*) FROM unit_period"));
  g_assert_cmpint (count (db, "SELECT count(*) FROM recognition WHERE source LIKE 'http%'"), ==, 133);
  g_assert_cmpint (count (db, "SELECT count(*) FROM reported_figure"), ==,
                   count (fresh, "SELECT count(*) FROM reported_figure"));
  /* the office's decision is kept, with its id, beside the sourced ones */
  g_assert_cmpint (count (db, "SELECT count(*) FROM recognition WHERE decision_number = '123/QĐ-UBND'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM recognition"), ==,
                   count (fresh, "SELECT count(*) FROM recognition") + 1);
  /* scores now keep a decimal; the product is still there */
  g_assert_cmpint (count (db, "SELECT count(*) FROM ocop_product WHERE score = 72.0"), ==, 1);
  g_assert_true (ntm_database_exec (db, "UPDATE ocop_product SET score = 69.5", &error));
  g_assert_no_error (error);
  g_assert_false (ntm_database_exec (db, "UPDATE ocop_product SET score = 69.55", &error));
  g_clear_error (&error);
  /* the 2026–2030 levels can be recorded */
  g_assert_true (ntm_database_exec (db, "INSERT INTO recognition (unit_code, level, year, source)"
                                        " VALUES ('18196', 'ntm_2026', 2026, 'test')", &error));
  g_assert_no_error (error);
  g_assert_true (ntm_database_check_integrity (db, NULL, &error));
  g_object_unref (db);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database/create-and-reopen", test_create_and_reopen);
  ADD ("/database/refuse/random-bytes", test_refuse_random_bytes);
  ADD ("/database/refuse/empty-and-text", test_refuse_empty_and_text);
  ADD ("/database/refuse/other-sqlite", test_refuse_other_sqlite);
  ADD ("/database/refuse/newer", test_refuse_newer);
  ADD ("/database/refuse/corrupt", test_refuse_corrupt);
  ADD ("/database/refuse/missing-folder", test_missing_folder);
  ADD ("/database/read-only", test_read_only_file);
  ADD ("/database/transactions", test_transactions);
  ADD ("/database/settings", test_settings);
  ADD ("/database/upgrade-brings-history", test_upgrade_brings_history);
#undef ADD

  return g_test_run ();
}
