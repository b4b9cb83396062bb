/* test-backup.c: backups made at each trigger, rotated, listed, restored
 *
 * Real databases on disk: every backup is opened again as a database, and
 * every refused restore leaves the data as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "ntm-backup.h"
#include "ntm-database-private.h"
#include "ntm-geometry-private.h"
#include "ntm-geometry.h"
#include "ntm-test-utils.h"

typedef struct {
  char *dir;
  char *path;
  char *folder;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = ntm_test_make_temp_dir ();
  f->path = g_build_filename (f->dir, "ntm.db", NULL);
  f->folder = g_build_filename (f->dir, "ntm-backups", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  ntm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->folder);
}

/* An existing database, opened as on a later day (not created now). */
static NtmDatabase *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  NtmDatabase *db;

  if (!g_file_test (f->path, G_FILE_TEST_EXISTS))
    g_object_unref (ntm_test_open_database (f->dir, "ntm.db"));
  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ntm_database_was_created (db));
  return db;
}

static GListModel *
list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *backups = ntm_backup_list (f->path, &error);

  g_assert_no_error (error);
  return backups;
}

static guint
count_reason (Fixture *f, NtmBackupReason reason)
{
  g_autoptr(GListModel) backups = list (f);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(NtmBackup) backup = g_list_model_get_item (backups, i);
      if (ntm_backup_get_reason (backup) == reason)
        n++;
    }
  return n;
}

static char *
setting_in (const char *path, const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *snapshot = NULL;
  sqlite3 *db = ntm_database_open_for_reading (path, &snapshot, &error);
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT value FROM setting WHERE key = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (snapshot)
    ntm_database_remove_tree (snapshot);
  return value;
}

static void
set (NtmDatabase *db, const char *key, const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ntm_database_set_setting (db, key, value, &error));
  g_assert_no_error (error);
}

/* ---------------------------------------------------------------------- */

static void
test_make_and_list (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = reopen (f);
  g_autoptr(NtmBackup) backup = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(NtmBackup) listed = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *folder = ntm_backup_get_folder (f->path);
  g_autofree char *unit_count = NULL;

  g_assert_cmpstr (folder, ==, f->folder);
  backups = list (f);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 0);
  g_clear_object (&backups);

  set (db, "office", "Văn phòng");
  backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_prefix (ntm_backup_get_path (backup), f->folder));
  g_assert_true (g_str_has_suffix (ntm_backup_get_path (backup), "-manual.db"));

  backups = list (f);
  /* the daily backup of the first change, and this one */
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 2);
  listed = g_list_model_get_item (backups, 0);
  g_assert_cmpstr (ntm_backup_get_path (listed), ==, ntm_backup_get_path (backup));
  g_assert_cmpint (ntm_backup_get_reason (listed), ==, NTM_BACKUP_REASON_MANUAL);
  g_assert_cmpint (ntm_backup_get_size (listed), >, 100000);
  g_assert_cmpint (g_date_time_difference (now, ntm_backup_get_date (listed)), <, 60 * G_TIME_SPAN_SECOND);
  g_assert_cmpstr (ntm_backup_reason_to_string (NTM_BACKUP_REASON_DAILY), ==, "daily");

  /* A backup is a whole database, with the data of the moment. */
  g_assert_true (ntm_database_verify_file (ntm_backup_get_path (backup), &error));
  g_assert_no_error (error);
  unit_count = setting_in (ntm_backup_get_path (backup), "office");
  g_assert_cmpstr (unit_count, ==, "Văn phòng");
}

static void
test_daily (Fixture *f, gconstpointer data)
{
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A database made now needs no backup of its first change. */
  db = ntm_test_open_database (f->dir, "ntm.db");
  set (db, "a", "1");
  g_assert_cmpuint (count_reason (f, NTM_BACKUP_REASON_DAILY), ==, 0);
  g_clear_object (&db);

  /* On another day: the first change is preceded by one, once. */
  db = reopen (f);
  set (db, "a", "2");
  g_assert_cmpuint (count_reason (f, NTM_BACKUP_REASON_DAILY), ==, 1);
  set (db, "a", "3");
  g_clear_object (&db);
  db = reopen (f);
  set (db, "a", "4");
  g_assert_cmpuint (count_reason (f, NTM_BACKUP_REASON_DAILY), ==, 1);

  /* It holds the data as it was before that first change. */
  {
    g_autoptr(GListModel) backups = list (f);
    g_autoptr(NtmBackup) daily = g_list_model_get_item (backups, 0);
    g_autofree char *value = setting_in (ntm_backup_get_path (daily), "a");
    g_assert_cmpstr (value, ==, "1");
  }
}

static void
test_import_trigger (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_test_open_database (f->dir, "ntm.db");
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_boundary_record_free);
  const double square[] = { 106.1, 18.1, 106.2, 18.1, 106.2, 18.2, 106.1, 18.1 };
  const guint sizes[] = { 4 };
  g_autoptr(NtmShape) shape = ntm_shape_new_from_rings (square, sizes, 1);
  NtmBoundaryRecord *record = ntm_boundary_record_new ("18757");

  record->min_lon = 106.1; record->max_lon = 106.2; record->min_lat = 18.1; record->max_lat = 18.2;
  record->label_lon = 106.15; record->label_lat = 18.12;
  record->wkb[0] = ntm_shape_to_wkb (shape);
  g_ptr_array_add (records, record);

  g_assert_true (ntm_database_replace_boundaries (db, "x.geojson", NULL, 1, records, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_reason (f, NTM_BACKUP_REASON_IMPORT), ==, 1);
  g_assert_true (ntm_database_replace_boundaries (db, "x.geojson", NULL, 1, records, &error));
  g_assert_cmpuint (count_reason (f, NTM_BACKUP_REASON_IMPORT), ==, 2);

  /* The backup before the second import holds the first import. */
  {
    g_autoptr(GListModel) backups = list (f);
    g_autoptr(NtmBackup) latest = g_list_model_get_item (backups, 0);
    g_autoptr(NtmDatabase) copy = NULL;
    g_autofree char *copy_path = g_build_filename (f->dir, "copy.db", NULL);

    ntm_test_copy_file (ntm_backup_get_path (latest), copy_path);
    copy = ntm_database_open (copy_path, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ntm_database_count_boundaries (copy, NULL), ==, 1);
  }
}

/* Names of backups made at @days before @now. */
static void
make_fake_backup (Fixture *f, const char *source, GDateTime *when, const char *reason)
{
  g_autofree char *stamp = g_date_time_format (when, "%Y-%m-%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("ntm-%s-%s.db", stamp, reason);
  g_autofree char *path = g_build_filename (f->folder, name, NULL);

  g_assert_true (g_file_set_contents (path, source, -1, NULL));
}

static void
test_rotate (Fixture *f, gconstpointer data)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 3, 15, 12, 0, 0);
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *other = g_build_filename (f->folder, "notes.txt", NULL);
  g_autofree char *unlike = g_build_filename (f->folder, "ntm-old-copy.db", NULL);

  g_assert_cmpint (g_mkdir_with_parents (f->folder, 0755), ==, 0);
  /* one every 5 days for two years, then one a day for the last 20 days */
  for (int day = 730; day >= 20; day -= 5)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -day);
      make_fake_backup (f, "x", when, "daily");
    }
  for (int day = 19; day >= 0; day--)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -day);
      make_fake_backup (f, "x", when, day % 2 ? "import" : "daily");
    }
  g_assert_true (g_file_set_contents (other, "mine", -1, NULL));
  g_assert_true (g_file_set_contents (unlike, "mine", -1, NULL));

  ntm_backup_rotate (f->path, now);
  backups = list (f);

  /* The ten latest: the last ten days. */
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(NtmBackup) backup = g_list_model_get_item (backups, i);
      g_autoptr(GDateTime) expected = g_date_time_add_days (now, -(int) i);
      g_assert_cmpint (g_date_time_compare (ntm_backup_get_date (backup), expected), ==, 0);
    }
  /* Then one a month, for the months of the last year, the newest of each;
   * nothing older than a year. */
  for (guint i = 10; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(NtmBackup) backup = g_list_model_get_item (backups, i);
      GDateTime *date = ntm_backup_get_date (backup);
      g_autofree char *month = g_date_time_format (date, "%Y-%m");
      g_autoptr(GDateTime) year_ago = g_date_time_add_months (now, -12);

      g_assert_cmpint (g_date_time_compare (date, year_ago), >, 0);
      g_assert_false (g_hash_table_contains (kept, month));
      g_hash_table_add (kept, g_steal_pointer (&month));
    }
  /* March 2026 is among the ten latest; the twelve months before it
   * (March 2025 … February 2026) have one each, but March 2025 only after
   * the 15th. */
  g_assert_cmpuint (g_hash_table_size (kept), ==, 12);
  g_assert_true (g_hash_table_contains (kept, "2026-02"));
  g_assert_true (g_hash_table_contains (kept, "2025-04"));

  /* Files not named like backups are never touched. */
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (unlike, G_FILE_TEST_EXISTS));
}

typedef struct {
  guint   emissions;
  NtmArea areas;
} ChangedLog;

static void
on_changed (NtmDatabase *db, NtmArea areas, ChangedLog *log)
{
  log->emissions++;
  log->areas |= areas;
}

static void
test_restore (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = reopen (f);
  g_autoptr(NtmBackup) backup = NULL;
  g_autoptr(NtmBackup) saved = NULL;
  g_autofree char *value = NULL;
  g_autofree char *saved_value = NULL;
  ChangedLog log = { 0 };

  set (db, "office", "before");
  backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_assert_no_error (error);
  set (db, "office", "after");

  g_signal_connect (db, "changed", G_CALLBACK (on_changed), &log);
  g_assert_true (ntm_backup_restore (db, ntm_backup_get_path (backup), &saved, &error));
  g_assert_no_error (error);

  /* The open database shows the restored data, and every view is told. */
  value = ntm_database_get_setting (db, "office");
  g_assert_cmpstr (value, ==, "before");
  g_assert_cmpuint (log.emissions, ==, 1);
  g_assert_cmpuint (log.areas, ==, NTM_AREA_ALL);
  g_assert_true (ntm_database_check_integrity (db, NULL, &error));

  /* The data before the restore was backed up first. */
  g_assert_nonnull (saved);
  g_assert_cmpint (ntm_backup_get_reason (saved), ==, NTM_BACKUP_REASON_RESTORE);
  saved_value = setting_in (ntm_backup_get_path (saved), "office");
  g_assert_cmpstr (saved_value, ==, "after");

  /* Another program opening the file sees the restored data. */
  {
    g_autoptr(NtmDatabase) other = ntm_database_open (f->path, &error);
    g_autofree char *other_value = NULL;

    g_assert_no_error (error);
    other_value = ntm_database_get_setting (other, "office");
    g_assert_cmpstr (other_value, ==, "before");
  }
}

/* A backup made before an upgrade is upgraded when restored. */
static void
test_restore_older (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = reopen (f);
  g_autofree char *old = g_build_filename (f->dir, "old.db", NULL);
  NtmDatabase *previous;

  /* a backup made by the previous release (schema 4), with a target of its own */
  previous = ntm_database_open_upto (old, 4, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_exec (previous, "INSERT INTO target (year, metric, scope_code, kind, value)"
                                              " VALUES (2031, 'ntm_communes', '42', 'total', 1)", &error));
  g_assert_no_error (error);
  g_object_unref (previous);

  g_assert_true (ntm_backup_restore (db, old, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_database_get_schema_version (db), ==, ntm_database_get_latest_schema_version ());
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM target WHERE year = 2031"), ==, 1);
  /* upgraded on the way: the 2025 units are there */
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM unit_lineage"), >, 0);
}

static void
assert_restore_refused (Fixture *f, NtmDatabase *db, const char *path, GQuark domain, int code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  guint before = count_reason (f, NTM_BACKUP_REASON_RESTORE);

  g_assert_false (ntm_backup_restore (db, path, NULL, &error));
  g_assert_error (error, domain, code);
  value = ntm_database_get_setting (db, "office");
  g_assert_cmpstr (value, ==, "current");
  g_assert_cmpuint (count_reason (f, NTM_BACKUP_REASON_RESTORE), ==, before);
}

static void
test_restore_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = reopen (f);
  g_autoptr(NtmBackup) backup = NULL;
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "foreign.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.db", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  sqlite3 *raw = NULL;

  set (db, "office", "current");
  backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_assert_no_error (error);

  /* a backup damaged on disk: pages scrambled after the first */
  g_assert_true (g_file_get_contents (ntm_backup_get_path (backup), &contents, &length, NULL));
  for (gsize i = 8192; i < length; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (damaged, contents, length, NULL));
  assert_restore_refused (f, db, damaged, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CORRUPT);

  g_assert_cmpint (sqlite3_open (foreign, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  assert_restore_refused (f, db, foreign, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM);

  ntm_test_copy_file (ntm_backup_get_path (backup), newer);
  g_assert_cmpint (sqlite3_open (newer, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  assert_restore_refused (f, db, newer, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NEWER);

  g_assert_true (g_file_set_contents (text, "", 0, NULL));
  assert_restore_refused (f, db, text, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM);

  assert_restore_refused (f, db, f->path, NTM_BACKUP_ERROR, NTM_BACKUP_ERROR_SAME_FILE);
}

/* A database that cannot be opened any more is replaced by a backup, and
 * kept among the backups as it was. */
static void
test_restore_damaged (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = reopen (f);
  g_autoptr(NtmBackup) backup = NULL;
  g_autoptr(NtmBackup) kept = NULL;
  g_autofree char *damaged_sum = NULL;
  g_autofree char *kept_sum = NULL;
  g_autofree char *value = NULL;

  set (db, "office", "saved");
  backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_assert_no_error (error);
  g_clear_object (&db);

  ntm_test_damage_database (f->path);
  damaged_sum = ntm_test_file_checksum (f->path);

  db = ntm_database_open (f->path, &error);
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_assert_true (ntm_backup_restore_file (f->path, ntm_backup_get_path (backup), &kept, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  kept_sum = ntm_test_file_checksum (ntm_backup_get_path (kept));
  g_assert_cmpstr (kept_sum, ==, damaged_sum);

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  value = ntm_database_get_setting (db, "office");
  g_assert_cmpstr (value, ==, "saved");
  g_assert_true (ntm_database_check_integrity (db, NULL, &error));
}

static void
test_write_copy (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = reopen (f);
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *listing = NULL;

  g_assert_true (ntm_backup_write_copy (db, copy, &error));
  g_assert_no_error (error);
  g_assert_true (ntm_database_verify_file (copy, &error));

  g_assert_false (ntm_backup_write_copy (db, f->path, &error));
  g_assert_nonnull (error);
  listing = ntm_test_list_dir (f->dir);
  g_assert_null (strstr (listing, ".ntm-"));
}

static void
test_stale_temporary (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(NtmDatabase) db = reopen (f);
  g_autoptr(NtmBackup) backup = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autofree char *stale = NULL;
  g_autofree char *listing = NULL;
  int dead;

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "true", NULL);
  g_assert_no_error (error);
  dead = (int) g_ascii_strtoll (g_subprocess_get_identifier (child), NULL, 10);
  g_subprocess_wait (child, NULL, &error);

  /* a backup killed half-way */
  g_assert_cmpint (g_mkdir_with_parents (f->folder, 0755), ==, 0);
  stale = g_strdup_printf ("%s/.ntm-2026-01-01-000000-daily.ntm-%d-x1y2z3", f->folder, dead);
  g_assert_true (g_file_set_contents (stale, "half", -1, NULL));
  backups = list (f);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 0);

  backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_assert_no_error (error);
  listing = ntm_test_list_dir (f->folder);
  g_assert_null (strstr (listing, "x1y2z3"));
}

static void
test_read_only (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = reopen (f);
  g_autoptr(NtmBackup) backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);

  g_assert_no_error (error);
  g_clear_object (&db);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_is_read_only (db));
  g_assert_false (ntm_backup_restore (db, ntm_backup_get_path (backup), NULL, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* A database open for viewing can still be copied. */
  g_clear_object (&backup);
  backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_verify_file (ntm_backup_get_path (backup), &error));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/backup/make-and-list", test_make_and_list);
  ADD ("/backup/trigger/daily", test_daily);
  ADD ("/backup/trigger/import", test_import_trigger);
  ADD ("/backup/rotate", test_rotate);
  ADD ("/backup/restore", test_restore);
  ADD ("/backup/restore/older-version", test_restore_older);
  ADD ("/backup/restore/refused", test_restore_refused);
  ADD ("/backup/restore/damaged-database", test_restore_damaged);
  ADD ("/backup/write-copy", test_write_copy);
  ADD ("/backup/stale-temporary", test_stale_temporary);
  ADD ("/backup/read-only", test_read_only);
#undef ADD

  return g_test_run ();
}
