/* ntm-criteria-set-dialog.h: asks for a new criteria set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_CRITERIA_SET_DIALOG (ntm_criteria_set_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NtmCriteriaSetDialog, ntm_criteria_set_dialog, NTM, CRITERIA_SET_DIALOG, AdwWindow)

NtmCriteriaSetDialog *ntm_criteria_set_dialog_new    (GtkWindow            *parent,
                                                      NtmDatabase          *database);
gboolean              ntm_criteria_set_dialog_create (NtmCriteriaSetDialog *self);

G_END_DECLS
