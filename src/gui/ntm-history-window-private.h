/* ntm-history-window-private.h: what the tests read of NtmHistoryWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-history-window.h"

G_BEGIN_DECLS

guint             ntm_history_window_get_n_entries  (NtmHistoryWindow *self);

G_END_DECLS
