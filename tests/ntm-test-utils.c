/* ntm-test-utils.c: shared helpers for the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "ntm-database-private.h"
#include "ntm-test-utils.h"

static int
ntm_test_compare_names (gconstpointer a,
                        gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ntm_test_make_temp_dir:
 *
 * Returns: (transfer full): a new empty folder, removed by the caller
 */
char *
ntm_test_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("ntm-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
ntm_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;

  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          g_chmod (child, 0700);
          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            ntm_test_remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_chmod (path, 0700);
  g_rmdir (path);
}

/**
 * ntm_test_list_dir:
 * @path: a folder
 *
 * Returns: (transfer full): the names in @path, sorted, separated by
 *   spaces ("" when empty)
 */
char *
ntm_test_list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, ntm_test_compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/**
 * ntm_test_copy_file:
 * @from: a file
 * @to: where to copy it (replaced)
 */
void
ntm_test_copy_file (const char *from,
                    const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

/**
 * ntm_test_file_checksum:
 * @path: a file
 *
 * Returns: (transfer full): the SHA-256 of the file's bytes
 */
char *
ntm_test_file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/**
 * ntm_test_run_ntm:
 * @args: arguments after the program name, %NULL-terminated
 * @out: (out) (optional): what it printed on standard output
 * @err: (out) (optional): what it printed on standard error
 * @exit_status: (out): its exit code
 *
 * Runs the real ntm program built beside the tests.
 *
 * Returns: %TRUE if it could be started
 */
gboolean
ntm_test_run_ntm (const char * const *args,
                  char              **out,
                  char              **err,
                  int                *exit_status)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("NTM_BINARY");
  g_autofree char *captured_out = NULL;
  g_autofree char *captured_err = NULL;
  int wait_status = 0;
  gboolean ok;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  /* Always capture: the program's output must not mix with the TAP stream. */
  ok = g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &captured_out, &captured_err, &wait_status, &error);
  if (out != NULL)
    *out = g_steal_pointer (&captured_out);
  if (err != NULL)
    *err = g_steal_pointer (&captured_err);
  g_assert_no_error (error);

  *exit_status = g_spawn_check_wait_status (wait_status, NULL) ? 0 :
                 (WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 255);
  return ok;
}

/**
 * ntm_test_count:
 * @db: a database
 * @sql: a query returning one integer
 *
 * Returns: the integer
 */
gint64
ntm_test_count (NtmDatabase *db,
                const char  *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ntm_database_prepare (db, sql, &error);
  gint64 n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/**
 * ntm_test_exec:
 * @db: a database
 * @sql: statements that return nothing, to set a database up as a test
 *   needs it (a damaged one, say)
 */
void
ntm_test_exec (NtmDatabase *db,
               const char  *sql)
{
  char *message = NULL;

  if (sqlite3_exec (ntm_database_get_handle (db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/**
 * ntm_test_open_database:
 * @dir: a folder
 * @name: a file name in it
 *
 * Returns: (transfer full): the database @name in @dir, created if new
 */
NtmDatabase *
ntm_test_open_database (const char *dir,
                        const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  NtmDatabase *db = ntm_database_open (path, &error);

  g_assert_no_error (error);
  return db;
}
