/* ntm-map-decorations.c: what a map carries beside its regions
 *
 * The legend (every class with its count, "no data" included) and the
 * scale bar, drawn onto any cairo context so that the window, the PNG and
 * PDF exports and the printed reports show the same ones.
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
 * (the "no data" class last and always shown).
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
  double pad = 10 * scale, swatch = 16 * scale, gap = 6 * scale, row_h = 22 * scale;
  double w = 0, h = pad, label_w = 0, count_w = 0;
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
  cairo_restore (cr);
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
