/* ntm-report-map.h: the map in printed reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ntm-overview.h"

G_BEGIN_DECLS

void ntm_report_draw_map (cairo_t                 *cr,
                          const cairo_rectangle_t *area,
                          NtmOverview             *overview,
                          const char              *highlight_code,
                          gboolean                 with_legend);

G_END_DECLS
