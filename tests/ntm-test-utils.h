/* ntm-test-utils.h: shared helpers for the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ntm-database.h"

G_BEGIN_DECLS

char     *ntm_test_make_temp_dir      (void);
void      ntm_test_remove_tree        (const char  *path);
char     *ntm_test_file_checksum      (const char  *path);
gboolean  ntm_test_run_ntm            (const char * const *args,
                                       char       **out,
                                       char       **err,
                                       int         *exit_status);

char     *ntm_test_list_dir           (const char  *path);
void      ntm_test_copy_file          (const char  *from,
                                       const char  *to);

gint64    ntm_test_count              (NtmDatabase *db,
                                       const char  *sql);
void      ntm_test_exec               (NtmDatabase *db,
                                       const char  *sql);
NtmDatabase *ntm_test_open_database   (const char  *dir,
                                       const char  *name);

G_END_DECLS
