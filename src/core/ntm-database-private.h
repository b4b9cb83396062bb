/* ntm-database-private.h: what the model layer uses of NtmDatabase
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "ntm-database.h"

G_BEGIN_DECLS

typedef gboolean (*NtmTransactionFunc) (NtmDatabase  *self,
                                        gpointer      user_data,
                                        GError      **error);

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
gboolean      ntm_database_exec             (NtmDatabase        *self,
                                             const char         *sql,
                                             GError            **error);
gboolean      ntm_database_run_transaction  (NtmDatabase        *self,
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

G_END_DECLS
