/* ntm-unit-row.h: a unit in the Communes view's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-attainment.h"
#include "ntm-unit.h"

G_BEGIN_DECLS

#define NTM_TYPE_UNIT_ROW (ntm_unit_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmUnitRow, ntm_unit_row, NTM, UNIT_ROW, GtkListBoxRow)

GtkWidget *ntm_unit_row_new       (NtmUnit        *unit);
NtmUnit   *ntm_unit_row_get_unit  (NtmUnitRow     *self);
void       ntm_unit_row_set_state (NtmUnitRow     *self,
                                   NtmLevel        level,
                                   const NtmTally *tally);
void       ntm_unit_row_set_note  (NtmUnitRow     *self,
                                   const char     *note);

G_END_DECLS
