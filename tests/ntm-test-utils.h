/* ntm-test-utils.h: shared helpers for the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

#include "ntm-database.h"
#include "ntm-water-scheme.h"

G_BEGIN_DECLS

char     *ntm_test_make_temp_dir      (void);
void      ntm_test_remove_tree        (const char  *path);
char     *ntm_test_file_checksum      (const char  *path);
void      ntm_test_damage_database    (const char  *path);
gboolean  ntm_test_run_ntm            (const char * const *args,
                                       char       **out,
                                       char       **err,
                                       int         *exit_status);
/* The user "nobody", to run a program without the administrator's rights. */
#define NTM_TEST_NOBODY 65534

void      ntm_test_drop_privileges    (gpointer     data);
int       ntm_test_run_program        (const char  *program,
                                       gboolean     unprivileged,
                                       const char * const *args,
                                       char       **out,
                                       char       **err);
const char *ntm_test_value_of         (const char  *report,
                                       const char  *key);
char     *ntm_test_pdf_text           (const char  *pdf,
                                       gboolean     layout);
char     *ntm_test_fixture            (const char  *name);

char     *ntm_test_list_dir           (const char  *path);
void      ntm_test_copy_file          (const char  *from,
                                       const char  *to);

gint64    ntm_test_count              (NtmDatabase *db,
                                       const char  *sql);
char     *ntm_test_query_text         (NtmDatabase *db,
                                       const char  *sql);
void      ntm_test_exec               (NtmDatabase *db,
                                       const char  *sql);
NtmDatabase *ntm_test_open_database   (const char  *dir,
                                       const char  *name);
NtmDatabase *ntm_test_new_database    (const char  *dir,
                                       const char  *name);
gint64    ntm_test_indicator_id       (NtmDatabase *db,
                                       const char  *set_code,
                                       const char  *code);

NtmWaterSchemeFields *ntm_test_new_scheme (gboolean     full);

/* Another program holding a database's write lock, from a thread. */
typedef struct _NtmTestLockHolder NtmTestLockHolder;

NtmTestLockHolder *ntm_test_hold_write_lock (const char *path,
                                             const char *write_sql,
                                             guint       hold_ms);
void      ntm_test_lock_holder_join   (NtmTestLockHolder *holder);

/* Workbooks as offices write them. */
void      ntm_test_put_cell           (lxw_worksheet *ws,
                                       int          row,
                                       int          col,
                                       const char  *text);
void      ntm_test_put_row            (lxw_worksheet *ws,
                                       int          row,
                                       const char * const *cells,
                                       int          n);

G_END_DECLS
