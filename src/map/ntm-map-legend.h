/* ntm-map-legend.h: the map's legend, as a widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-map-renderer.h"

G_BEGIN_DECLS

#define NTM_TYPE_MAP_LEGEND (ntm_map_legend_get_type ())
G_DECLARE_FINAL_TYPE (NtmMapLegend, ntm_map_legend, NTM, MAP_LEGEND, GtkWidget)

NtmMapLegend *ntm_map_legend_new       (NtmMapRenderer *renderer);
void          ntm_map_legend_set_scale (NtmMapLegend   *self,
                                        double          scale);
void          ntm_map_legend_update    (NtmMapLegend   *self);

G_END_DECLS
