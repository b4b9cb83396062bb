/* ntm-map-legend.c: the map's legend, as a widget
 *
 * Drawn by the renderer's own legend code, so that the legend on screen
 * and the one on an exported map are the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ntm-map-legend.h"

struct _NtmMapLegend
{
  GtkWidget       parent_instance;

  NtmMapRenderer *renderer;
  double          scale;
  double          width, height;
};

G_DEFINE_FINAL_TYPE (NtmMapLegend, ntm_map_legend, GTK_TYPE_WIDGET)

static void
measure_legend (NtmMapLegend *self)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  ntm_map_renderer_draw_legend (self->renderer, cr, 0, 0, self->scale, &self->width, &self->height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
ntm_map_legend_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  NtmMapLegend *self = NTM_MAP_LEGEND (widget);
  double size = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : self->height;

  *minimum = *natural = (int) ceil (size);
}

static void
ntm_map_legend_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  NtmMapLegend *self = NTM_MAP_LEGEND (widget);
  cairo_t *cr;

  if (self->width <= 0 || self->height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, ceil (self->width), ceil (self->height)));
  ntm_map_renderer_draw_legend (self->renderer, cr, 0, 0, self->scale, NULL, NULL);
  cairo_destroy (cr);
}

static void
ntm_map_legend_dispose (GObject *object)
{
  NtmMapLegend *self = NTM_MAP_LEGEND (object);

  g_clear_object (&self->renderer);
  G_OBJECT_CLASS (ntm_map_legend_parent_class)->dispose (object);
}

static void
ntm_map_legend_class_init (NtmMapLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_map_legend_dispose;
  widget_class->measure = ntm_map_legend_measure;
  widget_class->snapshot = ntm_map_legend_snapshot;
  gtk_widget_class_set_css_name (widget_class, "ntm-map-legend");
}

static void
ntm_map_legend_init (NtmMapLegend *self)
{
  self->scale = 1.0;
}

NtmMapLegend *
ntm_map_legend_new (NtmMapRenderer *renderer)
{
  NtmMapLegend *self;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (renderer), NULL);

  self = g_object_new (NTM_TYPE_MAP_LEGEND, NULL);
  self->renderer = g_object_ref (renderer);
  measure_legend (self);
  return self;
}

void
ntm_map_legend_set_scale (NtmMapLegend *self,
                          double        scale)
{
  g_return_if_fail (NTM_IS_MAP_LEGEND (self));
  if (self->scale == scale)
    return;
  self->scale = scale;
  ntm_map_legend_update (self);
}

/**
 * ntm_map_legend_update:
 * @self: a #NtmMapLegend
 *
 * Measures and draws the legend again after the classification changed.
 */
void
ntm_map_legend_update (NtmMapLegend *self)
{
  g_return_if_fail (NTM_IS_MAP_LEGEND (self));
  measure_legend (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
