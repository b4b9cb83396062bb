/* ntm-target-row.h: a target of the year, with Edit and Delete buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-target.h"

G_BEGIN_DECLS

#define NTM_TYPE_TARGET_ROW (ntm_target_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmTargetRow, ntm_target_row, NTM, TARGET_ROW, AdwActionRow)

GtkWidget *ntm_target_row_new        (NtmTarget    *target);
NtmTarget *ntm_target_row_get_target (NtmTargetRow *self);

G_END_DECLS
