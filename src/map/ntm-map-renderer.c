/* ntm-map-renderer.c: draws the units of the map onto any cairo context
 *
 * One piece of code draws the screen, the PNG and the PDF. Outlines are
 * projected to web Mercator once, at load; a frame applies one transform,
 * skips what lies outside the view, simplifies by zoom band and fills
 * region by region in batches of one colour. Units without a boundary are
 * drawn as a symbol at their point: a circle for a commune, a square for a
 * ward or township, so that the shape and not only the colour tells them
 * apart. Labels are placed biggest unit first and never overlap.
 *
 * Two layers: the commune-level units, coloured, with the district
 * outlines drawn over them; or the district-level units, coloured, over
 * faint commune outlines, with larger symbols (a circle for a district, a
 * square for a town or the city) where a district has no outline.
 *
 * No GTK here: cairo and Pango only, so that exports run without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ntm-clock.h"
#include "ntm-geometry.h"
#include "ntm-map-renderer.h"
#include "ntm-outline.h"
#include "ntm-palette.h"
#include "ntm-unit.h"

#define GRID_SIZE 64
/* District symbols are this much larger than the communes' */
#define DISTRICT_SYMBOL_SCALE 1.7

typedef struct {
  char        *code;
  char        *name;
  char        *label;
  char        *parent_code;
  char        *valid_from;
  char        *valid_to;
  NtmUnitKind  kind;
  gboolean     district_level;
  gboolean     province;                         /* drawn as land and outline only */
  gboolean     in_force;                         /* exists in the year shown */
  gboolean     has_point;
  double       px, py;                           /* Mercator point */
  NtmShape    *shapes[NTM_GEOMETRY_N_BANDS];     /* Mercator outlines, or NULL */
  gboolean     has_shape;
  double       min_x, min_y, max_x, max_y;       /* Mercator bounds */
  guint        class_index;
  gboolean     dimmed;
  guint        order;                            /* index in items */
  guint        visit;                            /* last collect_visible () that met it */
} Item;

/* A shipped outline that serves no unit on its own (Kỳ Anh district and
 * town, one polygon): drawn as a line while one of its units is in force. */
typedef struct {
  NtmShape    *shape;                            /* Mercator */
  GStrv        unit_codes;
  gboolean     in_force;
} Line;

struct _NtmMapRenderer
{
  GObject            parent_instance;

  NtmDatabase       *db;
  GPtrArray         *items;          /* of Item: commune level, the province, then districts */
  GHashTable        *by_code;        /* code → Item */
  GPtrArray         *lines;          /* of Line */
  Item              *province;       /* in items, or NULL */
  int                year;           /* 0: every unit is in force */
  guint              bands_loaded;   /* bit per band */
  NtmClassification *classification;
  NtmUnitLayer       layer;
  char              *selected;
  char              *hovered;
  char              *district;
  double             label_scale;
  double             fill_opacity;
  GArray            *label_boxes;    /* of cairo_rectangle_t: the labels last placed */
  GArray            *obstacles;      /* of cairo_rectangle_t: where no label may go */
  guint              generation;
  guint              label_generation;

  /* hit-test index over the bounds of the items of the layer shown */
  double             grid_x0, grid_y0, grid_w, grid_h;
  GPtrArray         *grid[GRID_SIZE * GRID_SIZE];
  guint              visit;
};

G_DEFINE_FINAL_TYPE (NtmMapRenderer, ntm_map_renderer, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->code);
  g_free (item->name);
  g_free (item->label);
  g_free (item->parent_code);
  g_free (item->valid_from);
  g_free (item->valid_to);
  for (guint i = 0; i < NTM_GEOMETRY_N_BANDS; i++)
    ntm_shape_free (item->shapes[i]);
  g_free (item);
}

static void
line_free (gpointer data)
{
  Line *line = data;

  ntm_shape_free (line->shape);
  g_strfreev (line->unit_codes);
  g_free (line);
}

/* Whether the item is coloured in the layer shown (rather than only
 * outlined, or not drawn at all). */
static inline gboolean
in_layer (NtmMapRenderer *self,
          const Item     *item)
{
  return item->in_force && !item->province &&
         item->district_level == (self->layer == NTM_UNIT_LAYER_DISTRICTS);
}

/* Whether the item is drawn as an outline around the layer shown: the
 * other layer's units with an outline, and the province. */
static inline gboolean
in_context (NtmMapRenderer *self,
            const Item     *item)
{
  return item->in_force && item->has_shape && !in_layer (self, item);
}

/* Which units and shipped lines exist in the year shown. */
static void
apply_year (NtmMapRenderer *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      item->in_force = ntm_unit_dates_in_force_in_year (item->valid_from, item->valid_to,
                                                        self->year ? self->year : ntm_clock_get_year ());
    }
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      line->in_force = FALSE;
      for (guint k = 0; line->unit_codes[k] != NULL; k++)
        {
          Item *item = g_hash_table_lookup (self->by_code, line->unit_codes[k]);
          line->in_force |= item != NULL && item->in_force;
        }
      /* an outline naming no unit of ours is drawn in every year */
      if (line->unit_codes[0] == NULL)
        line->in_force = TRUE;
    }
}

/* The name without its type word, keeping its case: "Kỳ Tân". */
static char *
label_for_name (const char *name)
{
  static const char * const prefixes[] = {
    "Thành phố ", "Thị trấn ", "Thị xã ", "Huyện ", "Phường ", "Xã ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (name, prefixes[i]) && name[strlen (prefixes[i])] != '\0')
      return g_strdup (name + strlen (prefixes[i]));
  return g_strdup (name);
}

static void
clear_grid (NtmMapRenderer *self)
{
  for (guint i = 0; i < GRID_SIZE * GRID_SIZE; i++)
    g_clear_pointer (&self->grid[i], g_ptr_array_unref);
}

static void
build_grid (NtmMapRenderer *self)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

  clear_grid (self);
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      item->order = i;
      if (!in_layer (self, item))
        continue;
      x1 = MIN (x1, item->min_x);
      y1 = MIN (y1, item->min_y);
      x2 = MAX (x2, item->max_x);
      y2 = MAX (y2, item->max_y);
    }
  if (x1 > x2)
    return;

  self->grid_x0 = x1;
  self->grid_y0 = y1;
  self->grid_w = MAX (x2 - x1, 1e-9) / GRID_SIZE;
  self->grid_h = MAX (y2 - y1, 1e-9) / GRID_SIZE;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      int cx1, cy1, cx2, cy2;

      if (!in_layer (self, item))
        continue;
      cx1 = CLAMP ((int) ((item->min_x - x1) / self->grid_w), 0, GRID_SIZE - 1);
      cx2 = CLAMP ((int) ((item->max_x - x1) / self->grid_w), 0, GRID_SIZE - 1);
      cy1 = CLAMP ((int) ((item->min_y - y1) / self->grid_h), 0, GRID_SIZE - 1);
      cy2 = CLAMP ((int) ((item->max_y - y1) / self->grid_h), 0, GRID_SIZE - 1);
      for (int cy = cy1; cy <= cy2; cy++)
        for (int cx = cx1; cx <= cx2; cx++)
          {
            GPtrArray **cell = &self->grid[cy * GRID_SIZE + cx];
            if (*cell == NULL)
              *cell = g_ptr_array_new ();
            g_ptr_array_add (*cell, item);
          }
    }
}

static void
ensure_band (NtmMapRenderer *self,
             guint           band)
{
  g_autoptr(GPtrArray) boundaries = NULL;
  g_autoptr(GError) error = NULL;

  if (self->bands_loaded & (1u << band) || self->db == NULL)
    return;
  self->bands_loaded |= 1u << band;

  boundaries = ntm_database_load_unit_boundaries (self->db, band, &error);
  if (boundaries == NULL)
    {
      g_warning ("Cannot load the map’s boundaries: %s", error->message);
      return;
    }
  for (guint i = 0; i < boundaries->len; i++)
    {
      NtmUnitBoundary *b = g_ptr_array_index (boundaries, i);
      Item *item = g_hash_table_lookup (self->by_code, b->unit_code);

      if (item == NULL)
        continue;
      item->shapes[band] = g_steal_pointer (&b->shape);
      ntm_shape_to_mercator (item->shapes[band]);
      ntm_shape_orient_rings (item->shapes[band]);
    }
}

static NtmShape *
item_shape (NtmMapRenderer *self,
            Item           *item,
            guint           band)
{
  if (!item->has_shape)
    return NULL;
  ensure_band (self, band);
  for (guint b = band; b < NTM_GEOMETRY_N_BANDS; b++)
    if (item->shapes[b] != NULL)
      return item->shapes[b];
  for (int b = band; b >= 0; b--)
    if (item->shapes[b] != NULL)
      return item->shapes[b];
  return NULL;
}

static const NtmMapClass *
item_class (NtmMapRenderer *self,
            Item           *item)
{
  static NtmMapClass fallback = { (char *) "", NTM_TONE_NO_DATA };

  if (self->classification == NULL)
    return &fallback;
  return ntm_classification_get_class (self->classification, item->class_index);
}

static void
apply_classes (NtmMapRenderer *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      item->class_index = self->classification ? ntm_classification_lookup (self->classification, item->code) : 0;
      if (self->layer == NTM_UNIT_LAYER_DISTRICTS)
        item->dimmed = self->district != NULL && item->district_level &&
                       g_strcmp0 (item->code, self->district) != 0;
      else
        item->dimmed = self->district != NULL && !item->district_level &&
                       g_strcmp0 (item->parent_code, self->district) != 0 &&
                       g_strcmp0 (item->code, self->district) != 0;
    }
  self->generation++;
}

static void
path_shape (cairo_t               *cr,
            const NtmShape        *shape,
            const NtmMapTransform *t)
{
  for (guint r = 0; r < shape->n_rings; r++)
    {
      guint start = shape->ring_start[r], end = shape->ring_start[r + 1];
      double lx = 0, ly = 0;

      if (end - start < 3)
        continue;
      for (guint i = start; i < end; i++)
        {
          double x = shape->points[2 * i] * t->scale - t->x0;
          double y = shape->points[2 * i + 1] * t->scale - t->y0;

          if (i == start)
            cairo_move_to (cr, x, y);
          else if (fabs (x - lx) + fabs (y - ly) >= 0.6 || i == end - 1)
            cairo_line_to (cr, x, y);
          else
            continue;
          lx = x;
          ly = y;
        }
      cairo_close_path (cr);
    }
}

static double
symbol_radius (const NtmMapTransform *t,
               double                 label_scale)
{
  double r = t->zoom < 8 ? 4.0 : t->zoom < 9 ? 5.5 : t->zoom < 10 ? 7.0 : 8.5;
  return r * MAX (1.0, label_scale * 0.85);
}

/* The radius of the symbols of the layer shown. */
static double
layer_radius (NtmMapRenderer        *self,
              const NtmMapTransform *t)
{
  double r = symbol_radius (t, self->label_scale);

  return self->layer == NTM_UNIT_LAYER_DISTRICTS ? r * DISTRICT_SYMBOL_SCALE : r;
}

static double
item_radius (NtmMapRenderer        *self,
             const Item            *item,
             const NtmMapTransform *t)
{
  double r = symbol_radius (t, self->label_scale);

  return item->district_level ? r * DISTRICT_SYMBOL_SCALE : r;
}

static void
path_symbol (cairo_t    *cr,
             Item       *item,
             double      x,
             double      y,
             double      r)
{
  if (item->kind == NTM_UNIT_KIND_WARD || item->kind == NTM_UNIT_KIND_TOWNSHIP ||
      item->kind == NTM_UNIT_KIND_TOWN || item->kind == NTM_UNIT_KIND_CITY)
    cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
    }
}

static gboolean
item_visible (Item                  *item,
              const NtmMapTransform *t,
              double                 width,
              double                 height,
              double                 pad)
{
  double x1 = item->min_x * t->scale - t->x0, x2 = item->max_x * t->scale - t->x0;
  double y1 = item->min_y * t->scale - t->y0, y2 = item->max_y * t->scale - t->y0;

  return x2 >= -pad && x1 <= width + pad && y2 >= -pad && y1 <= height + pad;
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const Item *x = *(Item * const *) a, *y = *(Item * const *) b;

  return x->order < y->order ? -1 : x->order > y->order;
}

/* Adds to @visible the items of the layer shown that meet the area, in
 * their order, taking them from the hit-test grid: a tile drawn among
 * thousands of units looks at the few near it, not at all of them. */
static void
collect_visible (NtmMapRenderer        *self,
                 const NtmMapTransform *t,
                 double                 width,
                 double                 height,
                 double                 r,
                 GPtrArray             *visible)
{
  double reach = r + 2;
  int cx1, cx2, cy1, cy2;

  if (self->grid_w == 0)
    return;
  if (++self->visit == 0)
    {
      for (guint i = 0; i < self->items->len; i++)
        ((Item *) g_ptr_array_index (self->items, i))->visit = 0;
      self->visit = 1;
    }

  cx1 = (int) floor (((t->x0 - reach) / t->scale - self->grid_x0) / self->grid_w);
  cx2 = (int) floor (((t->x0 + width + reach) / t->scale - self->grid_x0) / self->grid_w);
  cy1 = (int) floor (((t->y0 - reach) / t->scale - self->grid_y0) / self->grid_h);
  cy2 = (int) floor (((t->y0 + height + reach) / t->scale - self->grid_y0) / self->grid_h);
  cx1 = CLAMP (cx1, 0, GRID_SIZE - 1); cx2 = CLAMP (cx2, 0, GRID_SIZE - 1);
  cy1 = CLAMP (cy1, 0, GRID_SIZE - 1); cy2 = CLAMP (cy2, 0, GRID_SIZE - 1);

  for (int cy = cy1; cy <= cy2; cy++)
    for (int cx = cx1; cx <= cx2; cx++)
      {
        GPtrArray *cell = self->grid[cy * GRID_SIZE + cx];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          {
            Item *item = g_ptr_array_index (cell, i);

            if (item->visit == self->visit)
              continue;
            item->visit = self->visit;
            if (item_visible (item, t, width, height, item->has_shape ? 2 : r + 2))
              g_ptr_array_add (visible, item);
          }
      }
  g_ptr_array_sort (visible, compare_order);
}

/* Adds the shipped lines that serve no unit (Kỳ Anh district and town,
 * one outline) to the path, in the years one of their units exists. */
static void
path_lines (NtmMapRenderer        *self,
            cairo_t               *cr,
            const NtmMapTransform *t,
            double                 width,
            double                 height)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);
      double x1 = line->shape->min_x * t->scale - t->x0, x2 = line->shape->max_x * t->scale - t->x0;
      double y1 = line->shape->min_y * t->scale - t->y0, y2 = line->shape->max_y * t->scale - t->y0;

      if (!line->in_force || x2 < -2 || x1 > width + 2 || y2 < -2 || y1 > height + 2)
        continue;
      path_shape (cr, line->shape, t);
    }
}

/* The province's outline, over the districts' and heavier. */
static void
stroke_province (NtmMapRenderer        *self,
                 cairo_t               *cr,
                 const NtmMapTransform *t,
                 double                 width,
                 double                 height,
                 guint                  band)
{
  if (self->province == NULL || !in_context (self, self->province) ||
      !item_visible (self->province, t, width, height, 2))
    return;
  path_shape (cr, item_shape (self, self->province, band), t);
  ntm_palette_set_source (cr, ntm_palette_outline (), 1.0);
  cairo_set_line_width (cr, 2.6 * MAX (1.0, self->label_scale * 0.6));
  cairo_stroke (cr);
}

/* Labels are placed by priority: the selected unit first, then by the
 * class the mode puts it in (the further along the legend, the sooner;
 * "no data" last), then the larger first. */
typedef struct {
  Item   *item;
  int     selected;
  int     klass;
  double  size;
} LabelCandidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const LabelCandidate *x = a, *y = b;

  if (x->selected != y->selected)
    return y->selected - x->selected;
  if (x->klass != y->klass)
    return y->klass - x->klass;
  if (x->size != y->size)
    return x->size > y->size ? -1 : 1;
  return (int) x->item->order - (int) y->item->order;
}

static gboolean
rects_meet (const cairo_rectangle_t *a,
            const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
overlaps (GArray                  *rects,
          const cairo_rectangle_t *r)
{
  for (guint i = 0; rects != NULL && i < rects->len; i++)
    if (rects_meet (r, &g_array_index (rects, cairo_rectangle_t, i)))
      return TRUE;
  return FALSE;
}

/* The places a label may take around its unit, best first: a shape's
 * label sits on its label point, or just above or below it; a symbol's
 * below, above, to the right, to the left, then on the diagonals. */
static guint
label_positions (const Item        *item,
                 double             x,
                 double             y,
                 double             r,
                 double             w,
                 double             h,
                 cairo_rectangle_t *out)
{
  double d = r + 1;
  guint n = 0;

  if (item->has_shape)
    {
      out[n++] = (cairo_rectangle_t) { x - w / 2, y - h / 2, w, h };
      out[n++] = (cairo_rectangle_t) { x - w / 2, y - h * 1.5, w, h };
      out[n++] = (cairo_rectangle_t) { x - w / 2, y + h * 0.5, w, h };
      return n;
    }
  out[n++] = (cairo_rectangle_t) { x - w / 2, y + r + 1, w, h };
  out[n++] = (cairo_rectangle_t) { x - w / 2, y - r - 1 - h, w, h };
  out[n++] = (cairo_rectangle_t) { x + r + 2, y - h / 2, w, h };
  out[n++] = (cairo_rectangle_t) { x - r - 2 - w, y - h / 2, w, h };
  out[n++] = (cairo_rectangle_t) { x + d, y + d, w, h };
  out[n++] = (cairo_rectangle_t) { x - d - w, y + d, w, h };
  out[n++] = (cairo_rectangle_t) { x + d, y - d - h, w, h };
  out[n++] = (cairo_rectangle_t) { x - d - w, y - d - h, w, h };
  return n;
}

static void
draw_labels (NtmMapRenderer        *self,
             cairo_t               *cr,
             const NtmMapTransform *t,
             double                 width,
             double                 height)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (LabelCandidate));
  g_autoptr(GArray) symbols = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  double r = layer_radius (self, t);
  double font_px = ntm_map_renderer_get_label_font_size (self);
  double halo = 3.0 * MAX (1.0, self->label_scale * 0.8);
  guint no_data = self->classification ? ntm_classification_get_no_data_class (self->classification) : 0;

  g_array_set_size (self->label_boxes, 0);
  pango_font_description_set_absolute_size (font, font_px * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      LabelCandidate c = { item, 0, 0, 0 };
      double w, h;

      if (!in_layer (self, item) || item->dimmed || !item_visible (item, t, width, height, r + 2))
        continue;

      w = (item->max_x - item->min_x) * t->scale;
      h = (item->max_y - item->min_y) * t->scale;
      if (item->has_shape)
        {
          if (w < 3.2 * font_px || h < 1.4 * font_px)
            continue;
          c.size = w * h;
        }
      else
        {
          double x = item->px * t->scale - t->x0, y = item->py * t->scale - t->y0;
          double ir = item_radius (self, item, t);
          cairo_rectangle_t box = { x - ir, y - ir, 2 * ir, 2 * ir };

          /* every symbol is kept clear of the labels, also those of
           * units whose own label does not fit */
          g_array_append_val (symbols, box);
          /* 13 district symbols have room at any zoom; 216 communes do not */
          if (!item->has_point ||
              (!item->district_level && t->zoom < 9.0 - (self->label_scale > 1.2 ? 0.5 : 0.0)))
            continue;
          c.size = item->district_level ? 1.0 : 0.0;
        }
      c.selected = g_strcmp0 (item->code, self->selected) == 0;
      c.klass = item->class_index == no_data ? -1 : (int) item->class_index;
      g_array_append_val (candidates, c);
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len; i++)
    {
      Item *item = g_array_index (candidates, LabelCandidate, i).item;
      gboolean selected = g_array_index (candidates, LabelCandidate, i).selected;
      PangoRectangle ink, logical;
      cairo_rectangle_t places[8];
      double x = item->px * t->scale - t->x0, y = item->py * t->scale - t->y0;
      double ir = item_radius (self, item, t);
      guint n;

      pango_layout_set_text (layout, item->label, -1);
      pango_layout_get_pixel_extents (layout, &ink, &logical);
      /* the box holds the text and its halo */
      n = label_positions (item, x, y, ir, logical.width + halo, logical.height + halo / 2, places);
      for (guint k = 0; k < n; k++)
        {
          cairo_rectangle_t *rect = &places[k];
          gboolean clear;

          if (rect->x < 0 || rect->y < 0 || rect->x + rect->width > width || rect->y + rect->height > height)
            continue;
          clear = !overlaps (self->label_boxes, rect) && !overlaps (self->obstacles, rect);
          /* a symbol under a label: its own is left out by the places;
           * the selected unit's name is shown over its neighbours' */
          for (guint j = 0; clear && !selected && j < symbols->len; j++)
            clear = !rects_meet (rect, &g_array_index (symbols, cairo_rectangle_t, j));
          if (!clear)
            continue;
          g_array_append_val (self->label_boxes, *rect);
          cairo_move_to (cr, rect->x + halo / 2 - logical.x, rect->y + halo / 4 - logical.y);
          pango_cairo_layout_path (cr, layout);
          break;
        }
    }

  /* a light halo under dark text keeps names readable on any fill */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, halo);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_stroke_preserve (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_fill (cr);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_map_renderer_finalize (GObject *object)
{
  NtmMapRenderer *self = NTM_MAP_RENDERER (object);

  clear_grid (self);
  g_clear_object (&self->db);
  g_clear_object (&self->classification);
  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->label_boxes, g_array_unref);
  g_clear_pointer (&self->obstacles, g_array_unref);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->hovered, g_free);
  g_clear_pointer (&self->district, g_free);

  G_OBJECT_CLASS (ntm_map_renderer_parent_class)->finalize (object);
}

static void
ntm_map_renderer_class_init (NtmMapRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_map_renderer_finalize;
}

static void
ntm_map_renderer_init (NtmMapRenderer *self)
{
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->lines = g_ptr_array_new_with_free_func (line_free);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->label_scale = 1.0;
  self->fill_opacity = 1.0;
  self->label_boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  self->obstacles = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

NtmMapRenderer *
ntm_map_renderer_new (void)
{
  return g_object_new (NTM_TYPE_MAP_RENDERER, NULL);
}

/**
 * ntm_map_renderer_load:
 * @self: a #NtmMapRenderer
 * @db: the database
 * @error: return location for a #GError
 *
 * (Re)reads every unit and its boundaries; the year shown
 * (ntm_map_renderer_set_year()) picks those drawn. The classification is
 * kept.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_map_renderer_load (NtmMapRenderer  *self,
                       NtmDatabase     *db,
                       GError         **error)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GPtrArray) coarse = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  guint n;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  /* every unit, whatever its dates: the year shown picks (apply_year) */
  units = ntm_database_list_units_on_record (db, error);
  if (units == NULL)
    return FALSE;
  coarse = ntm_database_load_unit_boundaries (db, NTM_GEOMETRY_N_BANDS - 1, error);
  if (coarse == NULL)
    return FALSE;
  lines = ntm_database_load_loose_outlines (db, error);
  if (lines == NULL)
    return FALSE;

  g_set_object (&self->db, db);
  self->province = NULL;
  g_hash_table_remove_all (self->by_code);
  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->lines, 0);
  self->bands_loaded = 1u << (NTM_GEOMETRY_N_BANDS - 1);

  /* the commune level, the province, then the district level */
  n = g_list_model_get_n_items (units);
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
        NtmUnitKind kind = ntm_unit_get_kind (unit);
        gboolean district = ntm_unit_kind_is_district_level (kind);
        guint unit_pass = kind == NTM_UNIT_KIND_PROVINCE ? 1 : district ? 2 : 0;
        Item *item;
        double lat, lon;

        if (unit_pass != pass)
          continue;

        item = g_new0 (Item, 1);
        item->code = g_strdup (ntm_unit_get_code (unit));
        item->name = g_strdup (ntm_unit_get_name (unit));
        item->label = label_for_name (item->name);
        /* the town and the district of Kỳ Anh share a name: mark towns
         * and the city as Vietnamese maps do */
        if (kind == NTM_UNIT_KIND_TOWN || kind == NTM_UNIT_KIND_CITY)
          {
            char *marked = g_strconcat (kind == NTM_UNIT_KIND_TOWN ? "TX. " : "TP. ", item->label, NULL);
            g_free (item->label);
            item->label = marked;
          }
        item->parent_code = g_strdup (ntm_unit_get_parent_code (unit));
        item->valid_from = g_strdup (ntm_unit_get_valid_from (unit));
        item->valid_to = g_strdup (ntm_unit_get_valid_to (unit));
        item->kind = kind;
        item->district_level = district;
        item->province = kind == NTM_UNIT_KIND_PROVINCE;
        item->min_x = item->min_y = G_MAXDOUBLE;
        item->max_x = item->max_y = -G_MAXDOUBLE;
        /* the province is drawn by its outline only, never as a symbol */
        if (!item->province && ntm_unit_get_location (unit, &lat, &lon))
          {
            item->has_point = TRUE;
            ntm_geometry_to_mercator (lon, lat, &item->px, &item->py);
            item->min_x = item->max_x = item->px;
            item->min_y = item->max_y = item->py;
          }
        g_ptr_array_add (self->items, item);
        g_hash_table_insert (self->by_code, item->code, item);
      }

  for (guint i = 0; i < coarse->len; i++)
    {
      NtmUnitBoundary *b = g_ptr_array_index (coarse, i);
      Item *item = g_hash_table_lookup (self->by_code, b->unit_code);
      NtmShape *shape;

      if (item == NULL)
        continue;
      shape = item->shapes[NTM_GEOMETRY_N_BANDS - 1] = g_steal_pointer (&b->shape);
      ntm_shape_to_mercator (shape);
      ntm_shape_orient_rings (shape);
      item->has_shape = TRUE;
      item->has_point = TRUE;
      ntm_geometry_to_mercator (b->label_lon, b->label_lat, &item->px, &item->py);
      item->min_x = shape->min_x;
      item->min_y = shape->min_y;
      item->max_x = shape->max_x;
      item->max_y = shape->max_y;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      NtmOutline *outline = g_ptr_array_index (lines, i);
      Line *line = g_new0 (Line, 1);

      line->shape = g_steal_pointer (&outline->shape);
      ntm_shape_to_mercator (line->shape);
      line->unit_codes = g_steal_pointer (&outline->unit_codes);
      g_ptr_array_add (self->lines, line);
    }

  /* units with neither outline nor point cannot be drawn */
  for (guint i = self->items->len; i > 0; i--)
    {
      Item *item = g_ptr_array_index (self->items, i - 1);
      if (!item->has_point)
        {
          g_hash_table_remove (self->by_code, item->code);
          g_ptr_array_remove_index (self->items, i - 1);
        }
    }

  for (guint i = 0; i < self->items->len; i++)
    if (((Item *) g_ptr_array_index (self->items, i))->province)
      self->province = g_ptr_array_index (self->items, i);
  apply_year (self);
  build_grid (self);
  apply_classes (self);
  self->label_generation++;
  return TRUE;
}

guint
ntm_map_renderer_get_n_units (NtmMapRenderer *self)
{
  guint n = 0;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), 0);
  for (guint i = 0; i < self->items->len; i++)
    if (in_layer (self, g_ptr_array_index (self->items, i)))
      n++;
  return n;
}

/**
 * ntm_map_renderer_get_n_shapes:
 * @self: a #NtmMapRenderer
 *
 * Returns: how many units of the layer shown are drawn by their outline
 */
guint
ntm_map_renderer_get_n_shapes (NtmMapRenderer *self)
{
  guint n = 0;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), 0);
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      if (in_layer (self, item) && item->has_shape)
        n++;
    }
  return n;
}

/**
 * ntm_map_renderer_get_bounds:
 * @self: a #NtmMapRenderer
 * @district: (nullable): only this district's units
 * @min_x: (out): …
 * @min_y: (out): …
 * @max_x: (out): …
 * @max_y: (out): the Mercator bounds of the commune-level units (in the
 *   district layer, of the districts too: a district's point alone
 *   would frame nothing)
 *
 * Returns: %FALSE when there is nothing to draw
 */
gboolean
ntm_map_renderer_get_bounds (NtmMapRenderer *self,
                             const char     *district,
                             double         *min_x,
                             double         *min_y,
                             double         *max_x,
                             double         *max_y)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      if (!item->in_force)
        continue;
      if (self->layer == NTM_UNIT_LAYER_DISTRICTS)
        {
          if (district != NULL && g_strcmp0 (item->parent_code, district) != 0 &&
              g_strcmp0 (item->code, district) != 0)
            continue;
        }
      else
        {
          if (item->district_level)
            continue;
          if (district != NULL && g_strcmp0 (item->parent_code, district) != 0)
            continue;
        }
      x1 = MIN (x1, item->min_x);
      y1 = MIN (y1, item->min_y);
      x2 = MAX (x2, item->max_x);
      y2 = MAX (y2, item->max_y);
    }
  *min_x = x1;
  *min_y = y1;
  *max_x = x2;
  *max_y = y2;
  return x1 <= x2;
}

/**
 * ntm_map_renderer_get_unit_point:
 * @self: a #NtmMapRenderer
 * @code: a unit code
 * @x: (out): Mercator x of its label point
 * @y: (out): Mercator y
 *
 * Returns: %FALSE if the unit is not on the map
 */
gboolean
ntm_map_renderer_get_unit_point (NtmMapRenderer *self,
                                 const char     *code,
                                 double         *x,
                                 double         *y)
{
  Item *item;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), FALSE);

  item = code ? g_hash_table_lookup (self->by_code, code) : NULL;
  if (item == NULL)
    return FALSE;
  *x = item->px;
  *y = item->py;
  return TRUE;
}

void
ntm_map_renderer_set_classification (NtmMapRenderer    *self,
                                     NtmClassification *classification)
{
  g_return_if_fail (NTM_IS_MAP_RENDERER (self));

  g_set_object (&self->classification, classification);
  apply_classes (self);
}

/**
 * ntm_map_renderer_get_classification:
 * @self: a #NtmMapRenderer
 *
 * Returns: (transfer none) (nullable): the classification
 */
NtmClassification *
ntm_map_renderer_get_classification (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), NULL);
  return self->classification;
}

void
ntm_map_renderer_set_selected (NtmMapRenderer *self,
                               const char     *code)
{
  g_return_if_fail (NTM_IS_MAP_RENDERER (self));
  g_free (self->selected);
  self->selected = g_strdup (code);
}

const char *
ntm_map_renderer_get_selected (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), NULL);
  return self->selected;
}

void
ntm_map_renderer_set_hovered (NtmMapRenderer *self,
                              const char     *code)
{
  g_return_if_fail (NTM_IS_MAP_RENDERER (self));
  g_free (self->hovered);
  self->hovered = g_strdup (code);
}

const char *
ntm_map_renderer_get_hovered (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), NULL);
  return self->hovered;
}

/**
 * ntm_map_renderer_set_district_filter:
 * @self: a #NtmMapRenderer
 * @district: (nullable): a district code; the other units are dimmed
 */
void
ntm_map_renderer_set_district_filter (NtmMapRenderer *self,
                                      const char     *district)
{
  g_return_if_fail (NTM_IS_MAP_RENDERER (self));
  g_free (self->district);
  self->district = district && *district ? g_strdup (district) : NULL;
  apply_classes (self);
  self->label_generation++;
}

/**
 * ntm_map_renderer_set_layer:
 * @self: a #NtmMapRenderer
 * @layer: the units to colour: the communes or the districts
 *
 * The classification is kept: set one for the new layer.
 */
void
ntm_map_renderer_set_layer (NtmMapRenderer *self,
                            NtmUnitLayer    layer)
{
  g_return_if_fail (NTM_IS_MAP_RENDERER (self));

  if (self->layer == layer)
    return;
  self->layer = layer;
  build_grid (self);
  apply_classes (self);
  self->label_generation++;
}

NtmUnitLayer
ntm_map_renderer_get_layer (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), NTM_UNIT_LAYER_COMMUNES);
  return self->layer;
}

/**
 * ntm_map_renderer_set_year:
 * @self: a #NtmMapRenderer
 * @year: the year shown, or 0 for today's year (ntm_clock_get_year())
 *
 * Draws only the units in force at the end of @year, with their outlines:
 * after the reform of July 2025 the districts and their lines are gone,
 * and only the province's outline is left around the communes.
 */
void
ntm_map_renderer_set_year (NtmMapRenderer *self,
                           int             year)
{
  g_return_if_fail (NTM_IS_MAP_RENDERER (self));

  if (self->year == year)
    return;
  self->year = year;
  apply_year (self);
  build_grid (self);
  apply_classes (self);
  self->label_generation++;
}

int
ntm_map_renderer_get_year (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), 0);
  return self->year;
}

void
ntm_map_renderer_set_label_scale (NtmMapRenderer *self,
                                  double          scale)
{
  g_return_if_fail (NTM_IS_MAP_RENDERER (self));
  self->label_scale = CLAMP (scale, 0.5, 4.0);
  self->generation++;
  self->label_generation++;
}

/**
 * ntm_map_renderer_set_fill_opacity:
 * @self: a #NtmMapRenderer
 * @opacity: how opaque the fills are (less over a base map)
 */
void
ntm_map_renderer_set_fill_opacity (NtmMapRenderer *self,
                                   double          opacity)
{
  g_return_if_fail (NTM_IS_MAP_RENDERER (self));
  self->fill_opacity = CLAMP (opacity, 0.1, 1.0);
  self->generation++;
}

/**
 * ntm_map_renderer_get_unit_bounds:
 * @self: a #NtmMapRenderer
 * @code: a unit code
 * @transform: the map's transform
 * @rect: (out): the unit's extent in device units, its symbol included
 *
 * Returns: %FALSE if the unit is not on the map
 */
gboolean
ntm_map_renderer_get_unit_bounds (NtmMapRenderer        *self,
                                  const char            *code,
                                  const NtmMapTransform *transform,
                                  cairo_rectangle_t     *rect)
{
  Item *item;
  double pad;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), FALSE);

  item = code ? g_hash_table_lookup (self->by_code, code) : NULL;
  if (item == NULL)
    return FALSE;
  pad = item_radius (self, item, transform) + 10;
  rect->x = item->min_x * transform->scale - transform->x0 - pad;
  rect->y = item->min_y * transform->scale - transform->y0 - pad;
  rect->width = (item->max_x - item->min_x) * transform->scale + 2 * pad;
  rect->height = (item->max_y - item->min_y) * transform->scale + 2 * pad;
  return TRUE;
}

double
ntm_map_renderer_get_label_scale (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), 1.0);
  return self->label_scale;
}

/**
 * ntm_map_output_scale:
 * @width: the output's width, in device units
 * @height: its height
 *
 * How much larger than on a desktop window the text and symbols of a map
 * must be to read the same on an output of this size: 1 for a 1280×720
 * picture, 1.5 for 1920×1080 (a projector), never below 0.6.
 *
 * Returns: the scale
 */
double
ntm_map_output_scale (double width,
                      double height)
{
  return MAX (0.6, MIN (width / 1280.0, height / 720.0));
}

/**
 * ntm_map_renderer_get_label_font_size:
 * @self: a #NtmMapRenderer
 *
 * Returns: the size of the labels' text, in device units
 */
double
ntm_map_renderer_get_label_font_size (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), 11.0);
  return 11.0 * self->label_scale;
}

/**
 * ntm_map_renderer_set_label_obstacles:
 * @self: a #NtmMapRenderer
 * @rects: (array length=n_rects) (nullable): areas no label may cover
 *   (the legend), in the coordinates of the next drawing
 * @n_rects: how many
 */
void
ntm_map_renderer_set_label_obstacles (NtmMapRenderer          *self,
                                      const cairo_rectangle_t *rects,
                                      guint                    n_rects)
{
  g_return_if_fail (NTM_IS_MAP_RENDERER (self));
  g_return_if_fail (rects != NULL || n_rects == 0);

  g_array_set_size (self->obstacles, 0);
  if (n_rects > 0)
    g_array_append_vals (self->obstacles, rects, n_rects);
}

/**
 * ntm_map_renderer_get_label_obstacles:
 * @self: a #NtmMapRenderer
 *
 * Returns: (transfer none) (element-type cairo_rectangle_t): the areas no
 *   label may cover
 */
GArray *
ntm_map_renderer_get_label_obstacles (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), NULL);
  return self->obstacles;
}

/**
 * ntm_map_renderer_get_label_boxes:
 * @self: a #NtmMapRenderer
 *
 * Returns: (transfer none) (element-type cairo_rectangle_t): the boxes of
 *   the labels of the last drawing, each with its text's halo, in that
 *   drawing's coordinates
 */
GArray *
ntm_map_renderer_get_label_boxes (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), NULL);
  return self->label_boxes;
}

/**
 * ntm_map_renderer_get_generation:
 * @self: a #NtmMapRenderer
 *
 * Returns: a number that changes whenever what is drawn (apart from the
 *   highlight) changes, so that a cached drawing can be checked
 */
guint
ntm_map_renderer_get_generation (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), 0);
  return self->generation;
}

/**
 * ntm_map_renderer_get_label_generation:
 * @self: a #NtmMapRenderer
 *
 * Returns: a number that changes whenever the labels or the outlines may
 *   change (not when only the colours do)
 */
guint
ntm_map_renderer_get_label_generation (NtmMapRenderer *self)
{
  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), 0);
  return self->label_generation;
}

/**
 * ntm_map_renderer_fit:
 * @self: a #NtmMapRenderer
 * @district: (nullable): fit this district only
 * @width: device width
 * @height: device height
 * @margin: space to keep free around, in device units
 * @transform: (out): a transform that shows the units whole and centred
 */
void
ntm_map_renderer_fit (NtmMapRenderer  *self,
                      const char      *district,
                      double           width,
                      double           height,
                      double           margin,
                      NtmMapTransform *transform)
{
  double x1, y1, x2, y2, scale;

  g_return_if_fail (NTM_IS_MAP_RENDERER (self));

  if (!ntm_map_renderer_get_bounds (self, district, &x1, &y1, &x2, &y2))
    {
      /* Hà Tĩnh */
      ntm_geometry_to_mercator (105.1, 18.8, &x1, &y1);
      ntm_geometry_to_mercator (106.5, 17.9, &x2, &y2);
    }
  scale = MIN ((width - 2 * margin) / MAX (x2 - x1, 1e-9), (height - 2 * margin) / MAX (y2 - y1, 1e-9));
  scale = MIN (scale, 256.0 * (1 << 16));
  transform->scale = scale;
  transform->zoom = log2 (scale / 256.0);
  transform->x0 = (x1 + x2) / 2 * scale - width / 2;
  transform->y0 = (y1 + y2) / 2 * scale - height / 2;
}

/**
 * ntm_map_renderer_draw:
 * @self: a #NtmMapRenderer
 * @cr: where to draw
 * @transform: from Mercator to @cr's user space
 * @width: the area's width
 * @height: the area's height
 * @flags: what to draw
 */
void
ntm_map_renderer_draw (NtmMapRenderer        *self,
                       cairo_t               *cr,
                       const NtmMapTransform *transform,
                       double                 width,
                       double                 height,
                       NtmMapDrawFlags        flags)
{
  guint band = ntm_geometry_band_for_zoom (transform->zoom);
  guint n_classes = self->classification ? ntm_classification_get_n_classes (self->classification) : 1;
  double r = layer_radius (self, transform);
  /* hatch lines anchored to the map, not to the area drawn */
  double phase = -(transform->x0 + transform->y0);
  g_autoptr(GPtrArray) visible = g_ptr_array_new ();
  g_autoptr(GPtrArray) context = g_ptr_array_new ();   /* outlined only */
  gboolean district_layer = self->layer == NTM_UNIT_LAYER_DISTRICTS;

  g_return_if_fail (NTM_IS_MAP_RENDERER (self));

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  if (flags & NTM_MAP_DRAW_BACKGROUND)
    {
      ntm_palette_set_source (cr, ntm_palette_background (), 1.0);
      cairo_paint (cr);
    }

  if (!(flags & (NTM_MAP_DRAW_BORDERS | NTM_MAP_DRAW_REGIONS)))
    /* fills and symbols only (a tile filled again): no outlined context */
    collect_visible (self, transform, width, height, r, visible);
  else
    for (guint i = 0; i < self->items->len; i++)
      {
        Item *item = g_ptr_array_index (self->items, i);
        gboolean coloured = in_layer (self, item);
        double pad = item->has_shape ? 2 : r + 2;

        if (item->province || (!coloured && !in_context (self, item)))
          continue;
        if (!item_visible (item, transform, width, height, pad))
          continue;
        g_ptr_array_add (coloured ? visible : context, item);
      }

  if (flags & NTM_MAP_DRAW_REGIONS)
    flags |= NTM_MAP_DRAW_LAND | NTM_MAP_DRAW_FILLS | NTM_MAP_DRAW_BORDERS | NTM_MAP_DRAW_SYMBOLS;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* the rings are turned at load (ntm_shape_orient_rings()): overlapping units add up */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);

  /* the province's land under everything, set off from its surroundings
   * (not over a base map, which shows the land itself) */
  if (flags & NTM_MAP_DRAW_LAND && self->province != NULL && in_context (self, self->province) &&
      self->fill_opacity >= 1.0 && item_visible (self->province, transform, width, height, 2))
    {
      path_shape (cr, item_shape (self, self->province, band), transform);
      ntm_palette_set_source (cr, ntm_palette_land (), 1.0);
      cairo_fill (cr);
    }

  /* outlines first: fills, batched by class, dimmed ones apart */
  if (flags & NTM_MAP_DRAW_FILLS)
    for (guint dim = 0; dim < 2; dim++)
      for (guint k = 0; k < n_classes; k++)
        {
          gboolean any = FALSE;
          const NtmMapClass *klass = NULL;

          for (guint i = 0; i < visible->len; i++)
            {
              Item *item = g_ptr_array_index (visible, i);

              if (!item->has_shape || item->class_index != k || item->dimmed != (dim == 1))
                continue;
              path_shape (cr, item_shape (self, item, band), transform);
              klass = item_class (self, item);
              any = TRUE;
            }
          if (any)
            ntm_palette_fill_class_at (cr, klass, (dim ? 0.3 : 1.0) * self->fill_opacity, 7.0, phase);
        }

  if (flags & NTM_MAP_DRAW_BORDERS && !district_layer)
    {
      /* borders between units */
      for (guint i = 0; i < visible->len; i++)
        {
          Item *item = g_ptr_array_index (visible, i);
          if (item->has_shape)
            path_shape (cr, item_shape (self, item, band), transform);
        }
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, transform->zoom < 9 ? 0.6 : 1.0);
      /* at a pixel wide a bevel looks the same as a round join, and
       * costs far less: cairo builds no arc at every vertex */
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
      cairo_stroke (cr);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

      /* district outlines over them */
      for (guint i = 0; i < context->len; i++)
        {
          Item *item = g_ptr_array_index (context, i);
          path_shape (cr, item_shape (self, item, band), transform);
        }
      path_lines (self, cr, transform, width, height);
      ntm_palette_set_source (cr, ntm_palette_outline (), 0.9);
      cairo_set_line_width (cr, 1.6);
      cairo_stroke (cr);
      stroke_province (self, cr, transform, width, height, band);
    }
  else if (flags & NTM_MAP_DRAW_BORDERS)
    {
      /* the communes faintly, for a sense of place */
      for (guint i = 0; i < context->len; i++)
        {
          Item *item = g_ptr_array_index (context, i);
          path_shape (cr, item_shape (self, item, band), transform);
        }
      ntm_palette_set_source (cr, ntm_palette_outline (), 0.25);
      cairo_set_line_width (cr, 0.6);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
      cairo_stroke (cr);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

      /* the districts' own outlines, and the lines of shared outlines */
      for (guint i = 0; i < visible->len; i++)
        {
          Item *item = g_ptr_array_index (visible, i);
          if (item->has_shape)
            path_shape (cr, item_shape (self, item, band), transform);
        }
      path_lines (self, cr, transform, width, height);
      ntm_palette_set_source (cr, ntm_palette_outline (), 0.9);
      cairo_set_line_width (cr, 1.6);
      cairo_stroke (cr);
      stroke_province (self, cr, transform, width, height, band);
    }

  /* symbols for units without an outline, dimmed ones underneath */
  if (flags & NTM_MAP_DRAW_SYMBOLS)
    for (guint dim = 2; dim > 0; dim--)
      for (guint i = 0; i < visible->len; i++)
        {
          Item *item = g_ptr_array_index (visible, i);
          double x, y;

          if (item->has_shape || item->dimmed != (dim == 2))
            continue;
          x = item->px * transform->scale - transform->x0;
          y = item->py * transform->scale - transform->y0;
          path_symbol (cr, item, x, y, r);
          ntm_palette_fill_class_at (cr, item_class (self, item), item->dimmed ? 0.3 : 1.0, 3.0, phase);
          path_symbol (cr, item, x, y, r);
          ntm_palette_set_source (cr, ntm_palette_outline (), item->dimmed ? 0.3 : 1.0);
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);
        }

  if (flags & NTM_MAP_DRAW_LABELS)
    draw_labels (self, cr, transform, width, height);

  if (flags & NTM_MAP_DRAW_HIGHLIGHT)
    ntm_map_renderer_draw_highlight (self, cr, transform);

  cairo_restore (cr);
}

static void
stroke_item (NtmMapRenderer        *self,
             cairo_t               *cr,
             const NtmMapTransform *t,
             Item                  *item,
             gboolean               selected)
{
  double r = item_radius (self, item, t);
  double outer = selected ? 5.0 : 3.5;

  if (item->has_shape)
    path_shape (cr, item_shape (self, item, ntm_geometry_band_for_zoom (t->zoom)), t);
  else
    path_symbol (cr, item, item->px * t->scale - t->x0, item->py * t->scale - t->y0, r + 2.0);

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, outer + 2.0);
  cairo_stroke_preserve (cr);
  if (selected)
    cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  else
    cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  cairo_set_line_width (cr, outer * 0.6);
  cairo_stroke (cr);
}

/**
 * ntm_map_renderer_draw_highlight:
 * @self: a #NtmMapRenderer
 * @cr: where to draw
 * @transform: from Mercator to @cr's user space
 *
 * Draws the hovered and the selected unit's outline.
 */
void
ntm_map_renderer_draw_highlight (NtmMapRenderer        *self,
                                 cairo_t               *cr,
                                 const NtmMapTransform *transform)
{
  Item *item;

  g_return_if_fail (NTM_IS_MAP_RENDERER (self));

  item = self->hovered ? g_hash_table_lookup (self->by_code, self->hovered) : NULL;
  if (item != NULL && in_layer (self, item) && g_strcmp0 (self->hovered, self->selected) != 0)
    stroke_item (self, cr, transform, item, FALSE);

  item = self->selected ? g_hash_table_lookup (self->by_code, self->selected) : NULL;
  if (item != NULL && in_layer (self, item))
    stroke_item (self, cr, transform, item, TRUE);
}

/**
 * ntm_map_renderer_hit_test:
 * @self: a #NtmMapRenderer
 * @transform: the map's transform
 * @x: a point in device units
 * @y: …
 *
 * Returns: (nullable): the code of the unit under the point: the one whose
 *   outline holds it, or the nearest symbol within reach
 */
const char *
ntm_map_renderer_hit_test (NtmMapRenderer        *self,
                           const NtmMapTransform *transform,
                           double                 x,
                           double                 y)
{
  double mx = (x + transform->x0) / transform->scale;
  double my = (y + transform->y0) / transform->scale;
  double reach = (layer_radius (self, transform) + 3) / transform->scale;
  double best = G_MAXDOUBLE;
  const char *found = NULL;
  guint band = ntm_geometry_band_for_zoom (transform->zoom);
  int cx1, cx2, cy1, cy2;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), NULL);

  if (self->grid_w == 0)
    return NULL;

  cx1 = (int) floor ((mx - reach - self->grid_x0) / self->grid_w);
  cx2 = (int) floor ((mx + reach - self->grid_x0) / self->grid_w);
  cy1 = (int) floor ((my - reach - self->grid_y0) / self->grid_h);
  cy2 = (int) floor ((my + reach - self->grid_y0) / self->grid_h);
  cx1 = MAX (cx1, 0); cy1 = MAX (cy1, 0);
  cx2 = MIN (cx2, GRID_SIZE - 1); cy2 = MIN (cy2, GRID_SIZE - 1);

  for (int cy = cy1; cy <= cy2; cy++)
    for (int cx = cx1; cx <= cx2; cx++)
      {
        GPtrArray *cell = self->grid[cy * GRID_SIZE + cx];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          {
            Item *item = g_ptr_array_index (cell, i);

            if (item->has_shape)
              {
                if (ntm_shape_contains (item_shape (self, item, band), mx, my))
                  return item->code;
              }
            else
              {
                double d = hypot (item->px - mx, item->py - my);
                if (d <= reach && d < best)
                  {
                    best = d;
                    found = item->code;
                  }
              }
          }
      }

  return found;
}

/**
 * ntm_map_renderer_next_unit:
 * @self: a #NtmMapRenderer
 * @from: (nullable): the unit with the keyboard focus
 * @dx: direction, x
 * @dy: direction, y (down is positive)
 *
 * Finds the nearest unit in a direction, for moving the keyboard focus
 * with the arrow keys.
 *
 * Returns: (nullable): a unit code
 */
const char *
ntm_map_renderer_next_unit (NtmMapRenderer *self,
                            const char     *from,
                            double          dx,
                            double          dy)
{
  Item *start = from ? g_hash_table_lookup (self->by_code, from) : NULL;
  const char *best = NULL;
  double best_cost = G_MAXDOUBLE;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      double vx, vy, along, across, cost;

      if (!in_layer (self, item) || item->dimmed || item == start)
        continue;
      if (start == NULL)
        {
          /* the first unit: the one furthest up and left */
          cost = item->px + item->py;
        }
      else
        {
          vx = item->px - start->px;
          vy = item->py - start->py;
          along = vx * dx + vy * dy;
          across = fabs (vx * dy - vy * dx);
          if (along <= 0 || across > 2 * along)
            continue;
          cost = along + 2 * across;
        }
      if (cost < best_cost)
        {
          best_cost = cost;
          best = item->code;
        }
    }
  return best;
}

/**
 * ntm_map_renderer_unit_color:
 * @self: a #NtmMapRenderer
 * @code: a unit code
 * @red: (out): …
 * @green: (out): …
 * @blue: (out): the fill colour of the unit's class
 *
 * Returns: %FALSE if the unit is not on the map
 */
gboolean
ntm_map_renderer_unit_color (NtmMapRenderer *self,
                             const char     *code,
                             double         *red,
                             double         *green,
                             double         *blue)
{
  Item *item;
  NtmColor c;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), FALSE);

  item = code ? g_hash_table_lookup (self->by_code, code) : NULL;
  if (item == NULL)
    return FALSE;
  c = ntm_palette_class_color (item_class (self, item));
  *red = c.red;
  *green = c.green;
  *blue = c.blue;
  return TRUE;
}
