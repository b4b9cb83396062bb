/* ntm-database-file.c: the database's files, looked at without writing
 * them, and replaced
 *
 * What ntm-database.c does with files before it has a connection, and
 * what backups and restores share with it: opening a file for reading
 * without creating anything beside it (a private copy where its log must
 * be applied), deciding what a file is without changing it (missing, still
 * to be made, an Ntm database this version opens, or something to refuse
 * by name), whether the program may write it, and putting one file in
 * another's place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "ntm-database-private.h"

static const char * const side_suffixes[] = { "-wal", "-shm", "-journal" };

static gboolean
file_has_write_bits (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && (st.st_mode & 0222) != 0;
}

static goffset
file_size (const char *path,
           gboolean   *exists)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      if (exists)
        *exists = FALSE;
      return 0;
    }
  if (exists)
    *exists = TRUE;
  return st.st_size;
}

/* A "file:" URI for @path with @query, escaping what URIs give meaning to. */
static char *
file_uri (const char *path,
          const char *query)
{
  GString *uri = g_string_new ("file:");

  for (const char *p = path; *p; p++)
    {
      if (*p == '%' || *p == '?' || *p == '#')
        g_string_append_printf (uri, "%%%02X", (guchar) *p);
      else
        g_string_append_c (uri, *p);
    }
  if (query != NULL)
    g_string_append_printf (uri, "?%s", query);
  return g_string_free (uri, FALSE);
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);

  return g_file_copy (source, destination, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                      NULL, NULL, NULL, error);
}

void
ntm_database_sync_path (const char *path,
           gboolean    folder)
{
  int fd = open (path, (folder ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

void
ntm_database_remove_side_files (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, side_suffixes[i], NULL);
      g_unlink (side);
    }
}

/* Whether the program may write @path: the file (marked writable: a file
 * marked read-only is respected even by an administrator, whom the system
 * would let write it anyway), its folder, and its working files if any. */
gboolean
ntm_database_can_write_file (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (path, W_OK) != 0 || !file_has_write_bits (path) || g_access (dir, W_OK) != 0)
    return FALSE;

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *side = g_strconcat (path, side_suffixes[i], NULL);

      if (g_file_test (side, G_FILE_TEST_EXISTS) && g_access (side, W_OK) != 0)
        return FALSE;
    }
  return TRUE;
}

void
ntm_database_set_open_error (sqlite3      *db,
                             int           rc,
                      const char   *path,
                      GError      **error)
{
  g_autofree char *display = g_filename_display_name (path);
  int primary = rc & 0xff;

  if (primary == SQLITE_NOTADB)
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM,
                 _("“%s” is not an Ntm database. It has been left unchanged."), display);
  else if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_AUTH)
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                 _("Cannot open “%s”: %s"), display, sqlite3_errstr (rc));
  else
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CORRUPT,
                 _("“%s” is damaged and cannot be read (%s). It has been left unchanged; restore it from a backup."),
                 display, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

/* Opens @path for reading without creating anything beside it, and
 * without writing it (see the top of ntm-database.c). A private copy,
 * when one is needed, is made in a new folder returned in @snapshot_dir. */
static sqlite3 *
open_for_reading (const char  *path,
                  char       **snapshot_dir,
                  GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *uri = NULL;
  gboolean wal_exists, shm_exists, journal_exists;
  goffset wal_size = file_size (wal, &wal_exists);
  goffset journal_size = file_size (journal, &journal_exists);
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_URI;
  int rc;

  *snapshot_dir = NULL;
  (void) file_size (shm, &shm_exists);

  if (wal_exists && shm_exists)
    {
      uri = file_uri (path, "mode=ro");
      flags |= SQLITE_OPEN_READONLY;
    }
  else if (wal_size > 0 || journal_size > 0)
    {
      g_autofree char *copy = NULL;
      g_autoptr(GError) local_error = NULL;

      *snapshot_dir = g_dir_make_tmp ("ntm-view-XXXXXX", &local_error);
      if (*snapshot_dir == NULL)
        {
          g_autofree char *display = g_filename_display_name (path);
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                       _("Cannot open “%s”: %s"), display, local_error->message);
          return NULL;
        }
      copy = g_build_filename (*snapshot_dir, "ntm.db", NULL);
      if (!copy_file (path, copy, &local_error))
        {
          g_autofree char *display = g_filename_display_name (path);
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                       _("Cannot read “%s”: %s"), display, local_error->message);
          return NULL;
        }
      for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
        {
          g_autofree char *from = g_strconcat (path, side_suffixes[i], NULL);
          g_autofree char *to = g_strconcat (copy, side_suffixes[i], NULL);

          if (i != 1 && g_file_test (from, G_FILE_TEST_EXISTS))
            (void) copy_file (from, to, NULL);
        }
      uri = file_uri (copy, NULL);
      flags |= SQLITE_OPEN_READWRITE;
    }
  else
    {
      uri = file_uri (path, "immutable=1");
      flags |= SQLITE_OPEN_READONLY;
    }

  rc = sqlite3_open_v2 (uri, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      ntm_database_set_open_error (NULL, rc, path, error);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, NTM_DATABASE_READ_TIMEOUT_MS);
  return db;
}

/* Looks at @path through SQLite and says what it is: missing, a database
 * still to be made, or an Ntm database this version can open. Anything
 * else is an error naming the file. Nothing is written. */
gboolean
ntm_database_probe_file (const char  *path,
            NtmDatabaseProbe *probe,
            GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *snapshot = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GStatBuf st;
  int app_id = 0, version = 0, objects = 0;
  gboolean ok = FALSE;
  int rc;

  memset (probe, 0, sizeof *probe);

  if (g_lstat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        {
          probe->kind = NTM_DATABASE_PROBE_MISSING;
          return TRUE;
        }
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot read “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot read “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM,
                   _("“%s” is not a file. Choose an Ntm database file."), display);
      return FALSE;
    }
  probe->dev = st.st_dev;
  probe->ino = st.st_ino;

  /* Empty, with no log that could hold anything: nothing to ask SQLite. */
  if (st.st_size == 0 && file_size (wal, NULL) == 0)
    {
      probe->kind = NTM_DATABASE_PROBE_EMPTY;
      return TRUE;
    }

  db = open_for_reading (path, &snapshot, error);
  if (db == NULL)
    goto out;

  if (!ntm_sql_query_int (db, "PRAGMA application_id", &app_id) ||
      !ntm_sql_query_int (db, "PRAGMA user_version", &version) ||
      !ntm_sql_query_int (db, "SELECT count(*) FROM sqlite_master", &objects))
    {
      ntm_database_set_open_error (db, sqlite3_extended_errcode (db), path, error);
      goto out;
    }

  if (app_id == 0 && version == 0 && objects == 0)
    {
      probe->kind = NTM_DATABASE_PROBE_EMPTY;
      ok = TRUE;
      goto out;
    }

  if (app_id != NTM_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM,
                   _("“%s” is an SQLite database, but not one of Ntm’s. It has been left unchanged."),
                   display);
      goto out;
    }

  if (version > (int) (guint) ntm_database_get_latest_schema_version ())
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Ntm (data version %d; this version reads up to %u). Update Ntm to open it. The file has been left unchanged."),
                   display, version, (guint) (guint) ntm_database_get_latest_schema_version ());
      goto out;
    }

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc != SQLITE_OK || sqlite3_step (stmt) != SQLITE_ROW ||
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). It has been left unchanged; restore it from a backup."),
                   display,
                   stmt && sqlite3_column_text (stmt, 0) ? (const char *) sqlite3_column_text (stmt, 0)
                                                         : sqlite3_errmsg (db));
      goto out;
    }

  probe->kind = NTM_DATABASE_PROBE_NTM;
  ok = TRUE;

out:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (snapshot != NULL)
    ntm_database_remove_tree (snapshot);
  return ok;
}

/**
 * ntm_database_open_for_reading:
 * @path: an SQLite file
 * @snapshot_dir: (out) (transfer full) (nullable): a folder holding a
 *   private copy that was opened instead, to be removed by the caller
 * @error: return location for a #GError
 *
 * Opens @path read-only the way the database itself looks at files:
 * honouring its log or journal, creating nothing beside it.
 *
 * Returns: (transfer full): the handle, to be closed with sqlite3_close()
 */
sqlite3 *
ntm_database_open_for_reading (const char  *path,
                               char       **snapshot_dir,
                               GError     **error)
{
  g_return_val_if_fail (path != NULL && snapshot_dir != NULL, NULL);
  return open_for_reading (path, snapshot_dir, error);
}

/**
 * ntm_database_verify_file:
 * @path: a file
 * @error: return location for a #GError in %NTM_DATABASE_ERROR
 *
 * Decides whether @path is an Ntm database this version can open, exactly
 * as ntm_database_open() does, without changing it.
 *
 * Returns: %TRUE for a healthy Ntm database; otherwise the error says what
 *   the file is
 */
gboolean
ntm_database_verify_file (const char  *path,
                          GError     **error)
{
  g_autofree char *display = NULL;
  NtmDatabaseProbe probe;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!ntm_database_probe_file (path, &probe, error))
    return FALSE;
  if (probe.kind == NTM_DATABASE_PROBE_NTM)
    return TRUE;

  display = g_filename_display_name (path);
  if (probe.kind == NTM_DATABASE_PROBE_MISSING)
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                 _("Cannot read “%s”: %s"), display, g_strerror (ENOENT));
  else
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM,
                 _("“%s” is empty: it holds no Ntm data."), display);
  return FALSE;
}

/**
 * ntm_database_lock_folder:
 * @folder: a folder
 *
 * Takes the lock that programs creating or replacing a database in
 * @folder take turns with (released when the descriptor is closed, or
 * when the process ends).
 *
 * Returns: the descriptor to close, or -1 where the folder cannot be
 *   locked (the callers then rely on link() and rename() alone)
 */
int
ntm_database_lock_folder (const char *folder)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return -1;
  while (flock (fd, LOCK_EX) != 0)
    if (errno != EINTR)
      {
        close (fd);
        return -1;
      }
  return fd;
}

/**
 * ntm_database_replace_file:
 * @path: a database file that cannot be opened (damaged) or is missing
 * @replacement: a complete database in the same folder
 * @error: return location for a #GError
 *
 * Moves @replacement over @path, removing @path's working files first so
 * that no log of the old file is applied to the new one.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_database_replace_file (const char  *path,
                           const char  *replacement,
                           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int lock_fd = ntm_database_lock_folder (dir);
  gboolean ok = TRUE;

  ntm_database_remove_side_files (path);
  if (g_rename (replacement, path) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED,
                   _("Cannot replace “%s”: %s"), display, g_strerror (saved));
      ok = FALSE;
    }
  else
    ntm_database_sync_path (dir, TRUE);
  if (lock_fd >= 0)
    close (lock_fd);
  return ok;
}

/**
 * ntm_database_remove_tree:
 * @path: a folder (or file) this program made
 *
 * Removes @path with everything in it.
 */
void
ntm_database_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_if_fail (path != NULL);

  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          ntm_database_remove_tree (child);
        else
          g_unlink (child);
      }
  if (g_rmdir (path) != 0)
    g_unlink (path);
}
