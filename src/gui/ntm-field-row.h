/* ntm-field-row.h: a number or a date typed into a form, with its unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NTM_TYPE_FIELD_ROW (ntm_field_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmFieldRow, ntm_field_row, NTM, FIELD_ROW, AdwActionRow)

GtkEntry   *ntm_field_row_get_entry (NtmFieldRow *self);
const char *ntm_field_row_get_unit  (NtmFieldRow *self);
void        ntm_field_row_set_unit  (NtmFieldRow *self,
                                     const char  *unit);
gboolean    ntm_field_row_get_date  (NtmFieldRow *self);
void        ntm_field_row_set_date  (NtmFieldRow *self,
                                     gboolean     date);

G_END_DECLS
