/* ntm-info-row.h: a row that tells one fact, with a badge, status or value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-attainment.h"

G_BEGIN_DECLS

#define NTM_TYPE_INFO_ROW (ntm_info_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmInfoRow, ntm_info_row, NTM, INFO_ROW, AdwActionRow)

GtkWidget  *ntm_info_row_new                  (const char *title,
                                               const char *subtitle);
void        ntm_info_row_set_level            (NtmInfoRow *self,
                                               NtmLevel    level);
void        ntm_info_row_set_recognised_level (NtmInfoRow *self,
                                               NtmLevel    level);
void        ntm_info_row_set_status           (NtmInfoRow *self,
                                               NtmStatus   status);
void        ntm_info_row_set_value            (NtmInfoRow *self,
                                               const char *value);
const char *ntm_info_row_get_value            (NtmInfoRow *self);
void        ntm_info_row_set_warning          (NtmInfoRow *self,
                                               gboolean    warning);

G_END_DECLS
