/* ntm-backup.c: copies of the database the office can go back to
 *
 * Before every upgrade, before every import that writes, once a day
 * before the first change, and whenever asked, Ntm writes a consistent copy
 * of its database (SQLite's VACUUM INTO, which reads one snapshot even
 * while others write) into a folder beside it: for "ntm.db", the folder
 * "ntm-backups". The copy is written under a temporary name and given its
 * final name only when complete, so a backup that is listed is a whole
 * one. The name says when and why: "ntm-2025-03-12-091405-daily.db".
 *
 * The folder keeps the latest NTM_BACKUP_KEEP_LATEST backups and, for a
 * year, the newest of each month; only files named like backups are ever
 * removed.
 *
 * A restore is refused for a file the database itself would refuse to
 * open (damaged, not Ntm's, from a newer Ntm). The data in use is backed up
 * first; then the backup's pages replace the database's in one
 * transaction, so other programs using the file see either all the old
 * data or all the restored data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ntm-backup.h"
#include "ntm-database-private.h"
#include "ntm-output-file.h"

struct _NtmBackup
{
  GObject          parent_instance;

  char            *path;
  GDateTime       *date;
  NtmBackupReason  reason;
  goffset          size;
  guint            serial;   /* 2, 3, … for later backups of the same second */
};

G_DEFINE_FINAL_TYPE (NtmBackup, ntm_backup, G_TYPE_OBJECT)
G_DEFINE_QUARK (ntm-backup-error-quark, ntm_backup_error)

static const char * const reason_keys[] = {
  "manual", "daily", "migration", "import", "restore",
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* "ntm" for "ntm.db"; the whole name for other endings. */
static char *
database_stem (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';
  return g_steal_pointer (&base);
}

static gboolean
reason_from_key (const char      *key,
                 gsize            length,
                 NtmBackupReason *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (reason_keys); i++)
    if (strlen (reason_keys[i]) == length && strncmp (reason_keys[i], key, length) == 0)
      {
        *out = (NtmBackupReason) i;
        return TRUE;
      }
  return FALSE;
}

/* Reads "STEM-YYYY-MM-DD-HHMMSS-REASON[-N].db". */
static NtmBackup *
parse_name (const char *folder,
            const char *stem,
            const char *name)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(NtmBackup) self = NULL;
  const char *p, *reason, *end;
  int year, month, day, hour, minute, second, consumed = 0;
  GStatBuf st;

  if (!g_str_has_prefix (name, stem) || name[strlen (stem)] != '-' || !g_str_has_suffix (name, ".db"))
    return NULL;
  p = name + strlen (stem) + 1;
  if (sscanf (p, "%4d-%2d-%2d-%2d%2d%2d%n", &year, &month, &day, &hour, &minute, &second, &consumed) != 6 ||
      consumed != 17 || p[17] != '-')
    return NULL;

  reason = p + 18;
  end = reason;
  while (g_ascii_islower (*end))
    end++;

  self = g_object_new (NTM_TYPE_BACKUP, NULL);
  if (!reason_from_key (reason, end - reason, &self->reason))
    return NULL;
  self->serial = 1;
  if (*end == '-')
    {
      end++;
      if (!g_ascii_isdigit (*end))
        return NULL;
      self->serial = 0;
      while (g_ascii_isdigit (*end) && self->serial < 100000)
        self->serial = self->serial * 10 + (*end++ - '0');
    }
  if (!g_str_equal (end, ".db"))
    return NULL;

  self->date = g_date_time_new (zone, year, month, day, hour, minute, second);
  if (self->date == NULL)
    return NULL;
  self->path = g_build_filename (folder, name, NULL);
  if (g_stat (self->path, &st) != 0 || !S_ISREG (st.st_mode))
    return NULL;
  self->size = st.st_size;
  return g_steal_pointer (&self);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  NtmBackup *x = (NtmBackup *) a, *y = (NtmBackup *) b;
  int by_date = g_date_time_compare (y->date, x->date);

  if (by_date != 0)
    return by_date;
  if (x->serial != y->serial)
    return x->serial < y->serial ? 1 : -1;
  return g_strcmp0 (y->path, x->path);
}

static gint64
day_number (GDateTime *date)
{
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (date),
                                          g_date_time_get_month (date),
                                          g_date_time_get_year (date));
  return g_date_get_julian (day);
}

static void
sync_file (const char *path)
{
  int fd = open (path, O_RDWR | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static void
set_io_error (GError     **error,
              const char  *format_path,
              const char  *reason)
{
  g_autofree char *display = g_filename_display_name (format_path);

  g_set_error (error, NTM_BACKUP_ERROR, NTM_BACKUP_ERROR_FAILED,
               _("Cannot write the backup “%s”: %s"), display, reason);
}

/* Writes a consistent copy of @db to @temp (an empty file). */
static gboolean
vacuum_into (NtmDatabase  *db,
             const char   *temp,
             const char   *shown,
             GError      **error)
{
  sqlite3 *handle = ntm_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;
  int query_only = 0;
  int rc;

  /* A database open for viewing refuses every write, this copy included;
   * its file is open read-only all the same, so nothing else can change. */
  if (sqlite3_prepare_v2 (handle, "PRAGMA query_only", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    query_only = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (query_only)
    sqlite3_exec (handle, "PRAGMA query_only = OFF", NULL, NULL, NULL);

  rc = sqlite3_prepare_v2 (handle, "VACUUM INTO ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, temp, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (query_only)
    sqlite3_exec (handle, "PRAGMA query_only = ON", NULL, NULL, NULL);

  if (rc != SQLITE_DONE)
    {
      if ((sqlite3_extended_errcode (handle) & 0xff) == SQLITE_FULL)
        set_io_error (error, shown, _("the disk is full"));
      else
        set_io_error (error, shown, sqlite3_errmsg (handle));
      return FALSE;
    }
  sync_file (temp);
  return TRUE;
}

/* Gives @temp the first free name "BASE.db", "BASE-2.db", … in @folder
 * (link() never takes a name already in use). */
static char *
place_under_free_name (const char  *temp,
                       const char  *folder,
                       const char  *base,
                       GError     **error)
{
  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.db", base) : g_strdup_printf ("%s-%u.db", base, n);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (link (temp, path) == 0)
        return g_steal_pointer (&path);
      if (errno == EEXIST)
        continue;
      if (!g_file_test (path, G_FILE_TEST_EXISTS) && g_rename (temp, path) == 0)
        return g_steal_pointer (&path);
      set_io_error (error, path, g_strerror (errno));
      return NULL;
    }
  set_io_error (error, folder, g_strerror (EEXIST));
  return NULL;
}

static gboolean
make_folder (const char  *folder,
             GError     **error)
{
  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (folder);
      g_set_error (error, NTM_BACKUP_ERROR, NTM_BACKUP_ERROR_FAILED,
                   _("Cannot make the backups folder “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static char *
backup_base_name (const char      *database_path,
                  NtmBackupReason  reason,
                  GDateTime       *now)
{
  g_autofree char *stem = database_stem (database_path);
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");

  return g_strdup_printf ("%s-%s-%s", stem, stamp, reason_keys[reason]);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_backup_finalize (GObject *object)
{
  NtmBackup *self = NTM_BACKUP (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (ntm_backup_parent_class)->finalize (object);
}

static void
ntm_backup_class_init (NtmBackupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_backup_finalize;
}

static void
ntm_backup_init (NtmBackup *self)
{
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

const char *
ntm_backup_get_path (NtmBackup *self)
{
  g_return_val_if_fail (NTM_IS_BACKUP (self), NULL);
  return self->path;
}

/**
 * ntm_backup_get_date:
 * @self: a #NtmBackup
 *
 * Returns: (transfer none): when the backup was made, local time
 */
GDateTime *
ntm_backup_get_date (NtmBackup *self)
{
  g_return_val_if_fail (NTM_IS_BACKUP (self), NULL);
  return self->date;
}

NtmBackupReason
ntm_backup_get_reason (NtmBackup *self)
{
  g_return_val_if_fail (NTM_IS_BACKUP (self), NTM_BACKUP_REASON_MANUAL);
  return self->reason;
}

/**
 * ntm_backup_get_size:
 * @self: a #NtmBackup
 *
 * Returns: the file's size in bytes
 */
goffset
ntm_backup_get_size (NtmBackup *self)
{
  g_return_val_if_fail (NTM_IS_BACKUP (self), 0);
  return self->size;
}

/**
 * ntm_backup_reason_to_string:
 * @reason: a #NtmBackupReason
 *
 * Returns: the word used in file names and on the command line ("daily")
 */
const char *
ntm_backup_reason_to_string (NtmBackupReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (reason_keys), "manual");
  return reason_keys[reason];
}

/**
 * ntm_backup_reason_get_label:
 * @reason: a #NtmBackupReason
 *
 * Returns: why the backup was made, in the user's language
 */
const char *
ntm_backup_reason_get_label (NtmBackupReason reason)
{
  switch (reason)
    {
    case NTM_BACKUP_REASON_DAILY: return _("First change of the day");
    case NTM_BACKUP_REASON_MIGRATION: return _("Before upgrading Ntm");
    case NTM_BACKUP_REASON_IMPORT: return _("Before an import");
    case NTM_BACKUP_REASON_RESTORE: return _("Before a restore");
    case NTM_BACKUP_REASON_MANUAL:
    default: return _("Made on request");
    }
}

/**
 * ntm_backup_get_folder:
 * @database_path: a database file
 *
 * Returns: (transfer full): the folder its backups go to, beside it
 *   ("ntm-backups" for "ntm.db")
 */
char *
ntm_backup_get_folder (const char *database_path)
{
  g_autofree char *dir = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  dir = g_path_get_dirname (database_path);
  stem = database_stem (database_path);
  name = g_strconcat (stem, "-backups", NULL);
  return g_build_filename (dir, name, NULL);
}

/**
 * ntm_backup_list:
 * @database_path: a database file
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #NtmBackup, newest first
 *   (empty when there are none yet)
 */
GListModel *
ntm_backup_list (const char  *database_path,
                 GError     **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_BACKUP);
  g_autofree char *folder = NULL;
  g_autofree char *stem = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (database_path != NULL, NULL);

  folder = ntm_backup_get_folder (database_path);
  stem = database_stem (database_path);
  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return G_LIST_MODEL (g_steal_pointer (&store));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(NtmBackup) backup = parse_name (folder, stem, name);

      if (backup != NULL)
        g_list_store_insert_sorted (store, backup, compare_newest_first, NULL);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ntm_backup_rotate:
 * @database_path: a database file
 * @now: (nullable): the time to count from (now when %NULL)
 *
 * Removes the backups that are no longer kept: all but the latest
 * %NTM_BACKUP_KEEP_LATEST and, among those of the last
 * %NTM_BACKUP_KEEP_MONTHS months, the newest of each month.
 */
void
ntm_backup_rotate (const char *database_path,
                   GDateTime  *now)
{
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(GDateTime) current = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  g_autoptr(GDateTime) year_ago = NULL;
  g_autoptr(GHashTable) months = g_hash_table_new (g_direct_hash, g_direct_equal);

  g_return_if_fail (database_path != NULL);

  backups = ntm_backup_list (database_path, NULL);
  if (backups == NULL)
    return;
  year_ago = g_date_time_add_months (current, -NTM_BACKUP_KEEP_MONTHS);

  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(NtmBackup) backup = g_list_model_get_item (backups, i);
      int month = g_date_time_get_year (backup->date) * 12 + g_date_time_get_month (backup->date);
      gboolean keep = i < NTM_BACKUP_KEEP_LATEST;

      if (g_date_time_compare (backup->date, year_ago) > 0 &&
          !g_hash_table_contains (months, GINT_TO_POINTER (month)))
        {
          g_hash_table_add (months, GINT_TO_POINTER (month));
          keep = TRUE;
        }
      if (!keep)
        g_unlink (backup->path);
    }
}

/**
 * ntm_backup_make:
 * @db: an open database
 * @reason: why
 * @error: return location for a #GError
 *
 * Writes a consistent copy of @db into its backups folder, then rotates
 * the folder.
 *
 * Returns: (transfer full): the new backup, or %NULL with @error set
 */
NtmBackup *
ntm_backup_make (NtmDatabase      *db,
                 NtmBackupReason   reason,
                 GError          **error)
{
  const char *path;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *final = NULL;
  g_autofree char *name = NULL;
  g_autofree char *stem = NULL;
  NtmBackup *backup;
  int fd;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (reason_keys), NULL);

  path = ntm_database_get_path (db);
  folder = ntm_backup_get_folder (path);
  if (!make_folder (folder, error))
    return NULL;
  ntm_output_remove_stale (folder, NULL);

  base = backup_base_name (path, reason, now);
  temp = ntm_output_temporary_template (folder, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      set_io_error (error, folder, g_strerror (errno));
      return NULL;
    }
  close (fd);

  if (!vacuum_into (db, temp, folder, error))
    {
      g_unlink (temp);
      return NULL;
    }
  final = place_under_free_name (temp, folder, base, error);
  g_unlink (temp);
  if (final == NULL)
    return NULL;
  {
    int dir_fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0)
      {
        fsync (dir_fd);
        close (dir_fd);
      }
  }

  ntm_database_set_backup_day (db, day_number (now));
  ntm_backup_rotate (path, now);

  name = g_path_get_basename (final);
  stem = database_stem (path);
  backup = parse_name (folder, stem, name);
  if (backup == NULL)
    set_io_error (error, final, g_strerror (ENOENT));
  return backup;
}

/**
 * ntm_backup_make_daily:
 * @db: an open database
 * @error: return location for a #GError
 *
 * Makes the day's backup, unless one was made today already.
 *
 * Returns: (transfer full) (nullable): the new backup; %NULL without an
 *   error when none was due
 */
NtmBackup *
ntm_backup_make_daily (NtmDatabase  *db,
                       GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GListModel) backups = NULL;
  gint64 today = day_number (now);

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  if (ntm_database_get_backup_day (db) == today)
    return NULL;
  ntm_database_set_backup_day (db, today);

  backups = ntm_backup_list (ntm_database_get_path (db), NULL);
  for (guint i = 0; backups != NULL && i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(NtmBackup) backup = g_list_model_get_item (backups, i);

      if (day_number (backup->date) == today)
        return NULL;
    }

  return ntm_backup_make (db, NTM_BACKUP_REASON_DAILY, error);
}

/**
 * ntm_backup_write_copy:
 * @db: an open database
 * @path: where to write the copy (not the database itself)
 * @error: return location for a #GError
 *
 * Writes a consistent copy of @db to @path, replacing it whole.
 *
 * Returns: %TRUE if written
 */
gboolean
ntm_backup_write_copy (NtmDatabase  *db,
                       const char   *path,
                       GError      **error)
{
  g_autoptr(NtmOutputFile) output = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  int fd;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* The checks and the mode of a replaced file, from the one helper; the
   * copy itself needs a real name (SQLite writes it), beside the target. */
  output = ntm_output_file_new (path, error);
  if (output == NULL)
    return FALSE;

  folder = g_path_get_dirname (ntm_output_file_get_target (output));
  base = g_path_get_basename (ntm_output_file_get_target (output));
  temp = ntm_output_temporary_template (folder, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      set_io_error (error, path, g_strerror (errno));
      return FALSE;
    }
  close (fd);

  if (!vacuum_into (db, temp, path, error))
    {
      g_unlink (temp);
      return FALSE;
    }

  /* Into the helper's file, so that it is renamed into place like any
   * other output. */
  fd = g_open (temp, O_RDONLY | O_CLOEXEC, 0);
  g_unlink (temp);
  if (fd < 0)
    {
      set_io_error (error, path, g_strerror (errno));
      return FALSE;
    }
  for (;;)
    {
      char buffer[64 * 1024];
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_io_error (error, path, g_strerror (errno));
          close (fd);
          return FALSE;
        }
      if (n == 0)
        break;
      if (!ntm_output_file_write (output, buffer, n, error))
        {
          close (fd);
          return FALSE;
        }
    }
  close (fd);
  return ntm_output_file_commit (output, error);
}

static int
backup_step_cb (gpointer data)
{
  return sqlite3_backup_step (data, -1);
}

/**
 * ntm_backup_restore:
 * @db: the open database (not read-only)
 * @backup_path: a backup, or any Ntm database file
 * @saved: (out) (optional) (transfer full): the backup of the data as it
 *   was before the restore
 * @error: return location for a #GError
 *
 * Replaces the data of @db by that of @backup_path, after backing the
 * current data up. A file the database would refuse to open is refused the
 * same way, and nothing changes. A backup from an older version is
 * upgraded. Views learn of it through #NtmDatabase::changed with
 * %NTM_AREA_ALL.
 *
 * Returns: %TRUE if restored
 */
gboolean
ntm_backup_restore (NtmDatabase  *db,
                    const char   *backup_path,
                    NtmBackup   **saved,
                    GError      **error)
{
  g_autoptr(NtmBackup) before = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *snapshot = NULL;
  sqlite3 *source;
  sqlite3_backup *copy;
  gboolean ok;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (ntm_database_is_read_only (db))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_READ_ONLY,
                   _("This database is open for viewing only; a backup cannot be restored into it."));
      return FALSE;
    }
  if (!ntm_output_check_path (backup_path, NULL, NULL))
    {
      g_set_error_literal (error, NTM_BACKUP_ERROR, NTM_BACKUP_ERROR_SAME_FILE,
                           _("This is the database in use, not a backup of it. Choose a backup."));
      return FALSE;
    }
  if (!ntm_database_verify_file (backup_path, error))
    return FALSE;

  before = ntm_backup_make (db, NTM_BACKUP_REASON_RESTORE, &local_error);
  if (before == NULL)
    {
      g_set_error (error, NTM_BACKUP_ERROR, NTM_BACKUP_ERROR_FAILED,
                   _("The data in use could not be backed up first (%s), so nothing was restored."),
                   local_error->message);
      return FALSE;
    }

  source = ntm_database_open_for_reading (backup_path, &snapshot, error);
  if (source == NULL)
    return FALSE;

  copy = sqlite3_backup_init (ntm_database_get_handle (db), "main", source, "main");
  if (copy == NULL)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      ok = FALSE;
    }
  else
    {
      ok = ntm_database_retry_while_busy (db, backup_step_cb, copy, error);
      if (sqlite3_backup_finish (copy) != SQLITE_OK && ok)
        {
          ntm_database_set_sqlite_error (db, error, NULL);
          ok = FALSE;
        }
    }
  sqlite3_close (source);
  if (snapshot != NULL)
    ntm_database_remove_tree (snapshot);

  if (ok)
    {
      /* Whatever happens next, the data is the backup's: say so. */
      ok = ntm_database_upgrade (db, error);
      ntm_database_notify_changed (db, NTM_AREA_ALL);
    }
  if (ok && saved != NULL)
    *saved = g_steal_pointer (&before);
  return ok;
}

/**
 * ntm_backup_restore_file:
 * @database_path: a database file that is damaged (or missing)
 * @backup_path: the backup to put in its place
 * @saved: (out) (optional) (transfer full) (nullable): a copy of the
 *   damaged file, in the backups folder, or %NULL when there was none
 * @error: return location for a #GError
 *
 * For a database that cannot be opened: keeps a copy of the damaged file
 * (with its working files) among the backups, then puts a copy of the
 * backup in its place. A file that is not Ntm's, or is from a newer Ntm,
 * is not overwritten; an Ntm database that opens should be restored with
 * ntm_backup_restore().
 *
 * Returns: %TRUE if restored
 */
gboolean
ntm_backup_restore_file (const char  *database_path,
                         const char  *backup_path,
                         NtmBackup  **saved,
                         GError     **error)
{
  g_autoptr(GError) current_error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(NtmBackup) kept = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  sqlite3 *handle = NULL;
  gboolean ok = FALSE;
  int fd;

  g_return_val_if_fail (database_path != NULL && backup_path != NULL, FALSE);

  if (!ntm_output_check_path (backup_path, database_path, NULL))
    {
      g_set_error_literal (error, NTM_BACKUP_ERROR, NTM_BACKUP_ERROR_SAME_FILE,
                           _("This is the database in use, not a backup of it. Choose a backup."));
      return FALSE;
    }
  if (!ntm_database_verify_file (backup_path, error))
    return FALSE;

  if (ntm_database_verify_file (database_path, &current_error))
    {
      g_autofree char *display = g_filename_display_name (database_path);
      g_set_error (error, NTM_BACKUP_ERROR, NTM_BACKUP_ERROR_FAILED,
                   _("“%s” is a healthy database: open it and restore the backup from there."), display);
      return FALSE;
    }
  if (!g_error_matches (current_error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CORRUPT) &&
      g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&current_error));
      return FALSE;
    }

  /* Keep the damaged file as it is, working files included. */
  if (g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *folder = ntm_backup_get_folder (database_path);
      g_autofree char *name = backup_base_name (database_path, NTM_BACKUP_REASON_RESTORE, now);
      g_autofree char *copy_temp = NULL;
      g_autofree char *copy = NULL;
      g_autoptr(GFile) from = g_file_new_for_path (database_path);
      g_autoptr(GFile) to = NULL;
      g_autofree char *stem = database_stem (database_path);
      g_autofree char *copy_name = NULL;

      if (!make_folder (folder, error))
        return FALSE;
      copy_temp = ntm_output_temporary_template (folder, name);
      fd = g_mkstemp_full (copy_temp, O_RDWR | O_CLOEXEC, 0644);
      if (fd < 0)
        {
          set_io_error (error, folder, g_strerror (errno));
          return FALSE;
        }
      close (fd);
      to = g_file_new_for_path (copy_temp);
      if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
        {
          g_unlink (copy_temp);
          return FALSE;
        }
      sync_file (copy_temp);
      copy = place_under_free_name (copy_temp, folder, name, error);
      g_unlink (copy_temp);
      if (copy == NULL)
        return FALSE;
      for (guint i = 0; i < 2; i++)
        {
          const char *suffix = i == 0 ? "-wal" : "-journal";
          g_autofree char *side = g_strconcat (database_path, suffix, NULL);
          g_autofree char *side_copy = g_strconcat (copy, suffix, NULL);

          if (g_file_test (side, G_FILE_TEST_EXISTS))
            {
              g_autoptr(GFile) side_from = g_file_new_for_path (side);
              g_autoptr(GFile) side_to = g_file_new_for_path (side_copy);
              (void) g_file_copy (side_from, side_to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
            }
        }
      copy_name = g_path_get_basename (copy);
      kept = parse_name (folder, stem, copy_name);
    }

  /* A copy of the backup beside the database, in WAL mode like it. */
  dir = g_path_get_dirname (database_path);
  base = g_path_get_basename (database_path);
  temp = ntm_output_temporary_template (dir, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      set_io_error (error, database_path, g_strerror (errno));
      return FALSE;
    }
  close (fd);
  {
    g_autoptr(GFile) from = g_file_new_for_path (backup_path);
    g_autoptr(GFile) to = g_file_new_for_path (temp);

    if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
      goto out;
  }
  if (sqlite3_open_v2 (temp, &handle, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      sqlite3_exec (handle, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) != SQLITE_OK)
    {
      set_io_error (error, database_path, sqlite3_errmsg (handle));
      goto out;
    }
  sqlite3_close (handle);
  handle = NULL;
  sync_file (temp);

  if (!ntm_database_replace_file (database_path, temp, error))
    goto out;
  ok = TRUE;
  if (saved != NULL)
    *saved = g_steal_pointer (&kept);

out:
  sqlite3_close (handle);
  g_unlink (temp);
  return ok;
}
