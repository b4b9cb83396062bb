/* ntm-workbook-file.h: reading a spreadsheet file through GDAL/OGR
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-workbook.h"

G_BEGIN_DECLS

#define NTM_WORKBOOK_ERROR (ntm_workbook_error_quark ())

typedef enum {
  NTM_WORKBOOK_ERROR_CANNOT_READ,     /* missing, unreadable, a folder */
  NTM_WORKBOOK_ERROR_NOT_SPREADSHEET, /* not XLSX, XLS, ODS or CSV */
  NTM_WORKBOOK_ERROR_NOT_WORKBOOK,    /* a zip archive that is no workbook */
  NTM_WORKBOOK_ERROR_PASSWORD,        /* protected by a password */
  NTM_WORKBOOK_ERROR_DAMAGED,
  NTM_WORKBOOK_ERROR_ENCODING,        /* a CSV file not in UTF-8 */
  NTM_WORKBOOK_ERROR_EMPTY,
} NtmWorkbookError;

GQuark       ntm_workbook_error_quark      (void);

NtmWorkbook *ntm_workbook_read             (const char          *path,
                                            GCancellable        *cancellable,
                                            gint                *progress_permille,
                                            GError             **error);
void         ntm_workbook_read_async       (const char          *path,
                                            gint                *progress_permille,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
NtmWorkbook *ntm_workbook_read_finish      (GAsyncResult        *result,
                                            GError             **error);

G_END_DECLS
