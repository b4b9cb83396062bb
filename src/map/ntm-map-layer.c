/* ntm-map-layer.c: the one map layer that draws every unit
 *
 * Redrawing thousands of outlines every frame is what makes a map slow,
 * so the layer draws the units once into a picture a little larger than
 * the view and, while the map is panned, only moves that picture. While a
 * zoom animates it scales the picture, and draws afresh once the zoom
 * rests. Only the highlight of the hovered and selected unit is drawn
 * every frame, and only around that unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ntm-geometry.h"
#include "ntm-map-layer.h"

/* Extra drawn around the view, in pixels, so that panning moves a picture. */
#define CACHE_MARGIN 384
/* Quiet time after a zoom step before the picture is drawn afresh. */
#define SETTLE_MS 150
/* Zoom steps closer than this belong to one animation or gesture. */
#define ZOOM_RUN_MS 400

struct _NtmMapLayer
{
  ShumateLayer     parent_instance;

  NtmMapRenderer  *renderer;
  gboolean         background;

  GdkTexture      *cache;
  NtmMapTransform  cache_transform;
  int              cache_width, cache_height;   /* in widget units */
  guint            cache_generation;
  gboolean         cache_valid;
  guint            settle_id;
  guint            n_renders;
  gint64           last_zoom_change;
  gboolean         zooming;
};

G_DEFINE_FINAL_TYPE (NtmMapLayer, ntm_map_layer, SHUMATE_TYPE_LAYER)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
on_settle_timeout_cb (gpointer user_data)
{
  NtmMapLayer *self = user_data;

  self->settle_id = 0;
  self->cache_valid = FALSE;
  self->zooming = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
on_viewport_notify_cb (NtmMapLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A zoom step that follows another closely is part of an animation or a
 * gesture: stretch the picture. A lone change is drawn afresh at once. */
static void
on_zoom_notify_cb (NtmMapLayer *self)
{
  gint64 now = g_get_monotonic_time ();

  self->zooming = now - self->last_zoom_change < ZOOM_RUN_MS * 1000;
  self->last_zoom_change = now;
  if (self->settle_id != 0)
    g_source_remove (self->settle_id);
  self->settle_id = g_timeout_add (SETTLE_MS, on_settle_timeout_cb, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
render_cache (NtmMapLayer           *self,
              const NtmMapTransform *view,
              int                    width,
              int                    height)
{
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int cw = width + 2 * CACHE_MARGIN, ch = height + 2 * CACHE_MARGIN;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  NtmMapTransform t = *view;
  NtmMapDrawFlags flags = NTM_MAP_DRAW_REGIONS | NTM_MAP_DRAW_LABELS;

  t.x0 -= CACHE_MARGIN;
  t.y0 -= CACHE_MARGIN;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cw * scale_factor, ch * scale_factor);
  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);
  cr = cairo_create (surface);
  if (self->background)
    flags |= NTM_MAP_DRAW_BACKGROUND;
  ntm_map_renderer_draw (self->renderer, cr, &t, cw, ch, flags);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      cairo_image_surface_get_stride (surface) * ch * scale_factor,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  g_clear_object (&self->cache);
  self->cache = gdk_memory_texture_new (cw * scale_factor, ch * scale_factor,
                                        GDK_MEMORY_DEFAULT, bytes,
                                        cairo_image_surface_get_stride (surface));
  self->cache_transform = t;
  self->cache_width = cw;
  self->cache_height = ch;
  self->cache_generation = ntm_map_renderer_get_generation (self->renderer);
  self->cache_valid = TRUE;
  self->n_renders++;
}

/* ---------------------------------------------------------------------- */
/* GtkWidget                                                              */
/* ---------------------------------------------------------------------- */

static void
ntm_map_layer_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  NtmMapLayer *self = NTM_MAP_LAYER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  NtmMapTransform t;
  const char *highlighted[2];
  gboolean same_zoom, covers;

  if (width <= 0 || height <= 0 || self->renderer == NULL)
    return;

  ntm_map_layer_get_transform (self, &t);

  same_zoom = self->cache_valid && fabs (self->cache_transform.scale - t.scale) < 1e-6 * t.scale;
  covers = same_zoom &&
           t.x0 >= self->cache_transform.x0 && t.y0 >= self->cache_transform.y0 &&
           t.x0 + width <= self->cache_transform.x0 + self->cache_width &&
           t.y0 + height <= self->cache_transform.y0 + self->cache_height;

  if (self->zooming && self->cache_valid &&
      self->cache_generation == ntm_map_renderer_get_generation (self->renderer) &&
      !same_zoom && fabs (log2 (t.scale / self->cache_transform.scale)) < 2.0)
    {
      /* zooming: stretch the picture now, draw afresh when the zoom rests */
      double f = t.scale / self->cache_transform.scale;
      graphene_rect_t rect = GRAPHENE_RECT_INIT (self->cache_transform.x0 * f - t.x0,
                                                 self->cache_transform.y0 * f - t.y0,
                                                 self->cache_width * f, self->cache_height * f);

      if (self->background)
        {
          GdkRGBA bg = { 0.949, 0.937, 0.914, 1.0 };
          gtk_snapshot_append_color (snapshot, &bg, &GRAPHENE_RECT_INIT (0, 0, width, height));
        }
      gtk_snapshot_append_texture (snapshot, self->cache, &rect);
    }
  else
    {
      if (!covers || self->cache_generation != ntm_map_renderer_get_generation (self->renderer))
        render_cache (self, &t, width, height);

      gtk_snapshot_append_texture (snapshot, self->cache,
                                   &GRAPHENE_RECT_INIT (self->cache_transform.x0 - t.x0,
                                                        self->cache_transform.y0 - t.y0,
                                                        self->cache_width, self->cache_height));
    }

  /* the highlight, drawn only around the units it concerns */
  highlighted[0] = ntm_map_renderer_get_hovered (self->renderer);
  highlighted[1] = ntm_map_renderer_get_selected (self->renderer);
  if (highlighted[0] != NULL || highlighted[1] != NULL)
    {
      cairo_rectangle_t box = { 0 }, r;
      gboolean any = FALSE;

      for (guint i = 0; i < 2; i++)
        if (ntm_map_renderer_get_unit_bounds (self->renderer, highlighted[i], &t, &r))
          {
            if (!any)
              box = r;
            else
              {
                double x2 = MAX (box.x + box.width, r.x + r.width), y2 = MAX (box.y + box.height, r.y + r.height);
                box.x = MIN (box.x, r.x);
                box.y = MIN (box.y, r.y);
                box.width = x2 - box.x;
                box.height = y2 - box.y;
              }
            any = TRUE;
          }

      /* keep the drawing within the view */
      if (any)
        {
          double x1 = MAX (box.x, 0), y1 = MAX (box.y, 0);
          double x2 = MIN (box.x + box.width, width), y2 = MIN (box.y + box.height, height);

          if (x2 > x1 && y2 > y1)
            {
              cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x1, y1, x2 - x1, y2 - y1));
              ntm_map_renderer_draw_highlight (self->renderer, cr, &t);
              cairo_destroy (cr);
            }
        }
    }
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_map_layer_constructed (GObject *object)
{
  NtmMapLayer *self = NTM_MAP_LAYER (object);
  ShumateViewport *viewport;

  G_OBJECT_CLASS (ntm_map_layer_parent_class)->constructed (object);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  g_signal_connect_object (viewport, "notify::zoom-level", G_CALLBACK (on_zoom_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::latitude", G_CALLBACK (on_viewport_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::longitude", G_CALLBACK (on_viewport_notify_cb), self, G_CONNECT_SWAPPED);
}

static void
ntm_map_layer_dispose (GObject *object)
{
  NtmMapLayer *self = NTM_MAP_LAYER (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_object (&self->cache);
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (ntm_map_layer_parent_class)->dispose (object);
}

static void
ntm_map_layer_class_init (NtmMapLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ntm_map_layer_constructed;
  object_class->dispose = ntm_map_layer_dispose;
  widget_class->snapshot = ntm_map_layer_snapshot;
}

static void
ntm_map_layer_init (NtmMapLayer *self)
{
  self->background = TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

NtmMapLayer *
ntm_map_layer_new (ShumateViewport *viewport,
                   NtmMapRenderer  *renderer)
{
  NtmMapLayer *self;

  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (renderer), NULL);

  self = g_object_new (NTM_TYPE_MAP_LAYER, "viewport", viewport, NULL);
  self->renderer = g_object_ref (renderer);
  return self;
}

/**
 * ntm_map_layer_get_transform:
 * @self: a #NtmMapLayer
 * @transform: (out): from Mercator to this widget's coordinates
 */
void
ntm_map_layer_get_transform (NtmMapLayer     *self,
                             NtmMapTransform *transform)
{
  ShumateViewport *viewport;
  ShumateMapSource *source;
  double cx, cy, tile = 256;

  g_return_if_fail (NTM_IS_MAP_LAYER (self));

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  source = shumate_viewport_get_reference_map_source (viewport);
  if (source != NULL)
    tile = shumate_map_source_get_tile_size (source);
  transform->zoom = shumate_viewport_get_zoom_level (viewport);
  transform->scale = tile * pow (2.0, transform->zoom);
  ntm_geometry_to_mercator (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                            shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                            &cx, &cy);
  transform->x0 = cx * transform->scale - gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  transform->y0 = cy * transform->scale - gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
}

/**
 * ntm_map_layer_invalidate:
 * @self: a #NtmMapLayer
 *
 * Draws the units afresh at the next frame (after a change of colours,
 * filter or labels).
 */
void
ntm_map_layer_invalidate (NtmMapLayer *self)
{
  g_return_if_fail (NTM_IS_MAP_LAYER (self));
  self->cache_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ntm_map_layer_set_background (NtmMapLayer *self,
                              gboolean     background)
{
  g_return_if_fail (NTM_IS_MAP_LAYER (self));
  self->background = background;
  ntm_map_layer_invalidate (self);
}

/**
 * ntm_map_layer_get_n_renders:
 * @self: a #NtmMapLayer
 *
 * Returns: how many times the units were drawn afresh (for benchmarks)
 */
guint
ntm_map_layer_get_n_renders (NtmMapLayer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_LAYER (self), 0);
  return self->n_renders;
}
