/* ntm-assessment-window-private.h: what the tests read of NtmAssessmentWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-assessment-window.h"
#include "ntm-indicator-row.h"
#include "ntm-recorded-status-row.h"

G_BEGIN_DECLS

NtmAssessment       *ntm_assessment_window_get_assessment (NtmAssessmentWindow *self);
GtkWidget           *ntm_assessment_window_get_error_label (NtmAssessmentWindow *self,
                                                           const char          *set_code,
                                                           const char          *indicator_code);
GtkWidget           *ntm_assessment_window_get_input      (NtmAssessmentWindow *self,
                                                           const char          *set_code,
                                                           const char          *indicator_code);
GtkWidget           *ntm_assessment_window_get_save_button (NtmAssessmentWindow *self);
const char          *ntm_assessment_window_get_summary    (NtmAssessmentWindow *self);
gboolean             ntm_assessment_window_has_errors     (NtmAssessmentWindow *self);
NtmIndicatorRow     *ntm_assessment_window_get_indicator_row (NtmAssessmentWindow *self,
                                                           const char          *set_code,
                                                           const char          *indicator_code);
NtmRecordedStatusRow *ntm_assessment_window_get_recorded_row (NtmAssessmentWindow *self,
                                                           gint64               criterion_id);

G_END_DECLS
