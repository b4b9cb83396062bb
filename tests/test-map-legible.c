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
#include "ntm-map-page.h"
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
  GdkPaintable *paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  GskRenderNode *node;
  GdkTexture *texture;
  cairo_surface_t *surface;

  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (dx, dy));
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gdk_texture_get_width (texture),
                                        gdk_texture_get_height (texture));
  gdk_texture_download (texture, cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);
  gsk_render_node_unref (node);
  g_object_unref (texture);
  g_object_unref (paintable);
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

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/map-legible/no-tile-seams", test_no_tile_seams);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
