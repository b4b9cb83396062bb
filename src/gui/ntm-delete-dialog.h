/* ntm-delete-dialog.h: "Delete …?" before a record is deleted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NTM_TYPE_DELETE_DIALOG (ntm_delete_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NtmDeleteDialog, ntm_delete_dialog, NTM, DELETE_DIALOG, AdwMessageDialog)

NtmDeleteDialog *ntm_delete_dialog_new (GtkWidget  *parent,
                                        const char *heading,
                                        const char *body);

G_END_DECLS
