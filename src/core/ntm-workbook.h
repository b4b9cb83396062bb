/* ntm-workbook.h: a spreadsheet's cells as text, sheet by sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NTM_TYPE_WORKBOOK (ntm_workbook_get_type ())
G_DECLARE_FINAL_TYPE (NtmWorkbook, ntm_workbook, NTM, WORKBOOK, GObject)

NtmWorkbook *ntm_workbook_new                (const char         *path);
const char  *ntm_workbook_get_path           (NtmWorkbook        *self);
const char  *ntm_workbook_get_file_name      (NtmWorkbook        *self);
guint        ntm_workbook_add_sheet          (NtmWorkbook        *self,
                                              const char         *name);
void         ntm_workbook_add_row            (NtmWorkbook        *self,
                                              guint               sheet,
                                              guint               row_number,
                                              const char * const *cells,
                                              guint               n_cells);
guint        ntm_workbook_get_n_sheets       (NtmWorkbook        *self);
const char  *ntm_workbook_get_sheet_name     (NtmWorkbook        *self,
                                              guint               sheet);
guint        ntm_workbook_get_n_rows         (NtmWorkbook        *self,
                                              guint               sheet);
guint        ntm_workbook_get_n_columns      (NtmWorkbook        *self,
                                              guint               sheet);
guint        ntm_workbook_get_row_number     (NtmWorkbook        *self,
                                              guint               sheet,
                                              guint               row);
const char  *ntm_workbook_get_cell           (NtmWorkbook        *self,
                                              guint               sheet,
                                              guint               row,
                                              guint               column);
gboolean     ntm_workbook_row_is_blank       (NtmWorkbook        *self,
                                              guint               sheet,
                                              guint               row);
gboolean     ntm_workbook_is_empty           (NtmWorkbook        *self);
char        *ntm_cell_reference              (const char         *sheet,
                                              guint               row_number,
                                              guint               column);

G_END_DECLS
