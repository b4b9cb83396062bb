/* test-cli.c: the ntm program's command line, run for real
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ntm-test-utils.h"

static char *dir;

static char *
path_in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
test_version (void)
{
  const char *args[] = { "--version", NULL };
  g_autofree char *out = NULL;
  int status;

  ntm_test_run_ntm (args, &out, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "ntm " PACKAGE_VERSION "\n");
}

static void
test_check_new (void)
{
  g_autofree char *db = path_in_dir ("new.db");
  const char *args[] = { "--database", db, "--check", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  ntm_test_run_ntm (args, &out, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (ntm_test_value_of (out, "units-province-level"), ==, "1");
  g_assert_cmpstr (ntm_test_value_of (out, "units-district-level"), ==, "13");
  g_assert_cmpstr (ntm_test_value_of (out, "units-commune-level"), ==, "216");
  g_assert_cmpstr (ntm_test_value_of (out, "units-commune"), ==, "182");
  g_assert_cmpstr (ntm_test_value_of (out, "units-ward"), ==, "21");
  g_assert_cmpstr (ntm_test_value_of (out, "units-township"), ==, "13");
  g_assert_cmpstr (ntm_test_value_of (out, "criteria-set-318-ntm"), ==, "19");
  g_assert_cmpstr (ntm_test_value_of (out, "criteria-set-319-model"), ==, "4");
  g_assert_cmpstr (ntm_test_value_of (out, "criteria-set-04-2022-urban"), ==, "9");
  g_assert_nonnull (ntm_test_value_of (out, "criteria-set-320-district"));
  g_assert_cmpstr (ntm_test_value_of (out, "assessments"), ==, "0");
  g_assert_cmpstr (ntm_test_value_of (out, "recognitions"), ==, "271");
  g_assert_cmpstr (ntm_test_value_of (out, "lineage-links"), ==, "266");
  g_assert_cmpstr (ntm_test_value_of (out, "units-on-record"), ==, "297");
  /* the tests' clock says 31/12/2024 (NTM_TODAY) */
  g_assert_cmpstr (ntm_test_value_of (out, "year"), ==, "2024");
  g_assert_cmpstr (ntm_test_value_of (out, "integrity"), ==, "ok");
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));

  /* a second check finds the same file and adds nothing */
  {
    g_autofree char *again = NULL;
    ntm_test_run_ntm (args, &again, NULL, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (ntm_test_value_of (again, "recognitions"), ==, "271");
  }
}

/* The default year follows the clock: on 3 December 2026 --check counts
 * the units of 2026; --year still chooses. */
static void
test_check_year (void)
{
  g_autofree char *tmp = ntm_test_make_temp_dir ();
  g_autofree char *db = g_build_filename (tmp, "year.db", NULL);
  const char *args[] = { "--database", db, "--check", NULL };
  const char *in_2024[] = { "--database", db, "--check", "--year", "2024", NULL };
  const char *in_2025[] = { "--database", db, "--check", "--year", "2025", NULL };
  const char *bad[] = { "--database", db, "--check", "--year", "1999", NULL };
  g_autofree char *out = NULL, *out_2024 = NULL, *out_2025 = NULL, *err = NULL;
  g_autofree char *saved = g_strdup (g_getenv ("NTM_TODAY"));
  int status;

  g_setenv ("NTM_TODAY", "2026-12-03", TRUE);
  ntm_test_run_ntm (args, &out, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (ntm_test_value_of (out, "year"), ==, "2026");
  g_assert_cmpstr (ntm_test_value_of (out, "units-province-level"), ==, "1");
  g_assert_cmpstr (ntm_test_value_of (out, "units-district-level"), ==, "0");
  g_assert_cmpstr (ntm_test_value_of (out, "units-commune-level"), ==, "69");
  g_assert_cmpstr (ntm_test_value_of (out, "units-commune"), ==, "60");
  g_assert_cmpstr (ntm_test_value_of (out, "units-ward"), ==, "9");

  ntm_test_run_ntm (in_2024, &out_2024, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (ntm_test_value_of (out_2024, "year"), ==, "2024");
  g_assert_cmpstr (ntm_test_value_of (out_2024, "units-province-level"), ==, "1");
  g_assert_cmpstr (ntm_test_value_of (out_2024, "units-district-level"), ==, "13");
  g_assert_cmpstr (ntm_test_value_of (out_2024, "units-commune-level"), ==, "216");

  /* 2025 is shown as on its 31 December: after the reform */
  ntm_test_run_ntm (in_2025, &out_2025, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (ntm_test_value_of (out_2025, "units-commune-level"), ==, "69");

  /* a year out of range is refused, the file untouched */
  {
    g_autofree char *before = ntm_test_file_checksum (db);
    g_autofree char *after = NULL;

    ntm_test_run_ntm (bad, NULL, &err, &status);
    g_assert_cmpint (status, !=, 0);
    g_assert_nonnull (strstr (err, "2000"));
    after = ntm_test_file_checksum (db);
    g_assert_cmpstr (before, ==, after);
  }

  if (saved)
    g_setenv ("NTM_TODAY", saved, TRUE);
  else
    g_unsetenv ("NTM_TODAY");
  ntm_test_remove_tree (tmp);
}

static void
assert_check_refuses (const char *db, const char *must_say)
{
  const char *args[] = { "--database", db, "--check", NULL };
  g_autofree char *before = ntm_test_file_checksum (db);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  ntm_test_run_ntm (args, &out, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, db));
  if (must_say)
    g_assert_nonnull (strstr (err, must_say));

  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_check_bad_files (void)
{
  g_autofree char *random_db = path_in_dir ("random.db");
  g_autofree char *newer_db = path_in_dir ("newer.db");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint8 bytes[4096];
  sqlite3 *db = NULL;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_file_set_contents (random_db, (const char *) bytes, sizeof bytes, NULL);
  assert_check_refuses (random_db, "not an Ntm database");

  {
    const char *args[] = { "--database", newer_db, "--check", NULL };
    int status;
    ntm_test_run_ntm (args, NULL, NULL, &status);
    g_assert_cmpint (status, ==, 0);
  }
  g_assert_cmpint (sqlite3_open (newer_db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 42", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_check_refuses (newer_db, "newer version of Ntm");
}

static void
test_check_missing_folder (void)
{
  g_autofree char *db = g_build_filename (dir, "missing", "x.db", NULL);
  const char *args[] = { "--database", db, "--check", NULL };
  g_autofree char *err = NULL;
  int status;

  ntm_test_run_ntm (args, NULL, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "does not exist"));
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

static void
test_check_read_only (void)
{
  g_autofree char *db = path_in_dir ("ro.db");
  const char *args[] = { "--database", db, "--check", NULL };
  g_autofree char *out = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  int status;

  ntm_test_run_ntm (args, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
  before = ntm_test_file_checksum (db);

  ntm_test_run_ntm (args, &out, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (ntm_test_value_of (out, "read-only"), ==, "yes");
  g_assert_cmpstr (ntm_test_value_of (out, "units-commune-level"), ==, "216");

  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
}

/* With no task, `ntm` loads the window's module and the window reads the
 * same options: it opens on the view and year asked for and draws itself
 * into the file given. Options wrong for the window are refused before it
 * loads, and a module that cannot be loaded is said as such. */
static void
test_window (void)
{
  g_autofree char *db = path_in_dir ("window.db");
  g_autofree char *png = path_in_dir ("window.png");
  const char *create[] = { "--database", db, "--check", NULL };
  const char *args[] = { "--database", db, "--year", "2024", "--view", "communes", "--screenshot", png, NULL };
  const char *bad_year[] = { "--database", db, "--year", "1999", "--screenshot", png, NULL };
  g_autofree char *err = NULL;
  g_autofree char *bad_err = NULL;
  g_autofree char *missing_err = NULL;
  cairo_surface_t *shot;
  int status;

  ntm_test_run_ntm (create, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);

  ntm_test_run_ntm (args, NULL, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (strstr (err, "CRITICAL"));
  shot = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (shot), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (shot), >=, 800);
  g_assert_cmpint (cairo_image_surface_get_height (shot), >=, 500);
  cairo_surface_destroy (shot);
  g_assert_cmpint (g_remove (png), ==, 0);

  ntm_test_run_ntm (bad_year, NULL, &bad_err, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (bad_err, "between 2000 and 2100"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  g_setenv ("NTM_GUI_MODULE", "/nonexistent/ntm-gui.so", TRUE);
  ntm_test_run_ntm (args, NULL, &missing_err, &status);
  g_unsetenv ("NTM_GUI_MODULE");
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (missing_err, "The window cannot be opened"));
  g_assert_nonnull (strstr (missing_err, "/nonexistent/ntm-gui.so"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

static void
test_help_vietnamese (void)
{
  const char *args[] = { "--help", NULL };
  g_autofree char *out = NULL;
  g_autofree char *out_vi = NULL;
  int status;

  ntm_test_run_ntm (args, &out, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "--database"));
  g_assert_nonnull (strstr (out, "instead of the default one"));

  g_setenv ("LANGUAGE", "vi", TRUE);
  ntm_test_run_ntm (args, &out_vi, NULL, &status);
  g_unsetenv ("LANGUAGE");
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out_vi, "--database"));
  g_assert_null (strstr (out_vi, "instead of the default one"));
  g_assert_nonnull (strstr (out_vi, "cơ sở dữ liệu"));
}


static void
sql_test_user (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  sqlite3_result_text (context, "test", -1, SQLITE_STATIC);
}

/* --backup, --list-backups, --backup --output and --restore, as an office
 * would use them. */
static void
test_backups (void)
{
  g_autofree char *db = path_in_dir ("backed-up.db");
  g_autofree char *copy = path_in_dir ("copy-of-backed-up.db");
  g_autofree char *folder = path_in_dir ("backed-up-backups");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  sqlite3 *raw = NULL;
  int status;

  {
    const char *args[] = { "--database", db, "--list-backups", NULL };
    ntm_test_run_ntm (args, &out, &err, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (ntm_test_value_of (out, "backups"), ==, "0");
    g_assert_cmpstr (ntm_test_value_of (out, "folder"), ==, folder);
  }
  {
    const char *args[] = { "--database", db, "--backup", NULL };
    g_clear_pointer (&out, g_free);
    ntm_test_run_ntm (args, &out, NULL, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (out, folder));
  }
  {
    const char *args[] = { "--database", db, "--backup", "--output", copy, NULL };
    ntm_test_run_ntm (args, NULL, NULL, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  }

  /* change the data, then restore the copy (the change history's
   * triggers ask who writes) */
  g_assert_cmpint (sqlite3_open (db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_create_function (raw, "ntm_user", 0, SQLITE_UTF8, NULL,
                                            sql_test_user, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM target", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  {
    const char *args[] = { "--database", db, "--restore", copy, NULL };
    g_clear_pointer (&out, g_free);
    ntm_test_run_ntm (args, &out, NULL, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (out, "-restore.db"));
  }
  {
    const char *args[] = { "--database", db, "--check", NULL };
    g_clear_pointer (&out, g_free);
    ntm_test_run_ntm (args, &out, NULL, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (ntm_test_value_of (out, "targets"), ==, "12");
  }

  /* the list: newest first, with date, reason, size and file */
  {
    const char *args[] = { "--database", db, "--list-backups", NULL };
    g_clear_pointer (&out, g_free);
    ntm_test_run_ntm (args, &out, NULL, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (ntm_test_value_of (out, "backups"), ==, "2");
    lines = g_strsplit (out, "\n", -1);
    fields = g_strsplit (lines[2], "\t", -1);
    g_assert_cmpuint (g_strv_length (fields), ==, 4);
    g_assert_cmpuint (strlen (fields[0]), ==, strlen ("2026-03-08 10:00:00"));
    g_assert_cmpstr (fields[1], ==, "restore");
    g_assert_nonnull (strstr (fields[2], "kB"));
    g_assert_true (g_str_has_prefix (fields[3], folder));
    g_clear_pointer (&fields, g_strfreev);
    fields = g_strsplit (lines[3], "\t", -1);
    g_assert_cmpstr (fields[1], ==, "manual");
  }
}

/* A damaged or foreign file is refused as a backup exactly as an open
 * refuses it, and the data stays; a damaged database can be restored. */
static void
test_restore_refusals (void)
{
  g_autofree char *db = path_in_dir ("restore-target.db");
  g_autofree char *bad = path_in_dir ("restore-bad.db");
  g_autofree char *good = path_in_dir ("restore-good.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint8 bytes[8192];
  int status;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (bad, (const char *) bytes, sizeof bytes, NULL));
  {
    const char *args[] = { "--database", good, "--check", NULL };
    ntm_test_run_ntm (args, NULL, NULL, &status);
    g_assert_cmpint (status, ==, 0);
  }
  {
    const char *args[] = { "--database", db, "--check", NULL };
    ntm_test_run_ntm (args, NULL, NULL, &status);
    g_assert_cmpint (status, ==, 0);
  }

  before = ntm_test_file_checksum (db);
  {
    const char *args[] = { "--database", db, "--restore", bad, NULL };
    ntm_test_run_ntm (args, NULL, &err, &status);
    g_assert_cmpint (status, ==, 1);
    g_assert_nonnull (strstr (err, "not an Ntm database"));
  }
  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);

  /* the database itself damaged: restored from the good copy */
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (db, &contents, &length, NULL));
    for (gsize i = 4096; i < length; i += 3)
      contents[i] = (char) (i * 7);
    g_assert_true (g_file_set_contents (db, contents, length, NULL));
  }
  {
    const char *args[] = { "--database", db, "--restore", good, NULL };
    ntm_test_run_ntm (args, &out, NULL, &status);
    g_assert_cmpint (status, ==, 0);
  }
  {
    const char *args[] = { "--database", db, "--check", NULL };
    g_clear_pointer (&out, g_free);
    ntm_test_run_ntm (args, &out, NULL, &status);
    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (ntm_test_value_of (out, "integrity"), ==, "ok");
  }
}

/* An output onto the database is a mistake in what was asked: status 2. */
static void
test_output_onto_database (void)
{
  g_autofree char *db = path_in_dir ("report.pdf");
  const char *create[] = { "--database", db, "--check", NULL };
  const char *args[] = { "--database", db, "--report", "summary", "--output", db, NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  int status;

  ntm_test_run_ntm (create, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  before = ntm_test_file_checksum (db);
  ntm_test_run_ntm (args, NULL, &err, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "Choose another file name"));
  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/check-year", test_check_year);
  g_test_add_func ("/cli/check/new", test_check_new);
  g_test_add_func ("/cli/check/bad-files", test_check_bad_files);
  g_test_add_func ("/cli/check/missing-folder", test_check_missing_folder);
  g_test_add_func ("/cli/check/read-only", test_check_read_only);
  g_test_add_func ("/cli/help-vietnamese", test_help_vietnamese);
  g_test_add_func ("/cli/window", test_window);
  g_test_add_func ("/cli/backups", test_backups);
  g_test_add_func ("/cli/restore/refusals", test_restore_refusals);
  g_test_add_func ("/cli/output-onto-database", test_output_onto_database);

  ret = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
