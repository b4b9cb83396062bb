/* ntm-threshold-row.h: an indicator and its threshold, to correct
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-criteria.h"

G_BEGIN_DECLS

#define NTM_TYPE_THRESHOLD_ROW (ntm_threshold_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmThresholdRow, ntm_threshold_row, NTM, THRESHOLD_ROW, AdwExpanderRow)

GtkWidget    *ntm_threshold_row_new            (NtmIndicator    *indicator);
NtmIndicator *ntm_threshold_row_get_indicator  (NtmThresholdRow *self);
GtkEntry     *ntm_threshold_row_get_entry      (NtmThresholdRow *self);
void          ntm_threshold_row_set_problem    (NtmThresholdRow *self,
                                                const char      *message);
const char   *ntm_threshold_row_get_name       (NtmThresholdRow *self);
const char   *ntm_threshold_row_get_unit       (NtmThresholdRow *self);
NtmComparison ntm_threshold_row_get_comparison (NtmThresholdRow *self);
void          ntm_threshold_row_set_verify_note (NtmThresholdRow *self,
                                                 const char      *note);
const char   *ntm_threshold_row_get_verify_note (NtmThresholdRow *self);

G_END_DECLS
