/* ntm-start-error-window.h: shown instead of the main window when the
 * database cannot be opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NTM_TYPE_START_ERROR_WINDOW (ntm_start_error_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmStartErrorWindow, ntm_start_error_window, NTM, START_ERROR_WINDOW, AdwApplicationWindow)

NtmStartErrorWindow *ntm_start_error_window_new            (GtkApplication      *application,
                                                            const char          *database_path,
                                                            const GError        *error);
GtkButton           *ntm_start_error_window_get_restore_button (NtmStartErrorWindow *self);

G_END_DECLS
