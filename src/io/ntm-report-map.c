/* ntm-report-map.c: the map in printed reports
 *
 * Reports draw their map with the same renderer as the window and the map
 * export, coloured by recognised level: region outlines where boundaries
 * have been imported, symbols at the units' point locations otherwise. A
 * unit's profile shows its district with the unit highlighted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ntm-map-export.h"
#include "ntm-report-map.h"
#include "ntm-unit.h"

/* Points are larger than screen pixels: draw symbols and labels smaller. */
#define REPORT_LABEL_SCALE 0.75

/* In place of a map that cannot be drawn: why, in the framed rectangle
 * (the origin at its corner). */
static void
say_in_area (cairo_t                 *cr,
             const cairo_rectangle_t *area,
             const GError            *error)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 8");
  /* Translators: in a report, where its map would be; %s says why not */
  g_autofree char *text = g_strdup_printf (_("The map cannot be drawn: %s. Check the database with “ntm --check”."),
                                           error->message);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) ((area->width - 24) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  cairo_set_source_rgb (cr, 0.55, 0.1, 0.1);
  cairo_move_to (cr, 12, 12);
  pango_cairo_show_layout (cr, layout);

  cairo_rectangle (cr, 0.5, 0.5, area->width - 1, area->height - 1);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
}

/**
 * ntm_report_draw_map:
 * @cr: a cairo context, in points
 * @area: the rectangle to fill
 * @overview: the year's overview
 * @highlight_code: (nullable): a unit to mark, for a unit's profile; the
 *   map then shows the unit's district
 * @with_legend: whether to draw the legend inside the rectangle
 *
 * Draws the province's map into @area. Nothing is drawn outside it. When
 * the map cannot be prepared, the rectangle says so instead.
 */
void
ntm_report_draw_map (cairo_t                 *cr,
                     const cairo_rectangle_t *area,
                     NtmOverview             *overview,
                     const char              *highlight_code,
                     gboolean                 with_legend)
{
  NtmDatabase *db;
  g_autoptr(NtmMapRenderer) renderer = NULL;
  g_autoptr(NtmUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  const char *district = NULL;
  NtmMapTransform transform;
  double legend_w = 0, legend_h = 0;

  g_return_if_fail (cr != NULL && area != NULL && NTM_IS_OVERVIEW (overview));

  db = ntm_overview_get_database (overview);

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);
  cairo_translate (cr, area->x, area->y);

  renderer = ntm_map_export_new_renderer (db, ntm_overview_get_year (overview),
                                          NTM_MAP_MODE_LEVEL, NULL, &error);
  if (renderer == NULL)
    {
      say_in_area (cr, area, error);
      cairo_restore (cr);
      return;
    }

  ntm_map_renderer_set_label_scale (renderer, REPORT_LABEL_SCALE);
  if (highlight_code != NULL)
    {
      unit = ntm_database_get_unit (db, highlight_code, &error);
      if (unit == NULL && !g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND))
        {
          say_in_area (cr, area, error);
          cairo_restore (cr);
          return;
        }
      if (unit != NULL && ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        district = ntm_unit_get_parent_code (unit);
      else if (unit != NULL && ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit)))
        district = ntm_unit_get_code (unit);
      ntm_map_renderer_set_selected (renderer, highlight_code);
    }

  if (with_legend)
    {
      cairo_surface_t *probe = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *measure = cairo_create (probe);

      ntm_map_renderer_draw_legend (renderer, measure, 0, 0, REPORT_LABEL_SCALE, &legend_w, &legend_h);
      cairo_destroy (measure);
      cairo_surface_destroy (probe);
    }

  ntm_map_renderer_fit (renderer, district, area->width - legend_w, area->height, 12, &transform);
  ntm_map_renderer_draw (renderer, cr, &transform, area->width, area->height, NTM_MAP_DRAW_ALL);

  if (with_legend)
    ntm_map_renderer_draw_legend (renderer, cr, area->width - legend_w - 6, 6, REPORT_LABEL_SCALE, NULL, NULL);
  ntm_map_renderer_draw_scale_bar (renderer, cr, &transform, 10, area->height - 12,
                                   area->width / 4, REPORT_LABEL_SCALE);

  cairo_rectangle (cr, 0.5, 0.5, area->width - 1, area->height - 1);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);

  cairo_restore (cr);
}
