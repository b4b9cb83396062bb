/* test-output-file.c: every output is written whole, never over the database
 *
 * The one helper every writer uses (lists, maps, reports, copies of the
 * database), tried on real files: the database and its working files are
 * refused under any name, permissions and symbolic links survive, and
 * nothing is left behind by a failure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ntm-output-file.h"
#include "ntm-test-utils.h"

typedef struct {
  char        *dir;
  char        *path;
  NtmDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = ntm_test_make_temp_dir ();
  f->path = g_build_filename (f->dir, "ntm.db", NULL);
  f->db = ntm_test_open_database (f->dir, "ntm.db");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
  ntm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gboolean
write_text (const char *path, const char *text, GError **error)
{
  g_autoptr(NtmOutputFile) output = ntm_output_file_new (path, error);

  return output != NULL &&
         ntm_output_file_write (output, text, strlen (text), error) &&
         ntm_output_file_commit (output, error);
}

static void
assert_refused (Fixture *f, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = ntm_test_file_checksum (f->path);
  g_autofree char *after = NULL;

  g_assert_false (write_text (path, "a report", &error));
  g_assert_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_IS_DATABASE);
  after = ntm_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_database (Fixture *f, gconstpointer data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);
  g_autofree char *spelled = g_build_filename (f->dir, ".", "sub", "..", "ntm.db", NULL);
  g_autofree char *sub = g_build_filename (f->dir, "sub", NULL);
  g_autofree char *symlink_path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *hardlink = g_build_filename (sub, "copy.db", NULL);
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  g_assert_cmpint (symlink ("ntm.db", symlink_path), ==, 0);
  g_assert_cmpint (link (f->path, hardlink), ==, 0);

  assert_refused (f, f->path);
  assert_refused (f, wal);
  assert_refused (f, shm);          /* whether or not they exist now */
  assert_refused (f, journal);
  assert_refused (f, spelled);
  assert_refused (f, symlink_path);
  assert_refused (f, hardlink);

  /* Nothing was left in the folder either. */
  listing = ntm_test_list_dir (f->dir);
  g_assert_null (strstr (listing, ".ntm-"));
}

/* Item 6 from the writers' side: ntm_output_check_path() knows a database
 * given by name even when it is not open. */
static void
test_refuse_named_database (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *report = g_build_filename (f->dir, "report.pdf", NULL);

  g_assert_false (ntm_output_check_path (other_wal, other, &error));
  g_assert_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_IS_DATABASE);
  g_clear_error (&error);
  g_assert_true (ntm_output_check_path (report, other, &error));
  g_assert_no_error (error);
}

static void
test_replace_keeps_mode (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "units.csv", NULL);
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);

  g_assert_true (write_text (path, "new", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");

  /* A new file gets the usual permissions. */
  g_clear_pointer (&path, g_free);
  path = g_build_filename (f->dir, "fresh.csv", NULL);
  g_assert_true (write_text (path, "x", &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0400, ==, 0400);
}

static void
test_symlink_target (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real = g_build_filename (f->dir, "real.csv", NULL);
  g_autofree char *link_path = g_build_filename (f->dir, "latest.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.csv", link_path), ==, 0);

  g_assert_true (write_text (link_path, "new", &error));
  g_assert_no_error (error);

  /* The link is still a link, to the same file, which has the new text. */
  g_assert_cmpint (g_lstat (link_path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  target = g_file_read_link (link_path, NULL);
  g_assert_cmpstr (target, ==, "real.csv");
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
}

static void
test_abandoned_leaves_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "map.png", NULL);
  g_autofree char *before = ntm_test_list_dir (f->dir);
  g_autofree char *after = NULL;
  NtmOutputFile *output;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_clear_pointer (&before, g_free);
  before = ntm_test_list_dir (f->dir);

  output = ntm_output_file_new (path, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_output_file_write (output, "half", 4, &error));
  ntm_output_file_free (output);

  after = ntm_test_list_dir (f->dir);
  g_assert_cmpstr (before, ==, after);
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "old");
  }
}

/* A writer that opens the file by name (cairo, libxlsxwriter) writes into
 * the temporary file. */
static void
test_writer_by_name (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "by-name.txt", NULL);
  g_autoptr(NtmOutputFile) output = ntm_output_file_new (path, &error);
  g_autofree char *contents = NULL;
  FILE *file;

  g_assert_no_error (error);
  file = fopen (ntm_output_file_get_temp_path (output), "wb");
  g_assert_nonnull (file);
  fputs ("written by name", file);
  fclose (file);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (ntm_output_file_commit (output, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "written by name");
}

static void
test_stale_temporaries (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autofree char *path = g_build_filename (f->dir, "list.csv", NULL);
  g_autofree char *stale = NULL;
  g_autofree char *live = NULL;
  g_autofree char *listing = NULL;
  int dead;

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "true", NULL);
  g_assert_no_error (error);
  dead = (int) g_ascii_strtoll (g_subprocess_get_identifier (child), NULL, 10);
  g_subprocess_wait (child, NULL, &error);

  /* as a writer killed half-way leaves them */
  stale = g_strdup_printf ("%s/.list.csv.ntm-%d-a1b2c3", f->dir, dead);
  live = g_strdup_printf ("%s/.list.csv.ntm-%d-d4e5f6", f->dir, (int) getpid ());
  g_assert_true (g_file_set_contents (stale, "half", -1, NULL));
  g_assert_true (g_file_set_contents (live, "being written", -1, NULL));

  g_assert_true (write_text (path, "whole", &error));
  g_assert_no_error (error);
  listing = ntm_test_list_dir (f->dir);
  g_assert_null (strstr (listing, "a1b2c3"));
  g_assert_nonnull (strstr (listing, "d4e5f6"));
}

static void
test_bad_targets (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "x.csv", NULL);

  g_assert_false (write_text (missing, "x", &error));
  g_assert_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_NO_FOLDER);
  g_clear_error (&error);

  g_assert_false (write_text (f->dir, "x", &error));
  g_assert_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_NOT_A_FILE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/output-file/refuse/database", test_refuse_database);
  ADD ("/output-file/refuse/named-database", test_refuse_named_database);
  ADD ("/output-file/replace-keeps-mode", test_replace_keeps_mode);
  ADD ("/output-file/symlink-target", test_symlink_target);
  ADD ("/output-file/abandoned-leaves-nothing", test_abandoned_leaves_nothing);
  ADD ("/output-file/writer-by-name", test_writer_by_name);
  ADD ("/output-file/stale-temporaries", test_stale_temporaries);
  ADD ("/output-file/bad-targets", test_bad_targets);
#undef ADD

  return g_test_run ();
}
