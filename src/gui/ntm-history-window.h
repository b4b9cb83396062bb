/* ntm-history-window.h: the read-only change history of a unit or a scheme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_HISTORY_WINDOW (ntm_history_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmHistoryWindow, ntm_history_window, NTM, HISTORY_WINDOW, AdwWindow)

NtmHistoryWindow *ntm_history_window_new_for_unit   (GtkWindow   *parent,
                                                     NtmDatabase *database,
                                                     const char  *unit_code);
NtmHistoryWindow *ntm_history_window_new_for_scheme (GtkWindow   *parent,
                                                     NtmDatabase *database,
                                                     gint64       scheme_id,
                                                     const char  *scheme_name);

G_END_DECLS
