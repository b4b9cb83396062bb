/* ntm-output-file.h: writing a file so that it appears whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NTM_OUTPUT_ERROR (ntm_output_error_quark ())

typedef enum {
  NTM_OUTPUT_ERROR_IS_DATABASE,   /* the path is the database or one of its working files */
  NTM_OUTPUT_ERROR_NO_FOLDER,     /* the folder does not exist */
  NTM_OUTPUT_ERROR_NOT_A_FILE,    /* the path names a folder or a device */
  NTM_OUTPUT_ERROR_FAILED,        /* the operating system refused */
} NtmOutputError;

typedef struct _NtmOutputFile NtmOutputFile;

GQuark         ntm_output_error_quark          (void);

gboolean       ntm_output_check_path           (const char     *path,
                                                const char     *database_path,
                                                GError        **error);
NtmOutputFile *ntm_output_file_new             (const char     *path,
                                                GError        **error);
const char    *ntm_output_file_get_temp_path   (NtmOutputFile  *self);
const char    *ntm_output_file_get_target      (NtmOutputFile  *self);
gboolean       ntm_output_file_write           (NtmOutputFile  *self,
                                                const void     *data,
                                                gsize           length,
                                                GError        **error);
gboolean       ntm_output_file_commit          (NtmOutputFile  *self,
                                                GError        **error);
void           ntm_output_file_free            (NtmOutputFile  *self);

/* Temporary names beside a file: ".NAME.ntm-PID-XXXXXX". */
char          *ntm_output_temporary_template   (const char     *folder,
                                                const char     *name);
void           ntm_output_remove_stale         (const char     *folder,
                                                const char     *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmOutputFile, ntm_output_file_free)

G_END_DECLS
