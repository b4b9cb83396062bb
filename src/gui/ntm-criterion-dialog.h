/* ntm-criterion-dialog.h: asks for a criterion to add to a set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_CRITERION_DIALOG (ntm_criterion_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NtmCriterionDialog, ntm_criterion_dialog, NTM, CRITERION_DIALOG, AdwWindow)

NtmCriterionDialog *ntm_criterion_dialog_new        (GtkWindow          *parent,
                                                     NtmDatabase        *database,
                                                     const char         *set_code);
gboolean            ntm_criterion_dialog_add        (NtmCriterionDialog *self);

G_END_DECLS
