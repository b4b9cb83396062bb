/* ntm-test-utils.c: shared helpers for the test programs
 *
 * What more than one test program (and the benchmarks) needs: temporary
 * folders, running the real ntm program and reading what it prints,
 * copying and listing files, databases opened and counted, another
 * program holding the write lock, workbooks written as offices write
 * them, the text of a PDF. No GTK here: the window tests' helpers are in
 * ntm-test-gui.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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
 * ntm_test_damage_database:
 * @path: a closed Ntm database
 *
 * Damages it as a failing disk might: every page is moved into the main
 * file (no write-ahead log), the first page is kept, and the bytes after
 * it are scrambled. SQLite still recognises the file, but reads it as
 * malformed.
 */
void
ntm_test_damage_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 8192);
  for (gsize i = 8192; i < length; i += 5)
    contents[i] = (char) (i * 13);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
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
 * ntm_test_drop_privileges:
 * @data: not used
 *
 * In a child about to run a program (a #GSpawnChildSetupFunc): becomes
 * %NTM_TEST_NOBODY, or exits with 126 when it cannot.
 */
void
ntm_test_drop_privileges (gpointer data)
{
  if (setgroups (0, NULL) != 0 || setgid (NTM_TEST_NOBODY) != 0 || setuid (NTM_TEST_NOBODY) != 0)
    _exit (126);
}

/**
 * ntm_test_run_program:
 * @program: (nullable): a program; %NULL for the real ntm program built
 *   beside the tests
 * @unprivileged: run it as "nobody" when the tests run as the
 *   administrator
 * @args: arguments after the program name, %NULL-terminated
 * @out: (out) (optional): what it printed on standard output
 * @err: (out) (optional): what it printed on standard error
 *
 * Returns: its exit code (255 when it did not exit)
 */
int
ntm_test_run_program (const char         *program,
                      gboolean            unprivileged,
                      const char * const *args,
                      char              **out,
                      char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *captured_out = NULL;
  g_autofree char *captured_err = NULL;
  int wait_status = 0;

  if (program == NULL)
    program = g_getenv ("NTM_BINARY");
  g_assert_nonnull (program);
  g_ptr_array_add (argv, (gpointer) program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  /* Always capture: the program's output must not mix with the TAP stream. */
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT,
                unprivileged && geteuid () == 0 ? ntm_test_drop_privileges : NULL, NULL,
                &captured_out, &captured_err, &wait_status, &error);
  g_assert_no_error (error);
  if (out != NULL)
    *out = g_steal_pointer (&captured_out);
  if (err != NULL)
    *err = g_steal_pointer (&captured_err);
  return WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 255;
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
  *exit_status = ntm_test_run_program (NULL, FALSE, args, out, err);
  return TRUE;
}

/**
 * ntm_test_value_of:
 * @report: what a program printed, one "key: value" a line
 * @key: a key
 *
 * Returns: (nullable): the value of @key's line, or %NULL when no line
 *   has it; the string lasts as long as the program
 */
const char *
ntm_test_value_of (const char *report,
                   const char *key)
{
  g_autofree char *needle = g_strdup_printf ("\n%s: ", key);
  g_autofree char *text = g_strconcat ("\n", report, NULL);
  g_autofree char *value = NULL;
  const char *p = strstr (text, needle);

  if (p == NULL)
    return NULL;
  p += strlen (needle);
  value = g_strndup (p, strcspn (p, "\n"));
  return g_intern_string (value);
}

/**
 * ntm_test_pdf_text:
 * @pdf: a PDF file
 * @layout: keep the page's layout (columns side by side) rather than the
 *   reading order
 *
 * Returns: (transfer full): the text of @pdf, as pdftotext reads it
 */
char *
ntm_test_pdf_text (const char *pdf,
                   gboolean    layout)
{
  const char *with_layout[] = { "pdftotext", "-layout", pdf, "-", NULL };
  const char *reading[] = { "pdftotext", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) (layout ? with_layout : reading), NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/**
 * ntm_test_fixture:
 * @name: a file of tests/fixtures
 *
 * Returns: (transfer full): its path
 */
char *
ntm_test_fixture (const char *name)
{
  return g_build_filename (g_getenv ("NTM_FIXTURES"), name, NULL);
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
 * ntm_test_query_text:
 * @db: a database
 * @sql: a query returning one text (or NULL)
 *
 * Returns: (transfer full): the text, "" for NULL
 */
char *
ntm_test_query_text (NtmDatabase *db,
                     const char  *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ntm_database_prepare (db, sql, &error);
  char *text;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = ntm_sql_dup_text (stmt, 0);
  sqlite3_reset (stmt);
  return text ? text : g_strdup ("");
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

/**
 * ntm_test_new_database:
 * @dir: a folder
 * @name: a file name in it
 *
 * Returns: (transfer full): a new database @name in @dir, in place of
 *   any file of that name
 */
NtmDatabase *
ntm_test_new_database (const char *dir,
                       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_unlink (path);
  return ntm_test_open_database (dir, name);
}

/**
 * ntm_test_indicator_id:
 * @db: a database
 * @set_code: a criteria set
 * @code: an indicator's code in it ("17.1")
 *
 * Returns: the indicator's id (the test fails when there is none)
 */
gint64
ntm_test_indicator_id (NtmDatabase *db,
                       const char  *set_code,
                       const char  *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                                          " WHERE c.set_code = '%s' AND i.code = '%s'", set_code, code);

  return ntm_test_count (db, sql);
}

/**
 * ntm_test_new_scheme:
 * @full: the plant that serves two communes with its figures, rather
 *   than the commune station with only its name
 *
 * Returns: (transfer full): a water scheme to save, as the tests of
 *   lists know it: Thạch Trung's plant (NMN-01: surface water, 3000 m³
 *   a day designed, 2400.5 made, 4000 households designed, 3500 served,
 *   built 2021-03-01 to 2022-06-30, 18.5 % lost, quality passed; communes
 *   18088 and 18100), or Sơn Hồng's station (18139)
 */
NtmWaterSchemeFields *
ntm_test_new_scheme (gboolean full)
{
  NtmWaterSchemeFields *f = ntm_water_scheme_fields_new ();

  g_free (f->name);
  if (!full)
    {
      f->name = g_strdup ("Trạm cấp nước xã Sơn Hồng");
      g_ptr_array_add (f->communes, g_strdup ("18139"));
      return f;
    }
  f->name = g_strdup ("Nhà máy nước \"Thạch Trung\", giai đoạn 2");
  g_free (f->code);
  f->code = g_strdup ("NMN-01");
  f->water_source = g_strdup ("surface");
  f->design_capacity = 3000;
  f->actual_output = 2400.5;
  f->households_design = 4000;
  f->households_actual = 3500;
  f->started_on = g_strdup ("2021-03-01");
  f->commissioned_on = g_strdup ("2022-06-30");
  f->progress = 100;
  f->loss_rate = 18.5;
  f->quality_passed = 1;
  g_ptr_array_add (f->communes, g_strdup ("18088"));
  g_ptr_array_add (f->communes, g_strdup ("18100"));
  return f;
}

/* ---------------------------------------------------------------------- */
/* Another program writing                                                */
/* ---------------------------------------------------------------------- */

struct _NtmTestLockHolder {
  char     *path;
  char     *write_sql;
  guint     hold_ms;
  gboolean  locked;
  GMutex    lock;
  GCond     cond;
  GThread  *thread;
};

static gpointer
hold_write_lock (gpointer data)
{
  NtmTestLockHolder *holder = data;
  g_autofree char *begin = g_strconcat ("BEGIN IMMEDIATE; ", holder->write_sql, NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (holder->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, begin, NULL, NULL, NULL), ==, SQLITE_OK);
  g_mutex_lock (&holder->lock);
  holder->locked = TRUE;
  g_cond_signal (&holder->cond);
  g_mutex_unlock (&holder->lock);
  g_usleep (holder->hold_ms * 1000);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return NULL;
}

/**
 * ntm_test_hold_write_lock:
 * @path: a database file
 * @write_sql: what the other program writes
 * @hold_ms: how long it holds the lock before it commits
 *
 * Another connection, in a thread, begins a write transaction on @path,
 * runs @write_sql and keeps the lock for @hold_ms. Returns once the lock
 * is held.
 *
 * Returns: (transfer full): the holder, for ntm_test_lock_holder_join()
 */
NtmTestLockHolder *
ntm_test_hold_write_lock (const char *path,
                          const char *write_sql,
                          guint       hold_ms)
{
  NtmTestLockHolder *holder = g_new0 (NtmTestLockHolder, 1);

  holder->path = g_strdup (path);
  holder->write_sql = g_strdup (write_sql);
  holder->hold_ms = hold_ms;
  g_mutex_init (&holder->lock);
  g_cond_init (&holder->cond);
  holder->thread = g_thread_new ("holder", hold_write_lock, holder);
  g_mutex_lock (&holder->lock);
  while (!holder->locked)
    g_cond_wait (&holder->cond, &holder->lock);
  g_mutex_unlock (&holder->lock);
  return holder;
}

/**
 * ntm_test_lock_holder_join:
 * @holder: (transfer full): a holder
 *
 * Waits until the other connection has committed and closed.
 */
void
ntm_test_lock_holder_join (NtmTestLockHolder *holder)
{
  g_thread_join (holder->thread);
  g_mutex_clear (&holder->lock);
  g_cond_clear (&holder->cond);
  g_free (holder->path);
  g_free (holder->write_sql);
  g_free (holder);
}

/* ---------------------------------------------------------------------- */
/* Workbooks                                                              */
/* ---------------------------------------------------------------------- */

/**
 * ntm_test_put_cell:
 * @ws: a worksheet
 * @row: a row, from 0
 * @col: a column, from 0
 * @text: (nullable): the cell as an office writes it: "#12.5" a number,
 *   "=…|v" a formula with its cached result, anything else text; %NULL
 *   or "" leaves the cell empty
 */
void
ntm_test_put_cell (lxw_worksheet *ws,
                   int            row,
                   int            col,
                   const char    *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (text[0] == '#')
    worksheet_write_number (ws, row, col, g_ascii_strtod (text + 1, NULL), NULL);
  else if (text[0] == '=')
    {
      g_auto(GStrv) parts = g_strsplit (text, "|", 2);
      worksheet_write_formula_num (ws, row, col, parts[0], NULL, g_ascii_strtod (parts[1], NULL));
    }
  else
    worksheet_write_string (ws, row, col, text, NULL);
}

/**
 * ntm_test_put_row:
 * @ws: a worksheet
 * @row: a row, from 0
 * @cells: (array length=n): the row's cells from the first column, as
 *   ntm_test_put_cell() takes them
 * @n: how many
 */
void
ntm_test_put_row (lxw_worksheet      *ws,
                  int                 row,
                  const char * const *cells,
                  int                 n)
{
  for (int c = 0; c < n; c++)
    ntm_test_put_cell (ws, row, c, cells[c]);
}
