/* ntm-map-view.h: the map widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "ntm-database.h"
#include "ntm-map-layer.h"
#include "ntm-map-renderer.h"

G_BEGIN_DECLS

#define NTM_TYPE_MAP_VIEW (ntm_map_view_get_type ())
G_DECLARE_FINAL_TYPE (NtmMapView, ntm_map_view, NTM, MAP_VIEW, GtkWidget)

NtmMapView        *ntm_map_view_new                (void);
gboolean           ntm_map_view_load               (NtmMapView        *self,
                                                    NtmDatabase       *db,
                                                    GError           **error);
NtmMapRenderer    *ntm_map_view_get_renderer       (NtmMapView        *self);
void               ntm_map_view_set_year           (NtmMapView        *self,
                                                    int                year);
const char        *ntm_map_view_get_attribution    (NtmMapView        *self);
ShumateMap        *ntm_map_view_get_map            (NtmMapView        *self);
NtmMapLayer       *ntm_map_view_get_layer          (NtmMapView        *self);
void               ntm_map_view_set_classification (NtmMapView        *self,
                                                    NtmClassification *classification);
void               ntm_map_view_set_layer          (NtmMapView        *self,
                                                    NtmUnitLayer       layer);
NtmUnitLayer       ntm_map_view_get_layer_shown    (NtmMapView        *self);
void               ntm_map_view_set_district_filter (NtmMapView       *self,
                                                    const char        *district);
void               ntm_map_view_select_unit        (NtmMapView        *self,
                                                    const char        *code,
                                                    gboolean           fly);
const char        *ntm_map_view_get_selected_unit  (NtmMapView        *self);
void               ntm_map_view_fit                (NtmMapView        *self,
                                                    const char        *district);
void               ntm_map_view_set_presentation   (NtmMapView        *self,
                                                    gboolean           presentation,
                                                    double             label_scale);
gboolean           ntm_map_view_get_presentation   (NtmMapView        *self);
void               ntm_map_view_set_caption        (NtmMapView        *self,
                                                    const char        *caption);
const char        *ntm_map_view_get_caption        (NtmMapView        *self);
void               ntm_map_view_set_label_scale    (NtmMapView        *self,
                                                    double             scale);
double             ntm_map_view_get_label_scale    (NtmMapView        *self);
void               ntm_map_view_set_online         (NtmMapView        *self,
                                                    gboolean           online);
gboolean           ntm_map_view_get_online         (NtmMapView        *self);
void               ntm_map_view_activate_at        (NtmMapView        *self,
                                                    double             x,
                                                    double             y);

G_END_DECLS
