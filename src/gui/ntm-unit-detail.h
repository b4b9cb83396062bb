/* ntm-unit-detail.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-database.h"
#include "ntm-evaluation.h"
#include "ntm-unit.h"

G_BEGIN_DECLS

#define NTM_TYPE_UNIT_DETAIL (ntm_unit_detail_get_type ())
G_DECLARE_FINAL_TYPE (NtmUnitDetail, ntm_unit_detail, NTM, UNIT_DETAIL, GtkWidget)

void        ntm_unit_detail_show            (NtmUnitDetail *self,
                                             NtmDatabase   *database,
                                             NtmEvaluation *evaluation,
                                             NtmUnit       *unit);
NtmUnit    *ntm_unit_detail_get_unit        (NtmUnitDetail *self);

G_END_DECLS
