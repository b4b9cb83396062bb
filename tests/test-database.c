/* test-database.c: opening, refusing, migrating and transactions
 *
 * Every refused file is checked byte for byte before and after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <grp.h>
#include <unistd.h>

#include "ntm-database.h"
#include "ntm-database-private.h"
#include "ntm-staged-values.h"
#include "ntm-csv.h"
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
test_refuse_text (Fixture *f, gconstpointer data)
{
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


/* ---------------------------------------------------------------------- */
/* What a file is, decided by SQLite; stubs; creation                      */
/* ---------------------------------------------------------------------- */

static void
exec_ok (sqlite3 *db, const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Copies @path and its working files to @to, as a process killed at this
 * moment would leave them. */
static void
copy_as_killed (const char *path, const char *to)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *dest = g_strconcat (to, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        ntm_test_copy_file (from, dest);
    }
}

static void
assert_fresh_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_database_open (path, &error);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *listing = NULL;

  g_assert_no_error (error);
  g_assert_true (ntm_database_was_created (db));
  g_assert_false (ntm_database_is_read_only (db));
  g_assert_cmpint (count (db, "PRAGMA application_id"), ==, NTM_DATABASE_APPLICATION_ID);
  g_assert_cmpint (count (db, "SELECT count(*) FROM unit"), ==, 297);
  g_assert_true (ntm_database_check_integrity (db, NULL, &error));
  g_clear_object (&db);

  /* No temporary file is left behind, nor the stub's working files. */
  listing = ntm_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "ntm.db");
}

static void
test_stub_zero_length (Fixture *f, gconstpointer data)
{
  write_file (f->path, "", 0);
  assert_fresh_database (f->path);
}

/* Killed before the first commit in WAL mode: a header page, and a log
 * holding pages that were never committed. */
static void
test_stub_interrupted_wal (Fixture *f, gconstpointer data)
{
  g_autofree char *live = g_build_filename (f->dir, "live.db", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (live, &db), ==, SQLITE_OK);
  exec_ok (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = 1;"
               "BEGIN; CREATE TABLE setting (key TEXT, value TEXT);"
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
               " INSERT INTO setting SELECT i, randomblob(200) FROM n;");
  copy_as_killed (live, f->path);
  exec_ok (db, "ROLLBACK");
  sqlite3_close (db);
  g_unlink (live);

  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  assert_fresh_database (f->path);
}

/* Killed while creating in rollback mode: an empty file and its journal. */
static void
test_stub_interrupted_journal (Fixture *f, gconstpointer data)
{
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);

  write_file (f->path, "", 0);
  write_file (journal, "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7 left by a killed creator", 32);
  assert_fresh_database (f->path);
}

/* An SQLite database with nothing in it is a new database, too. */
static void
test_stub_empty_sqlite (Fixture *f, gconstpointer data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  exec_ok (db, "PRAGMA user_version = 0; VACUUM");
  sqlite3_close (db);
  assert_fresh_database (f->path);
}

/* Item 1: after a first run killed (or still running), everything may
 * still be in the log, the main file's header saying nothing. */
static void
test_first_run_in_log (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seeded = g_build_filename (f->dir, "seeded.db", NULL);
  g_autofree char *live = g_build_filename (f->dir, "live.db", NULL);
  g_autofree char *header = NULL;
  gsize length = 0;
  sqlite3 *db = NULL, *source = NULL;
  sqlite3_backup *copy;

  g_object_unref (ntm_test_open_database (f->dir, "seeded.db"));

  g_assert_cmpint (sqlite3_open (live, &db), ==, SQLITE_OK);
  exec_ok (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0");
  g_assert_cmpint (sqlite3_open (seeded, &source), ==, SQLITE_OK);
  copy = sqlite3_backup_init (db, "main", source, "main");
  g_assert_cmpint (sqlite3_backup_step (copy, -1), ==, SQLITE_DONE);
  sqlite3_backup_finish (copy);
  sqlite3_close (source);

  /* The main file does not say it is Ntm's: only the log does. */
  g_file_get_contents (live, &header, &length, &error);
  g_assert_no_error (error);
  g_assert_true (length < 100 || memcmp (header + 68, "NTM1", 4) != 0);

  /* While that first run is still going... */
  {
    g_autoptr(NtmDatabase) second = ntm_database_open (live, &error);
    g_assert_no_error (error);
    g_assert_false (ntm_database_was_created (second));
    g_assert_cmpint (count (second, "SELECT count(*) FROM unit"), ==, 297);
  }

  /* ...and after it was killed. */
  copy_as_killed (live, f->path);
  sqlite3_close (db);
  {
    g_autoptr(NtmDatabase) reopened = ntm_database_open (f->path, &error);
    g_assert_no_error (error);
    g_assert_false (ntm_database_was_created (reopened));
    g_assert_cmpint (count (reopened, "SELECT count(*) FROM unit"), ==, 297);
    g_assert_cmpint (count (reopened, "SELECT count(*) FROM recognition"), ==, 271);
  }
}

static void
test_stale_temporaries (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autofree char *stale = NULL;
  g_autofree char *live = NULL;
  g_autofree char *listing = NULL;
  GPid dead;

  /* The pid of a process that has ended. */
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "true", NULL);
  g_assert_no_error (error);
  dead = (GPid) g_ascii_strtoll (g_subprocess_get_identifier (child), NULL, 10);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);

  stale = g_strdup_printf ("%s/.ntm.db.ntm-%d-abcdef", f->dir, (int) dead);
  live = g_strdup_printf ("%s/.ntm.db.ntm-%d-ghijkl", f->dir, (int) getpid ());
  write_file (stale, "half a database", 15);
  write_file (live, "being written", 13);

  g_object_unref (ntm_test_open_database (f->dir, "ntm.db"));
  listing = ntm_test_list_dir (f->dir);
  /* The dead process's temporary is gone; a running one's is not touched. */
  g_assert_null (strstr (listing, "abcdef"));
  g_assert_nonnull (strstr (listing, "ghijkl"));
}

/* Item 5: viewing a read-only file leaves nothing beside it, so that once
 * it is writable again, writing works. */
static void
test_read_only_leaves_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_test_open_database (f->dir, "ntm.db");
  g_autofree char *listing = NULL;

  g_clear_object (&db);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_is_read_only (db));
  g_assert_cmpint (count (db, "SELECT count(*) FROM unit"), ==, 297);
  listing = ntm_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "ntm.db");
  g_clear_object (&db);
  g_clear_pointer (&listing, g_free);
  listing = ntm_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "ntm.db");

  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ntm_database_is_read_only (db));
  g_assert_true (ntm_database_run_transaction (db, NTM_AREA_TARGETS, insert_target, NULL, &error));
  g_assert_no_error (error);
}

/* Working files that cannot be written make the database view-only, rather
 * than a database every write of which fails. Run as an unprivileged user
 * (in a subprocess that drops its privileges when the tests run as the
 * administrator, who may write any file). */
static void
test_read_only_side_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *shm = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(NtmDatabase) db = NULL;

      if (geteuid () == 0 && (setgroups (0, NULL) != 0 || setgid (65534) != 0 || setuid (65534) != 0))
        {
          /* say so to the parent, which skips */
          g_autofree char *marker = g_strconcat (g_getenv ("NTM_SIDE_FILES_DB"), ".no-privileges-dropped", NULL);
          g_file_set_contents (marker, "", 0, NULL);
          return;
        }
      db = ntm_database_open (g_getenv ("NTM_SIDE_FILES_DB"), &error);
      g_assert_no_error (error);
      g_assert_true (ntm_database_is_read_only (db));
      return;
    }

  dir = ntm_test_make_temp_dir ();
  path = g_build_filename (dir, "ntm.db", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  g_object_unref (ntm_test_open_database (dir, "ntm.db"));
  write_file (shm, "", 0);
  g_assert_cmpint (g_chmod (shm, 0444), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  if (geteuid () == 0)
    {
      g_assert_cmpint (chown (dir, 65534, 65534), ==, 0);
      g_assert_cmpint (chown (path, 65534, 65534), ==, 0);
      g_assert_cmpint (chown (shm, 65534, 65534), ==, 0);
    }

  g_setenv ("NTM_SIDE_FILES_DB", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  {
    g_autofree char *marker = g_strconcat (path, ".no-privileges-dropped", NULL);

    if (g_file_test (marker, G_FILE_TEST_EXISTS))
      g_test_skip ("privileges cannot be dropped here, and an administrator may write any file");
  }
  ntm_test_remove_tree (dir);
}

/* ---------------------------------------------------------------------- */
/* Migrations                                                             */
/* ---------------------------------------------------------------------- */

/* The schema version of the release offices have today. */
#define PREVIOUS_VERSION 4

/* Makes at @path a database as the previous release left it, then runs
 * @sql (when given) on it, e.g. to stand in the way of the upgrade. */
static void
make_previous_version (const char *path, const char *sql)
{
  g_autoptr(GError) error = NULL;
  NtmDatabase *db = ntm_database_open_upto (path, PREVIOUS_VERSION, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ntm_database_get_schema_version (db), ==, PREVIOUS_VERSION);
  if (sql != NULL)
    {
      g_assert_true (ntm_database_exec (db, sql, &error));
      g_assert_no_error (error);
    }
  g_object_unref (db);
}

static char *
backups_of (const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, "ntm-backups", NULL);

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_strdup ("");
  return ntm_test_list_dir (folder);
}

static void
test_migration_backs_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autofree char *backups = NULL;
  g_auto(GStrv) names = NULL;

  make_previous_version (f->path, "INSERT INTO target (year, metric, scope_code, kind, value) VALUES (2031, 'ntm_communes', '42', 'total', 1)");
  /* Making it is no upgrade: no backup yet. */
  {
    g_autofree char *none = backups_of (f->dir);
    g_assert_cmpstr (none, ==, "");
  }

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_database_get_schema_version (db), ==, ntm_database_get_latest_schema_version ());
  g_assert_cmpint (count (db, "SELECT count(*) FROM target WHERE year = 2031"), ==, 1);

  backups = backups_of (f->dir);
  names = g_strsplit (backups, " ", -1);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  g_assert_true (g_str_has_suffix (names[0], "-migration.db"));
  {
    g_autofree char *copy = g_build_filename (f->dir, "ntm-backups", names[0], NULL);
    sqlite3 *old = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (copy, &old, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (old, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, PREVIOUS_VERSION);
    sqlite3_finalize (stmt);
    sqlite3_close (old);
  }
}

/* Item 9: a migration that cannot be applied says so in words. */
static void
test_migration_error_in_words (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autofree char *display = g_filename_display_name (f->path);
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;

  /* A table of the next version's already there: its creation fails. */
  make_previous_version (f->path, "CREATE TABLE unit_period (x INTEGER)");

  db = ntm_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, display));
  g_assert_nonnull (strstr (error->message, "ntm-backups"));
  g_assert_null (strstr (error->message, ".sql"));
  g_assert_null (strstr (error->message, "already exists"));
  g_assert_null (strstr (error->message, "unit_period"));

  /* Left as it was. */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, PREVIOUS_VERSION);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
}

/* ---------------------------------------------------------------------- */
/* Waiting for another writer                                             */
/* ---------------------------------------------------------------------- */

/* What the other program writes while it holds the lock. */
#define OTHER_WRITE "INSERT INTO setting (key, value) VALUES ('other', 'program')"

static void
on_busy_notify (NtmDatabase *db, GParamSpec *pspec, guint *changes)
{
  (*changes)++;
}

static void
test_busy_waits (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_test_open_database (f->dir, "ntm.db");
  NtmTestLockHolder *holder;
  guint changes = 0;
  gint64 start;

  g_signal_connect (db, "notify::busy", G_CALLBACK (on_busy_notify), &changes);
  holder = ntm_test_hold_write_lock (f->path, OTHER_WRITE, 1200);

  start = g_get_monotonic_time ();
  g_assert_true (ntm_database_set_setting (db, "office", "waited", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 800 * 1000);
  ntm_test_lock_holder_join (holder);

  /* It said it was waiting, then that it no longer was. */
  g_assert_cmpuint (changes, ==, 2);
  g_assert_false (ntm_database_is_busy (db));
  g_assert_cmpint (count (db, "SELECT count(*) FROM setting WHERE key IN ('office', 'other')"), ==, 2);
}

static void
test_busy_timeout (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_test_open_database (f->dir, "ntm.db");
  NtmTestLockHolder *holder;
  g_autofree char *display = g_filename_display_name (f->path);

  ntm_database_set_write_timeout (db, 400);
  holder = ntm_test_hold_write_lock (f->path, OTHER_WRITE, 1500);
  g_assert_false (ntm_database_set_setting (db, "office", "never", &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, display));
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_null (strstr (error->message, "locked"));
  ntm_test_lock_holder_join (holder);

  g_assert_null (ntm_database_get_setting (db, "office"));
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

/* A database seeded with the notes "no indicators yet" gets notes that
 * stay true once the office enters them; a note it edited stays. */
static void
test_upgrade_rewords_notes (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  NtmDatabase *db;

  /* version 8 rewords the notes */
  db = ntm_database_open_upto (f->path, 7, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_exec (db, "UPDATE criterion SET verify_note = 'Chưa có chỉ tiêu và ngưỡng theo nhóm xã:"
                                        " văn phòng nhập từ văn bản' WHERE set_code = '51-2025-ntm'", &error));
  g_assert_true (ntm_database_exec (db, "UPDATE criterion SET verify_note = 'Đã nhập theo văn bản số 12/VPĐP'"
                                        " WHERE set_code = '51-2025-ntm' AND number = '3'", &error));
  g_assert_true (ntm_database_exec (db, "UPDATE criterion SET verify_note = 'Tên tiêu chí chưa được đối chiếu với"
                                        " văn bản; chưa có chỉ tiêu, ngưỡng' WHERE set_code = '320-district-advanced'",
                                    &error));
  g_assert_no_error (error);
  g_object_unref (db);

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM criterion WHERE verify_note LIKE '%chưa có chỉ tiêu%'"
                              " OR verify_note LIKE 'Chưa có chỉ tiêu%'"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM criterion WHERE set_code = '51-2025-ntm'"
                              " AND verify_note LIKE 'Chỉ tiêu và ngưỡng theo nhóm xã không có trong nguồn công khai%'"), ==, 9);
  g_assert_cmpint (count (db, "SELECT count(*) FROM criterion WHERE set_code = '51-2025-ntm' AND number = '3'"
                              " AND verify_note = 'Đã nhập theo văn bản số 12/VPĐP'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM criterion WHERE set_code = '320-district-advanced'"
                              " AND verify_note LIKE '%không có trong nguồn công khai'"), ==, 9);
  g_object_unref (db);
}

/* The notes of the sourced recognitions as published, and in Vietnamese. */
static GPtrArray *
recognition_note_pairs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/com/example/Ntm/seed/recognition-notes-vi.csv",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  GPtrArray *rows;

  g_assert_no_error (error);
  rows = ntm_csv_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 20);
  return rows;
}

/* How many recognitions have a note of column @column of the pairs. */
static gint64
count_notes (NtmDatabase *db,
             GPtrArray   *pairs,
             guint        column)
{
  gint64 n = 0;

  for (guint i = 1; i < pairs->len; i++)
    {
      char **row = g_ptr_array_index (pairs, i);
      char *sql = sqlite3_mprintf ("SELECT count(*) FROM recognition WHERE note = %Q", row[column]);

      n += count (db, sql);
      sqlite3_free (sql);
    }
  return n;
}

/* The sourced recognitions' notes read in Vietnamese: a new database is
 * seeded with them, a database seeded in English is reworded by version
 * 11, except a note the office changed; the history says Ntm did it. */
static void
test_upgrade_translates_notes (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = recognition_note_pairs ();
  g_autofree char *fresh = g_build_filename (f->dir, "fresh.db", NULL);
  NtmDatabase *db;
  gint64 seeded, kept;

  db = ntm_database_open (fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_notes (db, pairs, 0), ==, 0);
  seeded = count_notes (db, pairs, 1);
  g_assert_cmpint (seeded, >, 100);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log WHERE action = 'update'"), ==, 0);
  g_object_unref (db);

  /* a database of version 10, its notes as they were seeded then */
  db = ntm_database_open_upto (f->path, 10, &error);
  g_assert_no_error (error);
  for (guint i = 1; i < pairs->len; i++)
    {
      char **row = g_ptr_array_index (pairs, i);
      char *sql = sqlite3_mprintf ("UPDATE recognition SET note = %Q WHERE note = %Q", row[0], row[1]);

      g_assert_true (ntm_database_exec (db, sql, &error));
      g_assert_no_error (error);
      sqlite3_free (sql);
    }
  g_assert_cmpint (count_notes (db, pairs, 0), ==, seeded);
  /* and one the office wrote itself */
  g_assert_true (ntm_database_exec (db, "UPDATE recognition SET note = 'Đã đối chiếu với bản gốc QĐ'"
                                        " WHERE id = (SELECT min(id) FROM recognition WHERE note LIKE 're-recognition%')",
                                    &error));
  g_assert_no_error (error);
  kept = count (db, "SELECT count(*) FROM audit_log");
  g_object_unref (db);

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_notes (db, pairs, 0), ==, 0);
  g_assert_cmpint (count_notes (db, pairs, 1), ==, seeded - 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM recognition WHERE note = 'Đã đối chiếu với bản gốc QĐ'"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log") - kept, ==, seeded - 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log WHERE changed_by = 'Ntm'"
                              " AND entity = 'recognition' AND action = 'update'"), ==, seeded - 1);
  /* the person is the person again */
  g_assert_cmpstr (ntm_database_get_user_name (db), ==, g_get_user_name ());
  g_object_unref (db);
}

/* Every row of the history as one text, in order. */
static char *
history_text (NtmDatabase *db)
{
  return ntm_test_query_text (db,
                              "SELECT group_concat (id || '|' || changed_at || '|' || changed_by"
                              " || '|' || action || '|' || entity || '|' || entity_key"
                              " || '|' || coalesce (unit_code, '-') || '|' || coalesce (scheme_id, '-')"
                              " || '|' || coalesce (old_value, '-') || '|' || coalesce (new_value, '-'),"
                              " char (10)) FROM (SELECT * FROM audit_log ORDER BY id)");
}

static char *
query_plan (NtmDatabase *db,
            const char  *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  sqlite3_stmt *stmt = ntm_database_prepare (db, explain, NULL);
  GString *plan = g_string_new (NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_reset (stmt);
  return g_string_free (plan, FALSE);
}

static void
test_upgrade_keeps_history (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *unit_plan = NULL;
  g_autofree char *scheme_plan = NULL;
  int last = ntm_database_get_latest_schema_version ();
  gint64 max_id;
  NtmDatabase *db;

  /* version 9 rebuilds the history: the version before it, with changes of every kind */
  db = ntm_database_open_upto (f->path, 8, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_exec (db, "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                                        " SELECT '18139', min (id), 2024, 12.5 FROM indicator", &error));
  g_assert_true (ntm_database_exec (db, "UPDATE assessment SET value = 13, note = 'Đã sửa “số liệu”'"
                                        " WHERE unit_code = '18139'", &error));
  g_assert_true (ntm_database_exec (db, "DELETE FROM assessment WHERE unit_code = '18139'", &error));
  g_assert_true (ntm_database_exec (db, "INSERT INTO water_scheme (name, status) VALUES"
                                        " ('Nhà máy nước Cẩm Xuyên', 'planned')", &error));
  g_assert_no_error (error);
  before = history_text (db);
  max_id = count (db, "SELECT max (id) FROM audit_log");
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log WHERE entity = 'assessment'"), ==, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log WHERE scheme_id IS NOT NULL"), >, 0);
  g_object_unref (db);

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_database_get_schema_version (db), ==, last);

  /* every row is kept, with its id */
  after = history_text (db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'audit_log_copy'"), ==, 0);

  /* still protected, and still written by the other tables' triggers */
  g_assert_false (ntm_database_exec (db, "UPDATE audit_log SET changed_by = 'x'", &error));
  g_assert_nonnull (strstr (error->message, "cannot be edited"));
  g_clear_error (&error);
  g_assert_false (ntm_database_exec (db, "DELETE FROM audit_log", &error));
  g_assert_nonnull (strstr (error->message, "cannot be deleted"));
  g_clear_error (&error);
  g_assert_false (ntm_database_exec (db, "INSERT INTO audit_log (changed_by, action, entity, entity_key)"
                                          " VALUES ('x', 'rename', 'assessment', '1')", &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ntm_database_exec (db, "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                                        " SELECT '18139', min (id), 2025, 1 FROM indicator", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log"), ==, count (db, "SELECT max (id) FROM audit_log"));
  g_assert_cmpint (count (db, "SELECT id FROM audit_log WHERE entity = 'assessment' AND unit_code = '18139'"
                              " ORDER BY id DESC LIMIT 1"), ==, max_id + 1);

  /* the histories of a unit and of a scheme are still read by index */
  unit_plan = query_plan (db, "SELECT id FROM audit_log WHERE unit_code = '18139' ORDER BY id DESC");
  scheme_plan = query_plan (db, "SELECT id FROM audit_log WHERE scheme_id = 1 ORDER BY id DESC");
  g_assert_nonnull (strstr (unit_plan, "audit_log_unit"));
  g_assert_nonnull (strstr (scheme_plan, "audit_log_scheme"));
  g_object_unref (db);
}

/* Every row of the values, in one order, as one text. */
static char *
assessment_text (NtmDatabase *db)
{
  return ntm_test_query_text (db,
                              "SELECT group_concat (unit_code || '|' || indicator_id || '|' || year"
                              " || '|' || coalesce (value, '-') || '|' || coalesce (status_override, '-')"
                              " || '|' || coalesce (override_reason, '-') || '|' || note || '|' || author"
                              " || '|' || updated_at, char (10))"
                              " FROM (SELECT * FROM assessment ORDER BY unit_code, indicator_id, year)");
}

/* The last schema keeps the values by year: every value, with its note,
 * override, author and time, is kept through the upgrade and the history
 * gains nothing from it; a year is read by the key, and the history's
 * triggers write each change as before. */
static void
test_upgrade_keeps_values (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *history_before = NULL;
  g_autofree char *history_after = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *schema = NULL;
  int last = ntm_database_get_latest_schema_version ();
  gint64 n_history;
  NtmDatabase *db;

  db = ntm_database_open_upto (f->path, last - 1, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_exec (db, "INSERT INTO assessment (unit_code, indicator_id, year, value, author, updated_at)"
                                        " SELECT u.code, i.id, y.value, i.id * 0.5, 'Lan', '2025-03-0' || (y.value - 2020) || 'T08:00:00Z'"
                                        " FROM (SELECT code FROM unit WHERE code IN ('18139', '18814', '18508')) u,"
                                        "      (SELECT id FROM indicator ORDER BY id LIMIT 5) i,"
                                        "      json_each ('[2024, 2021, 2025]') y", &error));
  g_assert_no_error (error);
  g_assert_true (ntm_database_exec (db, "UPDATE assessment SET value = NULL, status_override = 'met',"
                                        " override_reason = 'Đã kiểm tra “thực tế”', note = 'Ghi chú'"
                                        " WHERE unit_code = '18814' AND year = 2021", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM assessment"), ==, 45);
  before = assessment_text (db);
  history_before = history_text (db);
  g_object_unref (db);

  db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_database_get_schema_version (db), ==, last);
  after = assessment_text (db);
  g_assert_cmpstr (after, ==, before);
  history_after = history_text (db);
  g_assert_cmpstr (history_after, ==, history_before);
  g_assert_cmpint (count (db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('assessment_year', 'assessment_by_year')"), ==, 0);
  schema = ntm_test_query_text (db, "SELECT sql FROM sqlite_schema WHERE name = 'assessment'");
  g_assert_nonnull (strstr (schema, "PRIMARY KEY (year, unit_code, indicator_id)"));
  g_assert_nonnull (strstr (schema, "WITHOUT ROWID"));

  /* a year's values are read by the key, with no other index */
  plan = query_plan (db, "SELECT unit_code, value FROM assessment WHERE indicator_id = 3 AND year = 2024");
  g_assert_nonnull (strstr (plan, "USING PRIMARY KEY (year=?)"));

  /* the constraints and the history's triggers are as they were */
  g_assert_false (ntm_database_exec (db, "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                                         " SELECT '18139', min (id), 2024, 1 FROM indicator", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ntm_database_exec (db, "INSERT INTO assessment (unit_code, indicator_id, year, status_override)"
                                         " SELECT '18139', min (id), 2026, 'met' FROM indicator", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ntm_database_exec (db, "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                                         " SELECT 'no-such-unit', min (id), 2026, 1 FROM indicator", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    g_autofree char *unchanged = assessment_text (db);

    g_assert_cmpstr (unchanged, ==, before);
  }
  n_history = count (db, "SELECT count(*) FROM audit_log");
  g_assert_true (ntm_database_exec (db, "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                                        " SELECT '18139', min (id), 2026, 7 FROM indicator", &error));
  g_assert_true (ntm_database_exec (db, "UPDATE assessment SET value = 8 WHERE unit_code = '18139' AND year = 2026", &error));
  g_assert_true (ntm_database_exec (db, "DELETE FROM assessment WHERE unit_code = '18139' AND year = 2026", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log"), ==, n_history + 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log WHERE entity = 'assessment' AND unit_code = '18139'"
                              " AND entity_key LIKE '%/2026' AND action IN ('insert', 'update', 'delete')"), ==, 3);
  g_object_unref (db);
}

/* A statement run without triggers writes no history of its own, and the
 * triggers are on again afterwards, after a failure too. */
static void
test_step_without_triggers (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_database_open (f->path, &error);
  const char *insert = "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                       " SELECT '18814', min (id), 2024, 5 FROM indicator";
  sqlite3_stmt *stmt;
  gint64 history;

  g_assert_no_error (error);
  history = count (db, "SELECT count(*) FROM audit_log");

  stmt = ntm_database_prepare (db, insert, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_step_done_without_triggers (db, stmt, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM assessment WHERE unit_code = '18814' AND year = 2024"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log"), ==, history);

  /* the same row again breaks the key: an error, and nothing written */
  g_assert_false (ntm_database_step_done_without_triggers (db, stmt, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM assessment WHERE unit_code = '18814' AND year = 2024"), ==, 1);

  /* every other statement goes through the triggers again */
  g_assert_true (ntm_database_exec (db, "UPDATE assessment SET value = 6 WHERE unit_code = '18814' AND year = 2024",
                                    &error));
  g_assert_true (ntm_database_exec (db, "DELETE FROM assessment WHERE unit_code = '18814' AND year = 2024", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log"), ==, history + 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log WHERE entity = 'assessment' AND unit_code = '18814'"
                              " AND action IN ('update', 'delete')"), ==, 2);
}

/* A bulk write reads its values from ntm_staged_values (?1): the rows of
 * the array bound, in order, a value left empty as NULL; nothing for a
 * parameter that is not such an array; and it cannot be read without one. */
static void
test_staged_values (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_database_open (f->path, &error);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (NtmStagedValue));
  const NtmStagedValue given[] = {
    { .unit_code = "18814", .indicator_id = 7, .year = 2024, .has_value = TRUE, .value = 0.955 },
    { .unit_code = "18508", .indicator_id = 7, .year = 2024, .has_value = FALSE, .value = 0 },
    { .unit_code = "18139", .indicator_id = 12, .year = 2025, .has_value = TRUE, .value = 60 },
  };
  const char *expected[] = {
    "1|18814|7|2024|0.955|Xã Kỳ Tân",
    "2|18508|7|2024|-|Xã Hòa Hải",
    "3|18139|12|2025|60.0|Xã Sơn Hồng",
  };
  const char *sql = "SELECT s.rowid || '|' || s.unit_code || '|' || s.indicator_id || '|' || s.year"
                    "   || '|' || coalesce (s.value, '-') || '|' || coalesce (u.name, '?')"
                    " FROM ntm_staged_values (?1) s LEFT JOIN unit u ON u.code = s.unit_code ORDER BY s.rowid";
  sqlite3_stmt *stmt;
  sqlite3_stmt *bare = NULL;
  guint n = 0;

  g_assert_no_error (error);
  g_array_append_vals (values, given, G_N_ELEMENTS (given));
  stmt = ntm_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  ntm_staged_values_bind (stmt, 1, values);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, expected[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));

  /* what is on record before the write: nothing for a value entered, the
   * value replaced, the value removed */
  {
    const NtmStagedValue before[] = {
      { .unit_code = "18814", .indicator_id = 7, .year = 2024, .has_value = TRUE, .value = 1,
        .replaces = FALSE, .had_value = FALSE, .old_value = 0, .removes = FALSE },
      { .unit_code = "18814", .indicator_id = 8, .year = 2024, .has_value = TRUE, .value = 1,
        .replaces = TRUE, .had_value = TRUE, .old_value = 0.5, .removes = FALSE },
      { .unit_code = "18814", .indicator_id = 9, .year = 2024, .has_value = TRUE, .value = 1,
        .replaces = TRUE, .had_value = FALSE, .old_value = 0, .removes = FALSE },
      { .unit_code = "18814", .indicator_id = 10, .year = 2024, .has_value = TRUE, .value = 0.25,
        .replaces = FALSE, .had_value = FALSE, .old_value = 0, .removes = TRUE },
    };
    g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (NtmStagedValue));
    g_autoptr(GString) text = g_string_new (NULL);

    g_array_append_vals (kinds, before, G_N_ELEMENTS (before));
    stmt = ntm_database_prepare (db, "SELECT on_record || '|' || coalesce (recorded_value, '-')"
                                     " FROM ntm_staged_values (?1) ORDER BY rowid", &error);
    g_assert_no_error (error);
    ntm_staged_values_bind (stmt, 1, kinds);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (text, "%s ", sqlite3_column_text (stmt, 0));
    sqlite3_reset (stmt);
    sqlite3_clear_bindings (stmt);
    g_assert_cmpstr (text->str, ==, "0|- 1|0.5 1|- 1|0.25 ");
  }

  /* the history writes each number as SQLite writes a REAL in JSON, for
   * numbers whole and not, large and small, and no value */
  {
    const double numbers[] = { 0, 1, -2, 60, 95.5, 0.955, 1.0 / 3, 81.2345678901234567, 1e-7, -0.25,
                               999999999999999.0, 1e15, 123456789012345678.0, 3e300, -1e20,
                               0.1, 0.0001, -0.0001, 0.00015, 0.1 + 0.2, 2.675, 99999999999.9999,
                               99999999999999.9, 12345678901.2345, 0.0625, -100.05 };

    stmt = ntm_database_prepare (db, "SELECT json_quote (?1)", &error);
    g_assert_no_error (error);
    for (guint i = 0; i <= G_N_ELEMENTS (numbers); i++)
      {
        g_autoptr(GString) json = g_string_new (NULL);
        gboolean has_value = i < G_N_ELEMENTS (numbers);

        ntm_staged_values_append_json_number (json, has_value, has_value ? numbers[i] : 0);
        if (has_value)
          sqlite3_bind_double (stmt, 1, numbers[i]);
        else
          sqlite3_bind_null (stmt, 1);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        g_assert_cmpstr (json->str, ==, (const char *) sqlite3_column_text (stmt, 0));
        sqlite3_reset (stmt);
      }
    /* and numbers of a few decimals, which are written without printf:
     * shares and figures as offices type them, their tenths to ten-
     * thousandths, either side of zero, and some with more decimals */
    for (guint i = 0; i < 40000; i++)
      {
        g_autoptr(GString) json = g_string_new (NULL);
        double scale = i % 4 == 0 ? 10 : i % 4 == 1 ? 100 : i % 4 == 2 ? 1000 : 10000;
        double number = ((double) (i * 7919u % 200003u) - 100000.0) / scale;

        if (i % 97 == 0)
          number /= 7;          /* a long fraction */
        else if (i % 89 == 0)
          number += 0.00001;    /* a fifth decimal */
        else if (i % 83 == 0)
          number *= 1e9;        /* many digits */
        ntm_staged_values_append_json_number (json, TRUE, number);
        sqlite3_bind_double (stmt, 1, number);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        g_assert_cmpstr (json->str, ==, (const char *) sqlite3_column_text (stmt, 0));
        sqlite3_reset (stmt);
      }
    sqlite3_clear_bindings (stmt);
  }

  /* a text, a NULL or another program's pointer is not an array of values */
  stmt = ntm_database_prepare (db, sql, &error);
  sqlite3_bind_text (stmt, 1, "18814", -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  stmt = ntm_database_prepare (db, sql, &error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  stmt = ntm_database_prepare (db, sql, &error);
  sqlite3_bind_pointer (stmt, 1, values, "carray", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);

  /* without its array the function cannot be planned */
  g_assert_cmpint (sqlite3_prepare_v2 (ntm_database_get_handle (db), "SELECT * FROM ntm_staged_values",
                                       -1, &bare, NULL), !=, SQLITE_OK);
  g_assert_null (bare);
}

/* What a bulk write does in its transaction: its rows are written with
 * the foreign keys off, or on within another transaction. */
typedef struct {
  const char *unit_code;        /* of the row written */
  gboolean    fail;             /* return FALSE after writing it */
  gint64      keys_inside;      /* PRAGMA foreign_keys as the write saw it */
} BulkWrite;

static gboolean
bulk_write (NtmDatabase  *db,
            gpointer      user_data,
            GError      **error)
{
  BulkWrite *w = user_data;
  g_autofree char *sql = g_strdup_printf ("INSERT INTO assessment (unit_code, indicator_id, year, value)"
                                          " SELECT '%s', min (id), 2024, 1 FROM indicator", w->unit_code);

  w->keys_inside = ntm_test_count (db, "PRAGMA foreign_keys");
  if (!ntm_database_exec (db, sql, error))
    return FALSE;
  if (w->fail)
    g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID, "a parent is missing");
  return !w->fail;
}

static gboolean
bulk_write_nested (NtmDatabase  *db,
                   gpointer      user_data,
                   GError      **error)
{
  return ntm_database_run_bulk_transaction (db, NTM_AREA_NONE, bulk_write, user_data, error);
}

/* A bulk write checks the parents of its rows once each, the foreign keys
 * off for its transaction only (and on again whatever it returns); each
 * unit and indicator a staged value names must be on record. */
static void
test_bulk_transaction (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_database_open (f->path, &error);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (NtmStagedValue));
  gint64 indicator = ntm_test_count (db, "SELECT min (id) FROM indicator");
  gint64 no_indicator = ntm_test_count (db, "SELECT max (id) + 1 FROM indicator");
  NtmStagedValue known[] = {
    { .unit_code = "18814", .indicator_id = indicator, .year = 2024, .has_value = TRUE, .value = 1 },
    { .unit_code = "18508", .indicator_id = indicator, .year = 2024, .has_value = FALSE, .value = 0 },
    { .unit_code = "18814", .indicator_id = indicator, .year = 2025, .has_value = TRUE, .value = 2 },
  };
  NtmStagedValue no_unit = { .unit_code = "99999", .indicator_id = indicator, .year = 2024, .has_value = TRUE, .value = 1 };
  NtmStagedValue unknown_indicator = {
    .unit_code = "18814", .indicator_id = no_indicator, .year = 2024, .has_value = TRUE, .value = 1
  };
  BulkWrite ok = { "18814", FALSE, -1 };
  BulkWrite orphan = { "99999", TRUE, -1 };
  BulkWrite nested = { "99998", FALSE, -1 };

  g_assert_no_error (error);
  g_array_append_vals (values, known, G_N_ELEMENTS (known));
  g_assert_true (ntm_staged_values_check_parents (db, values, &error));
  g_assert_no_error (error);
  g_array_append_val (values, no_unit);
  g_assert_false (ntm_staged_values_check_parents (db, values, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "99999"));
  g_clear_error (&error);
  g_array_set_size (values, G_N_ELEMENTS (known));
  g_array_append_val (values, unknown_indicator);
  g_assert_false (ntm_staged_values_check_parents (db, values, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* written with the keys off; on again after */
  g_assert_true (ntm_database_run_bulk_transaction (db, NTM_AREA_NONE, bulk_write, &ok, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ok.keys_inside, ==, 0);
  g_assert_cmpint (count (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM assessment WHERE unit_code = '18814'"), ==, 1);

  /* a failed write leaves nothing, and the keys on */
  g_assert_false (ntm_database_run_bulk_transaction (db, NTM_AREA_NONE, bulk_write, &orphan, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (orphan.keys_inside, ==, 0);
  g_assert_cmpint (count (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM assessment WHERE unit_code = '99999'"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* within another transaction the keys stay on, and are checked */
  g_assert_false (ntm_database_run_transaction (db, NTM_AREA_NONE, bulk_write_nested, &nested, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (nested.keys_inside, ==, 1);
  g_assert_cmpint (count (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM assessment WHERE unit_code = '99998'"), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database/create-and-reopen", test_create_and_reopen);
  ADD ("/database/refuse/random-bytes", test_refuse_random_bytes);
  ADD ("/database/refuse/text", test_refuse_text);
  ADD ("/database/refuse/other-sqlite", test_refuse_other_sqlite);
  ADD ("/database/refuse/newer", test_refuse_newer);
  ADD ("/database/refuse/corrupt", test_refuse_corrupt);
  ADD ("/database/refuse/missing-folder", test_missing_folder);
  ADD ("/database/read-only", test_read_only_file);
  ADD ("/database/transactions", test_transactions);
  ADD ("/database/settings", test_settings);
  ADD ("/database/stub/zero-length", test_stub_zero_length);
  ADD ("/database/stub/interrupted-wal", test_stub_interrupted_wal);
  ADD ("/database/stub/interrupted-journal", test_stub_interrupted_journal);
  ADD ("/database/stub/empty-sqlite", test_stub_empty_sqlite);
  ADD ("/database/first-run-in-log", test_first_run_in_log);
  ADD ("/database/stale-temporaries", test_stale_temporaries);
  ADD ("/database/read-only/leaves-nothing", test_read_only_leaves_nothing);
  ADD ("/database/migration/backs-up", test_migration_backs_up);
  ADD ("/database/migration/error-in-words", test_migration_error_in_words);
  ADD ("/database/busy/waits", test_busy_waits);
  ADD ("/database/busy/timeout", test_busy_timeout);
  ADD ("/database/upgrade-brings-history", test_upgrade_brings_history);
  ADD ("/database/upgrade-rewords-notes", test_upgrade_rewords_notes);
  ADD ("/database/upgrade-keeps-history", test_upgrade_keeps_history);
  ADD ("/database/upgrade-keeps-values", test_upgrade_keeps_values);
  ADD ("/database/step-without-triggers", test_step_without_triggers);
  ADD ("/database/staged-values", test_staged_values);
  ADD ("/database/bulk-transaction", test_bulk_transaction);
  ADD ("/database/upgrade-translates-notes", test_upgrade_translates_notes);
#undef ADD
  g_test_add_func ("/database/read-only/side-files", test_read_only_side_files);

  return g_test_run ();
}
