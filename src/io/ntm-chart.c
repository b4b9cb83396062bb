/* ntm-chart.c: bar charts drawn with cairo, for pages and reports
 *
 * Horizontal stacked bars (one per category, labelled on the left) and
 * vertical stacked columns, each with a legend naming the parts, so that
 * colour is never the only cue. Text goes through Pango at the size given,
 * in the units of the cairo context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ntm-chart.h"
#include "ntm-level-palette.h"

#define GAP 6.0

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/**
 * ntm_chart_create_layout:
 * @cr: a cairo context
 * @text: plain text
 * @font_size: size in user units
 * @bold: whether bold
 *
 * Returns: (transfer full): a layout at 72 dpi without hinting, so that
 *   text measures the same on screen, in PDF and in print
 */
static PangoLayout *
chart_layout (cairo_t    *cr,
              const char *family,
              const char *text,
              double      font_size,
              gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (family ? family : "Sans");
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  pango_font_description_set_absolute_size (font, font_size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

PangoLayout *
ntm_chart_create_layout (cairo_t    *cr,
                         const char *text,
                         double      font_size,
                         gboolean    bold)
{
  return chart_layout (cr, NULL, text, font_size, bold);
}

static double
text_width (const NtmChartData *data,
            cairo_t            *cr,
            const char         *text,
            double              font_size)
{
  g_autoptr(PangoLayout) layout = chart_layout (cr, data->font_family, text, font_size, FALSE);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

static void chart_text (const NtmChartData *data, cairo_t *cr, const char *text, double x, double y,
                        double width, double font_size, gboolean bold, PangoAlignment align);

static void
set_colour (cairo_t      *cr,
            const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

/* A nice axis maximum: 1, 2 or 5 times a power of ten, at least @max. */
static double
nice_ceiling (double max)
{
  double power, scaled;

  if (max <= 0)
    return 1;
  power = pow (10, floor (log10 (max)));
  scaled = max / power;
  if (scaled <= 1)
    return power;
  if (scaled <= 2)
    return 2 * power;
  if (scaled <= 5)
    return 5 * power;
  return 10 * power;
}

/* Draws the legend in one or more rows; returns its height. */
static double
draw_legend (cairo_t                 *cr,
             const cairo_rectangle_t *area,
             const NtmChartData      *data)
{
  double size = data->font_size;
  double x = area->x, y = area->y;
  double row_height = size * 1.5;

  if (data->n_series < 2)
    return 0;

  for (guint s = 0; s < data->n_series; s++)
    {
      double w = size + 4 + text_width (data, cr, data->series[s], size) + 12;

      if (x + w > area->x + area->width && x > area->x)
        {
          x = area->x;
          y += row_height;
        }
      set_colour (cr, data->colours + 3 * s);
      cairo_rectangle (cr, x, y + size * 0.15, size, size);
      cairo_fill (cr);
      set_colour (cr, data->foreground);
      chart_text (data, cr, data->series[s], x + size + 4, y, w, size, FALSE, PANGO_ALIGN_LEFT);
      x += w;
    }
  return y - area->y + row_height + GAP;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_chart_draw_text:
 * @cr: a cairo context
 * @text: plain text
 * @x: left edge
 * @y: top edge
 * @width: the width to wrap or align in (0: no wrapping)
 * @font_size: size in user units
 * @bold: whether bold
 * @align: alignment within @width
 * @height: (out) (optional): the height used
 *
 * Draws text in the current source colour.
 */
void
ntm_chart_draw_text (cairo_t        *cr,
                     const char     *text,
                     double          x,
                     double          y,
                     double          width,
                     double          font_size,
                     gboolean        bold,
                     PangoAlignment  align,
                     double         *height)
{
  g_autoptr(PangoLayout) layout = chart_layout (cr, NULL, text ? text : "", font_size, bold);

  ntm_chart_show_layout (cr, layout, x, y, width, PANGO_WRAP_WORD_CHAR, align, height);
}

/**
 * ntm_chart_show_layout:
 * @cr: a cairo context
 * @layout: text laid out for @cr
 * @x: left edge
 * @y: top edge
 * @width: the width to wrap or align in (0: no wrapping)
 * @wrap: where lines may break
 * @align: alignment within @width
 * @height: (out) (optional): the height used
 *
 * Draws @layout in the current source colour, as the charts and the
 * reports draw every text.
 */
void
ntm_chart_show_layout (cairo_t        *cr,
                       PangoLayout    *layout,
                       double          x,
                       double          y,
                       double          width,
                       PangoWrapMode   wrap,
                       PangoAlignment  align,
                       double         *height)
{
  int w, h;

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, wrap);
      pango_layout_set_alignment (layout, align);
    }
  pango_layout_get_size (layout, &w, &h);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  if (height)
    *height = (double) h / PANGO_SCALE;
}

/* Text of a chart, in its family (the reports' serif, or Sans). */
static void
chart_text (const NtmChartData *data,
            cairo_t            *cr,
            const char         *text,
            double              x,
            double              y,
            double              width,
            double              font_size,
            gboolean            bold,
            PangoAlignment      align)
{
  g_autoptr(PangoLayout) layout = chart_layout (cr, data->font_family, text ? text : "", font_size, bold);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, align);
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

/**
 * ntm_level_get_colour:
 * @level: a level
 * @rgb: (out caller-allocates) (array fixed-size=3): the colour
 *
 * The colour of a level, the same on maps, charts and reports: it comes
 * from the one table of levels (ntm_level_palette_get_rgb()).
 */
void
ntm_level_get_colour (NtmLevel  level,
                      double   *rgb)
{
  ntm_level_palette_get_rgb (level, rgb);
}

/**
 * ntm_chart_commune_level:
 * @part: 0 to %NTM_CHART_N_COMMUNE_LEVELS - 1
 *
 * Returns: the level counted by that part of a bar of communes by level
 *   (part 0, "not yet NTM", counts the communes not recognised)
 */
NtmLevel
ntm_chart_commune_level (guint part)
{
  static const NtmLevel levels[NTM_CHART_N_COMMUNE_LEVELS] = {
    NTM_LEVEL_NOT_YET, NTM_LEVEL_NTM, NTM_LEVEL_ADVANCED, NTM_LEVEL_MODEL,
  };

  g_return_val_if_fail (part < NTM_CHART_N_COMMUNE_LEVELS, NTM_LEVEL_NO_DATA);
  return levels[part];
}

/**
 * ntm_chart_commune_level_series:
 * @names: (out caller-allocates) (array fixed-size=4): the parts' names
 * @colours: (out caller-allocates) (array fixed-size=12): their colours
 *
 * Names and colours the parts of a bar of communes by level as the map's
 * legend does: both come from the one table of levels.
 */
void
ntm_chart_commune_level_series (const char **names,
                                double      *colours)
{
  for (guint s = 0; s < NTM_CHART_N_COMMUNE_LEVELS; s++)
    {
      names[s] = ntm_level_palette_get_name (ntm_chart_commune_level (s));
      ntm_level_palette_get_rgb (ntm_chart_commune_level (s), colours + 3 * s);
    }
}

/**
 * ntm_chart_draw_bars:
 * @cr: a cairo context
 * @area: where to draw
 * @data: the chart
 *
 * Horizontal stacked bars, one per category, with a legend above.
 */
void
ntm_chart_draw_bars (cairo_t                 *cr,
                     const cairo_rectangle_t *area,
                     const NtmChartData      *data)
{
  cairo_rectangle_t legend_area = *area;
  double size = data->font_size;
  double label_width = 0, total_width = 0, max_total = 0;
  double top, bar_area_x, bar_area_w, slot;

  g_return_if_fail (cr != NULL && area != NULL && data != NULL);

  cairo_save (cr);

  for (guint c = 0; c < data->n_categories; c++)
    {
      double total = 0;

      label_width = MAX (label_width, text_width (data, cr, data->categories[c], size));
      for (guint s = 0; s < data->n_series; s++)
        total += data->values[c * data->n_series + s];
      max_total = MAX (max_total, total);
      if (data->format_total)
        {
          g_autofree char *text = data->format_total (total, data->user_data);
          total_width = MAX (total_width, text_width (data, cr, text, size));
        }
    }
  label_width = MIN (label_width, area->width * 0.38);

  top = area->y + draw_legend (cr, &legend_area, data);
  bar_area_x = area->x + label_width + GAP;
  bar_area_w = area->width - label_width - GAP - (total_width > 0 ? total_width + GAP : 0);
  if (data->n_categories == 0 || bar_area_w <= 0)
    {
      cairo_restore (cr);
      return;
    }
  slot = (area->y + area->height - top) / data->n_categories;
  if (max_total <= 0)
    max_total = 1;

  for (guint c = 0; c < data->n_categories; c++)
    {
      double y = top + c * slot;
      double bar_h = MIN (slot * 0.7, size * 1.6);
      double x = bar_area_x;
      double total = 0;

      set_colour (cr, data->foreground);
      chart_text (data, cr, data->categories[c], area->x, y + (slot - size * 1.25) / 2,
                  label_width, size, FALSE, PANGO_ALIGN_RIGHT);

      /* a faint track shows the scale */
      cairo_set_source_rgba (cr, data->foreground[0], data->foreground[1], data->foreground[2], 0.06);
      cairo_rectangle (cr, bar_area_x, y + (slot - bar_h) / 2, bar_area_w, bar_h);
      cairo_fill (cr);

      for (guint s = 0; s < data->n_series; s++)
        {
          double v = data->values[c * data->n_series + s];
          double w = bar_area_w * v / max_total;

          total += v;
          if (w <= 0)
            continue;
          set_colour (cr, data->colours + 3 * s);
          cairo_rectangle (cr, x, y + (slot - bar_h) / 2, w, bar_h);
          cairo_fill (cr);
          x += w;
        }

      if (data->format_total)
        {
          g_autofree char *text = data->format_total (total, data->user_data);

          set_colour (cr, data->foreground);
          chart_text (data, cr, text, x + GAP, y + (slot - size * 1.25) / 2, 0, size, FALSE, PANGO_ALIGN_LEFT);
        }
    }

  cairo_restore (cr);
}

/**
 * ntm_chart_draw_columns:
 * @cr: a cairo context
 * @area: where to draw
 * @data: the chart
 *
 * Vertical stacked columns, one per category, labelled below, with a
 * legend above and the total above each column.
 */
void
ntm_chart_draw_columns (cairo_t                 *cr,
                        const cairo_rectangle_t *area,
                        const NtmChartData      *data)
{
  cairo_rectangle_t legend_area = *area;
  double size = data->font_size;
  double max_total = 0, top, bottom, slot, axis_max;

  g_return_if_fail (cr != NULL && area != NULL && data != NULL);

  cairo_save (cr);

  for (guint c = 0; c < data->n_categories; c++)
    {
      double total = 0;

      for (guint s = 0; s < data->n_series; s++)
        total += data->values[c * data->n_series + s];
      max_total = MAX (max_total, total);
    }
  axis_max = nice_ceiling (max_total);

  top = area->y + draw_legend (cr, &legend_area, data) + size * 1.5;
  bottom = area->y + area->height - size * 1.6;
  if (data->n_categories == 0 || bottom <= top)
    {
      cairo_restore (cr);
      return;
    }
  slot = area->width / data->n_categories;

  /* base line */
  cairo_set_source_rgba (cr, data->foreground[0], data->foreground[1], data->foreground[2], 0.4);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, area->x, bottom + 0.5);
  cairo_line_to (cr, area->x + area->width, bottom + 0.5);
  cairo_stroke (cr);

  for (guint c = 0; c < data->n_categories; c++)
    {
      double x = area->x + c * slot;
      double col_w = MIN (slot * 0.6, size * 5);
      double y = bottom;
      double total = 0;

      for (guint s = 0; s < data->n_series; s++)
        {
          double v = data->values[c * data->n_series + s];
          double h = (bottom - top) * v / axis_max;

          total += v;
          if (h <= 0)
            continue;
          set_colour (cr, data->colours + 3 * s);
          cairo_rectangle (cr, x + (slot - col_w) / 2, y - h, col_w, h);
          cairo_fill (cr);
          y -= h;
        }

      set_colour (cr, data->foreground);
      if (data->format_total)
        {
          g_autofree char *text = data->format_total (total, data->user_data);
          chart_text (data, cr, text, x, y - size * 1.4, slot, size, TRUE, PANGO_ALIGN_CENTER);
        }
      chart_text (data, cr, data->categories[c], x, bottom + size * 0.2, slot, size, FALSE, PANGO_ALIGN_CENTER);
    }

  cairo_restore (cr);
}
