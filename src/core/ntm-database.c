/* ntm-database.c: the Ntm database, the single source of truth
 *
 * One SQLite file holds everything. Opening never modifies a file that is
 * not an Ntm database, a database written by a newer Ntm, or a damaged one:
 * those are checked read-only first and refused with an error naming the
 * file. A new file is created, migrated and seeded in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ntm-core-enums.h"
#include "ntm-core-resources.h"
#include "ntm-database-private.h"
#include "ntm-seed-private.h"
#include "ntm-text.h"

struct _NtmDatabase
{
  GObject     parent_instance;

  sqlite3    *handle;
  char       *path;
  char       *user_name;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  NtmArea     pending_areas; /* touched by the transaction in progress */
  guint       transaction_depth;
  int         schema_version;
  guint       read_only : 1;
  guint       created : 1;
};

G_DEFINE_FINAL_TYPE (NtmDatabase, ntm_database, G_TYPE_OBJECT)
G_DEFINE_QUARK (ntm-database-error-quark, ntm_database_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
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
};

#define BASE_SEED_VERSION 4

#define SQLITE_HEADER "SQLite format 3"
#define HEADER_SIZE 100

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

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

static void
sql_user_func (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  NtmDatabase *self = sqlite3_user_data (context);

  sqlite3_result_text (context, self->user_name, -1, SQLITE_TRANSIENT);
}

/* Checks a file that exists without opening it through SQLite, so that a
 * file which is not ours is never touched. */
static gboolean
inspect_existing_file (const char  *path,
                       GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  guint8 header[HEADER_SIZE];
  GStatBuf st;
  FILE *file;
  size_t n;
  guint32 app_id, version;

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

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved = errno;
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot read “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);

  if (n < HEADER_SIZE || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM,
                   _("“%s” is not an Ntm database. It has been left unchanged."), display);
      return FALSE;
    }

  version = read_be32 (header + 60);
  app_id = read_be32 (header + 68);

  if (app_id != NTM_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM,
                   _("“%s” is an SQLite database, but not one of Ntm’s. It has been left unchanged."),
                   display);
      return FALSE;
    }

  if (version > G_N_ELEMENTS (migrations))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Ntm (data version %u; this version reads up to %u). Update Ntm to open it. The file has been left unchanged."),
                   display, version, (guint) G_N_ELEMENTS (migrations));
      return FALSE;
    }

  return TRUE;
}

static gboolean
file_has_write_bits (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && (st.st_mode & 0222) != 0;
}

static gboolean
query_int (sqlite3     *db,
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

/* Opens read-only and asks SQLite to look the file over. Nothing is written. */
static gboolean
verify_existing_database (const char  *path,
                          GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int version = 0, app_id = 0;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot open “%s”: %s"), display, sqlite3_errstr (rc));
      goto out;
    }

  if (!query_int (db, "PRAGMA application_id", &app_id) ||
      !query_int (db, "PRAGMA user_version", &version))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read (%s). It has been left unchanged; restore it from a backup."),
                   display, sqlite3_errmsg (db));
      goto out;
    }

  if (app_id != NTM_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_NTM,
                   _("“%s” is an SQLite database, but not one of Ntm’s. It has been left unchanged."),
                   display);
      goto out;
    }

  if (version > (int) G_N_ELEMENTS (migrations))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Ntm (data version %d; this version reads up to %u). Update Ntm to open it. The file has been left unchanged."),
                   display, version, (guint) G_N_ELEMENTS (migrations));
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

  ok = TRUE;

out:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
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

static gboolean
migrate (NtmDatabase  *self,
         GError      **error)
{
  int from = self->schema_version;
  int to = G_N_ELEMENTS (migrations);
  g_autofree char *pragma = NULL;

  if (from >= to)
    return TRUE;

  if (self->read_only)
    {
      g_autofree char *display = g_filename_display_name (self->path);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_READ_ONLY,
                   _("“%s” needs to be upgraded to this version of Ntm, but it is read-only. It has been left unchanged."),
                   display);
      return FALSE;
    }

  if (!ntm_database_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (from == 0)
    {
      g_autofree char *pragma_id = g_strdup_printf ("PRAGMA application_id = %d",
                                                   (int) NTM_DATABASE_APPLICATION_ID);
      if (!ntm_database_exec (self, pragma_id, error))
        goto fail;
    }

  for (int i = from; i < to; i++)
    {
      if (!load_resource_sql (self, migrations[i].sql, error))
        goto fail;
      if (from == 0 && i + 1 == BASE_SEED_VERSION && !ntm_seed_load (self, error))
        goto fail;
      if (migrations[i].data != NULL && !migrations[i].data (self, NULL, error))
        goto fail;
    }

  pragma = g_strdup_printf ("PRAGMA user_version = %d", to);
  if (!ntm_database_exec (self, pragma, error) ||
      !ntm_database_exec (self, "COMMIT", error))
    goto fail;

  self->schema_version = to;
  return TRUE;

fail:
  sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gboolean
open_handle (NtmDatabase  *self,
             gboolean      create,
             GError      **error)
{
  g_autofree char *display = g_filename_display_name (self->path);
  int flags;
  int rc;

  flags = self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create)
    flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (self->path, &self->handle, flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot open “%s”: %s"), display, sqlite3_errstr (rc));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_busy_timeout (self->handle, 5000);
  sqlite3_create_function (self->handle, "ntm_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_fold_func, NULL, NULL);
  sqlite3_create_function (self->handle, "ntm_user", 0, SQLITE_UTF8,
                           self, sql_user_func, NULL, NULL);

  if (!ntm_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (!self->read_only &&
      (!ntm_database_exec (self, "PRAGMA journal_mode = WAL", error) ||
       !ntm_database_exec (self, "PRAGMA synchronous = NORMAL", error)))
    return FALSE;

  if (!query_int (self->handle, "PRAGMA user_version", &self->schema_version))
    {
      ntm_database_set_sqlite_error (self, error, display);
      return FALSE;
    }

  return TRUE;
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

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    {
      sqlite3_close (self->handle);
      self->handle = NULL;
    }
  g_clear_pointer (&self->path, g_free);
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
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    domain_code = NTM_DATABASE_ERROR_CORRUPT;
  else if (primary == SQLITE_CONSTRAINT)
    domain_code = NTM_DATABASE_ERROR_INVALID;

  if (domain_code == NTM_DATABASE_ERROR_READ_ONLY)
    g_set_error (error, NTM_DATABASE_ERROR, domain_code,
                 _("This database is open for viewing only; changes cannot be saved."));
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
  if (!ntm_database_exec (self, outer ? "BEGIN IMMEDIATE" : "SAVEPOINT ntm_nested", error))
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

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_database_open:
 * @path: the database file; created and seeded if it does not exist
 * @error: return location for a #GError in %NTM_DATABASE_ERROR
 *
 * Opens an Ntm database. A file that is not writable opens for viewing
 * only (see ntm_database_is_read_only()). A file that is not an Ntm
 * database, is damaged or comes from a newer Ntm is refused and left
 * byte-for-byte unchanged.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
NtmDatabase *
ntm_database_open (const char  *path,
                   GError     **error)
{
  g_autoptr(NtmDatabase) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *display = NULL;
  gboolean exists;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

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

  self = g_object_new (NTM_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (exists)
    {
      if (!inspect_existing_file (path, error) ||
          !verify_existing_database (path, error))
        return NULL;

      /* A file marked read-only is respected even by an administrator,
       * whom the operating system would let write it anyway. */
      self->read_only = g_access (path, W_OK) != 0 ||
                        g_access (dir, W_OK) != 0 ||
                        !file_has_write_bits (path);
    }
  else if (g_access (dir, W_OK) != 0)
    {
      g_autofree char *dir_display = g_filename_display_name (dir);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CANNOT_OPEN,
                   _("Cannot create “%s”: the folder “%s” is not writable."), display, dir_display);
      return NULL;
    }

  if (!open_handle (self, !exists, error))
    {
      if (!exists)
        g_unlink (path);
      return NULL;
    }

  self->created = !exists;
  if (!migrate (self, error))
    {
      if (!exists)
        {
          sqlite3_close (self->handle);
          self->handle = NULL;
          g_unlink (path);
          {
            g_autofree char *wal = g_strconcat (path, "-wal", NULL);
            g_autofree char *shm = g_strconcat (path, "-shm", NULL);
            g_unlink (wal);
            g_unlink (shm);
          }
        }
      return NULL;
    }

  return g_steal_pointer (&self);
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

  g_return_val_if_fail (NTM_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = g_object_new (NTM_TYPE_DATABASE, NULL);
  reader->path = g_strdup (self->path);
  reader->read_only = TRUE;
  g_free (reader->user_name);
  reader->user_name = g_strdup (self->user_name);
  if (!open_handle (reader, FALSE, error))
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
