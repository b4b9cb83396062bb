/* ntm-recorded-status-row.h: a criterion's status recorded in the assessment form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-attainment.h"

G_BEGIN_DECLS

#define NTM_TYPE_RECORDED_STATUS_ROW (ntm_recorded_status_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmRecordedStatusRow, ntm_recorded_status_row, NTM, RECORDED_STATUS_ROW, AdwActionRow)

GtkWidget   *ntm_recorded_status_row_new          (gint64                criterion_id);
gint64       ntm_recorded_status_row_get_criterion_id (NtmRecordedStatusRow *self);
GtkDropDown *ntm_recorded_status_row_get_dropdown (NtmRecordedStatusRow *self);
NtmStatus    ntm_recorded_status_row_get_status   (NtmRecordedStatusRow *self);
void         ntm_recorded_status_row_set_status   (NtmRecordedStatusRow *self,
                                                   NtmStatus             status);

G_END_DECLS
