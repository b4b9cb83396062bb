/* ntm-database-private.h: what the model layer and the tests use of NtmDatabase
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>
#include <sys/types.h>

#include "ntm-database.h"

G_BEGIN_DECLS

typedef gboolean (*NtmTransactionFunc) (NtmDatabase  *self,
                                        gpointer      user_data,
                                        GError      **error);
/* One try of something SQLite may refuse while another program writes:
 * returns an SQLite result code. */
typedef int      (*NtmTryFunc)         (gpointer      user_data);

NtmDatabase  *ntm_database_open_upto        (const char         *path,
                                            int                 upto,
                                            GError            **error);
sqlite3      *ntm_database_get_handle       (NtmDatabase        *self);
sqlite3_stmt *ntm_database_prepare          (NtmDatabase        *self,
                                             const char         *sql,
                                             GError            **error);
gboolean      ntm_database_step_done        (NtmDatabase        *self,
                                             sqlite3_stmt       *stmt,
                                             GError            **error);
gboolean      ntm_database_step_done_without_triggers
                                            (NtmDatabase        *self,
                                             sqlite3_stmt       *stmt,
                                             GError            **error);
gboolean      ntm_database_exec             (NtmDatabase        *self,
                                             const char         *sql,
                                             GError            **error);
gboolean      ntm_database_has_row          (NtmDatabase        *self,
                                             const char         *sql,
                                             const char         *text);

/* The data as a connection saw it: see ntm_database_get_data_stamp(). */
typedef struct {
  gint64 version;   /* PRAGMA data_version: another program's commits */
  gint64 changes;   /* rows this connection has changed */
} NtmDataStamp;

gboolean      ntm_database_run_transaction  (NtmDatabase        *self,
                                             NtmArea             areas,
                                             NtmTransactionFunc  func,
                                             gpointer            user_data,
                                             GError            **error);
gboolean      ntm_database_run_bulk_transaction
                                            (NtmDatabase        *self,
                                             NtmArea             areas,
                                             NtmTransactionFunc  func,
                                             gpointer            user_data,
                                             GError            **error);
gboolean      ntm_database_in_transaction   (NtmDatabase        *self);
void          ntm_database_set_sqlite_error (NtmDatabase        *self,
                                             GError            **error,
                                             const char         *context);
void          ntm_database_notify_changed   (NtmDatabase        *self,
                                             NtmArea             areas);
gboolean      ntm_database_retry_while_busy (NtmDatabase        *self,
                                             NtmTryFunc          func,
                                             gpointer            user_data,
                                             GError            **error);
void          ntm_database_set_write_timeout (NtmDatabase       *self,
                                             guint               timeout_ms);
gboolean      ntm_database_upgrade          (NtmDatabase        *self,
                                             GError            **error);
void          ntm_database_set_bulk_history (NtmDatabase        *self,
                                             gboolean            bulk);
void          ntm_database_get_data_stamp   (NtmDatabase        *self,
                                             NtmDataStamp       *stamp);
gint64        ntm_database_get_backup_day   (NtmDatabase        *self);
void          ntm_database_set_backup_day   (NtmDatabase        *self,
                                             gint64              day);

/* Files: what the database and its backups share (ntm-database-file.c). */

/* Reads wait at most this long (in WAL mode they rarely wait at all). */
#define NTM_DATABASE_READ_TIMEOUT_MS 10000

typedef enum {
  NTM_DATABASE_PROBE_MISSING,
  NTM_DATABASE_PROBE_EMPTY,     /* zero length, or an SQLite database with nothing in it */
  NTM_DATABASE_PROBE_NTM,
} NtmDatabaseProbeKind;

/* What a file is, and which file (ntm_database_probe_file()). */
typedef struct {
  NtmDatabaseProbeKind kind;
  dev_t                dev;
  ino_t                ino;
} NtmDatabaseProbe;

gboolean      ntm_database_probe_file       (const char         *path,
                                             NtmDatabaseProbe   *probe,
                                             GError            **error);
gboolean      ntm_database_can_write_file   (const char         *path);
void          ntm_database_set_open_error   (sqlite3            *db,
                                             int                 rc,
                                             const char         *path,
                                             GError            **error);
void          ntm_database_sync_path        (const char         *path,
                                             gboolean            folder);
void          ntm_database_remove_side_files (const char        *path);
gboolean      ntm_sql_query_int             (sqlite3            *db,
                                             const char         *sql,
                                             int                *out);
GPtrArray    *ntm_database_list_open_paths  (void);
sqlite3      *ntm_database_open_for_reading (const char         *path,
                                             char              **snapshot_dir,
                                             GError            **error);
gboolean      ntm_database_verify_file      (const char         *path,
                                             GError            **error);
int           ntm_database_lock_folder      (const char         *folder);
gboolean      ntm_database_replace_file     (const char         *path,
                                             const char         *replacement,
                                             GError            **error);
void          ntm_database_remove_tree      (const char         *path);

/* Column helpers: NULL-aware reads and binds. */
char         *ntm_sql_dup_text              (sqlite3_stmt       *stmt,
                                             int                 column);
gboolean      ntm_sql_get_double            (sqlite3_stmt       *stmt,
                                             int                 column,
                                             double             *out);
void          ntm_sql_bind_text             (sqlite3_stmt       *stmt,
                                             int                 index,
                                             const char         *text);
void          ntm_sql_bind_optional_double  (sqlite3_stmt       *stmt,
                                             int                 index,
                                             gboolean            has_value,
                                             double              value);

/* What only the tests read. */
int           ntm_database_get_latest_schema_version (void);
void          ntm_database_set_user_name        (NtmDatabase  *self,
                                                 const char   *user_name);
gboolean      ntm_database_was_created          (NtmDatabase  *self);

G_END_DECLS
