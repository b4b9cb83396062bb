/* test-palette.c: one palette for the map, its legend, the charts and reports
 *
 * Each level is drawn on the map (a unit's symbol, filled by its class)
 * and in the chart of communes by level that the Overview and the summary
 * report draw; the pixels must be the same colour, and the legend and the
 * chart must name the level the same way, in full.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "ntm-chart.h"
#include "ntm-evaluation.h"
#include "ntm-level-palette.h"
#include "ntm-map-renderer.h"
#include "ntm-palette.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

static char *dir;

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  cairo_surface_flush (surface);
  return *(guint32 *) (cairo_image_surface_get_data (surface) +
                       y * cairo_image_surface_get_stride (surface) + 4 * x) & 0xffffff;
}

/* The colour the map gives a unit of @level, read off a drawing of its
 * symbol (the class is the real classifier's for the level mode). */
static guint32
map_pixel (NtmDatabase  *db,
           NtmLevel      level,
           char        **legend_name)
{
  g_autoptr(NtmMapRenderer) renderer = ntm_map_renderer_new ();
  g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, 2024, NULL);
  g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
  g_autoptr(NtmClassification) classification = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 600);
  cairo_t *cr = cairo_create (surface);
  const char *code = "18757";   /* Xã Kỳ Xuân, drawn as a circle */
  guint found = G_MAXUINT;
  NtmMapTransform t;
  double mx, my;
  guint32 pixel;

  g_assert_true (ntm_map_renderer_load (renderer, db, &error));
  classification = ntm_classification_new_for_layer (db, evaluation, units, NTM_UNIT_LAYER_COMMUNES,
                                                     NTM_MAP_MODE_LEVEL, NULL, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < ntm_classification_get_n_classes (classification); k++)
    {
      const NtmMapClass *klass = ntm_classification_get_class (classification, k);
      if (klass->tone == NTM_TONE_LEVEL && klass->position == level)
        found = k;
    }
  g_assert_cmpuint (found, !=, G_MAXUINT);
  *legend_name = g_strdup (ntm_classification_get_class (classification, found)->label);
  ntm_classification_assign (classification, code, found);
  ntm_map_renderer_set_classification (renderer, classification);

  ntm_map_renderer_fit (renderer, "447", 800, 600, 20, &t);
  ntm_map_renderer_draw (renderer, cr, &t, 800, 600, NTM_MAP_DRAW_BACKGROUND | NTM_MAP_DRAW_SYMBOLS);
  cairo_destroy (cr);
  g_assert_true (ntm_map_renderer_get_unit_point (renderer, code, &mx, &my));
  pixel = pixel_at (surface, (int) (mx * t.scale - t.x0), (int) (my * t.scale - t.y0));
  cairo_surface_destroy (surface);
  return pixel;
}

/* The colour of part @part in the chart of communes by level, read off a
 * bar that holds only that part. */
static guint32
chart_pixel (guint        part,
             const char **series_name)
{
  static const char *categories[] = { "Huyện" };
  const char *series[NTM_CHART_N_COMMUNE_LEVELS];
  double colours[3 * NTM_CHART_N_COMMUNE_LEVELS];
  double values[NTM_CHART_N_COMMUNE_LEVELS] = { 0 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, 120);
  cairo_t *cr = cairo_create (surface);
  cairo_rectangle_t area = { 0, 0, 600, 120 };
  NtmChartData data = { 0 };
  guint32 pixel;

  ntm_chart_commune_level_series (series, colours);
  values[part] = 10;
  data.n_categories = 1;
  data.categories = categories;
  data.n_series = NTM_CHART_N_COMMUNE_LEVELS;
  data.series = series;
  data.colours = colours;
  data.values = values;
  data.font_size = 10;
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ntm_chart_draw_bars (cr, &area, &data);
  cairo_destroy (cr);
  /* the bar runs the whole width right of its label, below the legend row */
  pixel = pixel_at (surface, 400, 70);
  cairo_surface_destroy (surface);
  *series_name = series[part];
  return pixel;
}

static guint32
hex_of (const NtmColor *c)
{
  return (guint32) lround (c->red * 255) << 16 | (guint32) lround (c->green * 255) << 8 |
         (guint32) lround (c->blue * 255);
}

static void
test_map_and_chart_agree (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "palette.db");
  guint32 seen[NTM_CHART_N_COMMUNE_LEVELS];

  for (guint part = 0; part < NTM_CHART_N_COMMUNE_LEVELS; part++)
    {
      NtmLevel level = ntm_chart_commune_level (part);
      g_autofree char *legend_name = NULL;
      const char *series_name = NULL;
      guint32 on_map = map_pixel (db, level, &legend_name);
      guint32 in_chart = chart_pixel (part, &series_name);

      g_test_message ("level %d: map %06x, chart %06x, palette %06x", level, on_map, in_chart,
                      ntm_level_palette_get (level)->rgb);
      g_assert_cmphex (on_map, ==, in_chart);
      g_assert_cmphex (on_map, ==, ntm_level_palette_get (level)->rgb);
      g_assert_cmpstr (legend_name, ==, series_name);
      seen[part] = on_map;
      for (guint other = 0; other < part; other++)
        g_assert_cmphex (seen[other], !=, on_map);
    }
}

/* The names are the levels in full, in English and, through the catalogue,
 * in Vietnamese; a level the table does not know falls back to "no data". */
static void
test_names_in_full (void)
{
  NtmMapClass klass = { (char *) "", NTM_TONE_LEVEL, NTM_LEVEL_ADVANCED };
  NtmColor colour = ntm_palette_class_color (&klass);

  g_assert_cmpstr (ntm_level_palette_get_name (NTM_LEVEL_NOT_YET), ==, "Not yet NTM");
  g_assert_cmpstr (ntm_level_palette_get_name (NTM_LEVEL_ADVANCED), ==, "Advanced NTM");
  g_assert_cmpstr (ntm_level_palette_get_name (NTM_LEVEL_MODEL), ==, "Model NTM");
  g_assert_cmpstr (ntm_level_palette_get_name ((NtmLevel) 999), ==, "No data");
  g_assert_cmpint (ntm_level_palette_get_rank ((NtmLevel) 999), ==, -1);
  g_assert_cmphex (hex_of (&colour), ==, ntm_level_palette_get (NTM_LEVEL_ADVANCED)->rgb);
  /* district levels share the colour of the commune level they build on */
  g_assert_cmphex (ntm_level_palette_get (NTM_LEVEL_DISTRICT_ADVANCED)->rgb, ==,
                   ntm_level_palette_get (NTM_LEVEL_ADVANCED)->rgb);
  /* the ranks order each track */
  g_assert_cmpint (ntm_level_palette_get_rank (NTM_LEVEL_NOT_YET), <, ntm_level_palette_get_rank (NTM_LEVEL_NTM));
  g_assert_cmpint (ntm_level_palette_get_rank (NTM_LEVEL_NTM), <, ntm_level_palette_get_rank (NTM_LEVEL_ADVANCED));
  g_assert_cmpint (ntm_level_palette_get_rank (NTM_LEVEL_ADVANCED), <, ntm_level_palette_get_rank (NTM_LEVEL_MODEL));
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/palette/map-and-chart-agree", test_map_and_chart_agree);
  g_test_add_func ("/palette/names-in-full", test_names_in_full);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
