/* ntm-indicator-dialog-private.h: what the tests read of NtmIndicatorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-indicator-dialog.h"

G_BEGIN_DECLS

/* "criterion", "code", "name", "unit", "kind" or "comparison" */
GtkWidget  *ntm_indicator_dialog_get_field  (NtmIndicatorDialog *self,
                                             const char         *field);
const char *ntm_indicator_dialog_get_notice (NtmIndicatorDialog *self);

G_END_DECLS
