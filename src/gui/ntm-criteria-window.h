/* ntm-criteria-window.h: a criteria set's indicators and thresholds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_CRITERIA_WINDOW (ntm_criteria_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmCriteriaWindow, ntm_criteria_window, NTM, CRITERIA_WINDOW, AdwWindow)

NtmCriteriaWindow *ntm_criteria_window_new              (GtkWindow         *parent,
                                                         NtmDatabase       *database,
                                                         int                year);
void               ntm_criteria_window_show_set         (NtmCriteriaWindow *self,
                                                         const char        *set_code);
gboolean           ntm_criteria_window_save             (NtmCriteriaWindow *self);

G_END_DECLS
