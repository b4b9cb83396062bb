/* ntm-criteria-window-private.h: what the tests read of NtmCriteriaWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-criteria-window.h"

G_BEGIN_DECLS

GtkWidget         *ntm_criteria_window_get_threshold_entry (NtmCriteriaWindow *self,
                                                         const char        *indicator_code);

G_END_DECLS
