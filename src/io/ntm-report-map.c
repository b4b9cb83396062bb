/* ntm-report-map.c: the map in printed reports
 *
 * The hook through which reports draw their map. For now it draws every
 * commune, ward and township as a dot at its point location, coloured by
 * its recognised level, district-level units as labelled squares, and a
 * legend. When the map renderer (src/map) is merged, replace the body of
 * ntm_report_draw_map() with a call into it that draws the region polygons
 * into the same rectangle; the reports need no other change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ntm-chart.h"
#include "ntm-report-map.h"
#include "ntm-unit.h"

static const NtmLevel legend_levels[] = {
  NTM_LEVEL_NO_DATA, NTM_LEVEL_NOT_YET, NTM_LEVEL_NTM, NTM_LEVEL_ADVANCED,
  NTM_LEVEL_MODEL, NTM_LEVEL_CIVILISED,
};

/**
 * ntm_report_draw_map:
 * @cr: a cairo context, in points
 * @area: the rectangle to fill
 * @overview: the year's overview (units and their levels)
 * @highlight_code: (nullable): a unit to mark, for a unit's profile
 * @with_legend: whether to draw the legend inside the rectangle
 *
 * Draws the province's map into @area. This is the hook the map renderer
 * replaces; see the comment at the top of this file.
 */
void
ntm_report_draw_map (cairo_t                 *cr,
                     const cairo_rectangle_t *area,
                     NtmOverview             *overview,
                     const char              *highlight_code,
                     gboolean                 with_legend)
{
  GListModel *units = ntm_overview_get_units (overview);
  NtmEvaluation *evaluation = ntm_overview_get_evaluation (overview);
  double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
  double scale, x0, y0, map_w, map_h, cos_lat, legend_h = 0;
  const double ink[3] = { 0.15, 0.15, 0.15 };
  double rgb[3];
  guint n = g_list_model_get_n_items (units);
  gboolean level_seen[G_N_ELEMENTS (legend_levels)] = { FALSE };

  g_return_if_fail (cr != NULL && area != NULL && NTM_IS_OVERVIEW (overview));

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_set_source_rgb (cr, 0.96, 0.97, 0.98);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      double lat, lon;

      if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_PROVINCE || !ntm_unit_get_location (unit, &lat, &lon))
        continue;
      min_lat = MIN (min_lat, lat);
      max_lat = MAX (max_lat, lat);
      min_lon = MIN (min_lon, lon);
      max_lon = MAX (max_lon, lon);
    }
  if (min_lat > max_lat)
    {
      cairo_restore (cr);
      return;
    }

  if (with_legend)
    legend_h = MIN (area->height * 0.3, 48);

  /* Equirectangular, corrected for latitude: close enough at this size. */
  cos_lat = cos ((min_lat + max_lat) / 2 * G_PI / 180);
  map_w = MAX ((max_lon - min_lon) * cos_lat, 1e-6);
  map_h = MAX (max_lat - min_lat, 1e-6);
  scale = MIN ((area->width - 24) / map_w, (area->height - 24 - legend_h) / map_h);
  x0 = area->x + (area->width - map_w * scale) / 2;
  y0 = area->y + 12 + (area->height - 24 - legend_h - map_h * scale) / 2;

#define PX(lon) (x0 + ((lon) - min_lon) * cos_lat * scale)
#define PY(lat) (y0 + (max_lat - (lat)) * scale)

  /* communes, wards and townships */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      NtmLevel level;
      double lat, lon;

      if (!ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)) || !ntm_unit_get_location (unit, &lat, &lon))
        continue;
      level = ntm_evaluation_get_recognised_level (evaluation, ntm_unit_get_code (unit));
      for (guint l = 0; l < G_N_ELEMENTS (legend_levels); l++)
        if (legend_levels[l] == level)
          level_seen[l] = TRUE;
      ntm_level_get_colour (level, rgb);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_arc (cr, PX (lon), PY (lat), highlight_code ? 2.2 : 3.0, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 0.4);
      cairo_stroke (cr);
    }

  /* district-level units, labelled */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      double lat, lon;

      if (!ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit)) || !ntm_unit_get_location (unit, &lat, &lon))
        continue;
      cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
      cairo_rectangle (cr, PX (lon) - 2, PY (lat) - 2, 4, 4);
      cairo_fill (cr);
      if (highlight_code == NULL)
        {
          cairo_set_source_rgba (cr, ink[0], ink[1], ink[2], 0.85);
          ntm_chart_draw_text (cr, ntm_unit_get_name (unit), PX (lon) + 4, PY (lat) - 4, 0, 6.5, FALSE,
                               PANGO_ALIGN_LEFT, NULL);
        }
    }

  /* the unit of a profile */
  if (highlight_code != NULL)
    {
      g_autoptr(NtmUnit) found = NULL;
      double lat, lon;

      for (guint i = 0; i < n && found == NULL; i++)
        {
          g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
          if (g_strcmp0 (ntm_unit_get_code (unit), highlight_code) == 0)
            found = g_steal_pointer (&unit);
        }
      if (found != NULL && ntm_unit_get_location (found, &lat, &lon))
        {
          cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
          cairo_set_line_width (cr, 1.6);
          cairo_arc (cr, PX (lon), PY (lat), 6, 0, 2 * G_PI);
          cairo_stroke (cr);
          ntm_chart_draw_text (cr, ntm_unit_get_name (found), PX (lon) + 8, PY (lat) - 5, 0, 7, TRUE,
                               PANGO_ALIGN_LEFT, NULL);
        }
    }

#undef PX
#undef PY

  /* north */
  cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
  ntm_chart_draw_text (cr, C_("compass", "N ↑"), area->x + area->width - 28, area->y + 6, 0, 8, TRUE,
                       PANGO_ALIGN_LEFT, NULL);

  if (with_legend)
    {
      double x = area->x + 10, y = area->y + area->height - legend_h + 6;

      ntm_chart_draw_text (cr, _("Recognised level"), x, y, 0, 7.5, TRUE, PANGO_ALIGN_LEFT, NULL);
      y += 11;
      for (guint l = 0; l < G_N_ELEMENTS (legend_levels); l++)
        {
          const char *label = ntm_level_get_label (legend_levels[l]);
          double h;

          if (!level_seen[l] && legend_levels[l] != NTM_LEVEL_NTM && legend_levels[l] != NTM_LEVEL_ADVANCED &&
              legend_levels[l] != NTM_LEVEL_MODEL)
            continue;
          if (x > area->x + area->width - 90)
            {
              x = area->x + 10;
              y += 11;
            }
          ntm_level_get_colour (legend_levels[l], rgb);
          cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
          cairo_arc (cr, x + 3, y + 5, 3, 0, 2 * G_PI);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
          ntm_chart_draw_text (cr, label, x + 9, y, 0, 7.5, FALSE, PANGO_ALIGN_LEFT, &h);
          x += 9 + 7.5 * 0.55 * g_utf8_strlen (label, -1) + 14;
        }
      ntm_chart_draw_text (cr, _("Squares: district-level units. Dots: point location of each commune, ward and township."),
                           area->x + 10, y + 12, area->width - 20, 6.5, FALSE, PANGO_ALIGN_LEFT, NULL);
    }

  cairo_restore (cr);
}
