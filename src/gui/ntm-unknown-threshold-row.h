/* ntm-unknown-threshold-row.h: a value against a threshold not known yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NTM_TYPE_UNKNOWN_THRESHOLD_ROW (ntm_unknown_threshold_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmUnknownThresholdRow, ntm_unknown_threshold_row, NTM, UNKNOWN_THRESHOLD_ROW, AdwActionRow)

GtkWidget  *ntm_unknown_threshold_row_new              (const char             *set_code,
                                                        const char             *indicator_code,
                                                        const char             *title,
                                                        const char             *value);
const char *ntm_unknown_threshold_row_get_set_code     (NtmUnknownThresholdRow *self);
const char *ntm_unknown_threshold_row_get_indicator_code (NtmUnknownThresholdRow *self);
const char *ntm_unknown_threshold_row_get_value        (NtmUnknownThresholdRow *self);
GtkWidget  *ntm_unknown_threshold_row_get_button       (NtmUnknownThresholdRow *self);

G_END_DECLS
