/* ntm-save-dialog.h: "Save the changes?" before a form closes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NTM_TYPE_SAVE_DIALOG (ntm_save_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NtmSaveDialog, ntm_save_dialog, NTM, SAVE_DIALOG, AdwMessageDialog)

NtmSaveDialog *ntm_save_dialog_new (GtkWindow  *form,
                                    const char *body);

G_END_DECLS
