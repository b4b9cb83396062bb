/* ntm-import-window.h: importing a spreadsheet, with a preview first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"
#include "ntm-import.h"

G_BEGIN_DECLS

#define NTM_TYPE_IMPORT_WINDOW (ntm_import_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmImportWindow, ntm_import_window, NTM, IMPORT_WINDOW, AdwWindow)

NtmImportWindow *ntm_import_window_new           (GtkWindow       *parent,
                                                  NtmDatabase     *database,
                                                  int              year);
void             ntm_import_window_choose_file   (NtmImportWindow *self);
void             ntm_import_window_open_file     (NtmImportWindow *self,
                                                  GFile           *file);
gboolean         ntm_import_window_is_reading    (NtmImportWindow *self);
void             ntm_import_window_stop_reading  (NtmImportWindow *self);
NtmImport       *ntm_import_window_get_import    (NtmImportWindow *self);
GtkWidget       *ntm_import_window_get_import_button (NtmImportWindow *self);
const char      *ntm_import_window_get_summary   (NtmImportWindow *self);
const char      *ntm_import_window_get_failure   (NtmImportWindow *self);
guint            ntm_import_window_get_n_column_choices (NtmImportWindow *self);
GtkDropDown     *ntm_import_window_get_column_choice (NtmImportWindow *self,
                                                  guint            index,
                                                  guint           *column);
gboolean         ntm_import_window_commit        (NtmImportWindow *self);

G_END_DECLS
