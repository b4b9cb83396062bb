/* ntm-status-cell.h: one criterion's status for one unit, in the criteria grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-attainment.h"

G_BEGIN_DECLS

#define NTM_TYPE_STATUS_CELL (ntm_status_cell_get_type ())
G_DECLARE_FINAL_TYPE (NtmStatusCell, ntm_status_cell, NTM, STATUS_CELL, GtkWidget)

GtkWidget  *ntm_status_cell_new           (guint          row,
                                           guint          column);
guint       ntm_status_cell_get_row       (NtmStatusCell *self);
guint       ntm_status_cell_get_column    (NtmStatusCell *self);
NtmStatus   ntm_status_cell_get_status    (NtmStatusCell *self);
void        ntm_status_cell_set_status    (NtmStatusCell *self,
                                           NtmStatus      status);
void        ntm_status_cell_set_computed  (NtmStatusCell *self,
                                           gboolean       computed);
gboolean    ntm_status_cell_get_computed  (NtmStatusCell *self);
void        ntm_status_cell_set_modified  (NtmStatusCell *self,
                                           gboolean       modified);
const char *ntm_status_cell_get_text      (NtmStatusCell *self);
gboolean    ntm_status_cell_status_for_key (guint         keyval,
                                           NtmStatus     *status);

G_END_DECLS
