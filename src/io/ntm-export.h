/* ntm-export.h: lists written as CSV or XLSX files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-progress.h"
#include "ntm-table.h"

G_BEGIN_DECLS

#define NTM_EXPORT_ERROR (ntm_export_error_quark ())

typedef enum {
  NTM_EXPORT_ERROR_FORMAT,   /* the file name does not end in .csv or .xlsx */
  NTM_EXPORT_ERROR_WRITE,
} NtmExportError;

GQuark    ntm_export_error_quark (void);

gboolean  ntm_export_write_csv   (NtmTable        *table,
                                  const char      *path,
                                  GCancellable    *cancellable,
                                  NtmProgressFunc  progress,
                                  gpointer         progress_data,
                                  GError         **error);
gboolean  ntm_export_write_xlsx  (NtmTable        *table,
                                  const char      *path,
                                  GCancellable    *cancellable,
                                  NtmProgressFunc  progress,
                                  gpointer         progress_data,
                                  GError         **error);
gboolean  ntm_export_write       (NtmTable        *table,
                                  const char      *path,
                                  GCancellable    *cancellable,
                                  NtmProgressFunc  progress,
                                  gpointer         progress_data,
                                  GError         **error);

G_END_DECLS
