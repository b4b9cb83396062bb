/* ntm-map-renderer.h: draws the units of the map onto any cairo context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ntm-classification.h"
#include "ntm-database.h"

G_BEGIN_DECLS

/* Web-Mercator unit square → device pixels: x = mx * scale - x0. */
typedef struct {
  double x0, y0;
  double scale;      /* 256 × 2^zoom */
  double zoom;
} NtmMapTransform;

typedef enum {
  NTM_MAP_DRAW_BACKGROUND = 1 << 0,
  NTM_MAP_DRAW_REGIONS    = 1 << 1,
  NTM_MAP_DRAW_LABELS     = 1 << 2,
  NTM_MAP_DRAW_HIGHLIGHT  = 1 << 3,
  NTM_MAP_DRAW_ALL        = 0xf,
  /* the parts of NTM_MAP_DRAW_REGIONS, for drawing them apart */
  NTM_MAP_DRAW_FILLS      = 1 << 4,
  NTM_MAP_DRAW_BORDERS    = 1 << 5,   /* outlines of units and districts */
  NTM_MAP_DRAW_SYMBOLS    = 1 << 6,   /* units without an outline */
  NTM_MAP_DRAW_LAND       = 1 << 7,   /* the province's land, under the fills */
} NtmMapDrawFlags;

#define NTM_TYPE_MAP_RENDERER (ntm_map_renderer_get_type ())
G_DECLARE_FINAL_TYPE (NtmMapRenderer, ntm_map_renderer, NTM, MAP_RENDERER, GObject)

NtmMapRenderer    *ntm_map_renderer_new                (void);
gboolean           ntm_map_renderer_load               (NtmMapRenderer    *self,
                                                        NtmDatabase       *db,
                                                        GError           **error);
guint              ntm_map_renderer_get_n_units        (NtmMapRenderer    *self);
guint              ntm_map_renderer_get_n_shapes       (NtmMapRenderer    *self);
gboolean           ntm_map_renderer_get_bounds         (NtmMapRenderer    *self,
                                                        const char        *district,
                                                        double            *min_x,
                                                        double            *min_y,
                                                        double            *max_x,
                                                        double            *max_y);
gboolean           ntm_map_renderer_get_unit_point     (NtmMapRenderer    *self,
                                                        const char        *code,
                                                        double            *x,
                                                        double            *y);
void               ntm_map_renderer_set_classification (NtmMapRenderer    *self,
                                                        NtmClassification *classification);
NtmClassification *ntm_map_renderer_get_classification (NtmMapRenderer    *self);
void               ntm_map_renderer_set_selected       (NtmMapRenderer    *self,
                                                        const char        *code);
const char        *ntm_map_renderer_get_selected       (NtmMapRenderer    *self);
void               ntm_map_renderer_set_hovered        (NtmMapRenderer    *self,
                                                        const char        *code);
const char        *ntm_map_renderer_get_hovered        (NtmMapRenderer    *self);
void               ntm_map_renderer_set_district_filter (NtmMapRenderer   *self,
                                                        const char        *district);
void               ntm_map_renderer_set_layer          (NtmMapRenderer    *self,
                                                        NtmUnitLayer       layer);
NtmUnitLayer       ntm_map_renderer_get_layer          (NtmMapRenderer    *self);
void               ntm_map_renderer_set_year           (NtmMapRenderer    *self,
                                                        int                year);
int                ntm_map_renderer_get_year           (NtmMapRenderer    *self);
void               ntm_map_renderer_set_label_scale    (NtmMapRenderer    *self,
                                                        double             scale);
double             ntm_map_renderer_get_label_scale    (NtmMapRenderer    *self);
double             ntm_map_renderer_get_label_font_size (NtmMapRenderer   *self);
void               ntm_map_renderer_set_label_obstacles (NtmMapRenderer   *self,
                                                        const cairo_rectangle_t *rects,
                                                        guint              n_rects);
GArray            *ntm_map_renderer_get_label_obstacles (NtmMapRenderer   *self);
GArray            *ntm_map_renderer_get_label_boxes    (NtmMapRenderer    *self);
double             ntm_map_output_scale                (double             width,
                                                        double             height);
void               ntm_map_renderer_set_fill_opacity   (NtmMapRenderer    *self,
                                                        double             opacity);
gboolean           ntm_map_renderer_get_unit_bounds    (NtmMapRenderer    *self,
                                                        const char        *code,
                                                        const NtmMapTransform *transform,
                                                        cairo_rectangle_t *rect);
guint              ntm_map_renderer_get_generation     (NtmMapRenderer    *self);
guint              ntm_map_renderer_get_label_generation (NtmMapRenderer  *self);

void               ntm_map_renderer_fit                (NtmMapRenderer    *self,
                                                        const char        *district,
                                                        double             width,
                                                        double             height,
                                                        double             margin,
                                                        NtmMapTransform   *transform);
void               ntm_map_renderer_draw               (NtmMapRenderer    *self,
                                                        cairo_t           *cr,
                                                        const NtmMapTransform *transform,
                                                        double             width,
                                                        double             height,
                                                        NtmMapDrawFlags    flags);
void               ntm_map_renderer_draw_highlight     (NtmMapRenderer    *self,
                                                        cairo_t           *cr,
                                                        const NtmMapTransform *transform);
void               ntm_map_renderer_draw_legend        (NtmMapRenderer    *self,
                                                        cairo_t           *cr,
                                                        double             x,
                                                        double             y,
                                                        double             scale,
                                                        double            *width,
                                                        double            *height);
GStrv              ntm_map_renderer_get_legend_lines   (NtmMapRenderer    *self);
void               ntm_map_renderer_draw_scale_bar     (NtmMapRenderer    *self,
                                                        cairo_t           *cr,
                                                        const NtmMapTransform *transform,
                                                        double             x,
                                                        double             y,
                                                        double             max_width,
                                                        double             scale);
const char        *ntm_map_renderer_hit_test           (NtmMapRenderer    *self,
                                                        const NtmMapTransform *transform,
                                                        double             x,
                                                        double             y);
const char        *ntm_map_renderer_next_unit          (NtmMapRenderer    *self,
                                                        const char        *from,
                                                        double             dx,
                                                        double             dy);
gboolean           ntm_map_renderer_unit_color         (NtmMapRenderer    *self,
                                                        const char        *code,
                                                        double            *red,
                                                        double            *green,
                                                        double            *blue);

G_END_DECLS
