/* ntm-indicator-row.h: one indicator of the assessment form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-attainment.h"
#include "ntm-yes-no-choice.h"

G_BEGIN_DECLS

#define NTM_TYPE_INDICATOR_ROW (ntm_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmIndicatorRow, ntm_indicator_row, NTM, INDICATOR_ROW, AdwExpanderRow)

GtkWidget      *ntm_indicator_row_new          (NtmIndicatorKind  kind,
                                                const char       *title,
                                                const char       *unit);
GtkWidget      *ntm_indicator_row_get_input    (NtmIndicatorRow  *self);
GtkEntry       *ntm_indicator_row_get_entry    (NtmIndicatorRow  *self);
NtmYesNoChoice *ntm_indicator_row_get_answer   (NtmIndicatorRow  *self);
GtkLabel       *ntm_indicator_row_get_error_label (NtmIndicatorRow *self);
GtkDropDown    *ntm_indicator_row_get_override (NtmIndicatorRow  *self);
AdwEntryRow    *ntm_indicator_row_get_reason   (NtmIndicatorRow  *self);
AdwEntryRow    *ntm_indicator_row_get_note     (NtmIndicatorRow  *self);
void            ntm_indicator_row_set_problem  (NtmIndicatorRow  *self,
                                                const char       *message);
void            ntm_indicator_row_set_status   (NtmIndicatorRow  *self,
                                                gboolean          known,
                                                NtmStatus         status);
void            ntm_indicator_row_set_threshold_unknown (NtmIndicatorRow *self);
GtkLabel       *ntm_indicator_row_get_status_label (NtmIndicatorRow *self);
GtkWidget      *ntm_indicator_row_get_threshold_button (NtmIndicatorRow *self);
NtmStatus       ntm_indicator_row_get_override_status (NtmIndicatorRow *self);
void            ntm_indicator_row_set_override_status (NtmIndicatorRow *self,
                                                NtmStatus         status);

G_END_DECLS
