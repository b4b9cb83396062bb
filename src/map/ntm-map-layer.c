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
#include <string.h>

#include "ntm-geometry.h"
#include "ntm-map-layer.h"
#include "ntm-palette.h"

/* Extra drawn around the view, in pixels, so that panning moves a picture. */
#define CACHE_MARGIN 384
/* The units are drawn in square tiles of this many widget units. */
#define TILE_SIZE 256
/* Quiet time after a zoom step before the picture is drawn afresh. */
#define SETTLE_MS 150
/* Zoom steps closer than this belong to one animation or gesture. */
#define ZOOM_RUN_MS 400

/* A tile keeps its outlines apart, so that new colours (a mode change)
 * only fill the units again and lay the same outlines over them. */
typedef struct {
  int              i, j;
  cairo_surface_t *land;           /* where the province's land is: an alpha mask */
  cairo_surface_t *borders;        /* outlines, on transparent */
  cairo_surface_t *surface;        /* fills, outlines, symbols; NULL if stale */
  GdkTexture      *texture;        /* made when a GL renderer asks for it */
} Tile;

struct _NtmMapLayer
{
  ShumateLayer     parent_instance;

  NtmMapRenderer  *renderer;
  gboolean         background;

  /* the units, in tiles on a grid anchored at (origin_x, origin_y) */
  GHashTable      *tiles;          /* (i, j) → Tile */
  double           tile_scale;
  double           origin_x, origin_y;
  int              tile_scale_factor;
  guint            tile_generation;
  guint            tile_outline_generation;
  gboolean         tiles_valid;
  guint            prefetch_id;

  /* the labels, in one picture a margin larger than the view */
  cairo_surface_t *labels;
  GdkTexture      *labels_texture;
  NtmMapTransform  labels_transform;
  int              labels_width, labels_height;
  guint            labels_generation;
  char            *labels_selected;  /* the selected unit's label comes first */
  gboolean         labels_valid;

  guint            settle_id;
  guint            labels_settle_id;
  GArray          *obstacles;      /* of cairo_rectangle_t, in widget units: the legend */
  guint            n_renders;
  guint            n_tiles_drawn;
  gint64           last_zoom_change;
  gboolean         zooming;
};

G_DEFINE_FINAL_TYPE (NtmMapLayer, ntm_map_layer, SHUMATE_TYPE_LAYER)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static guint
tile_hash (gconstpointer key)
{
  const Tile *t = key;
  return (guint) t->i * 73856093u ^ (guint) t->j * 19349663u;
}

static gboolean
tile_equal (gconstpointer a,
            gconstpointer b)
{
  const Tile *x = a, *y = b;
  return x->i == y->i && x->j == y->j;
}

static void
tile_free (gpointer data)
{
  Tile *tile = data;

  g_clear_pointer (&tile->land, cairo_surface_destroy);
  g_clear_pointer (&tile->borders, cairo_surface_destroy);
  g_clear_pointer (&tile->surface, cairo_surface_destroy);
  g_clear_object (&tile->texture);
  g_free (tile);
}

static GdkTexture *
texture_for_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int h = cairo_image_surface_get_height (surface);

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      cairo_image_surface_get_stride (surface) * h,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), h, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

static gboolean
on_settle_timeout_cb (gpointer user_data)
{
  NtmMapLayer *self = user_data;

  self->settle_id = 0;
  self->zooming = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
on_viewport_notify_cb (NtmMapLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* After a pan, labels are placed again around the legend, which stays
 * where it is on screen while the map moves under it. */
static gboolean
on_labels_settle_timeout_cb (gpointer user_data)
{
  NtmMapLayer *self = user_data;

  self->labels_settle_id = 0;
  self->labels_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* A zoom step that follows another closely is part of an animation or a
 * gesture: stretch the picture. A lone change is drawn afresh at once. */
static void
on_zoom_notify_cb (NtmMapLayer *self)
{
  gint64 now = g_get_monotonic_time ();

  /* the zoom set before the map is shown is no step of a gesture: the
   * first fit is then drawn afresh at once, not stretched */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->last_zoom_change = 0;
      return;
    }

  self->zooming = now - self->last_zoom_change < ZOOM_RUN_MS * 1000;
  self->last_zoom_change = now;
  if (self->settle_id != 0)
    g_source_remove (self->settle_id);
  self->settle_id = g_timeout_add (SETTLE_MS, on_settle_timeout_cb, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static cairo_surface_t *
tile_surface_of (NtmMapLayer    *self,
                 cairo_format_t  format)
{
  int sf = self->tile_scale_factor;
  cairo_surface_t *surface = cairo_image_surface_create (format, TILE_SIZE * sf, TILE_SIZE * sf);

  cairo_surface_set_device_scale (surface, sf, sf);
  return surface;
}

static cairo_surface_t *
tile_surface (NtmMapLayer *self)
{
  return tile_surface_of (self, CAIRO_FORMAT_ARGB32);
}

static void
draw_tile (NtmMapLayer *self,
           Tile        *tile)
{
  NtmMapTransform t;
  cairo_t *cr;

  t.scale = self->tile_scale;
  t.zoom = log2 (t.scale / 256.0);
  t.x0 = self->origin_x + tile->i * TILE_SIZE;
  t.y0 = self->origin_y + tile->j * TILE_SIZE;

  if (tile->borders == NULL)
    {
      tile->borders = tile_surface (self);
      cr = cairo_create (tile->borders);
      ntm_map_renderer_draw (self->renderer, cr, &t, TILE_SIZE, TILE_SIZE, NTM_MAP_DRAW_BORDERS);
      cairo_destroy (cr);
      cairo_surface_flush (tile->borders);

      /* the province's land under the fills does not change with the
       * colours either: kept as a mask, a quarter of a picture's size */
      tile->land = tile_surface_of (self, CAIRO_FORMAT_A8);
      cr = cairo_create (tile->land);
      ntm_map_renderer_draw (self->renderer, cr, &t, TILE_SIZE, TILE_SIZE, NTM_MAP_DRAW_LAND);
      cairo_destroy (cr);
      cairo_surface_flush (tile->land);
    }

  g_clear_pointer (&tile->surface, cairo_surface_destroy);
  g_clear_object (&tile->texture);
  tile->surface = tile_surface (self);
  cr = cairo_create (tile->surface);
  if (self->background)
    {
      ntm_palette_set_source (cr, ntm_palette_background (), 1.0);
      cairo_paint (cr);
    }
  ntm_palette_set_source (cr, ntm_palette_land (), 1.0);
  cairo_mask_surface (cr, tile->land, 0, 0);
  ntm_map_renderer_draw (self->renderer, cr, &t, TILE_SIZE, TILE_SIZE, NTM_MAP_DRAW_FILLS);
  cairo_set_source_surface (cr, tile->borders, 0, 0);
  cairo_paint (cr);
  ntm_map_renderer_draw (self->renderer, cr, &t, TILE_SIZE, TILE_SIZE, NTM_MAP_DRAW_SYMBOLS);
  cairo_destroy (cr);
  cairo_surface_flush (tile->surface);
  self->n_tiles_drawn++;
}

/* The tile at (i, j), drawn if @draw and not drawn yet; %NULL if there is
 * no picture for it. */
static Tile *
get_tile (NtmMapLayer *self,
          int          i,
          int          j,
          gboolean     draw)
{
  Tile key = { i, j, NULL, NULL, NULL, NULL };
  Tile *tile = g_hash_table_lookup (self->tiles, &key);

  if (tile == NULL && draw)
    {
      tile = g_new0 (Tile, 1);
      tile->i = i;
      tile->j = j;
      g_hash_table_add (self->tiles, tile);
    }
  if (tile != NULL && tile->surface == NULL && draw)
    draw_tile (self, tile);
  return tile != NULL && tile->surface != NULL ? tile : NULL;
}

/* The range of tiles that meets a rectangle of Mercator pixels. */
static void
tile_range (NtmMapLayer *self,
            double       x0,
            double       y0,
            double       width,
            double       height,
            int         *i1,
            int         *j1,
            int         *i2,
            int         *j2)
{
  *i1 = (int) floor ((x0 - self->origin_x) / TILE_SIZE);
  *j1 = (int) floor ((y0 - self->origin_y) / TILE_SIZE);
  *i2 = (int) floor ((x0 + width - self->origin_x - 1e-6) / TILE_SIZE);
  *j2 = (int) floor ((y0 + height - self->origin_y - 1e-6) / TILE_SIZE);
}

/* Draws, between frames and one at a time, the tiles in the margin
 * around the view, so that a pan finds them ready. */
static gboolean
on_prefetch_idle_cb (gpointer user_data)
{
  NtmMapLayer *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  NtmMapTransform t;
  int i1, j1, i2, j2;

  if (!self->tiles_valid || self->zooming || width <= 0 || height <= 0)
    goto done;
  ntm_map_layer_get_transform (self, &t);
  if (fabs (self->tile_scale - t.scale) >= 1e-6 * t.scale)
    goto done;

  tile_range (self, t.x0 - CACHE_MARGIN, t.y0 - CACHE_MARGIN,
              width + 2 * CACHE_MARGIN, height + 2 * CACHE_MARGIN, &i1, &j1, &i2, &j2);
  /* nearest the view first: rings around it */
  for (int ring = 0; ring <= MAX (i2 - i1, j2 - j1); ring++)
    {
      int ci = (int) floor ((t.x0 + width / 2.0 - self->origin_x) / TILE_SIZE);
      int cj = (int) floor ((t.y0 + height / 2.0 - self->origin_y) / TILE_SIZE);

      for (int j = MAX (j1, cj - ring); j <= MIN (j2, cj + ring); j++)
        for (int i = MAX (i1, ci - ring); i <= MIN (i2, ci + ring); i++)
          if ((ABS (i - ci) == ring || ABS (j - cj) == ring) && get_tile (self, i, j, FALSE) == NULL)
            {
              get_tile (self, i, j, TRUE);
              return G_SOURCE_CONTINUE;
            }
    }

done:
  self->prefetch_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_prefetch (NtmMapLayer *self)
{
  if (self->prefetch_id == 0)
    self->prefetch_id = g_idle_add_full (G_PRIORITY_LOW, on_prefetch_idle_cb, self, NULL);
}

/* Forgets the tiles beyond the margin. */
static void
drop_far_tiles (NtmMapLayer           *self,
                const NtmMapTransform *t,
                int                    width,
                int                    height)
{
  GHashTableIter iter;
  Tile *tile;
  int i1, j1, i2, j2;

  tile_range (self, t->x0 - CACHE_MARGIN, t->y0 - CACHE_MARGIN,
              width + 2 * CACHE_MARGIN, height + 2 * CACHE_MARGIN, &i1, &j1, &i2, &j2);
  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, (gpointer *) &tile, NULL))
    if (tile->i < i1 - 1 || tile->i > i2 + 1 || tile->j < j1 - 1 || tile->j > j2 + 1)
      g_hash_table_iter_remove (&iter);
}

static void
render_labels (NtmMapLayer           *self,
               const NtmMapTransform *view,
               int                    width,
               int                    height)
{
  int sf = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int cw = width + 2 * CACHE_MARGIN, ch = height + 2 * CACHE_MARGIN;
  NtmMapTransform t = *view;
  cairo_t *cr;

  t.x0 -= CACHE_MARGIN;
  t.y0 -= CACHE_MARGIN;

  /* the legend, in the picture's coordinates */
  {
    g_autoptr(GArray) moved = g_array_copy (self->obstacles);

    for (guint i = 0; i < moved->len; i++)
      {
        g_array_index (moved, cairo_rectangle_t, i).x += CACHE_MARGIN;
        g_array_index (moved, cairo_rectangle_t, i).y += CACHE_MARGIN;
      }
    ntm_map_renderer_set_label_obstacles (self->renderer, (cairo_rectangle_t *) moved->data, moved->len);
  }

  g_clear_pointer (&self->labels, cairo_surface_destroy);
  g_clear_object (&self->labels_texture);
  self->labels = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cw * sf, ch * sf);
  cairo_surface_set_device_scale (self->labels, sf, sf);
  cr = cairo_create (self->labels);
  ntm_map_renderer_draw (self->renderer, cr, &t, cw, ch, NTM_MAP_DRAW_LABELS);
  cairo_destroy (cr);
  cairo_surface_flush (self->labels);

  self->labels_transform = t;
  self->labels_width = cw;
  self->labels_height = ch;
  self->labels_generation = ntm_map_renderer_get_label_generation (self->renderer);
  g_free (self->labels_selected);
  self->labels_selected = g_strdup (ntm_map_renderer_get_selected (self->renderer));
  self->labels_valid = TRUE;
}

/* Starts a new grid of tiles for this zoom, or keeps the one there is. */
static void
ensure_tiles (NtmMapLayer           *self,
              const NtmMapTransform *t)
{
  int sf = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  guint generation = ntm_map_renderer_get_generation (self->renderer);
  guint outlines = ntm_map_renderer_get_label_generation (self->renderer);
  gboolean same_grid = self->tiles_valid && self->tile_scale_factor == sf &&
                       self->tile_outline_generation == outlines &&
                       fabs (self->tile_scale - t->scale) < 1e-6 * t->scale;

  if (same_grid && self->tile_generation == generation)
    return;

  if (same_grid)
    {
      /* new colours: keep the outlines, fill again */
      GHashTableIter iter;
      Tile *tile;

      g_hash_table_iter_init (&iter, self->tiles);
      while (g_hash_table_iter_next (&iter, (gpointer *) &tile, NULL))
        {
          g_clear_pointer (&tile->surface, cairo_surface_destroy);
          g_clear_object (&tile->texture);
        }
      self->tile_generation = generation;
      return;
    }

  g_hash_table_remove_all (self->tiles);
  /* anchored where the view is, so that tiles land on whole pixels as a
   * pan moves them by whole pixels */
  if (!self->tiles_valid || fabs (self->tile_scale - t->scale) >= 1e-6 * t->scale)
    {
      self->origin_x = t->x0;
      self->origin_y = t->y0;
    }
  self->tile_scale = t->scale;
  self->tile_scale_factor = sf;
  self->tile_generation = generation;
  self->tile_outline_generation = outlines;
  self->tiles_valid = TRUE;
}

/* Adds one picture to the frame: painted straight from its cairo surface
 * with the cairo renderer (a texture would be converted pixel by pixel
 * every frame there), as a texture that stays on the GPU otherwise. */
static void
append_surface (GtkSnapshot     *snapshot,
                cairo_t         *cr,
                cairo_surface_t *surface,
                GdkTexture     **texture,
                double           x,
                double           y,
                double           width,
                double           height)
{
  if (cr != NULL)
    {
      /* the surface is drawn at its size in widget units: on a screen of
       * scale 2 it has twice as many pixels, and a device scale of 2 */
      double dsx = 1, dsy = 1, sw, sh, sx, sy, dx = 1, dy = 1;

      cairo_surface_get_device_scale (surface, &dsx, &dsy);
      sw = cairo_image_surface_get_width (surface) / dsx;
      sh = cairo_image_surface_get_height (surface) / dsy;
      sx = width / sw;
      sy = height / sh;

      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, sx, sy);
      cairo_set_source_surface (cr, surface, 0, 0);
      /* stretched while zooming, a tile's edge pixels must not be blended
       * with the nothing beyond it: that would show the seams */
      cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
      /* one surface pixel to one device pixel: copy, do not resample */
      dx = 1.0 / dsx;
      dy = 1.0 / dsy;
      cairo_user_to_device_distance (cr, &dx, &dy);
      if (fabs (dx - 1) < 1e-9 && fabs (dy - 1) < 1e-9)
        cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
      /* tiles meet edge to edge: with smoothed edges, a device pixel
       * that two tiles share gets part of each, over nothing, and a faint
       * line shows where they meet whenever a boundary falls between
       * device pixels (a fractional pan on a screen of scale 2, a zoom
       * that stretches the tiles); without, each pixel is one tile's */
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
      cairo_rectangle (cr, 0, 0, sw, sh);
      cairo_fill (cr);
      cairo_restore (cr);
    }
  else
    {
      if (*texture == NULL)
        *texture = texture_for_surface (surface);
      gtk_snapshot_append_texture (snapshot, *texture, &GRAPHENE_RECT_INIT (x, y, width, height));
    }
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
  int sf = gtk_widget_get_scale_factor (widget);
  GskRenderer *gsk = gtk_native_get_renderer (gtk_widget_get_native (widget));
  gboolean direct = gsk != NULL && GSK_IS_CAIRO_RENDERER (gsk);
  NtmMapTransform t;
  const char *highlighted[2];
  gboolean stretch, drew = FALSE;
  double f = 1.0;
  int i1, j1, i2, j2;
  cairo_t *cr = NULL;

  if (width <= 0 || height <= 0 || self->renderer == NULL)
    return;

  ntm_map_layer_get_transform (self, &t);

  /* zooming: stretch the pictures now, draw afresh when the zoom rests */
  stretch = self->zooming && self->tiles_valid && self->labels_valid &&
            self->tile_generation == ntm_map_renderer_get_generation (self->renderer) &&
            fabs (self->tile_scale - t.scale) >= 1e-6 * t.scale &&
            fabs (log2 (t.scale / self->tile_scale)) < 2.0;
  if (stretch)
    f = t.scale / self->tile_scale;

  else
    {
      gboolean labels_cover;

      ensure_tiles (self, &t);
      labels_cover = self->labels_valid &&
                     self->labels_generation == ntm_map_renderer_get_label_generation (self->renderer) &&
                     g_strcmp0 (self->labels_selected, ntm_map_renderer_get_selected (self->renderer)) == 0 &&
                     fabs (self->labels_transform.scale - t.scale) < 1e-6 * t.scale &&
                     t.x0 >= self->labels_transform.x0 && t.y0 >= self->labels_transform.y0 &&
                     t.x0 + width <= self->labels_transform.x0 + self->labels_width &&
                     t.y0 + height <= self->labels_transform.y0 + self->labels_height;
      if (!labels_cover)
        {
          render_labels (self, &t, width, height);
          drew = TRUE;
        }
    }

  if (direct)
    cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->background && (stretch || cr == NULL))
    {
      GdkRGBA bg = { 0.949, 0.937, 0.914, 1.0 };
      if (cr != NULL)
        {
          cairo_set_source_rgb (cr, bg.red, bg.green, bg.blue);
          cairo_paint (cr);
        }
      else
        gtk_snapshot_append_color (snapshot, &bg, &GRAPHENE_RECT_INIT (0, 0, width, height));
    }

  /* the tiles in view: drawn now if missing (unless stretching) */
  tile_range (self, t.x0 / f, t.y0 / f, width / f, height / f, &i1, &j1, &i2, &j2);
  for (int j = j1; j <= j2; j++)
    for (int i = i1; i <= i2; i++)
      {
        guint before = self->n_tiles_drawn;
        Tile *tile = get_tile (self, i, j, !stretch);
        double x, y;

        if (tile == NULL)
          continue;
        drew |= self->n_tiles_drawn != before;
        /* on whole device pixels, so that tiles meet without a seam */
        x = round (((self->origin_x + i * TILE_SIZE) * f - t.x0) * sf) / sf;
        y = round (((self->origin_y + j * TILE_SIZE) * f - t.y0) * sf) / sf;
        append_surface (snapshot, cr, tile->surface, &tile->texture, x, y,
                        round ((self->origin_x + (i + 1) * TILE_SIZE) * f * sf - t.x0 * sf) / sf - x,
                        round ((self->origin_y + (j + 1) * TILE_SIZE) * f * sf - t.y0 * sf) / sf - y);
      }

  if (self->labels != NULL)
    {
      double lf = t.scale / self->labels_transform.scale;
      double lx = round ((self->labels_transform.x0 * lf - t.x0) * sf) / sf;
      double ly = round ((self->labels_transform.y0 * lf - t.y0) * sf) / sf;
      gboolean moved = fabs (lx + CACHE_MARGIN) > 0.5 || fabs (ly + CACHE_MARGIN) > 0.5 || fabs (lf - 1) > 1e-6;

      /* the map moved under the legend: no label shows under it now, and
       * they are placed again once the map rests */
      if (moved && self->obstacles->len > 0)
        {
          if (cr != NULL)
            {
              cairo_save (cr);
              cairo_rectangle (cr, 0, 0, width, height);
              for (guint i = 0; i < self->obstacles->len; i++)
                {
                  const cairo_rectangle_t *o = &g_array_index (self->obstacles, cairo_rectangle_t, i);
                  cairo_rectangle (cr, o->x, o->y, o->width, o->height);
                }
              cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
              cairo_clip (cr);
            }
          if (self->labels_settle_id != 0)
            g_source_remove (self->labels_settle_id);
          self->labels_settle_id = g_timeout_add (SETTLE_MS, on_labels_settle_timeout_cb, self);
        }
      append_surface (snapshot, cr, self->labels, &self->labels_texture, lx, ly,
                      self->labels_width * lf, self->labels_height * lf);
      if (moved && self->obstacles->len > 0 && cr != NULL)
        cairo_restore (cr);
    }
  g_clear_pointer (&cr, cairo_destroy);

  if (drew)
    self->n_renders++;
  if (!stretch)
    {
      drop_far_tiles (self, &t, width, height);
      schedule_prefetch (self);
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
              cairo_t *hcr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x1, y1, x2 - x1, y2 - y1));
              ntm_map_renderer_draw_highlight (self->renderer, hcr, &t);
              cairo_destroy (hcr);
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
  g_clear_handle_id (&self->labels_settle_id, g_source_remove);
  g_clear_handle_id (&self->prefetch_id, g_source_remove);
  g_clear_pointer (&self->obstacles, g_array_unref);
  g_clear_pointer (&self->labels_selected, g_free);
  g_clear_pointer (&self->tiles, g_hash_table_unref);
  g_clear_pointer (&self->labels, cairo_surface_destroy);
  g_clear_object (&self->labels_texture);
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
  self->tiles = g_hash_table_new_full (tile_hash, tile_equal, tile_free, NULL);
  self->obstacles = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
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
  self->tiles_valid = FALSE;
  self->labels_valid = FALSE;
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
 * ntm_map_layer_set_label_obstacles:
 * @self: a #NtmMapLayer
 * @rects: (array length=n_rects) (nullable): where no label may go (the
 *   legend over the map), in the layer's coordinates
 * @n_rects: how many
 */
void
ntm_map_layer_set_label_obstacles (NtmMapLayer             *self,
                                   const cairo_rectangle_t *rects,
                                   guint                    n_rects)
{
  g_return_if_fail (NTM_IS_MAP_LAYER (self));
  g_return_if_fail (rects != NULL || n_rects == 0);

  if (n_rects == self->obstacles->len &&
      (n_rects == 0 || memcmp (rects, self->obstacles->data, n_rects * sizeof (cairo_rectangle_t)) == 0))
    return;
  g_array_set_size (self->obstacles, 0);
  if (n_rects > 0)
    g_array_append_vals (self->obstacles, rects, n_rects);

  /* the labels are placed again only when one now lies under the legend
   * (a legend that grew); those a smaller legend would let in come with
   * the next placing */
  if (self->labels_valid)
    {
      GArray *boxes = ntm_map_renderer_get_label_boxes (self->renderer);
      gboolean hit = FALSE;

      for (guint i = 0; i < boxes->len && !hit; i++)
        {
          const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);

          for (guint k = 0; k < n_rects && !hit; k++)
            hit = b->x - CACHE_MARGIN < rects[k].x + rects[k].width && rects[k].x < b->x - CACHE_MARGIN + b->width &&
                  b->y - CACHE_MARGIN < rects[k].y + rects[k].height && rects[k].y < b->y - CACHE_MARGIN + b->height;
        }
      if (!hit)
        return;
    }
  self->labels_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

/**
 * ntm_map_layer_get_n_tiles_drawn:
 * @self: a #NtmMapLayer
 *
 * Returns: how many tiles of units were drawn so far (for benchmarks)
 */
guint
ntm_map_layer_get_n_tiles_drawn (NtmMapLayer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_LAYER (self), 0);
  return self->n_tiles_drawn;
}
