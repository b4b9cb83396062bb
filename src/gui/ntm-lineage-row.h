/* ntm-lineage-row.h: one link of a unit's lineage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-lineage.h"

G_BEGIN_DECLS

#define NTM_TYPE_LINEAGE_ROW (ntm_lineage_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmLineageRow, ntm_lineage_row, NTM, LINEAGE_ROW, AdwActionRow)

GtkWidget      *ntm_lineage_row_new      (NtmLineageLink *link);
NtmLineageLink *ntm_lineage_row_get_link (NtmLineageRow  *self);
gboolean        ntm_lineage_row_shows_inferred (NtmLineageRow *self);

G_END_DECLS
