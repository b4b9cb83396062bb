/* ntm-history-row.h: one change in a history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NTM_TYPE_HISTORY_ROW (ntm_history_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmHistoryRow, ntm_history_row, NTM, HISTORY_ROW, GtkListBoxRow)

GtkWidget *ntm_history_row_new (const char *what,
                                const char *when_and_who,
                                const char *details);

G_END_DECLS
