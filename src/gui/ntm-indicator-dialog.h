/* ntm-indicator-dialog.h: asks for an indicator to add to a criterion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_INDICATOR_DIALOG (ntm_indicator_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NtmIndicatorDialog, ntm_indicator_dialog, NTM, INDICATOR_DIALOG, AdwWindow)

NtmIndicatorDialog *ntm_indicator_dialog_new (GtkWindow          *parent,
                                              NtmDatabase        *database,
                                              const char         *set_code,
                                              GError            **error);
gboolean            ntm_indicator_dialog_add (NtmIndicatorDialog *self);

G_END_DECLS
