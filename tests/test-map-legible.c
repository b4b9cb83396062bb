/* test-map-legible.c: the map read from the back of the room
 *
 * In a real window under Xvfb: one unit's fill covering the whole view
 * must come out one colour across every tile boundary, at whole and
 * fractional zooms, after a fractional pan and while a zoom animates; the
 * label size follows Ctrl +/− (remembered) and, in presentation mode, the
 * size of the screen; labels keep clear of the legend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>

#include "ntm-boundary-file.h"
#include "ntm-boundary-report.h"
#include "ntm-database-private.h"
#include "ntm-geometry.h"
#include "ntm-map-page-private.h"
#include "ntm-map-view.h"
#include "ntm-palette.h"
#include "ntm-screenshot.h"
#include "ntm-test-utils.h"

static char *dir;

/* The widget as the window draws it, as a cairo image; moved by
 * (@dx, @dy), a fraction of a pixel, as a transition or a fractional
 * position in the window can place it. */
static cairo_surface_t *
render_widget_at (GtkWidget *widget,
                  double     dx,
                  double     dy)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  GskRenderNode *drawn = ntm_widget_snapshot_drawn (widget, w, h);
  GskRenderNode *node;
  GdkTexture *texture;
  cairo_surface_t *surface;

  g_assert_nonnull (drawn);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (dx, dy));
  gtk_snapshot_append_node (snapshot, drawn);
  gsk_render_node_unref (drawn);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gdk_texture_get_width (texture),
                                        gdk_texture_get_height (texture));
  gdk_texture_download (texture, cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);
  gsk_render_node_unref (node);
  g_object_unref (texture);
  return surface;
}

static cairo_surface_t *
render_widget (GtkWidget *widget)
{
  return render_widget_at (widget, 0, 0);
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  return *(guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + 4 * x)
         & 0xffffff;
}

/* A database whose district 440 is a square far larger than the view,
 * and nothing else with an outline, so that the view is one fill. */
static NtmDatabase *
one_fill_database (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *geojson = g_build_filename (dir, "square.geojson", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryFile) file = NULL;
  g_autoptr(NtmBoundaryReport) report = NULL;
  NtmDatabase *db;

  g_unlink (path);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_exec (db, "DELETE FROM outline", &error));
  g_assert_true (g_file_set_contents (geojson,
                                      "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                      "\"properties\":{\"code\":\"440\"},\"geometry\":{\"type\":\"Polygon\","
                                      "\"coordinates\":[[[102.8,15.6],[108.8,15.6],[108.8,21.6],[102.8,21.6],"
                                      "[102.8,15.6]]]}}]}", -1, &error));
  file = ntm_boundary_file_read (geojson, NULL, NULL, &error);
  g_assert_no_error (error);
  report = ntm_boundary_report_new (file, db, &error);
  g_assert_true (ntm_boundary_report_commit (report, &error));
  g_assert_no_error (error);
  return db;
}

static GtkWindow *
window_with (GtkWidget *child,
             int        width,
             int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  return window;
}

/* Every pixel of a row and of a column across the tile boundaries (in
 * device pixels: on a screen of scale 2 too) has the fill's colour. */
static void
assert_one_colour (NtmMapView *view,
                   guint32     expected,
                   const char *when)
{
  GtkWidget *layer = GTK_WIDGET (ntm_map_view_get_layer (view));
  cairo_surface_t *surface = render_widget (layer);
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  double sf = (double) w / gtk_widget_get_width (layer);
  int row = (int) ((gtk_widget_get_height (layer) / 2 + 40) * sf), column = w / 3;

  for (int x = (int) (80 * sf); x < w - (int) (320 * sf); x++)
    if (pixel (surface, x, row) != expected)
      g_error ("%s: pixel (%d, %d) is %06x, not %06x", when, x, row, pixel (surface, x, row), expected);
  for (int y = (int) (230 * sf); y < h - (int) (60 * sf); y++)
    if (pixel (surface, column, y) != expected)
      g_error ("%s: pixel (%d, %d) is %06x, not %06x", when, column, y, pixel (surface, column, y), expected);
  cairo_surface_destroy (surface);

  /* half a pixel off, the tile boundaries fall between device pixels */
  surface = render_widget_at (layer, 0.5, 0.5);
  for (int x = (int) (80 * sf); x < w - (int) (320 * sf); x++)
    if (pixel (surface, x, row) != expected)
      g_error ("%s, half a pixel off: pixel (%d, %d) is %06x, not %06x", when, x, row, pixel (surface, x, row),
               expected);
  for (int y = (int) (230 * sf); y < h - (int) (60 * sf); y++)
    if (pixel (surface, column, y) != expected)
      g_error ("%s, half a pixel off: pixel (%d, %d) is %06x, not %06x", when, column, y,
               pixel (surface, column, y), expected);
  cairo_surface_destroy (surface);
}

static int
channel_difference (guint32 a,
                    guint32 b)
{
  int d = 0;

  for (int shift = 0; shift <= 16; shift += 8)
    d = MAX (d, abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return d;
}

/* The hatch of "no data" runs on across the tile boundaries: along the
 * direction of its lines (x + y constant) the pixels agree, but for the
 * smoothing of the lines' edges. */
static void
assert_hatch_continues (NtmMapView *view,
                        const char *when)
{
  GtkWidget *layer = GTK_WIDGET (ntm_map_view_get_layer (view));
  cairo_surface_t *surface = render_widget (layer);
  int w = cairo_image_surface_get_width (surface);
  double sf = (double) w / gtk_widget_get_width (layer);
  int y = (int) ((gtk_widget_get_height (layer) / 2 + 40) * sf);
  guint distinct = 0;

  for (int x = (int) (80 * sf); x < w - (int) (320 * sf); x++)
    {
      if (channel_difference (pixel (surface, x, y), pixel (surface, x + 1, y - 1)) > 3)
        g_error ("%s: the hatch breaks at (%d, %d): %06x, then %06x", when, x, y, pixel (surface, x, y),
                 pixel (surface, x + 1, y - 1));
      distinct += channel_difference (pixel (surface, x, y), pixel (surface, x + 1, y)) > 8;
    }
  /* and it is a hatch: the colour changes along the row */
  g_assert_cmpuint (distinct, >, 20);
  cairo_surface_destroy (surface);
}

static void
test_no_tile_seams (void)
{
  static const double zooms[] = { 8.0, 8.37, 9.5, 10.71, 12.0, 13.26 };
  g_autoptr(NtmDatabase) db = one_fill_database ("seams.db");
  g_autoptr(GArray) classes = g_array_new (FALSE, TRUE, sizeof (NtmMapClass));
  g_autoptr(NtmClassification) classification = NULL;
  NtmMapClass klass = { (char *) "one", NTM_TONE_LEVEL, NTM_LEVEL_ADVANCED };
  NtmMapView *view = ntm_map_view_new ();
  GtkWindow *window;
  ShumateViewport *viewport;
  NtmColor c;
  guint32 expected;

  g_array_append_val (classes, klass);
  classification = ntm_classification_new_from_classes (classes, "one");
  ntm_classification_assign (classification, "440", 0);
  c = ntm_palette_class_color (&klass);
  expected = (guint32) lround (c.red * 255) << 16 | (guint32) lround (c.green * 255) << 8 | (guint32) lround (c.blue * 255);

  g_assert_true (ntm_map_view_load (view, db, NULL));
  ntm_map_view_set_layer (view, NTM_UNIT_LAYER_DISTRICTS);
  ntm_map_view_set_classification (view, classification);
  window = window_with (GTK_WIDGET (view), 1000, 700);
  viewport = shumate_map_get_viewport (ntm_map_view_get_map (view));

  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    {
      g_autofree char *when = g_strdup_printf ("zoom %.2f", zooms[i]);

      shumate_viewport_set_zoom_level (viewport, zooms[i]);
      shumate_location_set_location (SHUMATE_LOCATION (viewport), 20.0, 105.8);
      g_usleep (200 * 1000);   /* past the zoom's settling time */
      ntm_widget_wait_for_frame (GTK_WIDGET (window));
      ntm_widget_wait_for_frame (GTK_WIDGET (window));
      assert_one_colour (view, expected, when);

      /* a pan by a fraction of a pixel keeps the tiles */
      shumate_location_set_location (SHUMATE_LOCATION (viewport), 20.0 + 0.37 / (256 * pow (2, zooms[i])),
                                     105.8 + 0.61 * 360 / (256 * pow (2, zooms[i])));
      ntm_widget_wait_for_frame (GTK_WIDGET (window));
      assert_one_colour (view, expected, "after a fractional pan");
    }

  /* "no data" is hatched: the hatch lines meet across the tiles */
  {
    g_autoptr(NtmClassification) empty = ntm_classification_new_from_classes (classes, "none");

    ntm_map_view_set_classification (view, empty);
    for (guint i = 0; i < G_N_ELEMENTS (zooms); i += 2)
      {
        g_autofree char *when = g_strdup_printf ("hatch at zoom %.2f", zooms[i]);

        shumate_viewport_set_zoom_level (viewport, zooms[i]);
        shumate_location_set_location (SHUMATE_LOCATION (viewport), 20.0, 105.8);
        g_usleep (200 * 1000);
        ntm_widget_wait_for_frame (GTK_WIDGET (window));
        ntm_widget_wait_for_frame (GTK_WIDGET (window));
        assert_hatch_continues (view, when);
      }
    ntm_map_view_set_classification (view, classification);
  }

  /* while a zoom animates, the tiles are stretched */
  shumate_viewport_set_zoom_level (viewport, 10.0);
  g_usleep (200 * 1000);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  shumate_viewport_set_zoom_level (viewport, 10.1);
  shumate_viewport_set_zoom_level (viewport, 10.33);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  assert_one_colour (view, expected, "while zooming");

  gtk_window_destroy (window);
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
meet (const cairo_rectangle_t *a,
      const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Ctrl +/−/0 change the labels' size, and the size is remembered. */
static void
test_label_size_keys (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "keys.db");
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  NtmMapPage *page = g_object_new (NTM_TYPE_MAP_PAGE, "database", db, "year", 2024, NULL);
  NtmMapRenderer *renderer = ntm_map_view_get_renderer (ntm_map_page_get_map_view (page));
  GtkWindow *window = window_with (GTK_WIDGET (page), 1000, 700);
  NtmMapPage *again;

  g_settings_reset (settings, "map-label-scale");
  g_assert_cmpfloat (ntm_map_renderer_get_label_font_size (renderer), ==, 11.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.label-larger", NULL));
  g_assert_cmpfloat (g_settings_get_double (settings, "map-label-scale"), ==, 1.25);
  g_assert_cmpfloat (ntm_map_renderer_get_label_font_size (renderer), ==, 11.0 * 1.25);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.label-larger", NULL));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "map-label-scale"), 1.56, 1e-9);
  /* never past the largest size */
  for (guint i = 0; i < 10; i++)
    gtk_widget_activate_action (GTK_WIDGET (page), "map.label-larger", NULL);
  g_assert_cmpfloat (g_settings_get_double (settings, "map-label-scale"), <=, 3.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.label-reset", NULL));
  g_assert_cmpfloat (ntm_map_renderer_get_label_font_size (renderer), ==, 11.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.label-smaller", NULL));
  g_assert_cmpfloat (g_settings_get_double (settings, "map-label-scale"), ==, 0.8);
  gtk_window_destroy (window);

  /* a new window keeps the size */
  again = g_object_new (NTM_TYPE_MAP_PAGE, "database", db, "year", 2024, NULL);
  g_object_ref_sink (again);
  g_assert_cmpfloat (ntm_map_renderer_get_label_font_size (ntm_map_view_get_renderer (ntm_map_page_get_map_view (again))),
                     ==, 11.0 * 0.8);
  g_object_unref (again);
  g_settings_reset (settings, "map-label-scale");
}

/* Presentation mode on a 1920×1080 screen: labels and legend grow with
 * the screen, and no label lies under the legend. */
static void
test_presentation (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "presentation.db");
  NtmMapPage *page = g_object_new (NTM_TYPE_MAP_PAGE, "database", db, "year", 2024, NULL);
  NtmMapView *view = ntm_map_page_get_map_view (page);
  NtmMapRenderer *renderer = ntm_map_view_get_renderer (view);
  /* as a full screen: without a window manager, Xvfb cannot make one */
  GtkWindow *window = window_with (GTK_WIDGET (page), 1920, 1080);
  g_autofree char *shot = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", "map-presentation.png", NULL);
  g_autofree char *shots = g_path_get_dirname (shot);
  g_autoptr(GError) error = NULL;
  GArray *boxes, *obstacles;
  double before = ntm_map_renderer_get_label_font_size (renderer);
  int height;

  ntm_map_page_set_presentation (page, TRUE);
  wait_ms (400);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  wait_ms (200);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  g_test_message ("view %d × %d, labels %.1f px", gtk_widget_get_width (GTK_WIDGET (view)), height,
                  ntm_map_renderer_get_label_font_size (renderer));
  g_assert_cmpint (height, >=, 1000);
  g_assert_cmpfloat (ntm_map_renderer_get_label_font_size (renderer), >=, 0.015 * height);
  g_assert_cmpfloat (ntm_map_renderer_get_label_font_size (renderer), >, before);

  boxes = ntm_map_renderer_get_label_boxes (renderer);
  obstacles = ntm_map_renderer_get_label_obstacles (renderer);
  g_assert_cmpuint (obstacles->len, ==, 1);
  g_assert_cmpuint (boxes->len, >=, 20);
  for (guint i = 0; i < boxes->len; i++)
    {
      g_assert_false (meet (&g_array_index (boxes, cairo_rectangle_t, i),
                            &g_array_index (obstacles, cairo_rectangle_t, 0)));
      for (guint j = i + 1; j < boxes->len; j++)
        g_assert_false (meet (&g_array_index (boxes, cairo_rectangle_t, i),
                              &g_array_index (boxes, cairo_rectangle_t, j)));
    }

  g_mkdir_with_parents (shots, 0755);
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), shot, &error));
  g_assert_no_error (error);

  ntm_map_page_set_presentation (page, FALSE);
  wait_ms (300);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpfloat (ntm_map_renderer_get_label_font_size (renderer), ==, before);
  gtk_window_destroy (window);
}

static guint
legend_total (NtmMapView *view)
{
  NtmClassification *c = ntm_map_renderer_get_classification (ntm_map_view_get_renderer (view));
  guint total = 0;

  for (guint k = 0; k < ntm_classification_get_n_classes (c); k++)
    total += ntm_classification_get_class (c, k)->count;
  return total;
}

/* Two years side by side in presentation mode, each with its legend and
 * counts under its year; the change mode beside it. */
static void
test_side_by_side (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "side.db");
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  NtmMapPage *page = NULL;
  NtmMapView *view, *other;
  GtkWindow *window;
  g_autofree char *shot = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", "map-side-by-side.png", NULL);
  g_autofree char *shots = g_path_get_dirname (shot);
  g_autoptr(GError) error = NULL;
  NtmClassification *left, *right;

  g_settings_set_int (settings, "map-compare-year", 2022);
  page = g_object_new (NTM_TYPE_MAP_PAGE, "database", db, "year", 2024, NULL);
  view = ntm_map_page_get_map_view (page);
  other = ntm_map_page_get_compare_view (page);
  window = window_with (GTK_WIDGET (page), 1920, 1080);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (other)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.side-by-side", NULL));
  ntm_map_page_set_presentation (page, TRUE);
  wait_ms (400);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  wait_ms (200);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (other)));
  g_assert_cmpstr (ntm_map_view_get_caption (view), ==, "2024");
  g_assert_cmpstr (ntm_map_view_get_caption (other), ==, "2022");
  g_assert_cmpint (ntm_map_renderer_get_year (ntm_map_view_get_renderer (other)), ==, 2022);
  g_assert_cmpint (ntm_map_renderer_get_year (ntm_map_view_get_renderer (view)), ==, 2024);
  /* each with its legend and counts: 216 units on each side, and the
   * years differ (fewer recognitions on file in 2022: the 2023 report's
   * statuses are not in force yet) */
  left = ntm_map_renderer_get_classification (ntm_map_view_get_renderer (other));
  right = ntm_map_renderer_get_classification (ntm_map_view_get_renderer (view));
  g_assert_cmpuint (legend_total (other), ==, 216);
  g_assert_cmpuint (legend_total (view), ==, 216);
  g_assert_cmpuint (ntm_classification_get_class (left, ntm_classification_get_no_data_class (left))->count, >,
                    ntm_classification_get_class (right, ntm_classification_get_no_data_class (right))->count);
  /* half the screen each, the same scale, the labels as large as the
   * screen asks */
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (view)) - gtk_widget_get_width (GTK_WIDGET (other))), <=, 2);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (shumate_map_get_viewport (ntm_map_view_get_map (view))), ==,
                     shumate_viewport_get_zoom_level (shumate_map_get_viewport (ntm_map_view_get_map (other))));
  g_assert_cmpfloat (ntm_map_renderer_get_label_font_size (ntm_map_view_get_renderer (other)), >=, 0.015 * 1080);

  g_mkdir_with_parents (shots, 0755);
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), shot, &error));
  g_assert_no_error (error);

  /* the change since 2022 beside the map of 2022 */
  g_assert_true (ntm_map_page_set_mode (page, "change"));
  g_assert_cmpint (ntm_classification_get_mode (ntm_map_renderer_get_classification (ntm_map_view_get_renderer (view))),
                   ==, NTM_MAP_MODE_CHANGE);
  g_assert_cmpint (ntm_classification_get_since_year (ntm_map_renderer_get_classification (ntm_map_view_get_renderer (view))),
                   ==, 2022);
  g_assert_cmpint (ntm_classification_get_mode (ntm_map_renderer_get_classification (ntm_map_view_get_renderer (other))),
                   ==, NTM_MAP_MODE_LEVEL);

  /* back to one map */
  g_assert_true (ntm_map_page_set_mode (page, "level"));
  ntm_map_page_set_presentation (page, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.side-by-side", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (other)));
  g_assert_null (ntm_map_view_get_caption (view));
  gtk_window_destroy (window);
  g_settings_reset (settings, "map-compare-year");
  g_settings_reset (settings, "map-mode");
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/map-legible/no-tile-seams", test_no_tile_seams);
  g_test_add_func ("/map-legible/label-size-keys", test_label_size_keys);
  g_test_add_func ("/map-legible/presentation", test_presentation);
  g_test_add_func ("/map-legible/side-by-side", test_side_by_side);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
