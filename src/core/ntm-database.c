/* ntm-database.c: the Ntm database, the single source of truth
 *
 * One SQLite file holds everything, in WAL mode. Nothing here is allowed to
 * lose it:
 *
 *  - What a file is, SQLite decides, reading it the way SQLite reads it
 *    (the main file together with its write-ahead log or its rollback
 *    journal), never by reading bytes behind its back. A file that is not
 *    an Ntm database, one written by a newer Ntm, or a damaged one is
 *    refused with an error naming it and left byte for byte as it was; a
 *    zero-length file, or a database with nothing in it (what an
 *    interrupted creation leaves), is a new database still to be made.
 *  - Looking at a file creates nothing beside it: without a log to read,
 *    it is opened "immutable"; with a log whose index (-shm) exists, read
 *    only; with a log and no index, or a journal to roll back, a private
 *    copy is looked at instead. So a read-only file or folder never gets
 *    read-only -shm/-wal files that would later block writing.
 *  - A new database is built and seeded under a temporary name in its own
 *    folder, then linked into place only if the name is still free (or
 *    renamed over the stub it replaces), while holding a lock on the
 *    folder; so two programs starting at once end with one database that
 *    both use, and a program removes only files it made.
 *  - A write waits for another program's write for as long as an import
 *    may take, says that it is waiting (the "busy" property), and gives up
 *    with a message in words; a migration is backed up first, runs in one
 *    transaction, and fails with a message in words, never raw SQL.
 *
 * Looking at a file, and replacing one, are in ntm-database-file.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ntm-backup.h"
#include "ntm-core-enums.h"
#include "ntm-core-resources.h"
#include "ntm-database-private.h"
#include "ntm-staged-values.h"
#include "ntm-output-file.h"
#include "ntm-outline-private.h"
#include "ntm-seed-private.h"
#include "ntm-text.h"
#include "ntm-unit.h"

struct _NtmDatabase
{
  GObject     parent_instance;

  sqlite3    *handle;
  char       *path;
  char       *shown_path;    /* the name messages give (the final one while building) */
  char       *user_name;
  char       *snapshot_dir;  /* a private copy opened for viewing, removed at the end */
  char       *scratch_dir;   /* a scratch database's own folder, removed at the end */
  char       *registered;    /* our entry in the list of open databases */
  GHashTable *statements;    /* SQL text → sqlite3_stmt */
  NtmArea     pending_areas; /* touched by the transaction in progress */
  guint       transaction_depth;
  int         schema_version;
  guint       write_timeout_ms;
  gint64      backup_day;    /* the day of the last daily backup check */
  guint       read_only : 1;
  guint       created : 1;
  guint       waiting : 1;   /* a write is waiting for another program */
  guint       busy : 1;      /* ... and has been for long enough to say so */
  guint       no_busy_wait : 1;
  guint       bulk_history : 1;  /* a bulk write writes its own history (ntm_bulk_history ()) */
};

G_DEFINE_FINAL_TYPE (NtmDatabase, ntm_database, G_TYPE_OBJECT)
G_DEFINE_QUARK (ntm-database-error-quark, ntm_database_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_BUSY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Each migration takes the schema from its index to index + 1: first its
 * SQL, then its data step (if any), which brings the data that version
 * adds to every database, old or new. A new database is seeded with the
 * base data once the schema reaches BASE_SEED_VERSION, before the data
 * steps of later versions run. */
typedef struct {
  const char         *sql;
  NtmTransactionFunc  data;
} Migration;

static const Migration migrations[] = {
  { "/com/example/Ntm/sql/001-core.sql", NULL },
  { "/com/example/Ntm/sql/002-map.sql", NULL },
  { "/com/example/Ntm/sql/003-forms.sql", NULL },
  { "/com/example/Ntm/sql/004-overview.sql", NULL },
  { "/com/example/Ntm/sql/006-time.sql", ntm_seed_load_history },
  { "/com/example/Ntm/sql/008-data-import.sql", NULL },
  { "/com/example/Ntm/sql/009-outlines.sql", ntm_outline_seed_default },
  { "/com/example/Ntm/sql/010-notes.sql", NULL },
  { "/com/example/Ntm/sql/011-history.sql", NULL },
  { "/com/example/Ntm/sql/012-bulk-history.sql", NULL },
  { "/com/example/Ntm/sql/013-recognition-notes.sql", ntm_seed_translate_recognition_notes },
  { "/com/example/Ntm/sql/014-assessment-by-year.sql", NULL },
  { "/com/example/Ntm/sql/015-imported-values.sql", NULL },
  { "/com/example/Ntm/sql/016-removed-values.sql", NULL },
};

#define BASE_SEED_VERSION 4

/* A write waits this long for another program's write (an import of the
 * province's boundaries takes a few seconds on an ordinary PC; a slow disk
 * or a network folder many times that). */
#define WRITE_TIMEOUT_MS (2 * 60 * 1000)
/* After this long waiting, the "busy" property says so (a notice). */
#define NOTICE_AFTER_MS 300
#define WAIT_STEP_MS 40

/* The open databases, for ntm_database_list_open_paths(). */
static GMutex registry_lock;
static GPtrArray *registry;

static gboolean migrate (NtmDatabase  *self,
                         int           to,
                         GError      **error);

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
sql_fold_func (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  g_autofree char *folded = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      sqlite3_result_null (context);
      return;
    }

  folded = ntm_text_fold (text);
  sqlite3_result_text (context, folded, -1, SQLITE_TRANSIENT);
}

/* ntm_in_force(valid_from, valid_to, date): the one rule of
 * ntm_unit_dates_in_force_on(), for the statements that list units. */
static void
sql_in_force_func (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  sqlite3_result_int (context,
                      ntm_unit_dates_in_force_on ((const char *) sqlite3_value_text (argv[0]),
                                                  (const char *) sqlite3_value_text (argv[1]),
                                                  (const char *) sqlite3_value_text (argv[2])));
}

static void
sql_user_func (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  NtmDatabase *self = sqlite3_user_data (context);

  sqlite3_result_text (context, self->user_name, -1, SQLITE_TRANSIENT);
}

/* 1 while a bulk write writes the history of its rows itself, so that the
 * history's per-row triggers stand aside (data/sql/012-bulk-history.sql) */
static void
sql_bulk_history_func (sqlite3_context  *context,
                       int               argc,
                       sqlite3_value   **argv)
{
  NtmDatabase *self = sqlite3_user_data (context);

  sqlite3_result_int (context, self->bulk_history);
}

/* The first column of @sql's first row, as an int. */
gboolean
ntm_sql_query_int (sqlite3     *db,
                   const char  *sql,
                   int         *out)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *out = sqlite3_column_int (stmt, 0);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

static int
busy_handler_cb (void *data,
                 int   count)
{
  NtmDatabase *self = data;

  if (self->no_busy_wait || count * 10 >= NTM_DATABASE_READ_TIMEOUT_MS)
    return 0;
  g_usleep (10 * 1000);
  return 1;
}

/* Sets the handle up the same way for every use; @journal_mode is "WAL"
 * for a database in use, "MEMORY" while building one, NULL read-only. */
static gboolean
configure_handle (NtmDatabase  *self,
                  const char   *journal_mode,
                  GError      **error)
{
  g_autofree char *display = g_filename_display_name (self->shown_path);

  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_busy_handler (self->handle, busy_handler_cb, self);
  sqlite3_create_function (self->handle, "ntm_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_fold_func, NULL, NULL);
  sqlite3_create_function (self->handle, "ntm_user", 0, SQLITE_UTF8,
                           self, sql_user_func, NULL, NULL);
  sqlite3_create_function (self->handle, "ntm_bulk_history", 0, SQLITE_UTF8,
                           self, sql_bulk_history_func, NULL, NULL);
  ntm_staged_values_register (self->handle);
  sqlite3_create_function (self->handle, "ntm_in_force", 3,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_in_force_func, NULL, NULL);

  /* Statement journals in memory: within a large transaction (an import
   * of a year's workbook) each row's statement would otherwise write its
   * journal to a temporary file, a million small writes. */
  if (!ntm_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !ntm_database_exec (self, "PRAGMA temp_store = MEMORY", error))
    return FALSE;

  if (journal_mode != NULL)
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA journal_mode = %s", journal_mode);

      if (!ntm_database_exec (self, pragma, error) ||
          !ntm_database_exec (self, "PRAGMA synchronous = NORMAL", error))
        return FALSE;
    }
  else if (!ntm_database_exec (self, "PRAGMA query_only = ON", error))
    return FALSE;

  if (!ntm_sql_query_int (self->handle, "PRAGMA user_version", &self->schema_version))
    {
      ntm_database_set_sqlite_error (self, error, display);
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_connection (NtmDatabase  *self,
              GError      **error)
{
  int rc;

  if (self->read_only)
    {
      self->handle = ntm_database_open_for_reading (self->path, &self->snapshot_dir, error);
      if (self->handle == NULL)
        return FALSE;
      return configure_handle (self, NULL, error);
    }

  rc = sqlite3_open_v2 (self->path, &self->handle, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      ntm_database_set_open_error (self->handle, rc, self->path, error);
      return FALSE;
    }
  return configure_handle (self, "WAL", error);
}

static void
close_handle (NtmDatabase *self)
{
  g_hash_table_remove_all (self->statements);
  if (self->handle != NULL)
    {
      sqlite3_close (self->handle);
      self->handle = NULL;
    }
}

/* Builds a complete new database in @temp_path (an empty file). */
static gboolean
build_database (const char  *temp_path,
                const char  *final_path,
                int          upto,
                GError     **error)
{
  g_autoptr(NtmDatabase) builder = g_object_new (NTM_TYPE_DATABASE, NULL);
  int rc;

  builder->path = g_strdup (temp_path);
  g_free (builder->shown_path);
  builder->shown_path = g_strdup (final_path);

  rc = sqlite3_open_v2 (temp_path, &builder->handle, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      ntm_database_set_open_error (builder->handle, rc, final_path, error);
      return FALSE;
    }
  /* The journal stays in memory: should this process die, the temporary
   * file is simply left for the next creator to remove. */
  if (!configure_handle (builder, "MEMORY", error) ||
      !migrate (builder, upto, error) ||
      !ntm_database_exec (builder, "PRAGMA journal_mode = WAL", error))
    return FALSE;

  close_handle (builder);
  return TRUE;
}

/**
 * create_database:
 *
 * Makes the database at @path, which was missing or a stub, unless another
 * program has made it meanwhile. Holds the folder's lock throughout, so
 * that creators take turns, and looks again once it holds it.
 */
static gboolean
create_database (const char  *path,
                 int          upto,
                 gboolean    *created,
                 GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *temp = NULL;
  gboolean ok = FALSE, placed = FALSE;
  int lock_fd, fd;
  NtmDatabaseProbe probe;

  *created = FALSE;
  lock_fd = ntm_database_lock_folder (dir);

  if (!ntm_database_probe_file (path, &probe, error))
    goto out;
  if (probe.kind == NTM_DATABASE_PROBE_NTM)
    {
      ok = TRUE;
      goto out;
    }

  ntm_output_remove_stale (dir, base);
  temp = ntm_output_temporary_template (dir, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot create “%s”: %s"), display, g_strerror (saved));
      g_clear_pointer (&temp, g_free);
      goto out;
    }
  close (fd);

  if (!build_database (temp, path, upto, error))
    goto out;
  ntm_database_sync_path (temp, FALSE);

  if (probe.kind == NTM_DATABASE_PROBE_MISSING)
    {
      /* link() fails if the name has been taken meanwhile (a program that
       * could not lock the folder): then that database is the one. */
      if (link (temp, path) == 0)
        placed = TRUE;
      else if (errno != EEXIST && !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          /* A file system without hard links: rename, the name being free. */
          if (g_rename (temp, path) != 0)
            {
              int saved = errno;
              g_autofree char *display = g_filename_display_name (path);
              g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                           _("Cannot create “%s”: %s"), display, g_strerror (saved));
              goto out;
            }
          placed = TRUE;
        }
    }
  else
    {
      GStatBuf st;

      /* Replace the stub only if it is still the file looked at. Its
       * working files go first: a log left by the stub must never be
       * applied to the new database. */
      if (g_stat (path, &st) == 0 && st.st_dev == probe.dev && st.st_ino == probe.ino)
        {
          ntm_database_remove_side_files (path);
          if (g_rename (temp, path) != 0)
            {
              int saved = errno;
              g_autofree char *display = g_filename_display_name (path);
              g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                           _("Cannot create “%s”: %s"), display, g_strerror (saved));
              goto out;
            }
          placed = TRUE;
        }
    }

  if (placed)
    ntm_database_sync_path (dir, TRUE);
  *created = placed;
  ok = TRUE;

out:
  if (temp != NULL)
    {
      g_unlink (temp);
      ntm_database_remove_side_files (temp);
    }
  if (lock_fd >= 0)
    close (lock_fd);
  return ok;
}

static void
set_busy (NtmDatabase *self,
          gboolean     busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Lets the window draw (and so show that a write is waiting) when called
 * from its main loop; otherwise just waits. */
static void
wait_a_moment (void)
{
  GMainContext *context = g_main_context_default ();

  if (g_main_context_is_owner (context))
    {
      gint64 until = g_get_monotonic_time () + WAIT_STEP_MS * 1000;

      while (g_get_monotonic_time () < until)
        if (!g_main_context_iteration (context, FALSE))
          g_usleep (5 * 1000);
    }
  else
    g_usleep (WAIT_STEP_MS * 1000);
}

static int
begin_immediate_cb (gpointer data)
{
  return sqlite3_exec (ntm_database_get_handle (data), "BEGIN IMMEDIATE", NULL, NULL, NULL);
}

static gboolean
begin_write (NtmDatabase  *self,
             GError      **error)
{
  return ntm_database_retry_while_busy (self, begin_immediate_cb, self, error);
}

static gboolean
load_resource_sql (NtmDatabase  *self,
                   const char   *resource,
                   GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  char *message = NULL;
  gsize size;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  sql = g_strndup (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
  if (sqlite3_exec (self->handle, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED,
                   "%s: %s", resource, message);
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

/* Brings the schema up to date in one transaction, after backing an
 * existing database up. Failures are told in words; what SQLite said goes
 * to the debug log for whoever has to look into it. */
static gboolean
migrate (NtmDatabase  *self,
         int           to,
         GError      **error)
{
  g_autoptr(NtmBackup) backup = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = g_filename_display_name (self->shown_path);
  g_autofree char *pragma = NULL;
  int from, step = 0, code = SQLITE_OK;

  if (self->schema_version >= to)
    return TRUE;

  if (self->read_only)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_READ_ONLY,
                   _("“%s” needs to be upgraded to this version of Ntm, but it is read-only. It has been left unchanged."),
                   display);
      return FALSE;
    }

  if (self->schema_version > 0)
    {
      backup = ntm_backup_make (self, NTM_BACKUP_REASON_MIGRATION, &local_error);
      if (backup == NULL)
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED,
                       _("“%s” needs to be upgraded to this version of Ntm, but a backup could not be made first (%s), so it has been left unchanged."),
                       display, local_error->message);
          return FALSE;
        }
    }

  if (!begin_write (self, error))
    return FALSE;

  /* Another program may have upgraded it while this one waited. */
  if (!ntm_sql_query_int (self->handle, "PRAGMA user_version", &from))
    goto fail;
  if (from >= to)
    {
      self->schema_version = from;
      return ntm_database_exec (self, "COMMIT", error);
    }

  if (from == 0)
    {
      g_autofree char *pragma_id = g_strdup_printf ("PRAGMA application_id = %d",
                                                   (int) NTM_DATABASE_APPLICATION_ID);
      if (!ntm_database_exec (self, pragma_id, &local_error))
        goto fail;
    }

  for (int i = from; i < to; i++)
    {
      step = i + 1;
      if (!load_resource_sql (self, migrations[i].sql, &local_error))
        goto fail;
      if (from == 0 && i + 1 == BASE_SEED_VERSION && !ntm_seed_load (self, &local_error))
        goto fail;
      if (migrations[i].data != NULL && !migrations[i].data (self, NULL, &local_error))
        goto fail;
    }

  pragma = g_strdup_printf ("PRAGMA user_version = %d", to);
  if (!ntm_database_exec (self, pragma, &local_error) ||
      !ntm_database_exec (self, "COMMIT", &local_error))
    goto fail;

  self->schema_version = to;
  return TRUE;

fail:
  code = sqlite3_extended_errcode (self->handle) & 0xff;
  sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
  g_debug ("Schema step %d of %d failed for %s: %s", step, to, self->shown_path,
           local_error ? local_error->message : sqlite3_errmsg (self->handle));

  if (code == SQLITE_FULL)
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED,
                 _("There is not enough disk space to prepare “%s”. Nothing was changed: free some space and start Ntm again."),
                 display);
  else if (from == 0)
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED,
                 _("Ntm could not prepare its new database “%s” (step %d of %d did not complete). Nothing was kept."),
                 display, step, to);
  else if (backup != NULL)
    {
      g_autofree char *copy = g_filename_display_name (ntm_backup_get_path (backup));
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED,
                   _("“%s” could not be upgraded to this version of Ntm (step %d of %d did not complete). It has been left as it was; a copy made before the upgrade is in “%s”."),
                   display, step, to, copy);
    }
  else
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED,
                 _("“%s” could not be upgraded to this version of Ntm (step %d of %d did not complete). It has been left as it was."),
                 display, step, to);
  return FALSE;
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_database_finalize (GObject *object)
{
  NtmDatabase *self = NTM_DATABASE (object);

  close_handle (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);

  if (self->registered != NULL)
    {
      g_mutex_lock (&registry_lock);
      g_ptr_array_remove (registry, self->registered);
      g_mutex_unlock (&registry_lock);
    }
  if (self->snapshot_dir != NULL)
    ntm_database_remove_tree (self->snapshot_dir);
  if (self->scratch_dir != NULL)
    ntm_database_remove_tree (self->scratch_dir);

  g_clear_pointer (&self->snapshot_dir, g_free);
  g_clear_pointer (&self->scratch_dir, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->shown_path, g_free);
  g_clear_pointer (&self->user_name, g_free);

  G_OBJECT_CLASS (ntm_database_parent_class)->finalize (object);
}

static void
ntm_database_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  NtmDatabase *self = NTM_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_database_class_init (NtmDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ntm_database_finalize;
  object_class->get_property = ntm_database_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * NtmDatabase:busy:
   *
   * %TRUE while a write waits for another program (another Ntm, an
   * import) to finish writing the same file, once it has waited long
   * enough to be worth saying.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NtmDatabase::changed:
   * @self: the database
   * @areas: the #NtmArea flags of everything the transaction changed
   *
   * Emitted once after each committed transaction (never for one rolled
   * back), with every area it touched.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, NTM_TYPE_AREA);
}

static void
ntm_database_init (NtmDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->user_name = g_strdup (g_get_user_name ());
  self->write_timeout_ms = WRITE_TIMEOUT_MS;
  self->shown_path = g_strdup ("");
}

/* ---------------------------------------------------------------------- */
/* Private API                                                            */
/* ---------------------------------------------------------------------- */

sqlite3 *
ntm_database_get_handle (NtmDatabase *self)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), NULL);

  return self->handle;
}

void
ntm_database_set_sqlite_error (NtmDatabase  *self,
                               GError      **error,
                               const char   *context)
{
  int code = sqlite3_extended_errcode (self->handle);
  int primary = code & 0xff;
  int domain_code = NTM_DATABASE_ERROR_FAILED;

  if (primary == SQLITE_READONLY)
    domain_code = NTM_DATABASE_ERROR_READ_ONLY;
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    domain_code = NTM_DATABASE_ERROR_BUSY;
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    domain_code = NTM_DATABASE_ERROR_CORRUPT;
  else if (primary == SQLITE_CONSTRAINT)
    domain_code = NTM_DATABASE_ERROR_INVALID;

  if (domain_code == NTM_DATABASE_ERROR_READ_ONLY)
    g_set_error (error, NTM_DATABASE_ERROR, domain_code,
                 _("This database is open for viewing only; changes cannot be saved."));
  else if (domain_code == NTM_DATABASE_ERROR_BUSY)
    {
      g_autofree char *display = g_filename_display_name (self->shown_path);
      g_set_error (error, NTM_DATABASE_ERROR, domain_code,
                   _("“%s” is being changed by another program (another Ntm window, or an import), so this could not be done now. Nothing was changed; try again once it has finished."),
                   display);
    }
  else if (context != NULL)
    g_set_error (error, NTM_DATABASE_ERROR, domain_code, "%s: %s",
                 context, sqlite3_errmsg (self->handle));
  else
    g_set_error_literal (error, NTM_DATABASE_ERROR, domain_code,
                         sqlite3_errmsg (self->handle));
}

/**
 * ntm_database_prepare:
 * @self: a #NtmDatabase
 * @sql: one SQL statement, with parameters
 * @error: return location for a #GError
 *
 * Returns a cached prepared statement, reset and with its bindings cleared.
 *
 * Returns: (transfer none): the statement, owned by @self
 */
sqlite3_stmt *
ntm_database_prepare (NtmDatabase  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NTM_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      ntm_database_set_sqlite_error (self, error, NULL);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/**
 * ntm_database_step_done:
 * @self: a #NtmDatabase
 * @stmt: a statement that returns no rows
 * @error: return location for a #GError
 *
 * Runs @stmt to completion and resets it.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_database_step_done (NtmDatabase   *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  do
    rc = sqlite3_step (stmt);
  while (rc == SQLITE_ROW);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (self, error, NULL);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * ntm_database_step_done_without_triggers:
 * @self: a #NtmDatabase
 * @stmt: a statement that writes what its table's triggers would write
 *   besides, as a bulk write of assessments writes their history
 * @error: return location for a #GError
 *
 * As ntm_database_step_done(), with the connection's triggers off for
 * this one statement: a trigger whose WHEN clause has it stand aside
 * (ntm_database_set_bulk_history()) still runs its program once a row to
 * say so; off, it costs nothing. Should SQLite refuse to turn them off,
 * the statement runs with them, and their WHEN clause keeps the history
 * as it is. They are on again when this returns, whatever it returns.
 *
 * Returns: %TRUE when the statement ran to its end
 */
gboolean
ntm_database_step_done_without_triggers (NtmDatabase   *self,
                                         sqlite3_stmt  *stmt,
                                         GError       **error)
{
  gboolean ok;
  int on = -1;

  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  /* changing the setting has the connection's statements prepared again,
   * this one without the triggers' programs */
  sqlite3_db_config (self->handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &on);
  ok = ntm_database_step_done (self, stmt, error);
  sqlite3_db_config (self->handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &on);
  if (on != 1)
    {
      /* cannot happen with a valid connection; if it did, no later
       * change could be trusted to reach the history */
      g_critical ("The database's triggers could not be turned on again.");
      g_clear_error (error);
      ntm_database_set_sqlite_error (self, error, NULL);
      return FALSE;
    }
  return ok;
}

/**
 * ntm_database_has_row:
 * @self: a #NtmDatabase
 * @sql: a query with one text parameter, ?1
 * @text: the parameter
 *
 * Returns: whether the query finds a row (%FALSE when it cannot be run)
 */
gboolean
ntm_database_has_row (NtmDatabase *self,
                      const char  *sql,
                      const char  *text)
{
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  stmt = ntm_database_prepare (self, sql, NULL);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, text);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

gboolean
ntm_database_exec (NtmDatabase  *self,
                   const char   *sql,
                   GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  if (sqlite3_exec (self->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      ntm_database_set_sqlite_error (self, error, NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
ntm_database_in_transaction (NtmDatabase *self)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  return self->transaction_depth > 0;
}

/**
 * ntm_database_notify_changed:
 * @self: a #NtmDatabase
 * @areas: what changed
 *
 * Records that @areas changed. Inside a transaction the signal waits for
 * the commit (and is dropped on rollback); outside, it is emitted at once.
 */
void
ntm_database_notify_changed (NtmDatabase *self,
                             NtmArea      areas)
{
  g_return_if_fail (NTM_IS_DATABASE (self));

  if (areas == NTM_AREA_NONE)
    return;

  if (self->transaction_depth > 0)
    {
      self->pending_areas |= areas;
      return;
    }

  g_signal_emit (self, signals[CHANGED], 0, areas);
}

/**
 * ntm_database_run_transaction:
 * @self: a #NtmDatabase
 * @areas: what the transaction changes, for the changed signal
 * @func: does the work; returns %FALSE with @error set to roll back
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Runs @func inside one transaction (a savepoint when nested). Either all
 * of its writes are committed, or none. After the outermost commit,
 * #NtmDatabase::changed is emitted once, with every area touched.
 *
 * Returns: %TRUE if committed
 */
gboolean
ntm_database_run_transaction (NtmDatabase         *self,
                              NtmArea              areas,
                              NtmTransactionFunc   func,
                              gpointer             user_data,
                              GError             **error)
{
  NtmArea committed;
  gboolean outer;

  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (self->read_only)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_READ_ONLY,
                   _("This database is open for viewing only; changes cannot be saved."));
      return FALSE;
    }

  outer = self->transaction_depth == 0;
  if (outer)
    {
      /* Once a day, before the first change, the data as it was is kept. */
      if (!self->created)
        {
          g_autoptr(GError) backup_error = NULL;
          g_autoptr(NtmBackup) backup = ntm_backup_make_daily (self, &backup_error);

          if (backup == NULL && backup_error != NULL)
            g_message ("No daily backup of %s: %s", self->path, backup_error->message);
        }
      if (!begin_write (self, error))
        return FALSE;
    }
  else if (!ntm_database_exec (self, "SAVEPOINT ntm_nested", error))
    return FALSE;

  self->transaction_depth++;
  ntm_database_notify_changed (self, areas);

  if (!func (self, user_data, error))
    {
      g_assert (error == NULL || *error != NULL);
      self->transaction_depth--;
      if (outer)
        {
          sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
          self->pending_areas = NTM_AREA_NONE;
        }
      else
        sqlite3_exec (self->handle, "ROLLBACK TO ntm_nested; RELEASE ntm_nested", NULL, NULL, NULL);
      return FALSE;
    }

  self->transaction_depth--;
  if (!outer)
    return ntm_database_exec (self, "RELEASE ntm_nested", error);

  committed = self->pending_areas;
  self->pending_areas = NTM_AREA_NONE;
  if (!ntm_database_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  if (committed != NTM_AREA_NONE)
    g_signal_emit (self, signals[CHANGED], 0, committed);

  return TRUE;
}

static gboolean
foreign_keys_on (NtmDatabase *self)
{
  int on = 0;

  return ntm_sql_query_int (self->handle, "PRAGMA foreign_keys", &on) && on == 1;
}

/**
 * ntm_database_run_bulk_transaction:
 * @self: a #NtmDatabase
 * @areas: as for ntm_database_run_transaction()
 * @func: writes many rows that name few parents, and checks that each
 *   parent they name is on record (ntm_staged_values_check_parents())
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * As ntm_database_run_transaction(), with the foreign keys not checked
 * row by row: for each row SQLite looks its parents up again, which costs
 * more than writing the row. @func checks them once a parent instead.
 * Within another transaction the keys cannot be turned off, and are
 * checked as always. They are on again when this returns, whatever it
 * returns.
 *
 * Returns: %TRUE if committed
 */
gboolean
ntm_database_run_bulk_transaction (NtmDatabase         *self,
                                   NtmArea              areas,
                                   NtmTransactionFunc   func,
                                   gpointer             user_data,
                                   GError             **error)
{
  gboolean ok;

  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  if (self->transaction_depth > 0)
    return ntm_database_run_transaction (self, areas, func, user_data, error);
  if (!ntm_database_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  ok = ntm_database_run_transaction (self, areas, func, user_data, error);
  if (sqlite3_exec (self->handle, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK ||
      !foreign_keys_on (self))
    /* cannot happen with a valid connection; if it did, no later change
     * could be trusted to name parents on record (what was committed
     * here was checked by @func) */
    g_critical ("The database's foreign keys could not be turned on again.");
  return ok;
}

char *
ntm_sql_dup_text (sqlite3_stmt *stmt,
                  int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text ? g_strdup ((const char *) text) : NULL;
}

gboolean
ntm_sql_get_double (sqlite3_stmt *stmt,
                    int           column,
                    double       *out)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    {
      *out = 0.0;
      return FALSE;
    }
  *out = sqlite3_column_double (stmt, column);
  return TRUE;
}

void
ntm_sql_bind_text (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
ntm_sql_bind_optional_double (sqlite3_stmt *stmt,
                              int           index,
                              gboolean      has_value,
                              double        value)
{
  if (has_value)
    sqlite3_bind_double (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

/**
 * ntm_database_retry_while_busy:
 * @self: a #NtmDatabase
 * @func: tries once, returning an SQLite result code
 * @data: for @func
 * @error: return location for a #GError
 *
 * Calls @func until it is no longer refused because another program is
 * writing, for at most the write timeout. While it waits, the "busy"
 * property says so (after a moment) and, when called from the main loop,
 * the windows go on drawing. A write asked for meanwhile is refused rather
 * than nested.
 *
 * Returns: %TRUE when @func succeeded (%SQLITE_OK or %SQLITE_DONE)
 */
gboolean
ntm_database_retry_while_busy (NtmDatabase  *self,
                               NtmTryFunc    func,
                               gpointer      data,
                               GError      **error)
{
  g_autoptr(NtmDatabase) keep = NULL;
  gint64 start = g_get_monotonic_time ();
  gboolean timed_out = FALSE;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  if (self->waiting)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_BUSY,
                           _("An earlier change is still waiting to be saved. Try again once it is done."));
      return FALSE;
    }

  keep = g_object_ref (self);
  self->waiting = TRUE;
  for (;;)
    {
      gint64 elapsed_ms;

      self->no_busy_wait = TRUE;
      rc = func (data);
      self->no_busy_wait = FALSE;
      if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
        break;

      elapsed_ms = (g_get_monotonic_time () - start) / 1000;
      if (elapsed_ms >= self->write_timeout_ms)
        {
          timed_out = TRUE;
          break;
        }
      if (elapsed_ms >= NOTICE_AFTER_MS)
        set_busy (self, TRUE);
      wait_a_moment ();
    }
  self->waiting = FALSE;
  set_busy (self, FALSE);

  if (timed_out)
    {
      g_autofree char *display = g_filename_display_name (self->shown_path);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_BUSY,
                   ngettext ("“%s” is being changed by another program (another Ntm window, or an import) that did not finish within %u second. Nothing was saved; try again once it has finished.",
                             "“%s” is being changed by another program (another Ntm window, or an import) that did not finish within %u seconds. Nothing was saved; try again once it has finished.",
                             self->write_timeout_ms / 1000),
                   display, self->write_timeout_ms / 1000);
      return FALSE;
    }
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (self, error, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_database_set_write_timeout:
 * @self: a #NtmDatabase
 * @timeout_ms: how long a write waits for another program
 */
void
ntm_database_set_write_timeout (NtmDatabase *self,
                                guint        timeout_ms)
{
  g_return_if_fail (NTM_IS_DATABASE (self));
  self->write_timeout_ms = timeout_ms;
}

gint64
ntm_database_get_backup_day (NtmDatabase *self)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), 0);
  return self->backup_day;
}

void
ntm_database_set_backup_day (NtmDatabase *self,
                             gint64       day)
{
  g_return_if_fail (NTM_IS_DATABASE (self));
  self->backup_day = day;
}

/**
 * ntm_database_list_open_paths:
 *
 * Returns: (transfer full) (element-type filename): the files of the
 *   databases open in this process, for refusing to write over them
 */
GPtrArray *
ntm_database_list_open_paths (void)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  g_mutex_lock (&registry_lock);
  for (guint i = 0; registry != NULL && i < registry->len; i++)
    g_ptr_array_add (paths, g_strdup (g_ptr_array_index (registry, i)));
  g_mutex_unlock (&registry_lock);

  return paths;
}

/**
 * ntm_database_upgrade:
 * @self: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Reads the schema version again (after the contents were replaced) and
 * brings it up to date.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_database_upgrade (NtmDatabase  *self,
                      GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  if (!ntm_sql_query_int (self->handle, "PRAGMA user_version", &self->schema_version))
    {
      ntm_database_set_sqlite_error (self, error, NULL);
      return FALSE;
    }
  return migrate (self, G_N_ELEMENTS (migrations), error);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_database_open:
 * @path: the database file; created and seeded if it does not exist
 * @error: return location for a #GError in %NTM_DATABASE_ERROR
 *
 * Opens an Ntm database. A missing file, a zero-length one or a stub left
 * by an interrupted creation is created (atomically: see the top of this
 * file). A file that cannot be written (or whose folder cannot) opens for
 * viewing only (see ntm_database_is_read_only()), creating nothing beside
 * it. A file that is not an Ntm database, is damaged or comes from a
 * newer Ntm is refused and left byte-for-byte unchanged.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
NtmDatabase *
ntm_database_open (const char  *path,
                   GError     **error)
{
  return ntm_database_open_upto (path, G_N_ELEMENTS (migrations), error);
}

/**
 * ntm_database_open_upto:
 * @path: the database file
 * @upto: the schema version to migrate to, at most the latest
 * @error: return location for a #GError
 *
 * As ntm_database_open(), stopping at schema version @upto: tests make
 * with it a database as an older Ntm left it, to check the upgrade.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
NtmDatabase *
ntm_database_open_upto (const char  *path,
                        int          upto,
                        GError     **error)
{
  g_autoptr(NtmDatabase) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *display = NULL;
  gboolean created = FALSE;
  NtmDatabaseProbe probe;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (upto >= 1 && upto <= (int) G_N_ELEMENTS (migrations), NULL);

  /* Link the core resources in, and so register them. */
  (void) ntm_core_get_resource ();

  display = g_filename_display_name (path);
  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *dir_display = g_filename_display_name (dir);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot open “%s”: the folder “%s” does not exist."), display, dir_display);
      return NULL;
    }

  for (guint attempt = 0;; attempt++)
    {
      gboolean made = FALSE;

      if (!ntm_database_probe_file (path, &probe, error))
        return NULL;
      if (probe.kind == NTM_DATABASE_PROBE_NTM)
        break;

      if (g_access (dir, W_OK) != 0)
        {
          g_autofree char *dir_display = g_filename_display_name (dir);
          if (probe.kind == NTM_DATABASE_PROBE_MISSING)
            g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                         _("Cannot create “%s”: the folder “%s” is not writable."), display, dir_display);
          else
            g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                         _("“%s” is an empty database, and the folder “%s” is not writable, so Ntm cannot make its database there. It has been left unchanged."),
                         display, dir_display);
          return NULL;
        }
      if (attempt >= 3)
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                       _("Cannot create “%s”: another program keeps changing it."), display);
          return NULL;
        }
      if (!create_database (path, upto, &made, error))
        return NULL;
      created |= made;
    }

  self = g_object_new (NTM_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  g_free (self->shown_path);
  self->shown_path = g_strdup (path);
  self->created = created;
  self->read_only = !ntm_database_can_write_file (path);

  if (!open_connection (self, error) || !migrate (self, upto, error))
    return NULL;

  /* What a creator or a writer killed half-way left beside it. */
  if (!self->read_only)
    {
      g_autofree char *base = g_path_get_basename (path);
      ntm_output_remove_stale (dir, base);
    }

  g_mutex_lock (&registry_lock);
  if (registry == NULL)
    registry = g_ptr_array_new_with_free_func (g_free);
  self->registered = g_strdup (path);
  g_ptr_array_add (registry, self->registered);
  g_mutex_unlock (&registry_lock);

  return g_steal_pointer (&self);
}

/**
 * ntm_database_open_scratch:
 * @error: return location for a #GError
 *
 * Creates a new database with the built-in data in a private folder of
 * its own, removed with everything in it when the database is freed: for
 * looking at what a task would do without creating anything.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
NtmDatabase *
ntm_database_open_scratch (GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ntm-scratch-XXXXXX", &local_error);
  g_autofree char *path = NULL;
  NtmDatabase *self;

  if (dir == NULL)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot make a temporary database: %s"), local_error->message);
      return NULL;
    }
  path = g_build_filename (dir, "ntm.db", NULL);
  self = ntm_database_open (path, error);
  if (self == NULL)
    {
      ntm_database_remove_tree (dir);
      return NULL;
    }
  self->scratch_dir = g_steal_pointer (&dir);
  return self;
}

/**
 * ntm_database_is_busy:
 * @self: a #NtmDatabase
 *
 * Returns: %TRUE while a write waits for another program (see
 *   #NtmDatabase:busy)
 */
gboolean
ntm_database_is_busy (NtmDatabase *self)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);
  return self->busy;
}

/**
 * ntm_database_open_reader:
 * @self: an open database
 * @error: return location for a #GError
 *
 * Opens a second connection to @self's file, for reading only, for a
 * worker thread: an SQLite connection is used by one thread at a time, so
 * an export or report running beside the window reads through a
 * connection of its own. The file was checked and upgraded when @self was
 * opened, so nothing is checked again.
 *
 * Returns: (transfer full): the connection, or %NULL with @error set
 */
NtmDatabase *
ntm_database_open_reader (NtmDatabase  *self,
                          GError      **error)
{
  g_autoptr(NtmDatabase) reader = NULL;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = g_object_new (NTM_TYPE_DATABASE, NULL);
  reader->path = g_strdup (self->path);
  g_free (reader->shown_path);
  reader->shown_path = g_strdup (self->shown_path);
  reader->read_only = TRUE;
  reader->schema_version = self->schema_version;
  g_free (reader->user_name);
  reader->user_name = g_strdup (self->user_name);

  /* A file only viewed is read as the first connection reads it. */
  if (self->read_only)
    return open_connection (reader, error) ? g_steal_pointer (&reader) : NULL;

  rc = sqlite3_open_v2 (reader->path, &reader->handle, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      ntm_database_set_open_error (reader->handle, rc, reader->shown_path, error);
      return NULL;
    }
  if (!configure_handle (reader, NULL, error))
    return NULL;
  return g_steal_pointer (&reader);
}

/**
 * ntm_database_get_default_path:
 *
 * Returns: (transfer full): the default database file in the user's data
 *   folder (the folder is created if missing)
 */
char *
ntm_database_get_default_path (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "ntm", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, "ntm.db", NULL);
}

const char *
ntm_database_get_path (NtmDatabase *self)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), NULL);

  return self->path;
}

/**
 * ntm_database_is_read_only:
 * @self: a #NtmDatabase
 *
 * Returns: %TRUE when the file could only be opened for viewing
 */
gboolean
ntm_database_is_read_only (NtmDatabase *self)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), TRUE);

  return self->read_only;
}

/**
 * ntm_database_was_created:
 * @self: a #NtmDatabase
 *
 * Returns: %TRUE when opening created (and seeded) the file
 */
gboolean
ntm_database_was_created (NtmDatabase *self)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  return self->created;
}

int
ntm_database_get_schema_version (NtmDatabase *self)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), 0);

  return self->schema_version;
}

int
ntm_database_get_latest_schema_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/**
 * ntm_database_check_integrity:
 * @self: a #NtmDatabase
 * @problems: (out) (optional) (transfer full): the problems found, one a line
 * @error: return location for a #GError
 *
 * Runs SQLite's integrity check and the foreign key check.
 *
 * Returns: %TRUE when no problem was found
 */
gboolean
ntm_database_check_integrity (NtmDatabase  *self,
                              char        **problems,
                              GError      **error)
{
  g_autoptr(GString) found = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);

  stmt = ntm_database_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (found, "%s\n", line);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (self, error, NULL);
      return FALSE;
    }

  stmt = ntm_database_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (found, _("Row %lld of table %s refers to a missing row of %s\n"),
                            (long long) sqlite3_column_int64 (stmt, 1),
                            sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 2));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (self, error, NULL);
      return FALSE;
    }

  if (problems != NULL)
    *problems = g_strdup (found->str);

  return found->len == 0;
}

/**
 * ntm_database_get_setting:
 * @self: a #NtmDatabase
 * @key: the setting's key
 *
 * Returns: (transfer full) (nullable): the stored value
 */
char *
ntm_database_get_setting (NtmDatabase *self,
                          const char  *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = ntm_database_prepare (self, "SELECT value FROM setting WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = ntm_sql_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  return value;
}

typedef struct {
  const char *key;
  const char *value;
} SettingData;

static gboolean
store_setting (NtmDatabase  *self,
               gpointer      user_data,
               GError      **error)
{
  SettingData *data = user_data;
  sqlite3_stmt *stmt;

  stmt = ntm_database_prepare (self,
                               "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, data->key);
  ntm_sql_bind_text (stmt, 2, data->value);
  return ntm_database_step_done (self, stmt, error);
}

gboolean
ntm_database_set_setting (NtmDatabase  *self,
                          const char   *key,
                          const char   *value,
                          GError      **error)
{
  SettingData data = { key, value };

  g_return_val_if_fail (NTM_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  return ntm_database_run_transaction (self, NTM_AREA_SETTINGS, store_setting, &data, error);
}

/**
 * ntm_database_get_user_name:
 * @self: a #NtmDatabase
 *
 * Returns: the name recorded as the author of changes (by default the
 *   operating-system user's name)
 */
const char *
ntm_database_get_user_name (NtmDatabase *self)
{
  g_return_val_if_fail (NTM_IS_DATABASE (self), NULL);

  return self->user_name;
}

void
ntm_database_set_user_name (NtmDatabase *self,
                            const char  *user_name)
{
  g_return_if_fail (NTM_IS_DATABASE (self));
  g_return_if_fail (user_name != NULL && *user_name != '\0');

  g_free (self->user_name);
  self->user_name = g_strdup (user_name);
}

/**
 * ntm_database_set_bulk_history:
 * @self: a #NtmDatabase
 * @bulk: %TRUE while the caller writes the history of the assessments it
 *   writes itself, in the same words as the triggers would
 *
 * Only for a bulk write within a transaction; set it back to %FALSE
 * before the transaction goes on to anything else.
 */
void
ntm_database_set_bulk_history (NtmDatabase *self,
                               gboolean     bulk)
{
  g_return_if_fail (NTM_IS_DATABASE (self));
  self->bulk_history = bulk;
}

/**
 * ntm_database_get_data_stamp:
 * @self: a #NtmDatabase
 * @stamp: (out): where to store the stamp
 *
 * Stamps the data as it is now: two stamps differ when a change was
 * written in between, by this connection or by another program. A reader
 * that works out changes from what it read (an import) compares the
 * stamps before it writes them.
 */
void
ntm_database_get_data_stamp (NtmDatabase  *self,
                             NtmDataStamp *stamp)
{
  int version;

  g_return_if_fail (NTM_IS_DATABASE (self));
  g_return_if_fail (stamp != NULL);

  stamp->changes = sqlite3_total_changes64 (self->handle);
  stamp->version = ntm_sql_query_int (self->handle, "PRAGMA data_version", &version) ? version : -1;
}
