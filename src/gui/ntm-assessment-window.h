/* ntm-assessment-window.h: the criteria assessment form of a unit and a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-assessment.h"
#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_ASSESSMENT_WINDOW (ntm_assessment_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmAssessmentWindow, ntm_assessment_window, NTM, ASSESSMENT_WINDOW, AdwWindow)

NtmAssessmentWindow *ntm_assessment_window_new            (GtkWindow           *parent,
                                                           NtmDatabase         *database,
                                                           const char          *unit_code,
                                                           int                  year,
                                                           GError             **error);
void                 ntm_assessment_window_set_override   (NtmAssessmentWindow *self,
                                                           const char          *set_code,
                                                           const char          *indicator_code,
                                                           NtmStatus            status,
                                                           const char          *reason);

G_END_DECLS
