/* bench-map.c: how fast the map pans, zooms, recolours and imports
 *
 * Runs each scenario in a child process (so that each peak memory is its
 * own), pans and zooms the real NtmMapView under the display it is given
 * (Xvfb in practice) and prints milliseconds per frame, each beside the
 * empty map measured in the same run. Also times importing a generated
 * 10,000-feature GeoJSON with `ntm --import-boundaries` beside
 * `ogr2ogr -f SQLite` on the same file.
 *
 * Run by hand: meson test -C build --benchmark --verbose map
 *
 * `bench-map --render SCENARIO [N]` draws the renderer alone N times onto
 * an image the size of the layer's old picture, for profilers:
 *   NTM_BENCH_KEEP=/tmp/dbs valgrind --tool=callgrind \
 *     --toggle-collect=ntm_map_renderer_draw bench-map --render poly-10000 2
 * (NTM_BENCH_KEEP keeps the generated databases between runs.)
 * `bench-map --recolour SCENARIO [N]` classifies and fills the tiles of a
 * view again N times, as a mode change does, for the same profilers.
 * NTM_BENCH_VERBOSE=1 prints every pan frame of a --scenario run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>

#include "ntm-bench.h"
#include "ntm-boundary-report.h"
#include "ntm-database-private.h"
#include "ntm-evaluation.h"
#include "ntm-geometry.h"
#include "ntm-map-view.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

#define PAN_FRAMES 120
#define ZOOM_FRAMES 40

static char *dir;
static const char *self_path;

/* ---------------------------------------------------------------------- */
/* Data                                                                   */
/* ---------------------------------------------------------------------- */

static void
append_polygon (GString *out,
                GRand   *rand,
                double   lon,
                double   lat,
                double   radius)
{
  int n = g_rand_int_range (rand, 50, 301);

  g_string_append (out, "{\"type\":\"Polygon\",\"coordinates\":[[");
  for (int i = 0; i <= n; i++)
    {
      double a = 2 * G_PI * (i % n) / n;
      double r = radius * (0.75 + 0.25 * sin (5 * a + lon * 100) * cos (3 * a));
      g_string_append_printf (out, "%s[%.6f,%.6f]", i ? "," : "", lon + r * cos (a), lat + r * sin (a));
    }
  g_string_append (out, "]]}");
}

/* N polygons over Hà Tĩnh with codes B00000…; the 216 seed units' own
 * codes and locations when n is 0. */
static char *
write_geojson (NtmDatabase *db,
               guint        n)
{
  g_autoptr(GString) out = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":[\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree char *name = g_strdup_printf ("generated-%u.geojson", n);
  char *path = g_build_filename (dir, name, NULL);
  guint count = 0;

  if (n == 0)
    {
      g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
          double lat, lon;

          if (!ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)) ||
              !ntm_unit_get_location (unit, &lat, &lon))
            continue;
          g_string_append_printf (out, "%s{\"type\":\"Feature\",\"properties\":{\"code\":\"%s\"},\"geometry\":",
                                  count++ ? ",\n" : "", ntm_unit_get_code (unit));
          append_polygon (out, rand, lon, lat, 0.02);
          g_string_append (out, "}");
        }
    }
  else
    {
      guint side = (guint) ceil (sqrt (n));
      double w = 1.4 / side, h = 0.9 / side;

      for (guint i = 0; i < n; i++)
        {
          double lon = 105.1 + (i % side + 0.5) * w, lat = 17.9 + (i / side + 0.5) * h;

          g_string_append_printf (out, "%s{\"type\":\"Feature\",\"properties\":{\"code\":\"B%05u\",\"name\":\"Xã Thử %u\"},\"geometry\":",
                                  i ? ",\n" : "", i, i);
          append_polygon (out, rand, lon, lat, 0.45 * MIN (w, h));
          g_string_append (out, "}");
        }
    }
  g_string_append (out, "\n]}\n");
  g_assert_true (g_file_set_contents (path, out->str, out->len, NULL));
  return path;
}

static gboolean
add_units_cb (NtmDatabase  *db,
              gpointer      user_data,
              GError      **error)
{
  guint n = GPOINTER_TO_UINT (user_data);
  guint side = (guint) ceil (sqrt (n));

  for (guint i = 0; i < n; i++)
    {
      sqlite3_stmt *stmt = ntm_database_prepare (db,
                                                 "INSERT INTO unit (code, name, kind, parent_code, lat, lon, search_key)"
                                                 " VALUES (?1, ?2, 'commune', '447', ?3, ?4, ?2)", error);
      g_autofree char *code = g_strdup_printf ("B%05u", i);
      g_autofree char *name = g_strdup_printf ("Xã Thử %u", i);

      if (stmt == NULL)
        return FALSE;
      ntm_sql_bind_text (stmt, 1, code);
      ntm_sql_bind_text (stmt, 2, name);
      sqlite3_bind_double (stmt, 3, 17.9 + (i / side + 0.5) * 0.9 / side);
      sqlite3_bind_double (stmt, 4, 105.1 + (i % side + 0.5) * 1.4 / side);
      if (!ntm_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static NtmDatabase *
make_database (const char *name,
               guint       n_units)
{
  g_autoptr(GError) error = NULL;
  NtmDatabase *db = ntm_test_new_database (dir, name);

  if (n_units > 0)
    {
      ntm_database_run_transaction (db, NTM_AREA_UNITS | NTM_AREA_BOUNDARIES, add_units_cb, GUINT_TO_POINTER (n_units), &error);
      g_assert_no_error (error);
    }
  return db;
}

static void
import_file (NtmDatabase *db,
             const char  *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryFile) file = ntm_boundary_file_read (path, NULL, NULL, &error);
  g_autoptr(NtmBoundaryReport) report = NULL;

  g_assert_no_error (error);
  report = ntm_boundary_report_new (file, db, &error);
  g_assert_true (ntm_boundary_report_commit (report, &error));
}

/* ---------------------------------------------------------------------- */
/* Frames                                                                 */
/* ---------------------------------------------------------------------- */

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

static double
draw_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gint64 start = g_get_monotonic_time ();

  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
peak_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (p = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtod (p + 6, NULL) / 1024.0;
}

static int
run_scenario (const char *scenario)
{
  g_autoptr(NtmDatabase) db = NULL;
  NtmMapView *view;
  GtkWindow *window;
  ShumateViewport *viewport;
  double pan = 0, pan_worst = 0, zoom = 0, full, recolour, classify = 0, lat, lon, z;
  guint renders_before, tiles_before;

  if (g_str_equal (scenario, "empty"))
    db = NULL;
  else if (g_str_equal (scenario, "points"))
    db = make_database ("points.db", 0);
  else
    {
      guint n = g_str_equal (scenario, "poly-216") ? 0 : (guint) atoi (scenario + 5);
      g_autofree char *name = g_strdup_printf ("%s.db", scenario);
      g_autofree char *file = NULL;

      db = make_database (name, n);
      file = write_geojson (db, n);
      import_file (db, file);
    }

  view = ntm_map_view_new ();
  if (db != NULL)
    {
      g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, 2024, NULL);
      g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
      g_autoptr(NtmClassification) classification = NULL;

      g_assert_true (ntm_map_view_load (view, db, NULL));
      classification = ntm_classification_new (db, evaluation, units, NTM_MAP_MODE_LEVEL, NULL, NULL);
      ntm_map_view_set_classification (view, classification);
    }
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  for (int i = 0; i < 5; i++)
    draw_frame (GTK_WIDGET (view));

  viewport = shumate_map_get_viewport (ntm_map_view_get_map (view));
  shumate_viewport_set_zoom_level (viewport, 9.5);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 18.35, 105.8);
  draw_frame (GTK_WIDGET (view));
  /* let the zoom settle (the layer draws afresh 150 ms after the last
   * zoom step) and the tiles around the view be drawn, as they are when
   * a person starts to pan */
  {
    gint64 until = g_get_monotonic_time () + 1000 * 1000;
    while (g_get_monotonic_time () < until)
      {
        if (!g_main_context_iteration (NULL, FALSE))
          g_usleep (2000);
      }
  }
  draw_frame (GTK_WIDGET (view));
  draw_frame (GTK_WIDGET (view));

  /* pan: 30 px a frame, right then back */
  renders_before = ntm_map_layer_get_n_renders (ntm_map_view_get_layer (view));
  tiles_before = ntm_map_layer_get_n_tiles_drawn (ntm_map_view_get_layer (view));
  for (int i = 0; i < PAN_FRAMES; i++)
    {
      double mx, my, ms;
      ntm_geometry_to_mercator (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), &mx, &my);
      mx += (i < PAN_FRAMES / 2 ? 30.0 : -30.0) / (256.0 * pow (2, 9.5));
      ntm_geometry_from_mercator (mx, my, &lon, &lat);
      shumate_location_set_location (SHUMATE_LOCATION (viewport), lat, lon);
      {
        guint t0 = ntm_map_layer_get_n_tiles_drawn (ntm_map_view_get_layer (view));
        ms = draw_frame (GTK_WIDGET (view));
        if (g_getenv ("NTM_BENCH_VERBOSE"))
          g_printerr ("pan frame %d: %.1f ms, %u tiles\n", i, ms,
                      ntm_map_layer_get_n_tiles_drawn (ntm_map_view_get_layer (view)) - t0);
      }
      pan += ms;
      pan_worst = MAX (pan_worst, ms);
    }
  pan /= PAN_FRAMES;
  g_print ("renders: %u\ntiles: %u\npan-worst-ms: %.2f\n",
           ntm_map_layer_get_n_renders (ntm_map_view_get_layer (view)) - renders_before,
           ntm_map_layer_get_n_tiles_drawn (ntm_map_view_get_layer (view)) - tiles_before, pan_worst);

  /* zoom in and out in small animated steps */
  z = 9.5;
  for (int i = 0; i < ZOOM_FRAMES; i++)
    {
      z += i < ZOOM_FRAMES / 2 ? 0.05 : -0.05;
      shumate_viewport_set_zoom_level (viewport, z);
      zoom += draw_frame (GTK_WIDGET (view));
    }
  zoom /= ZOOM_FRAMES;

  /* a full redraw of the units */
  ntm_map_layer_invalidate (ntm_map_view_get_layer (view));
  full = draw_frame (GTK_WIDGET (view));

  /* recolour: a new mode, classified and drawn */
  recolour = 0;
  if (db != NULL)
    {
      /* the page keeps the year's evaluation and units: a mode change
       * classifies and draws */
      g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, 2024, NULL);
      g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(NtmClassification) classification =
        ntm_classification_new (db, evaluation, units, NTM_MAP_MODE_CRITERIA, NULL, NULL);
      classify = (g_get_monotonic_time () - start) / 1000.0;
      tiles_before = ntm_map_layer_get_n_tiles_drawn (ntm_map_view_get_layer (view));
      ntm_map_view_set_classification (view, classification);
      draw_frame (GTK_WIDGET (view));
      recolour = (g_get_monotonic_time () - start) / 1000.0;
      g_print ("recolour-tiles: %u\n", ntm_map_layer_get_n_tiles_drawn (ntm_map_view_get_layer (view)) - tiles_before);
    }

  g_print ("pan-ms: %.2f\nzoom-ms: %.2f\nfull-ms: %.2f\nclassify-ms: %.2f\nrecolour-ms: %.2f\npeak-mib: %.1f\n",
           pan, zoom, full, classify, recolour, peak_rss_mib ());
  gtk_window_destroy (window);
  return 0;
}

/* The renderer alone, as the layer uses it, without a window: for
 * profilers (valgrind --tool=callgrind --toggle-collect=ntm_map_renderer_draw). */
static NtmDatabase *
scenario_database (const char *scenario)
{
  NtmDatabase *db;
  guint n;
  g_autofree char *name = NULL;
  g_autofree char *file = NULL;

  if (g_str_equal (scenario, "points"))
    return make_database ("points.db", 0);
  n = g_str_equal (scenario, "poly-216") ? 0 : (guint) atoi (scenario + 5);
  name = g_strdup_printf ("%s.db", scenario);
  if (g_getenv ("NTM_BENCH_KEEP") != NULL)
    {
      /* reuse a database made by an earlier run (profilers are slow) */
      g_autofree char *path = g_build_filename (g_getenv ("NTM_BENCH_KEEP"), name, NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        return ntm_database_open (path, NULL);
      g_free (dir);
      dir = g_strdup (g_getenv ("NTM_BENCH_KEEP"));
    }
  db = make_database (name, n);
  file = write_geojson (db, n);
  import_file (db, file);
  return db;
}

static int
run_render (const char *scenario,
            int         repeats)
{
  g_autoptr(NtmDatabase) db = scenario_database (scenario);
  g_autoptr(NtmMapRenderer) renderer = ntm_map_renderer_new ();
  g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, 2024, NULL);
  g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
  g_autoptr(NtmClassification) level = NULL;
  g_autoptr(NtmClassification) criteria = NULL;
  int w = 1280 + 2 * 384, h = 800 + 2 * 384;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  NtmMapTransform t;
  double mx, my;

  g_assert_true (ntm_map_renderer_load (renderer, db, NULL));
  level = ntm_classification_new (db, evaluation, units, NTM_MAP_MODE_LEVEL, NULL, NULL);
  criteria = ntm_classification_new (db, evaluation, units, NTM_MAP_MODE_CRITERIA, NULL, NULL);
  ntm_geometry_to_mercator (105.8, 18.35, &mx, &my);
  t.zoom = 9.5;
  t.scale = 256 * pow (2, t.zoom);
  t.x0 = mx * t.scale - w / 2.0;
  t.y0 = my * t.scale - h / 2.0;

  for (int i = 0; i < repeats; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      ntm_map_renderer_set_classification (renderer, i % 2 ? criteria : level);
      ntm_map_renderer_draw (renderer, cr, &t, w, h,
                             NTM_MAP_DRAW_BACKGROUND | NTM_MAP_DRAW_REGIONS | NTM_MAP_DRAW_LABELS);
      cairo_destroy (cr);
      g_print ("draw-ms: %.1f\n", (g_get_monotonic_time () - start) / 1000.0);
    }
  if (g_getenv ("NTM_BENCH_PNG"))
    cairo_surface_write_to_png (surface, g_getenv ("NTM_BENCH_PNG"));
  cairo_surface_destroy (surface);
  return 0;
}

/* One mode change: classify, fill the tiles again (callgrind:
 * --toggle-collect=recolour_once). */
#define RECOLOUR_TILE 256
#define RECOLOUR_NI (1280 / RECOLOUR_TILE + 1)
#define RECOLOUR_NJ (800 / RECOLOUR_TILE + 1)
static void __attribute__((noinline))
recolour_once (NtmDatabase      *db,
               NtmEvaluation    *evaluation,
               GListModel       *units,
               NtmMapRenderer   *renderer,
               NtmMapMode        mode,
               double            x0,
               double            y0,
               NtmMapTransform  *t,
               cairo_surface_t  *borders[RECOLOUR_NI][RECOLOUR_NJ],
               double           *classify,
               double           *recolour)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(NtmClassification) classification = ntm_classification_new (db, evaluation, units, mode, NULL, NULL);

  *classify = (g_get_monotonic_time () - start) / 1000.0;
  ntm_map_renderer_set_classification (renderer, classification);
  for (int i = 0; i < RECOLOUR_NI; i++)
    for (int j = 0; j < RECOLOUR_NJ; j++)
      {
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, RECOLOUR_TILE, RECOLOUR_TILE);
        cairo_t *cr = cairo_create (surface);

        t->x0 = x0 + i * RECOLOUR_TILE;
        t->y0 = y0 + j * RECOLOUR_TILE;
        ntm_map_renderer_draw (renderer, cr, t, RECOLOUR_TILE, RECOLOUR_TILE, NTM_MAP_DRAW_FILLS | NTM_MAP_DRAW_BACKGROUND);
        cairo_set_source_surface (cr, borders[i][j], 0, 0);
        cairo_paint (cr);
        ntm_map_renderer_draw (renderer, cr, t, RECOLOUR_TILE, RECOLOUR_TILE, NTM_MAP_DRAW_SYMBOLS);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
  *recolour = (g_get_monotonic_time () - start) / 1000.0;
}

/* A mode change as the tiled layer meets it, without a window: classify,
 * then fill the 256 px tiles of a 1280x800 view again over kept outlines
 * (as ntm-map-layer.c does), N times, alternating two modes. For
 * callgrind: --toggle-collect=ntm_classification_new
 * --toggle-collect=ntm_map_renderer_draw. */
static int
run_recolour (const char *scenario,
              int         repeats)
{
  g_autoptr(NtmDatabase) db = scenario_database (scenario);
  g_autoptr(NtmMapRenderer) renderer = ntm_map_renderer_new ();
  g_autoptr(NtmEvaluation) evaluation = ntm_evaluation_new (db, 2024, NULL);
  g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
  enum { TILE = RECOLOUR_TILE, NI = RECOLOUR_NI, NJ = RECOLOUR_NJ };
  cairo_surface_t *borders[NI][NJ];
  NtmMapTransform t;
  double mx, my, x0, y0;

  g_assert_true (ntm_map_renderer_load (renderer, db, NULL));
  ntm_geometry_to_mercator (105.8, 18.35, &mx, &my);
  t.zoom = 9.5;
  t.scale = 256 * pow (2, t.zoom);
  /* tiles not aligned with the view, as after a pan */
  x0 = mx * t.scale - 1280 / 2.0 - 100;
  y0 = my * t.scale - 800 / 2.0 - 100;
  for (int i = 0; i < NI; i++)
    for (int j = 0; j < NJ; j++)
      {
        cairo_t *cr;

        borders[i][j] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, TILE, TILE);
        cr = cairo_create (borders[i][j]);
        t.x0 = x0 + i * TILE;
        t.y0 = y0 + j * TILE;
        ntm_map_renderer_draw (renderer, cr, &t, TILE, TILE, NTM_MAP_DRAW_BORDERS);
        cairo_destroy (cr);
      }

  for (int r = 0; r < repeats; r++)
    {
      double classify, recolour;

      recolour_once (db, evaluation, units, renderer, r % 2 ? NTM_MAP_MODE_CRITERIA : NTM_MAP_MODE_LEVEL,
                     x0, y0, &t, borders, &classify, &recolour);
      g_print ("classify-ms: %.1f recolour-ms: %.1f\n", classify, recolour);
    }
  for (int i = 0; i < NI; i++)
    for (int j = 0; j < NJ; j++)
      cairo_surface_destroy (borders[i][j]);
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Driver                                                                 */
/* ---------------------------------------------------------------------- */

int
main (int argc, char *argv[])
{
  const char *scenarios[] = { "empty", "points", "poly-216", "poly-2000", "poly-10000" };
  double empty_pan = 0, empty_zoom = 0, empty_peak = 0;
  g_autofree char *big = NULL;

  self_path = argv[0];
  dir = g_strdup (g_getenv ("NTM_BENCH_DIR") ? g_getenv ("NTM_BENCH_DIR") : g_get_tmp_dir ());

  if (argc >= 3 && g_str_equal (argv[1], "--scenario"))
    {
      gtk_init ();
      dir = g_dir_make_tmp ("ntm-bench-XXXXXX", NULL);
      return run_scenario (argv[2]);
    }
  if (argc >= 3 && g_str_equal (argv[1], "--render"))
    {
      dir = g_dir_make_tmp ("ntm-bench-XXXXXX", NULL);
      return run_render (argv[2], argc >= 4 ? atoi (argv[3]) : 4);
    }
  if (argc >= 3 && g_str_equal (argv[1], "--recolour"))
    {
      dir = g_dir_make_tmp ("ntm-bench-XXXXXX", NULL);
      return run_recolour (argv[2], argc >= 4 ? atoi (argv[3]) : 4);
    }
  if (argc >= 3 && g_str_equal (argv[1], "--measure"))
    return ntm_bench_run_measured (argv + 2);

  g_print ("# Map benchmark: 1280x800 window, %d pan frames of 30 px, %d zoom frames of 0.05\n", PAN_FRAMES, ZOOM_FRAMES);
  g_print ("%-11s %7s %7s %9s %8s %7s %7s %9s %9s %10s %8s %7s\n", "scenario", "pan ms", "x empty", "worst ms",
           "redraws", "zoom ms", "x empty", "redraw ms", "class. ms", "recolour ms", "peak MiB", "x empty");
  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      const char *args[] = { "--scenario", scenarios[i], NULL };
      g_autofree char *out = ntm_bench_run_self (self_path, args);
      double pan = ntm_bench_value_of (out, "pan-ms");
      double zoom = ntm_bench_value_of (out, "zoom-ms");
      double peak = ntm_bench_value_of (out, "peak-mib");

      if (i == 0)
        {
          empty_pan = pan;
          empty_zoom = zoom;
          empty_peak = peak;
        }
      g_print ("%-11s %7.2f %7.2f %9.1f %8.0f %7.2f %7.2f %9.1f %9.1f %10.1f %8.1f %7.2f\n", scenarios[i], pan,
               pan / empty_pan, ntm_bench_value_of (out, "pan-worst-ms"), ntm_bench_value_of (out, "renders"),
               zoom, zoom / empty_zoom, ntm_bench_value_of (out, "full-ms"), ntm_bench_value_of (out, "classify-ms"),
               ntm_bench_value_of (out, "recolour-ms"), peak, peak / empty_peak);
    }

  /* importing 10,000 generated features, beside ogr2ogr */
  {
    g_autofree char *tmp = g_dir_make_tmp ("ntm-bench-XXXXXX", NULL);
    g_autofree char *db_path = g_build_filename (tmp, "import.db", NULL);
    g_autofree char *sqlite_path = g_build_filename (tmp, "ogr.sqlite", NULL);
    g_autofree char *ntm = g_build_filename (g_getenv ("NTM_BUILD_DIR") ? g_getenv ("NTM_BUILD_DIR") : BUILD_DIR,
                                             "src", "ntm", NULL);
    g_autoptr(NtmDatabase) db = NULL;
    g_autofree char *ours = NULL;
    g_autofree char *theirs = NULL;
    GStatBuf st;

    g_free (dir);
    dir = g_strdup (tmp);
    db = make_database ("import.db", 10000);
    big = write_geojson (db, 10000);
    g_clear_object (&db);
    g_stat (big, &st);

    {
      const char *a[] = { ntm, "--database", db_path, "--import-boundaries", big, NULL };
      const char *b[] = { "ogr2ogr", "-f", "SQLite", sqlite_path, big, NULL };
      ours = ntm_bench_measure (self_path, a);
      theirs = ntm_bench_measure (self_path, b);
    }
    g_print ("\n# Import of a generated GeoJSON: 10,000 polygons of 50-300 vertices, %.1f MB\n", st.st_size / 1e6);
    g_print ("%-32s %9s %9s\n", "", "time ms", "peak MiB");
    g_print ("%-32s %9.0f %9.1f\n", "ntm --import-boundaries", ntm_bench_value_of (ours, "wall-ms"), ntm_bench_value_of (ours, "peak-mib"));
    g_print ("%-32s %9.0f %9.1f\n", "ogr2ogr -f SQLite", ntm_bench_value_of (theirs, "wall-ms"), ntm_bench_value_of (theirs, "peak-mib"));
    g_print ("%-32s %9.2f %9.2f\n", "ratio", ntm_bench_value_of (ours, "wall-ms") / ntm_bench_value_of (theirs, "wall-ms"),
             ntm_bench_value_of (ours, "peak-mib") / ntm_bench_value_of (theirs, "peak-mib"));
  }
  return 0;
}
