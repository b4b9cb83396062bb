/* ntm-map-layer.h: the one map layer that draws every unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "ntm-map-renderer.h"

G_BEGIN_DECLS

#define NTM_TYPE_MAP_LAYER (ntm_map_layer_get_type ())
G_DECLARE_FINAL_TYPE (NtmMapLayer, ntm_map_layer, NTM, MAP_LAYER, ShumateLayer)

NtmMapLayer *ntm_map_layer_new            (ShumateViewport *viewport,
                                           NtmMapRenderer  *renderer);
void         ntm_map_layer_get_transform  (NtmMapLayer     *self,
                                           NtmMapTransform *transform);
void         ntm_map_layer_invalidate     (NtmMapLayer     *self);
void         ntm_map_layer_set_background (NtmMapLayer     *self,
                                           gboolean         background);
void         ntm_map_layer_set_label_obstacles (NtmMapLayer *self,
                                           const cairo_rectangle_t *rects,
                                           guint            n_rects);
guint        ntm_map_layer_get_n_renders  (NtmMapLayer     *self);
guint        ntm_map_layer_get_n_tiles_drawn (NtmMapLayer  *self);

G_END_DECLS
