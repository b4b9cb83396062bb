/* ntm-criterion-dialog-private.h: what the tests read of NtmCriterionDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-criterion-dialog.h"

G_BEGIN_DECLS

GtkWidget  *ntm_criterion_dialog_get_field  (NtmCriterionDialog *self,
                                             const char         *field);
const char *ntm_criterion_dialog_get_notice (NtmCriterionDialog *self);

G_END_DECLS
