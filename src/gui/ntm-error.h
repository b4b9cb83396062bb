/* ntm-error.h: telling a person what went wrong, and what to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NTM_TYPE_ERROR_DIALOG (ntm_error_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NtmErrorDialog, ntm_error_dialog, NTM, ERROR_DIALOG, AdwMessageDialog)

char *ntm_error_describe_read (const GError *error);
void  ntm_error_show          (GtkWidget    *parent,
                               const char   *heading,
                               const char   *body);

G_END_DECLS
