/* ntm-criteria-set-dialog-private.h: what the tests read of NtmCriteriaSetDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-criteria-set-dialog.h"

G_BEGIN_DECLS

/* "code", "name", "decision", "applies", "year-from" or "year-to" */
GtkWidget  *ntm_criteria_set_dialog_get_field  (NtmCriteriaSetDialog *self,
                                                const char           *field);
const char *ntm_criteria_set_dialog_get_notice (NtmCriteriaSetDialog *self);

G_END_DECLS
