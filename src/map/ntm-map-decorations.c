/* ntm-map-decorations.c: what a map carries beside its regions
 *
 * The legend (every class with its count, "no data" included, then, for
 * the communes' recognised levels, the communes on record beside the
 * totals a source reported) and the scale bar, drawn onto any cairo
 * context so that the window, the PNG and PDF exports and the printed
 * reports show the same ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "ntm-geometry.h"
#include "ntm-map-renderer.h"
#include "ntm-palette.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static PangoLayout *
legend_layout (cairo_t    *cr,
               double      size,
               gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (bold ? "Sans Bold" : "Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  return layout;
}

/* A count that wraps goes on under its level's name; the heading (line 0)
 * wraps flush. */
static void
set_note_indent (PangoLayout *layout,
                 guint        line,
                 double       scale)
{
  pango_layout_set_indent (layout, line == 0 ? 0 : (int) (-12 * scale * PANGO_SCALE));
}

/* The lines under the classes: the heading, then one per level whose total
 * a source reported (none for other modes and layers). */
static GPtrArray *
record_lines (NtmClassification *classification)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  guint n = ntm_classification_get_n_record_counts (classification);

  if (n == 0)
    return lines;
  g_ptr_array_add (lines, g_strdup (ntm_classification_get_record_title (classification)));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (lines, ntm_classification_format_record_count (classification, i));
  return lines;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_map_renderer_draw_legend:
 * @self: a #NtmMapRenderer
 * @cr: where to draw; a context on a dummy surface only measures
 * @x: left edge
 * @y: top edge
 * @scale: 1 for the screen, larger for presentation and print
 * @width: (out) (optional): the legend's width
 * @height: (out) (optional): the legend's height
 *
 * Draws a box with the title, then a swatch, label and count per class
 * (the "no data" class last and always shown), then, when the
 * classification has them, the communes on record beside the totals
 * reported (ntm_classification_get_n_record_counts()).
 */
void
ntm_map_renderer_draw_legend (NtmMapRenderer *self,
                              cairo_t        *cr,
                              double          x,
                              double          y,
                              double          scale,
                              double         *width,
                              double         *height)
{
  NtmClassification *classification = ntm_map_renderer_get_classification (self);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) text = NULL;
  g_autoptr(PangoLayout) small = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  double pad = 10 * scale, swatch = 16 * scale, gap = 6 * scale, row_h = 22 * scale;
  double line_gap = 2 * scale;
  double w = 0, h = pad, label_w = 0, count_w = 0, notes_h = 0, notes_off;
  guint n;
  int lw, lh;
  const char *subtitle;

  g_return_if_fail (NTM_IS_MAP_RENDERER (self));

  if (classification == NULL)
    {
      if (width) *width = 0;
      if (height) *height = 0;
      return;
    }

  n = ntm_classification_get_n_classes (classification);
  title = legend_layout (cr, 13 * scale, TRUE);
  text = legend_layout (cr, 12 * scale, FALSE);
  small = legend_layout (cr, 11 * scale, FALSE);
  notes = record_lines (classification);

  /* measure */
  pango_layout_set_width (title, 260 * scale * PANGO_SCALE);
  pango_layout_set_wrap (title, PANGO_WRAP_WORD);
  pango_layout_set_text (title, ntm_classification_get_title (classification), -1);
  pango_layout_get_pixel_size (title, &lw, &lh);
  w = lw;
  h += lh + gap;
  subtitle = ntm_classification_get_subtitle (classification);
  if (subtitle != NULL)
    {
      pango_layout_set_text (text, subtitle, -1);
      pango_layout_get_pixel_size (text, &lw, &lh);
      w = MAX (w, lw);
      h += lh + gap;
    }
  for (guint k = 0; k < n; k++)
    {
      const NtmMapClass *klass = ntm_classification_get_class (classification, k);
      g_autofree char *count = g_strdup_printf ("%u", klass->count);

      pango_layout_set_text (text, klass->label, -1);
      pango_layout_get_pixel_size (text, &lw, &lh);
      label_w = MAX (label_w, lw);
      pango_layout_set_text (text, count, -1);
      pango_layout_get_pixel_size (text, &lw, &lh);
      count_w = MAX (count_w, lw);
    }
  w = MAX (w, swatch + gap + label_w + 2 * gap + count_w);
  /* the notes start under the last swatch, counted from the first */
  notes_off = (n - 1) * row_h + swatch + 2 * gap;
  if (notes->len > 0)
    {
      /* under the classes, wrapped no wider than they are, so that the
       * map beside the legend keeps its room (a narrow set of classes
       * still leaves room for a few words a line) */
      double wrap = MAX (w, 180 * scale);

      pango_layout_set_width (small, wrap * PANGO_SCALE);
      pango_layout_set_wrap (small, PANGO_WRAP_WORD);
      for (guint i = 0; i < notes->len; i++)
        {
          set_note_indent (small, i, scale);
          pango_layout_set_text (small, g_ptr_array_index (notes, i), -1);
          pango_layout_get_pixel_size (small, &lw, &lh);
          w = MAX (w, lw);
          notes_h += lh + (i + 1 < notes->len ? line_gap : 0);
        }
      h += notes_off + notes_h + pad;
    }
  else
    h += n * row_h + pad - (row_h - swatch) / 2;
  w += 2 * pad;

  if (width)
    *width = w;
  if (height)
    *height = h;

  /* draw */
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.93);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  y += pad;
  pango_layout_set_text (title, ntm_classification_get_title (classification), -1);
  cairo_move_to (cr, x + pad, y);
  pango_cairo_show_layout (cr, title);
  pango_layout_get_pixel_size (title, &lw, &lh);
  y += lh + gap;
  if (subtitle != NULL)
    {
      pango_layout_set_text (text, subtitle, -1);
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      cairo_move_to (cr, x + pad, y);
      pango_cairo_show_layout (cr, text);
      pango_layout_get_pixel_size (text, &lw, &lh);
      y += lh + gap;
    }

  for (guint k = 0; k < n; k++)
    {
      const NtmMapClass *klass = ntm_classification_get_class (classification, k);
      g_autofree char *count = g_strdup_printf ("%u", klass->count);
      double sy = y + k * row_h;

      cairo_rectangle (cr, x + pad, sy, swatch, swatch);
      ntm_palette_fill_class (cr, klass, 1.0, 4.0 * scale);
      cairo_rectangle (cr, x + pad + 0.5, sy + 0.5, swatch - 1, swatch - 1);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.45);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      pango_layout_set_text (text, klass->label, -1);
      pango_layout_get_pixel_size (text, &lw, &lh);
      cairo_move_to (cr, x + pad + swatch + gap, sy + (swatch - lh) / 2);
      pango_cairo_show_layout (cr, text);

      pango_layout_set_text (text, count, -1);
      pango_layout_get_pixel_size (text, &lw, &lh);
      cairo_move_to (cr, x + w - pad - lw, sy + (swatch - lh) / 2);
      pango_cairo_show_layout (cr, text);
    }

  if (notes->len > 0)
    {
      double ny = y + notes_off;

      /* a rule between the classes and what the record misses */
      cairo_set_source_rgba (cr, 0, 0, 0, 0.2);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, x + pad, floor (ny - gap) + 0.5);
      cairo_line_to (cr, x + w - pad, floor (ny - gap) + 0.5);
      cairo_stroke (cr);
      for (guint i = 0; i < notes->len; i++)
        {
          /* the heading in grey, the counts as the classes */
          if (i == 0)
            cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
          else
            cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          set_note_indent (small, i, scale);
          pango_layout_set_text (small, g_ptr_array_index (notes, i), -1);
          pango_layout_get_pixel_size (small, &lw, &lh);
          cairo_move_to (cr, x + pad, ny);
          pango_cairo_show_layout (cr, small);
          ny += lh + line_gap;
        }
    }
  cairo_restore (cr);
}

/**
 * ntm_map_renderer_get_legend_lines:
 * @self: a #NtmMapRenderer
 *
 * What the legend says, as text: the title, the subtitle when there is
 * one, a line per class ("label\tcount"), then the heading and lines of the
 * record beside the totals reported when the classification has them.
 *
 * Returns: (transfer full): the lines, or an empty list without a
 *   classification
 */
GStrv
ntm_map_renderer_get_legend_lines (NtmMapRenderer *self)
{
  NtmClassification *classification;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) notes = NULL;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (self), NULL);

  classification = ntm_map_renderer_get_classification (self);
  if (classification == NULL)
    return g_strv_builder_end (builder);
  g_strv_builder_add (builder, ntm_classification_get_title (classification));
  if (ntm_classification_get_subtitle (classification) != NULL)
    g_strv_builder_add (builder, ntm_classification_get_subtitle (classification));
  for (guint k = 0; k < ntm_classification_get_n_classes (classification); k++)
    {
      const NtmMapClass *klass = ntm_classification_get_class (classification, k);
      g_autofree char *line = g_strdup_printf ("%s\t%u", klass->label, klass->count);

      g_strv_builder_add (builder, line);
    }
  notes = record_lines (classification);
  for (guint i = 0; i < notes->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (notes, i));
  return g_strv_builder_end (builder);
}

/**
 * ntm_map_renderer_draw_scale_bar:
 * @self: a #NtmMapRenderer
 * @cr: where to draw
 * @transform: the map's transform
 * @x: left edge
 * @y: baseline
 * @max_width: the longest the bar may be
 * @scale: text scale
 *
 * Draws a bar of a round length in kilometres at the map's centre latitude.
 */
void
ntm_map_renderer_draw_scale_bar (NtmMapRenderer        *self,
                                 cairo_t               *cr,
                                 const NtmMapTransform *transform,
                                 double                 x,
                                 double                 y,
                                 double                 max_width,
                                 double                 scale)
{
  static const double steps[] = { 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500 };
  g_autoptr(PangoLayout) text = NULL;
  g_autofree char *label = NULL;
  double lon, lat, metres_per_px, km = steps[0], px;
  int lw, lh;

  g_return_if_fail (NTM_IS_MAP_RENDERER (self));

  ntm_geometry_from_mercator (0.5, (transform->y0 + 300) / transform->scale, &lon, &lat);
  metres_per_px = 40075016.686 * cos (lat * G_PI / 180.0) / transform->scale;
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * 1000 / metres_per_px <= max_width)
      km = steps[i];
  px = km * 1000 / metres_per_px;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, 2 * scale);
  cairo_move_to (cr, x, y - 6 * scale);
  cairo_line_to (cr, x, y);
  cairo_line_to (cr, x + px, y);
  cairo_line_to (cr, x + px, y - 6 * scale);
  cairo_stroke (cr);

  text = legend_layout (cr, 11 * scale, FALSE);
  label = km < 1 ? g_strdup_printf ("%.0f m", km * 1000) : g_strdup_printf ("%g km", km);
  pango_layout_set_text (text, label, -1);
  pango_layout_get_pixel_size (text, &lw, &lh);
  cairo_move_to (cr, x + px / 2 - lw / 2.0, y - 6 * scale - lh);
  pango_cairo_show_layout (cr, text);
  cairo_restore (cr);
}
