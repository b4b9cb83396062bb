/* ntm-removable-row.h: an item of a form's list, with a button to remove it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NTM_TYPE_REMOVABLE_ROW (ntm_removable_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmRemovableRow, ntm_removable_row, NTM, REMOVABLE_ROW, AdwActionRow)

GtkWidget *ntm_removable_row_new (const char *title,
                                  const char *subtitle,
                                  const char *value,
                                  const char *remove_tooltip);

G_END_DECLS
