/* ntm-criteria-window-private.h: what the tests read of NtmCriteriaWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-criteria-window.h"

G_BEGIN_DECLS

GtkWidget         *ntm_criteria_window_get_threshold_entry (NtmCriteriaWindow *self,
                                                         const char        *indicator_code);
GtkWidget         *ntm_criteria_window_get_threshold_row (NtmCriteriaWindow *self,
                                                         const char        *indicator_code);
GtkDropDown       *ntm_criteria_window_get_choice       (NtmCriteriaWindow *self,
                                                         const char        *which);
const char        *ntm_criteria_window_get_set_text     (NtmCriteriaWindow *self);

G_END_DECLS
