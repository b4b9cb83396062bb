/* test-crash-safety.c: nothing is lost, whatever happens to the program
 *
 * Each numbered problem of "Nothing lost" reproduced as a tester found it,
 * with the real program:
 *
 *  1. a first run whose data is still in the write-ahead log;
 *  2. kill -9 during creation;
 *  3. two programs creating the same database at once;
 *  4. a healthy database in a read-only folder;
 *  5. a read-only file leaving read-only -shm/-wal files behind;
 *  6. --output naming the database;
 *  7. a feature with a name of a million characters;
 *  8. district outlines imported after the commune outlines;
 *  9. an import waiting for another writer, outputs' permissions and links,
 *     killed exports, --dry-run without a database, a .shp without its
 *     .dbf, a migration failure in words.
 *
 * The kill trials use seeded randomness (the seed is printed) and kill at
 * a moment drawn between the start and the time an undisturbed run takes,
 * measured first, so that they hit every phase on fast and slow machines
 * alike (the sanitizer build included). After every trial `ntm --check`
 * must exit 0 with the integrity check passed, and the data must be all
 * old or all new.
 *
 * The read-only cases run the program as an unprivileged user ("nobody")
 * when the tests run as the administrator, who may write anything; they
 * are skipped, saying why, where privileges cannot be dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ntm-boundary-report.h"
#include "ntm-database-private.h"
#include "ntm-output-file.h"
#include "ntm-report.h"
#include "ntm-test-utils.h"

#define TRIALS 20
#define SEED 20260308

static char *dir;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char *
new_dir (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  ntm_test_remove_tree (path);
  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  return g_steal_pointer (&path);
}

static int
run_ntm (const char * const *args, char **out, char **err)
{
  return ntm_test_run_program (NULL, FALSE, args, out, err);
}

/* `ntm --check` must pass: integrity ok, the province all there. */
static char *
assert_check_passes (const char *db, gboolean unprivileged)
{
  const char *args[] = { "--database", db, "--check", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = ntm_test_run_program (NULL, unprivileged, args, &out, &err);

  if (status != 0)
    g_error ("ntm --check %s exited %d: %s", db, status, err);
  g_assert_cmpstr (ntm_test_value_of (out, "integrity"), ==, "ok");
  g_assert_cmpstr (ntm_test_value_of (out, "units-commune-level"), ==, "216");
  g_assert_cmpstr (ntm_test_value_of (out, "recognitions"), ==, "271");
  return g_steal_pointer (&out);
}

static GPid
spawn (const char *program, const char * const *args, gboolean unprivileged)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_ptr_array_add (argv, (gpointer) (program ? program : g_getenv ("NTM_BINARY")));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_async (NULL, (char **) argv->pdata, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 unprivileged && geteuid () == 0 ? ntm_test_drop_privileges : NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

static void
kill_after (GPid pid, double seconds)
{
  int status;

  g_usleep ((gulong) (seconds * G_USEC_PER_SEC));
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
}

/* How long an undisturbed run of @args takes, in seconds. */
static double
measure (const char *program, const char * const *args)
{
  gint64 start = g_get_monotonic_time ();
  GPid pid = spawn (program, args, FALSE);
  int status;

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static GRand *
new_rand (void)
{
  g_test_message ("seed %d", SEED);
  return g_rand_new_with_seed (SEED);
}

static gboolean
has_temporary (const char *path)
{
  g_autofree char *listing = ntm_test_list_dir (path);
  return strstr (listing, ".ntm-") != NULL || strstr (listing, ".part") != NULL;
}

static gint64
count_sql (const char *db_path, const char *sql)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, db_path);
  return ntm_test_count (db, sql);
}

/* Whether programs can be run as an unprivileged user here. */
static gboolean
can_drop_privileges (void)
{
  const char *args[] = { "--version", NULL };

  if (geteuid () != 0)
    return TRUE;
  return ntm_test_run_program (NULL, TRUE, args, NULL, NULL) == 0;
}

/* A folder the unprivileged user owns. */
static char *
new_unprivileged_dir (const char *name)
{
  char *path = new_dir (name);

  if (geteuid () == 0)
    g_assert_cmpint (chown (path, NTM_TEST_NOBODY, NTM_TEST_NOBODY), ==, 0);
  return path;
}

/* ---------------------------------------------------------------------- */
/* Kill -9 at random moments                                              */
/* ---------------------------------------------------------------------- */

/* Item 2: a kill during creation leaves no stub that is refused later. */
static void
test_kill_creation (void)
{
  g_autoptr(GRand) rand = new_rand ();
  g_autofree char *calibration = new_dir ("calibrate-creation");
  g_autofree char *cal_db = g_build_filename (calibration, "ntm.db", NULL);
  const char *cal_args[] = { "--database", cal_db, "--check", NULL };
  double span = measure (NULL, cal_args);

  for (guint trial = 0; trial < TRIALS; trial++)
    {
      g_autofree char *name = g_strdup_printf ("creation-%u", trial);
      g_autofree char *trial_dir = new_dir (name);
      g_autofree char *db = g_build_filename (trial_dir, "ntm.db", NULL);
      const char *args[] = { "--database", db, "--check", NULL };
      g_autofree char *report = NULL;
      g_autofree char *listing = NULL;

      kill_after (spawn (NULL, args, FALSE), g_rand_double_range (rand, 0, span));
      report = assert_check_passes (db, FALSE);
      listing = ntm_test_list_dir (trial_dir);
      g_assert_cmpstr (listing, ==, "ntm.db");
      ntm_test_remove_tree (trial_dir);
    }
}

/* Item 1: a first run killed at any moment, its changes still in the
 * log: the database opens, and every change is there whole or not at all. */
static void
test_kill_first_run (void)
{
  g_autoptr(GRand) rand = new_rand ();
  const char *helper = g_getenv ("NTM_CRASH_HELPER");
  g_autofree char *calibration = new_dir ("calibrate-first-run");
  g_autofree char *cal_db = g_build_filename (calibration, "ntm.db", NULL);
  const char *cal_args[] = { "--database", cal_db, "--check", NULL };
  double span = measure (NULL, cal_args) + 0.4;
  guint with_changes = 0;

  for (guint trial = 0; trial < TRIALS; trial++)
    {
      g_autofree char *name = g_strdup_printf ("first-run-%u", trial);
      g_autofree char *trial_dir = new_dir (name);
      g_autofree char *db = g_build_filename (trial_dir, "ntm.db", NULL);
      g_autofree char *relative = g_build_filename (name, "ntm.db", NULL);
      const char *args[] = { "work", db, NULL };
      g_autofree char *report = NULL;
      gint64 kept;

      kill_after (spawn (helper, args, FALSE), g_rand_double_range (rand, 0, span));
      report = assert_check_passes (db, FALSE);
      kept = count_sql (relative, "SELECT count(*) FROM setting WHERE key GLOB 'trial-*'");
      g_assert_cmpint (kept % 5, ==, 0);
      if (kept > 0)
        with_changes++;
      ntm_test_remove_tree (trial_dir);
    }
  /* the kills did land while it worked, not only during creation */
  g_assert_cmpuint (with_changes, >, 0);
}

/* Killed while importing district outlines over commune outlines: the old
 * outlines (9) or the old and the new (9 + 13), never part of them. */
static void
test_kill_import (void)
{
  g_autoptr(GRand) rand = new_rand ();
  g_autofree char *base_dir = new_dir ("import-base");
  g_autofree char *base = g_build_filename (base_dir, "ntm.db", NULL);
  g_autofree char *communes = ntm_test_fixture ("boundaries-good.geojson");
  g_autofree char *districts = ntm_test_fixture ("districts-voronoi.geojson");
  g_autofree char *calibration = new_dir ("calibrate-import");
  g_autofree char *cal_db = g_build_filename (calibration, "ntm.db", NULL);
  const char *base_args[] = { "--database", base, "--import-boundaries", communes, NULL };
  const char *cal_args[] = { "--database", cal_db, "--import-boundaries", districts, NULL };
  double span;

  g_assert_cmpint (run_ntm (base_args, NULL, NULL), ==, 0);
  ntm_test_copy_file (base, cal_db);
  span = measure (NULL, cal_args);

  for (guint trial = 0; trial < TRIALS; trial++)
    {
      g_autofree char *name = g_strdup_printf ("import-%u", trial);
      g_autofree char *trial_dir = new_dir (name);
      g_autofree char *db = g_build_filename (trial_dir, "ntm.db", NULL);
      g_autofree char *relative = g_build_filename (name, "ntm.db", NULL);
      const char *args[] = { "--database", db, "--import-boundaries", districts, NULL };
      g_autofree char *report = NULL;
      gint64 outlines;

      ntm_test_copy_file (base, db);
      kill_after (spawn (NULL, args, FALSE), g_rand_double_range (rand, 0, span));
      report = assert_check_passes (db, FALSE);
      outlines = count_sql (relative, "SELECT count(*) FROM unit_boundary");
      g_assert_true (outlines == 9 || outlines == 9 + 13);
      g_assert_cmpint (count_sql (relative, "SELECT count(*) FROM unit_boundary_shape s"
                                            " LEFT JOIN unit_boundary b USING (unit_code)"
                                            " WHERE b.unit_code IS NULL"), ==, 0);
      ntm_test_remove_tree (trial_dir);
    }
}

/* Killed while exporting a list or a map over an older file: the old file
 * or the new one, whole; what a killed writer leaves is cleared by the
 * next. */
static void
test_kill_export (void)
{
  g_autoptr(GRand) rand = new_rand ();
  g_autofree char *work = new_dir ("export");
  g_autofree char *db = g_build_filename (work, "ntm.db", NULL);
  g_autofree char *out_dir = new_dir ("export/out");
  g_autofree char *csv = g_build_filename (out_dir, "units.csv", NULL);
  g_autofree char *png = g_build_filename (out_dir, "map.png", NULL);
  g_autofree char *csv_new = NULL;
  g_autofree char *png_new = NULL;
  const char *csv_args[] = { "--database", db, "--export-list", "units", "--output", csv, NULL };
  const char *png_args[] = { "--database", db, "--export-map", png, "--size", "800x600", NULL };
  double csv_span, png_span;

  g_free (assert_check_passes (db, FALSE));
  csv_span = measure (NULL, csv_args);
  png_span = measure (NULL, png_args);
  csv_new = ntm_test_file_checksum (csv);
  png_new = ntm_test_file_checksum (png);

  for (guint trial = 0; trial < TRIALS; trial++)
    {
      gboolean is_png = trial % 2 == 1;
      const char *out = is_png ? png : csv;
      const char * const *args = is_png ? png_args : csv_args;
      g_autofree char *old = NULL;
      g_autofree char *after = NULL;
      GPid pid;

      g_assert_true (g_file_set_contents (out, "the old contents", -1, NULL));
      old = ntm_test_file_checksum (out);
      pid = spawn (NULL, args, FALSE);
      kill_after (pid, g_rand_double_range (rand, 0, is_png ? png_span : csv_span));

      after = ntm_test_file_checksum (out);
      g_assert_true (g_str_equal (after, old) || g_str_equal (after, is_png ? png_new : csv_new));
      g_free (assert_check_passes (db, FALSE));

      /* Nothing half-written is left beside it. The temporary file has no
       * name while it is written; it gets one for the instant before it is
       * renamed into place, so a kill at that instant may leave it, named
       * after the killed process, for the next writer to clear. */
      {
        g_autofree char *listing = ntm_test_list_dir (out_dir);
        g_auto(GStrv) names = g_strsplit (listing, " ", -1);
        g_autofree char *mark = g_strdup_printf (".ntm-%d-", (int) pid);

        for (guint i = 0; names[i] != NULL; i++)
          if (!g_str_equal (names[i], "units.csv") && !g_str_equal (names[i], "map.png"))
            {
              g_test_message ("left by the killed export: %s", names[i]);
              g_assert_nonnull (strstr (names[i], mark));
            }
      }

      /* The next export leaves nothing of the killed one behind. */
      g_assert_cmpint (run_ntm (args, NULL, NULL), ==, 0);
      {
        g_autofree char *listing = ntm_test_list_dir (out_dir);
        g_assert_cmpstr (listing, ==, "map.png units.csv");
      }
      g_free (after);
      after = ntm_test_file_checksum (out);
      g_assert_cmpstr (after, ==, is_png ? png_new : csv_new);
    }
}

/* Starts ntm with @args, its standard output going to @out_path. */
static GPid
spawn_to_file (const char * const *args, const char *out_path)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int fd = g_open (out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  GPid pid;

  g_assert_cmpint (fd, >=, 0);
  g_ptr_array_add (argv, (gpointer) g_getenv ("NTM_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_async_with_fds (NULL, (char **) argv->pdata, NULL,
                          G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                          NULL, NULL, &pid, -1, fd, -1, &error);
  g_assert_no_error (error);
  close (fd);
  return pid;
}

/* Item 3: two programs creating the same database at once both end up
 * using the one database. Both are `ntm --check`: each must exit 0 with
 * the integrity check passed, the later one on the final file. */
static void
test_concurrent_creators (void)
{
  for (guint trial = 0; trial < TRIALS; trial++)
    {
      g_autofree char *name = g_strdup_printf ("concurrent-%u", trial);
      g_autofree char *trial_dir = new_dir (name);
      g_autofree char *db = g_build_filename (trial_dir, "ntm.db", NULL);
      g_autofree char *out_first = g_build_filename (dir, "first.txt", NULL);
      g_autofree char *out_second = g_build_filename (dir, "second.txt", NULL);
      const char *args[] = { "--database", db, "--check", NULL };
      GPid pids[2];

      pids[0] = spawn_to_file (args, out_first);
      pids[1] = spawn_to_file (args, out_second);
      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *report = NULL;
          int status;

          g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          g_assert_true (g_file_get_contents (i == 0 ? out_first : out_second, &report, NULL, NULL));
          g_assert_cmpstr (ntm_test_value_of (report, "integrity"), ==, "ok");
          g_assert_cmpstr (ntm_test_value_of (report, "units-commune-level"), ==, "216");
          g_assert_cmpstr (ntm_test_value_of (report, "recognitions"), ==, "271");
        }

      g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
      g_assert_false (has_temporary (trial_dir));
      ntm_test_remove_tree (trial_dir);
    }
}

/* ---------------------------------------------------------------------- */
/* Read-only places                                                       */
/* ---------------------------------------------------------------------- */

/* Item 4: a healthy database in a read-only folder opens for viewing, also
 * one whose last run was killed with its changes in the log. */
static void
test_read_only_folder (void)
{
  const char *helper = g_getenv ("NTM_CRASH_HELPER");
  g_autofree char *folder = NULL;
  g_autofree char *db = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *report = NULL;

  if (!can_drop_privileges ())
    {
      g_test_skip ("the program cannot be run as an unprivileged user here, and an administrator may write anywhere");
      return;
    }

  /* a clean database */
  folder = new_unprivileged_dir ("ro-folder");
  db = g_build_filename (folder, "ntm.db", NULL);
  g_free (assert_check_passes (db, TRUE));
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  before = ntm_test_list_dir (folder);
  report = assert_check_passes (db, TRUE);
  g_assert_cmpstr (ntm_test_value_of (report, "read-only"), ==, "yes");
  after = ntm_test_list_dir (folder);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);

  /* a run killed with its changes still in the log */
  {
    g_autofree char *killed = new_unprivileged_dir ("ro-folder-killed");
    g_autofree char *killed_db = g_build_filename (killed, "ntm.db", NULL);
    g_autofree char *wal = g_strconcat (killed_db, "-wal", NULL);
    const char *args[] = { "work", killed_db, NULL };
    g_autofree char *killed_report = NULL;
    GPid pid = spawn (helper, args, TRUE);

    /* wait until it has created the database and saved changes */
    for (guint i = 0; i < 500 && !g_file_test (wal, G_FILE_TEST_EXISTS); i++)
      g_usleep (10 * 1000);
    kill_after (pid, 0.3);
    g_assert_cmpint (g_chmod (killed, 0555), ==, 0);
    killed_report = assert_check_passes (killed_db, TRUE);
    g_assert_cmpstr (ntm_test_value_of (killed_report, "read-only"), ==, "yes");
    g_assert_cmpint (g_chmod (killed, 0755), ==, 0);
  }
}

/* Item 5: a read-only file leaves no read-only -shm/-wal behind, so that
 * once writable again it can be written. */
static void
test_read_only_file (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *db = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *report = NULL;
  g_autofree char *communes = ntm_test_fixture ("boundaries-good.geojson");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!can_drop_privileges ())
    {
      g_test_skip ("the program cannot be run as an unprivileged user here, and an administrator may write anything");
      return;
    }

  folder = new_unprivileged_dir ("ro-file");
  db = g_build_filename (folder, "ntm.db", NULL);
  g_free (assert_check_passes (db, TRUE));
  g_assert_cmpint (g_chmod (db, 0444), ==, 0);

  report = assert_check_passes (db, TRUE);
  g_assert_cmpstr (ntm_test_value_of (report, "read-only"), ==, "yes");
  listing = ntm_test_list_dir (folder);
  g_assert_cmpstr (listing, ==, "ntm.db");

  g_assert_cmpint (g_chmod (db, 0644), ==, 0);
  g_free (report);
  report = assert_check_passes (db, TRUE);
  g_assert_cmpstr (ntm_test_value_of (report, "read-only"), ==, "no");
  {
    const char *args[] = { "--database", db, "--import-boundaries", communes, NULL };
    g_assert_cmpint (ntm_test_run_program (NULL, TRUE, args, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "committed: 9"));
  }
}

/* ---------------------------------------------------------------------- */
/* Item 6: outputs onto the database                                      */
/* ---------------------------------------------------------------------- */

static void
assert_output_refused (const char *db, const char * const *args)
{
  g_autofree char *before = ntm_test_file_checksum (db);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_ntm (args, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "database"));
  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_output_onto_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *work = new_dir ("onto-db");
  g_autofree char *pdf_db = g_build_filename (work, "office.pdf", NULL);
  g_autofree char *csv_db = g_build_filename (work, "list.csv", NULL);
  g_autofree char *db = g_build_filename (work, "ntm.db", NULL);
  g_autofree char *symlink_pdf = g_build_filename (work, "summary.pdf", NULL);
  g_autofree char *hard_xlsx = g_build_filename (work, "units.xlsx", NULL);
  g_autofree char *hard_png = g_build_filename (work, "map.png", NULL);

  g_free (assert_check_passes (pdf_db, FALSE));
  g_free (assert_check_passes (csv_db, FALSE));
  g_free (assert_check_passes (db, FALSE));
  g_assert_cmpint (symlink ("ntm.db", symlink_pdf), ==, 0);
  g_assert_cmpint (link (db, hard_xlsx), ==, 0);

  {
    const char *args[] = { "--database", pdf_db, "--report", "summary", "--output", pdf_db, NULL };
    assert_output_refused (pdf_db, args);
  }
  {
    const char *args[] = { "--database", csv_db, "--export-list", "units", "--output", csv_db, NULL };
    assert_output_refused (csv_db, args);
  }
  {
    const char *args[] = { "--database", db, "--report", "unit:18757", "--output", symlink_pdf, NULL };
    assert_output_refused (db, args);
  }
  {
    const char *args[] = { "--database", db, "--export-list", "units", "--output", hard_xlsx, NULL };
    assert_output_refused (db, args);
  }
  g_unlink (hard_xlsx);
  g_assert_cmpint (link (db, hard_png), ==, 0);
  {
    const char *args[] = { "--database", db, "--export-map", hard_png, NULL };
    assert_output_refused (db, args);
  }
  {
    const char *args[] = { "--database", db, "--backup", "--output", db, NULL };
    assert_output_refused (db, args);
  }

  /* The writers themselves refuse it too, whoever calls them. */
  {
    g_autoptr(NtmDatabase) open_db = ntm_database_open (db, &error);
    g_autoptr(NtmReport) report = NULL;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_no_error (error);
    report = ntm_report_new_summary (open_db, 2024, &error);
    g_assert_no_error (error);
    before = ntm_test_file_checksum (db);
    g_assert_false (ntm_report_write_pdf (report, hard_png, NULL, NULL, NULL, &error));
    g_assert_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_IS_DATABASE);
    g_clear_error (&error);

    /* the boundary match report the import dialog saves, too */
    {
      g_autofree char *communes = ntm_test_fixture ("boundaries-good.geojson");
      g_autofree char *csv = g_build_filename (work, "matches.csv", NULL);
      g_autofree char *contents = NULL;
      g_autoptr(NtmBoundaryFile) file = ntm_boundary_file_read (communes, NULL, NULL, &error);
      g_autoptr(NtmBoundaryReport) matches = ntm_boundary_report_new (file, open_db, &error);

      g_assert_no_error (error);
      g_assert_false (ntm_boundary_report_write_csv (matches, hard_png, &error));
      g_assert_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_IS_DATABASE);
      g_clear_error (&error);
      g_assert_true (ntm_boundary_report_write_csv (matches, csv, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, "status,feature,"));
    }
    after = ntm_test_file_checksum (db);
    g_assert_cmpstr (before, ==, after);
  }
}

/* ---------------------------------------------------------------------- */
/* Items 7 and 8: boundary imports                                        */
/* ---------------------------------------------------------------------- */

/* Runs ntm with @args, killing it if it takes longer than @limit seconds;
 * returns its exit status (-1 when it had to be killed) and what it
 * printed, and how long it ran. */
static int
run_ntm_with_limit (const char * const *args,
                    double              limit,
                    char              **out,
                    double             *seconds)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out_path = g_build_filename (dir, "limited-output.txt", NULL);
  gint64 start = g_get_monotonic_time ();
  int status = 0;
  GPid pid;
  pid_t done = 0;

  {
    g_autoptr(GPtrArray) argv = g_ptr_array_new ();
    int fd = g_open (out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

    g_assert_cmpint (fd, >=, 0);
    g_ptr_array_add (argv, (gpointer) g_getenv ("NTM_BINARY"));
    for (guint i = 0; args[i] != NULL; i++)
      g_ptr_array_add (argv, (gpointer) args[i]);
    g_ptr_array_add (argv, NULL);
    g_spawn_async_with_fds (NULL, (char **) argv->pdata, NULL,
                            G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                            NULL, NULL, &pid, -1, fd, -1, &error);
    g_assert_no_error (error);
    close (fd);
  }

  while ((done = waitpid (pid, &status, WNOHANG)) == 0 &&
         g_get_monotonic_time () - start < (gint64) (limit * G_USEC_PER_SEC))
    g_usleep (10 * 1000);
  *seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  if (done == 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      status = -1;
    }
  else
    status = WIFEXITED (status) ? WEXITSTATUS (status) : 255;

  g_file_get_contents (out_path, out, NULL, NULL);
  return status;
}

/* Item 7: a name of a million characters (combining marks, which Unicode
 * normalisation sorts in time growing with the square of their number) is
 * refused at once, with a line naming the feature. */
static void
test_long_name (void)
{
  g_autofree char *work = new_dir ("long-name");
  g_autofree char *path = g_build_filename (work, "long.geojson", NULL);
  g_autofree char *db = g_build_filename (work, "ntm.db", NULL);
  const char *args[] = { "--database", db, "--import-boundaries", path, "--dry-run", NULL };
  g_autoptr(GString) json = g_string_new (NULL);
  g_autofree char *out = NULL;
  double seconds, limit;
  int status;

  g_string_append (json, "{\"type\":\"FeatureCollection\",\"features\":["
                         "{\"type\":\"Feature\",\"properties\":{\"ma_xa\":\"18757\",\"ten_xa\":\"Xã Kỳ Tân\"},"
                         "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[106.1,18.2],[106.2,18.2],[106.2,18.3],[106.1,18.2]]]}},"
                         "{\"type\":\"Feature\",\"properties\":{\"ma_xa\":\"\",\"ten_xa\":\"Xã a");
  for (guint i = 0; i < 500000; i++)
    g_string_append (json, "\xcc\x81\xcc\xa3");   /* U+0301 U+0323 */
  g_string_append (json, "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                         "[[[106.3,18.2],[106.4,18.2],[106.4,18.3],[106.3,18.2]]]}}]}");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  g_free (assert_check_passes (db, FALSE));

#if defined(__SANITIZE_ADDRESS__)
  limit = 5.0;   /* the sanitizers slow every instruction down */
#else
  limit = 1.0;
#endif
  status = run_ntm_with_limit (args, 30, &out, &seconds);
  g_test_message ("the report took %.3f s", seconds);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpfloat (seconds, <, limit);

  g_assert_cmpstr (ntm_test_value_of (out, "matched"), ==, "1");
  g_assert_cmpstr (ntm_test_value_of (out, "unmatched"), ==, "1");
  /* the report names the feature without repeating a megabyte */
  g_assert_cmpuint (strlen (out), <, 2000);
  g_assert_nonnull (strstr (out, "unmatched-name: Xã a"));
}

/* Item 8: importing district outlines after commune outlines keeps the
 * commune outlines, and the report says beforehand what it replaces. */
static void
test_districts_after_communes (void)
{
  g_autofree char *work = new_dir ("levels");
  g_autofree char *db = g_build_filename (work, "ntm.db", NULL);
  g_autofree char *communes = ntm_test_fixture ("boundaries-good.geojson");
  g_autofree char *one = ntm_test_fixture ("boundaries-one.geojson");
  g_autofree char *districts = ntm_test_fixture ("districts-voronoi.geojson");
  g_autofree char *out = NULL;

  {
    const char *args[] = { "--database", db, "--import-boundaries", communes, NULL };
    g_assert_cmpint (run_ntm (args, &out, NULL), ==, 0);
    g_assert_cmpstr (ntm_test_value_of (out, "committed"), ==, "9");
  }
  g_assert_cmpint (count_sql ("levels/ntm.db", "SELECT count(*) FROM unit_boundary"), ==, 9);

  {
    const char *args[] = { "--database", db, "--import-boundaries", districts, NULL };
    g_free (out);
    g_assert_cmpint (run_ntm (args, &out, NULL), ==, 0);
    g_assert_cmpstr (ntm_test_value_of (out, "committed"), ==, "13");
    g_assert_cmpstr (ntm_test_value_of (out, "replaced"), ==, "0");
  }
  g_assert_cmpint (count_sql ("levels/ntm.db", "SELECT count(*) FROM unit_boundary"), ==, 9 + 13);

  /* A new commune file replaces the commune outlines, all of them, and
   * says so beforehand; the districts stay. */
  {
    const char *args[] = { "--database", db, "--import-boundaries", one, NULL };
    g_free (out);
    g_assert_cmpint (run_ntm (args, &out, NULL), ==, 0);
    g_assert_cmpstr (ntm_test_value_of (out, "replaced"), ==, "9");
    g_assert_true (strstr (out, "replaced: 9") < strstr (out, "committed:"));
  }
  g_assert_cmpint (count_sql ("levels/ntm.db", "SELECT count(*) FROM unit_boundary"), ==, 1 + 13);
}

/* ---------------------------------------------------------------------- */
/* Item 9: the smaller ones                                               */
/* ---------------------------------------------------------------------- */

/* An import waiting for another writer for longer than the old 5 s says
 * what it waits for, and then imports. */
static void
test_import_waits (void)
{
  g_autofree char *work = new_dir ("wait");
  g_autofree char *db = g_build_filename (work, "ntm.db", NULL);
  g_autofree char *communes = ntm_test_fixture ("boundaries-good.geojson");
  const char *args[] = { "--database", db, "--import-boundaries", communes, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  NtmTestLockHolder *holder;

  g_free (assert_check_passes (db, FALSE));
  holder = ntm_test_hold_write_lock (db, "DELETE FROM setting WHERE key = 'none'", 5500);
  g_assert_cmpint (run_ntm (args, &out, &err), ==, 0);
  ntm_test_lock_holder_join (holder);
  g_assert_nonnull (strstr (err, "Waiting for another program"));
  g_assert_null (strstr (err, "locked"));
  g_assert_nonnull (strstr (out, "committed: 9"));
}

static void
test_output_mode_and_link (void)
{
  g_autofree char *work = new_dir ("modes");
  g_autofree char *db = g_build_filename (work, "ntm.db", NULL);
  g_autofree char *private_csv = g_build_filename (work, "private.csv", NULL);
  g_autofree char *real = g_build_filename (work, "real.csv", NULL);
  g_autofree char *latest = g_build_filename (work, "latest.csv", NULL);
  g_autofree char *target = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (private_csv, "old", -1, NULL));
  g_assert_cmpint (g_chmod (private_csv, 0600), ==, 0);
  {
    const char *args[] = { "--database", db, "--export-list", "units", "--output", private_csv, NULL };
    g_assert_cmpint (run_ntm (args, NULL, NULL), ==, 0);
  }
  g_assert_cmpint (g_stat (private_csv, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.csv", latest), ==, 0);
  {
    const char *args[] = { "--database", db, "--export-list", "targets", "--output", latest, NULL };
    g_assert_cmpint (run_ntm (args, NULL, NULL), ==, 0);
  }
  g_assert_cmpint (g_lstat (latest, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  target = g_file_read_link (latest, NULL);
  g_assert_cmpstr (target, ==, "real.csv");
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, !=, "old");
  g_assert_false (has_temporary (work));
}

static void
test_dry_run_creates_nothing (void)
{
  g_autofree char *work = new_dir ("dry-run");
  g_autofree char *db = g_build_filename (work, "ntm.db", NULL);
  g_autofree char *communes = ntm_test_fixture ("boundaries-good.geojson");
  const char *args[] = { "--database", db, "--import-boundaries", communes, "--dry-run", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *listing = NULL;

  g_assert_cmpint (run_ntm (args, &out, &err), ==, 0);
  g_assert_cmpstr (ntm_test_value_of (out, "matched"), ==, "9");
  g_assert_nonnull (strstr (err, "does not exist"));
  listing = ntm_test_list_dir (work);
  g_assert_cmpstr (listing, ==, "");
}

static void
test_shapefile_without_dbf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *work = new_dir ("shp");
  g_autofree char *db = g_build_filename (work, "ntm.db", NULL);
  g_autofree char *shp = g_build_filename (work, "communes.shp", NULL);
  g_autofree char *dbf = g_build_filename (work, "communes.dbf", NULL);
  g_autofree char *source = ntm_test_fixture ("boundaries-polygons.geojson");
  const char *ogr[] = { "ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", shp, source, NULL };
  const char *args[] = { "--database", db, "--import-boundaries", shp, NULL };
  g_autofree char *err = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) ogr, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (dbf), ==, 0);

  g_assert_cmpint (run_ntm (args, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "communes.dbf"));
  g_assert_cmpint (count_sql ("shp/ntm.db", "SELECT count(*) FROM unit_boundary"), ==, 0);
}

static void
test_migration_failure_in_words (void)
{
  g_autofree char *work = new_dir ("migration");
  g_autofree char *db = g_build_filename (work, "ntm.db", NULL);
  const char *args[] = { "--database", db, "--check", NULL };
  g_autofree char *err = NULL;
  sqlite3 *raw = NULL;

  g_free (assert_check_passes (db, FALSE));
  g_assert_cmpint (sqlite3_open (db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA user_version = 3", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  g_assert_cmpint (run_ntm (args, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "could not be upgraded"));
  g_assert_null (strstr (err, ".sql"));
  g_assert_null (strstr (err, "already exists"));
}

int
main (int argc, char *argv[])
{
  const char *part;
  int ret;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();
  /* the unprivileged user must be able to reach the folders made here */
  g_chmod (dir, 0755);

  /* NTM_CRASH_PART=trials runs the kill and concurrency trials only,
   * =cases the rest, so that the two can run side by side. */
  part = g_getenv ("NTM_CRASH_PART");
  if (g_strcmp0 (part, "cases") != 0)
    {
      g_test_add_func ("/crash-safety/kill/creation", test_kill_creation);
      g_test_add_func ("/crash-safety/kill/first-run", test_kill_first_run);
      g_test_add_func ("/crash-safety/kill/import", test_kill_import);
      g_test_add_func ("/crash-safety/kill/export", test_kill_export);
      g_test_add_func ("/crash-safety/concurrent-creators", test_concurrent_creators);
    }
  if (g_strcmp0 (part, "trials") != 0)
    {
      g_test_add_func ("/crash-safety/read-only/folder", test_read_only_folder);
      g_test_add_func ("/crash-safety/read-only/file", test_read_only_file);
      g_test_add_func ("/crash-safety/output-onto-database", test_output_onto_database);
      g_test_add_func ("/crash-safety/long-name", test_long_name);
      g_test_add_func ("/crash-safety/districts-after-communes", test_districts_after_communes);
      g_test_add_func ("/crash-safety/import-waits", test_import_waits);
      g_test_add_func ("/crash-safety/output-mode-and-link", test_output_mode_and_link);
      g_test_add_func ("/crash-safety/dry-run-creates-nothing", test_dry_run_creates_nothing);
      g_test_add_func ("/crash-safety/shapefile-without-dbf", test_shapefile_without_dbf);
      g_test_add_func ("/crash-safety/migration-failure-in-words", test_migration_failure_in_words);
    }

  ret = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
