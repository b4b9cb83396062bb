/* test-map.c: the map widget, hit-testing, the Map page and exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "ntm-boundary-report.h"
#include "ntm-geometry.h"
#include "ntm-map-export.h"
#include "ntm-fund.h"
#include "ntm-map-page-private.h"
#include "ntm-recognition.h"
#include "ntm-palette.h"
#include "ntm-screenshot.h"
#include "ntm-test-utils.h"

static char *dir;

static NtmDatabase *
database_with_boundaries (const char *name,
                          gboolean    boundaries)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *fixture = g_build_filename (g_getenv ("NTM_FIXTURES"), "boundaries-good.geojson", NULL);
  g_autoptr(GError) error = NULL;
  NtmDatabase *db;

  g_unlink (path);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);
  if (boundaries)
    {
      g_autoptr(NtmBoundaryFile) file = ntm_boundary_file_read (fixture, NULL, NULL, &error);
      g_autoptr(NtmBoundaryReport) report = ntm_boundary_report_new (file, db, &error);
      g_assert_true (ntm_boundary_report_commit (report, &error));
      g_assert_no_error (error);
    }
  return db;
}

static NtmDatabase *
database_with_fixture (const char *name,
                       const char *fixture_name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *fixture = g_build_filename (g_getenv ("NTM_FIXTURES"), fixture_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryFile) file = NULL;
  g_autoptr(NtmBoundaryReport) report = NULL;
  NtmDatabase *db;

  g_unlink (path);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);
  file = ntm_boundary_file_read (fixture, NULL, NULL, &error);
  g_assert_no_error (error);
  report = ntm_boundary_report_new (file, db, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_boundary_report_commit (report, &error));
  g_assert_no_error (error);
  return db;
}

static void
to_pixels (const NtmMapTransform *t,
           double                 lon,
           double                 lat,
           double                *x,
           double                *y)
{
  double mx, my;

  ntm_geometry_to_mercator (lon, lat, &mx, &my);
  *x = mx * t->scale - t->x0;
  *y = my * t->scale - t->y0;
}

static void
test_hit_test (void)
{
  g_autoptr(NtmDatabase) db = database_with_boundaries ("hit.db", TRUE);
  g_autoptr(NtmMapRenderer) renderer = ntm_map_renderer_new ();
  g_autoptr(GError) error = NULL;
  NtmMapTransform t;
  double x, y;

  g_assert_true (ntm_map_renderer_load (renderer, db, &error));
  g_assert_cmpuint (ntm_map_renderer_get_n_units (renderer), ==, 216);
  g_assert_cmpuint (ntm_map_renderer_get_n_shapes (renderer), ==, 9);
  ntm_map_renderer_fit (renderer, "447", 1000, 800, 10, &t);
  g_assert_cmpfloat (t.zoom, >, 10);

  /* inside the ring of Kỳ Tiến, and in its hole */
  to_pixels (&t, 106.18980 + 0.012, 18.18494, &x, &y);
  g_assert_cmpstr (ntm_map_renderer_hit_test (renderer, &t, x, y), ==, "18769");
  to_pixels (&t, 106.18980, 18.18494, &x, &y);
  g_assert_null (ntm_map_renderer_hit_test (renderer, &t, x, y));
  /* the second part of Kỳ Giang */
  to_pixels (&t, 106.23390, 18.17827, &x, &y);
  g_assert_cmpstr (ntm_map_renderer_hit_test (renderer, &t, x, y), ==, "18772");
  /* Kỳ Thượng has no outline: its symbol, and a little beside it */
  to_pixels (&t, 106.07875, 18.03908, &x, &y);
  g_assert_cmpstr (ntm_map_renderer_hit_test (renderer, &t, x, y), ==, "18799");
  g_assert_cmpstr (ntm_map_renderer_hit_test (renderer, &t, x + 4, y - 3), ==, "18799");
  g_assert_null (ntm_map_renderer_hit_test (renderer, &t, x + 40, y));
  /* the sea */
  to_pixels (&t, 106.6, 18.3, &x, &y);
  g_assert_null (ntm_map_renderer_hit_test (renderer, &t, x, y));

  /* keyboard: from Kỳ Xuân, down leads south */
  {
    const char *next = ntm_map_renderer_next_unit (renderer, "18757", 0, 1);
    double nx, ny, sx, sy;
    g_assert_nonnull (next);
    g_assert_true (ntm_map_renderer_get_unit_point (renderer, next, &nx, &ny));
    g_assert_true (ntm_map_renderer_get_unit_point (renderer, "18757", &sx, &sy));
    g_assert_cmpfloat (ny, >, sy);
  }
}

static void
test_district_hit_test (void)
{
  g_autoptr(NtmDatabase) db = database_with_fixture ("district-hit.db", "districts-voronoi.geojson");
  g_autoptr(NtmDatabase) seed = database_with_boundaries ("district-seed.db", FALSE);
  g_autoptr(NtmMapRenderer) renderer = ntm_map_renderer_new ();
  g_autoptr(NtmMapRenderer) points = ntm_map_renderer_new ();
  g_autoptr(GError) error = NULL;
  NtmMapTransform t;
  double mx, my, x, y;

  g_assert_true (ntm_map_renderer_load (renderer, db, &error));
  /* the communes layer: 216 units, no commune outline; districts outlined only */
  g_assert_cmpuint (ntm_map_renderer_get_n_units (renderer), ==, 216);
  g_assert_cmpuint (ntm_map_renderer_get_n_shapes (renderer), ==, 0);
  ntm_map_renderer_fit (renderer, NULL, 1000, 800, 10, &t);
  g_assert_true (ntm_map_renderer_get_unit_point (renderer, "448", &mx, &my));
  x = mx * t.scale - t.x0 + 15;
  y = my * t.scale - t.y0 + 15;
  g_assert_cmpstr (ntm_map_renderer_hit_test (renderer, &t, x, y), !=, "448");

  /* the district layer: 13 units, all outlined; a point inside Lộc Hà is Lộc Hà */
  ntm_map_renderer_set_layer (renderer, NTM_UNIT_LAYER_DISTRICTS);
  g_assert_cmpint (ntm_map_renderer_get_layer (renderer), ==, NTM_UNIT_LAYER_DISTRICTS);
  g_assert_cmpuint (ntm_map_renderer_get_n_units (renderer), ==, 13);
  g_assert_cmpuint (ntm_map_renderer_get_n_shapes (renderer), ==, 13);
  ntm_map_renderer_fit (renderer, NULL, 1000, 800, 10, &t);
  g_assert_cmpstr (ntm_map_renderer_hit_test (renderer, &t, mx * t.scale - t.x0, my * t.scale - t.y0), ==, "448");
  to_pixels (&t, 106.6, 17.6, &x, &y);   /* the sea */
  g_assert_null (ntm_map_renderer_hit_test (renderer, &t, x, y));
  /* the keyboard moves between districts only */
  {
    const char *next = ntm_map_renderer_next_unit (renderer, "448", 0, 1);
    g_assert_nonnull (next);
    g_assert_cmpuint (strlen (next), ==, 3);
  }
  /* the district filter dims the others: the keyboard reaches only it */
  ntm_map_renderer_set_district_filter (renderer, "447");
  g_assert_cmpstr (ntm_map_renderer_next_unit (renderer, NULL, 1, 0), ==, "447");
  g_assert_null (ntm_map_renderer_next_unit (renderer, "447", 0, 1));
  g_assert_null (ntm_map_renderer_next_unit (renderer, "447", 0, -1));

  /* with the shipped outlines only: eleven districts by their outline;
   * Kỳ Anh district and town share one outline, so each is a symbol at
   * its point, within reach; the province's land around them is no unit */
  g_assert_true (ntm_map_renderer_load (points, seed, &error));
  ntm_map_renderer_set_layer (points, NTM_UNIT_LAYER_DISTRICTS);
  g_assert_cmpuint (ntm_map_renderer_get_n_units (points), ==, 13);
  g_assert_cmpuint (ntm_map_renderer_get_n_shapes (points), ==, 11);
  ntm_map_renderer_fit (points, NULL, 1000, 800, 10, &t);
  g_assert_true (ntm_map_renderer_get_unit_point (points, "447", &mx, &my));
  x = mx * t.scale - t.x0;
  y = my * t.scale - t.y0;
  g_assert_cmpstr (ntm_map_renderer_hit_test (points, &t, x, y), ==, "447");
  g_assert_cmpstr (ntm_map_renderer_hit_test (points, &t, x + 5, y - 4), ==, "447");
  g_assert_null (ntm_map_renderer_hit_test (points, &t, x, y + 25));
  to_pixels (&t, 106.6, 17.6, &x, &y);   /* the sea */
  g_assert_null (ntm_map_renderer_hit_test (points, &t, x, y));
  to_pixels (&t, 105.90286, 18.355, &x, &y);   /* the city's point, in its shipped outline */
  g_assert_cmpstr (ntm_map_renderer_hit_test (points, &t, x, y), ==, "436");
  /* back to the communes: a commune's symbol is found again */
  ntm_map_renderer_set_layer (points, NTM_UNIT_LAYER_COMMUNES);
  g_assert_cmpuint (ntm_map_renderer_get_n_units (points), ==, 216);
  ntm_map_renderer_fit (points, "447", 1000, 800, 10, &t);
  to_pixels (&t, 106.07875, 18.03908, &x, &y);
  g_assert_cmpstr (ntm_map_renderer_hit_test (points, &t, x, y), ==, "18799");
}

static GtkWindow *
window_with (GtkWidget *child)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static void
test_view_transform (void)
{
  g_autoptr(NtmDatabase) db = database_with_boundaries ("view.db", FALSE);
  NtmMapView *view = ntm_map_view_new ();
  GtkWindow *window;
  ShumateViewport *viewport;
  NtmMapTransform t;
  double sx, sy, x, y;

  g_assert_true (ntm_map_view_load (view, db, NULL));
  window = window_with (GTK_WIDGET (view));
  viewport = shumate_map_get_viewport (ntm_map_view_get_map (view));

  /* the layer's projection agrees with libshumate's */
  ntm_map_layer_get_transform (ntm_map_view_get_layer (view), &t);
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (ntm_map_view_get_layer (view)),
                                              18.2, 106.0, &sx, &sy);
  to_pixels (&t, 106.0, 18.2, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, sx, 0.5);
  g_assert_cmpfloat_with_epsilon (y, sy, 0.5);

  /* the fit shows the whole province */
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >=, 7.5);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), <=, 10.5);

  gtk_window_destroy (window);
}

static void
test_page (void)
{
  g_autoptr(NtmDatabase) db = database_with_boundaries ("page.db", TRUE);
  NtmMapPage *page = g_object_new (NTM_TYPE_MAP_PAGE, "database", db, "year", 2024, NULL);
  NtmMapView *view = ntm_map_page_get_map_view (page);
  NtmMapRenderer *renderer = ntm_map_view_get_renderer (view);
  GtkWindow *window = window_with (GTK_WIDGET (page));
  g_autofree char *shot = g_build_filename (dir, "page.png", NULL);
  g_autoptr(GError) error = NULL;
  NtmMapTransform t;
  double x, y;

  g_assert_nonnull (ntm_map_renderer_get_classification (renderer));
  g_assert_cmpint (ntm_classification_get_mode (ntm_map_renderer_get_classification (renderer)), ==,
                   NTM_MAP_MODE_LEVEL);

  /* diacritics-insensitive search flies to the unit and opens its panel */
  ntm_map_page_search (page, "ky tien");
  g_assert_cmpstr (ntm_map_page_get_panel_unit (page), ==, "18769");
  g_assert_cmpstr (ntm_map_view_get_selected_unit (view), ==, "18769");

  /* a click on a unit opens it */
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  ntm_map_layer_get_transform (ntm_map_view_get_layer (view), &t);
  to_pixels (&t, 106.21390, 18.17827, &x, &y);
  ntm_map_view_activate_at (view, x, y);
  g_assert_cmpstr (ntm_map_page_get_panel_unit (page), ==, "18772");

  /* another mode, another district */
  g_assert_true (ntm_map_page_set_mode (page, "criteria"));
  g_assert_cmpint (ntm_classification_get_mode (ntm_map_renderer_get_classification (renderer)), ==,
                   NTM_MAP_MODE_CRITERIA);
  g_assert_true (ntm_map_page_set_mode (page, "indicator:17.1"));
  g_assert_cmpint (ntm_classification_get_mode (ntm_map_renderer_get_classification (renderer)), ==,
                   NTM_MAP_MODE_INDICATOR);
  g_assert_false (ntm_map_page_set_mode (page, "nonsense"));
  ntm_map_page_set_district (page, "447");
  ntm_map_page_set_presentation (page, TRUE);
  ntm_map_page_set_presentation (page, FALSE);

  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), shot, &error));
  g_assert_no_error (error);

  gtk_window_destroy (window);
}

static guint
classification_total (NtmClassification *classification)
{
  guint total = 0;

  for (guint k = 0; k < ntm_classification_get_n_classes (classification); k++)
    total += ntm_classification_get_class (classification, k)->count;
  return total;
}

static void
test_page_districts (void)
{
  g_autoptr(NtmDatabase) db = database_with_boundaries ("page-districts.db", FALSE);
  NtmMapPage *page = g_object_new (NTM_TYPE_MAP_PAGE, "database", db, "year", 2024, NULL);
  NtmMapView *view = ntm_map_page_get_map_view (page);
  NtmMapRenderer *renderer = ntm_map_view_get_renderer (view);
  GtkWindow *window = window_with (GTK_WIDGET (page));
  g_autofree char *shot = g_build_filename (dir, "page-districts.png", NULL);
  g_autoptr(GError) error = NULL;
  NtmClassification *classification;
  NtmMapTransform t;
  double mx, my;

  /* the communes first */
  g_assert_cmpint (ntm_map_page_get_layer (page), ==, NTM_UNIT_LAYER_COMMUNES);
  g_assert_cmpuint (classification_total (ntm_map_renderer_get_classification (renderer)), ==, 216);
  ntm_map_page_search (page, "ky tien");
  g_assert_cmpstr (ntm_map_page_get_panel_unit (page), ==, "18769");

  /* the toggle's action shows the districts, and closes the commune's panel */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map.layer", "s", "districts"));
  g_assert_cmpint (ntm_map_page_get_layer (page), ==, NTM_UNIT_LAYER_DISTRICTS);
  g_assert_null (ntm_map_page_get_panel_unit (page));
  g_assert_null (ntm_map_view_get_selected_unit (view));
  classification = ntm_map_renderer_get_classification (renderer);
  g_assert_cmpint (ntm_classification_get_layer (classification), ==, NTM_UNIT_LAYER_DISTRICTS);
  g_assert_cmpuint (classification_total (classification), ==, 13);
  g_assert_cmpuint (ntm_classification_lookup (classification, "448"), ==, 1);
  g_assert_cmpuint (ntm_map_renderer_get_n_units (renderer), ==, 13);

  /* a click on Lộc Hà's symbol opens Lộc Hà */
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  ntm_map_layer_get_transform (ntm_map_view_get_layer (view), &t);
  g_assert_true (ntm_map_renderer_get_unit_point (renderer, "448", &mx, &my));
  ntm_map_view_activate_at (view, mx * t.scale - t.x0 + 3, my * t.scale - t.y0 - 2);
  g_assert_cmpstr (ntm_map_page_get_panel_unit (page), ==, "448");
  g_assert_cmpstr (ntm_map_view_get_selected_unit (view), ==, "448");

  /* search finds districts by name, without tone marks; "ky anh" is the
   * district, then the town */
  ntm_map_page_search (page, "huong son");
  g_assert_cmpstr (ntm_map_page_get_panel_unit (page), ==, "439");
  ntm_map_page_search (page, "ky anh");
  {
    g_autofree char *first = g_strdup (ntm_map_page_get_panel_unit (page));
    ntm_map_page_search (page, "ky anh");
    g_assert_cmpstr (ntm_map_page_get_panel_unit (page), !=, first);
    g_assert_true (g_str_equal (first, "447") || g_str_equal (ntm_map_page_get_panel_unit (page), "447"));
  }
  /* a commune is not searched in this layer: nothing changes */
  ntm_map_page_search (page, "ky tien");
  g_assert_cmpuint (strlen (ntm_map_page_get_panel_unit (page)), ==, 3);

  /* each mode classes the 13; the indicator mode falls back to the level */
  g_assert_true (ntm_map_page_set_mode (page, "criteria"));
  classification = ntm_map_renderer_get_classification (renderer);
  g_assert_cmpint (ntm_classification_get_mode (classification), ==, NTM_MAP_MODE_CRITERIA);
  g_assert_cmpuint (classification_total (classification), ==, 13);
  g_assert_true (ntm_map_page_set_mode (page, "one-short"));
  g_assert_cmpuint (classification_total (ntm_map_renderer_get_classification (renderer)), ==, 13);
  g_assert_true (ntm_map_page_set_mode (page, "readiness"));
  g_assert_cmpuint (classification_total (ntm_map_renderer_get_classification (renderer)), ==, 13);
  ntm_map_page_set_mode (page, "indicator:17.1");
  classification = ntm_map_renderer_get_classification (renderer);
  g_assert_cmpint (ntm_classification_get_mode (classification), ==, NTM_MAP_MODE_LEVEL);
  g_assert_cmpint (ntm_classification_get_layer (classification), ==, NTM_UNIT_LAYER_DISTRICTS);

  /* the district filter dims the other districts */
  ntm_map_page_set_district (page, "447");
  g_assert_cmpstr (ntm_map_renderer_next_unit (renderer, NULL, 1, 0), ==, "447");
  ntm_map_page_set_district (page, NULL);

  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), shot, &error));
  g_assert_no_error (error);

  /* back to the communes */
  ntm_map_page_set_layer (page, NTM_UNIT_LAYER_COMMUNES);
  g_assert_null (ntm_map_page_get_panel_unit (page));
  classification = ntm_map_renderer_get_classification (renderer);
  g_assert_cmpint (ntm_classification_get_layer (classification), ==, NTM_UNIT_LAYER_COMMUNES);
  g_assert_cmpuint (classification_total (classification), ==, 216);
  g_assert_cmpuint (ntm_map_renderer_get_n_units (renderer), ==, 216);

  gtk_window_destroy (window);
}

static gboolean
png_has_color (cairo_surface_t *image,
               double           r,
               double           g,
               double           b)
{
  int w = cairo_image_surface_get_width (image), h = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guint8 *data = cairo_image_surface_get_data (image);
  guint32 want = ((guint32) lround (r * 255) << 16) | ((guint32) lround (g * 255) << 8) | (guint32) lround (b * 255);

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if ((*(const guint32 *) (data + y * stride + 4 * x) & 0xffffff) == want)
        return TRUE;
  return FALSE;
}

static guint32
pixel_at (cairo_surface_t *image,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (image);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (image) + 4 * x) & 0xffffff;
}

static void
test_export_pixels (void)
{
  g_autoptr(NtmDatabase) db = database_with_boundaries ("export.db", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmMapRenderer) renderer = ntm_map_export_new_renderer (db, 2024, NTM_MAP_MODE_LEVEL, NULL, &error);
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "map.jpg", NULL);
  g_autofree char *unreadable = g_build_filename (dir, "map-unreadable.png", NULL);
  NtmClassification *classification;
  cairo_surface_t *image;
  double r, g, b, x, y;
  guint32 want;

  g_assert_no_error (error);
  classification = ntm_map_renderer_get_classification (renderer);
  ntm_map_renderer_set_selected (renderer, "18757");
  g_assert_true (ntm_map_export_write (renderer, db, 2024, NULL, png, 1400, 1000, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1400);

  /* every class of the legend shows its colour (in the legend, at least) */
  for (guint k = 0; k < ntm_classification_get_n_classes (classification); k++)
    {
      const NtmMapClass *klass = ntm_classification_get_class (classification, k);
      NtmColor c = ntm_palette_class_color (klass);

      g_test_message ("class %s", klass->label);
      g_assert_true (png_has_color (image, c.red, c.green, c.blue));
    }

  /* the selected unit is drawn in its class's colour */
  g_assert_true (ntm_map_renderer_unit_color (renderer, "18757", &r, &g, &b));
  g_assert_true (ntm_map_export_locate_unit (renderer, db, 2024, NULL, 1400, 1000, "18757", &x, &y));
  want = ((guint32) lround (r * 255) << 16) | ((guint32) lround (g * 255) << 8) | (guint32) lround (b * 255);
  /* the label point may carry the label: look around it inside the square */
  {
    gboolean found = FALSE;
    for (int dy = -6; dy <= 6 && !found; dy++)
      for (int dx = -6; dx <= 6 && !found; dx++)
        found = pixel_at (image, (int) x + dx, (int) y + dy) == want;
    g_assert_true (found);
  }
  cairo_surface_destroy (image);

  /* a PDF too */
  g_assert_true (ntm_map_export_write (renderer, db, 2024, "447", pdf, 842, 595, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *head = NULL;
    g_assert_true (g_file_get_contents (pdf, &head, NULL, NULL));
    g_assert_true (g_str_has_prefix (head, "%PDF"));
  }

  /* not a format we write */
  g_assert_false (ntm_map_export_write (renderer, db, 2024, NULL, bad, 800, 600, NULL, NULL, NULL, &error));
  g_assert_error (error, NTM_MAP_EXPORT_ERROR, NTM_MAP_EXPORT_ERROR_FORMAT);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* the source of the boundaries cannot be read: said, and no file */
  ntm_test_exec (db, "ALTER TABLE boundary_import RENAME TO boundary_import_gone");
  g_assert_false (ntm_map_export_write (renderer, db, 2024, NULL, unreadable, 800, 600, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "boundary_import"));
  g_assert_false (g_file_test (unreadable, G_FILE_TEST_EXISTS));
}

static gboolean
color_near (cairo_surface_t *image,
            double           x,
            double           y,
            int              reach,
            NtmColor         c)
{
  guint32 want = ((guint32) lround (c.red * 255) << 16) | ((guint32) lround (c.green * 255) << 8) |
                 (guint32) lround (c.blue * 255);

  for (int dy = -reach; dy <= reach; dy++)
    for (int dx = -reach; dx <= reach; dx++)
      if (pixel_at (image, (int) x + dx, (int) y + dy) == want)
        return TRUE;
  return FALSE;
}

static void
check_district_export (NtmDatabase *db,
                       const char  *name,
                       int          reach)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmMapRenderer) renderer =
    ntm_map_export_new_renderer_for_layer (db, 2024, NTM_UNIT_LAYER_DISTRICTS, NTM_MAP_MODE_LEVEL, NULL, &error);
  g_autofree char *png = g_build_filename (dir, name, NULL);
  NtmMapClass ntm_district = { (char *) "", NTM_TONE_LEVEL, NTM_LEVEL_DISTRICT_NTM };
  NtmColor want = ntm_palette_class_color (&ntm_district);
  NtmClassification *classification;
  cairo_surface_t *image;
  double x, y, r, g, b;

  g_assert_no_error (error);
  classification = ntm_map_renderer_get_classification (renderer);
  g_assert_cmpint (ntm_classification_get_layer (classification), ==, NTM_UNIT_LAYER_DISTRICTS);
  g_assert_true (ntm_map_export_write (renderer, db, 2024, NULL, png, 1400, 1000, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);

  /* the legend's colours, "no data" among them */
  for (guint k = 0; k < ntm_classification_get_n_classes (classification); k++)
    {
      NtmColor c = ntm_palette_class_color (ntm_classification_get_class (classification, k));
      g_test_message ("class %s", ntm_classification_get_class (classification, k)->label);
      g_assert_true (png_has_color (image, c.red, c.green, c.blue));
    }

  /* Lộc Hà and Kỳ Anh are NTM districts in the seed: drawn in that colour */
  for (guint i = 0; i < 2; i++)
    {
      const char *code = i == 0 ? "448" : "447";

      g_assert_true (ntm_map_renderer_unit_color (renderer, code, &r, &g, &b));
      g_assert_cmpfloat (fabs (r - want.red) + fabs (g - want.green) + fabs (b - want.blue), <, 1e-9);
      g_assert_true (ntm_map_export_locate_unit (renderer, db, 2024, NULL, 1400, 1000, code, &x, &y));
      g_test_message ("%s at %.0f, %.0f", code, x, y);
      g_assert_true (color_near (image, x, y, reach, want));
    }
  /* a district without a recognition (Vũ Quang: none found) is not */
  g_assert_true (ntm_map_export_locate_unit (renderer, db, 2024, NULL, 1400, 1000, "441", &x, &y));
  g_assert_false (color_near (image, x, y, reach, want));
  cairo_surface_destroy (image);
}

static void
test_export_district_pixels (void)
{
  g_autoptr(NtmDatabase) seed = database_with_boundaries ("export-districts.db", FALSE);
  g_autoptr(NtmDatabase) outlined = database_with_fixture ("export-districts-outlined.db", "districts-voronoi.geojson");

  /* the seed alone: symbols, labelled under them; with district
   * boundaries: their outlines, labelled over the point */
  check_district_export (seed, "districts-points.png", 3);
  check_district_export (outlined, "districts-outlined.png", 20);
}

/* What the page reads again depends on what changed: another year is
 * evaluated without reading the units and boundaries again; a write the
 * map does not show reads nothing; new boundaries are read, and a new
 * recognition evaluated, each without the other; another mode only
 * colours the map again. */
static void
test_page_reloads (void)
{
  g_autoptr(NtmDatabase) db = database_with_boundaries ("reloads.db", TRUE);
  NtmMapPage *page = g_object_new (NTM_TYPE_MAP_PAGE, "database", db, "year", 2024, NULL);
  GtkWindow *window = window_with (GTK_WIDGET (page));
  g_autoptr(NtmFund) fund = ntm_fund_new ();
  g_autoptr(NtmRecognition) recognition = ntm_recognition_new ("18088");
  g_autoptr(GError) error = NULL;
  guint classified;

  g_assert_cmpuint (ntm_map_page_get_n_unit_reads (page), ==, 1);
  g_assert_cmpuint (ntm_map_page_get_n_evaluations (page), ==, 1);
  g_assert_null (ntm_map_page_get_failure (page));

  ntm_page_set_year (NTM_PAGE (page), 2023);
  g_assert_cmpuint (ntm_map_page_get_n_unit_reads (page), ==, 1);
  g_assert_cmpuint (ntm_map_page_get_n_evaluations (page), ==, 2);

  /* funds are not on the map */
  ntm_fund_set_year (fund, 2023);
  ntm_fund_set_unit_code (fund, "42");
  ntm_fund_set_source (fund, NTM_FUND_CREDIT);
  ntm_fund_set_planned (fund, TRUE, 1000000);
  classified = ntm_map_page_get_n_classifications (page);
  g_assert_true (ntm_database_save_fund (db, fund, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_map_page_get_n_unit_reads (page), ==, 1);
  g_assert_cmpuint (ntm_map_page_get_n_evaluations (page), ==, 2);
  g_assert_cmpuint (ntm_map_page_get_n_classifications (page), ==, classified);

  /* a recognition changes the levels, not the boundaries */
  ntm_recognition_set_level (recognition, NTM_LEVEL_ADVANCED);
  ntm_recognition_set_decision_number (recognition, "12/QĐ-UBND");
  ntm_recognition_set_decision_date (recognition, "2023-05-02");
  ntm_recognition_set_year (recognition, 2023);
  g_assert_true (ntm_database_save_recognition (db, recognition, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_map_page_get_n_unit_reads (page), ==, 1);
  g_assert_cmpuint (ntm_map_page_get_n_evaluations (page), ==, 3);
  g_assert_cmpuint (ntm_map_page_get_n_classifications (page), ==, classified + 1);

  /* new boundaries are read, and the levels are not evaluated again */
  {
    g_autofree char *fixture = g_build_filename (g_getenv ("NTM_FIXTURES"), "boundaries-one.geojson", NULL);
    g_autoptr(NtmBoundaryFile) file = ntm_boundary_file_read (fixture, NULL, NULL, &error);
    g_autoptr(NtmBoundaryReport) report = ntm_boundary_report_new (file, db, &error);

    g_assert_no_error (error);
    g_assert_true (ntm_boundary_report_commit (report, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (ntm_map_page_get_n_unit_reads (page), ==, 2);
  g_assert_cmpuint (ntm_map_page_get_n_evaluations (page), ==, 3);
  g_assert_cmpuint (ntm_map_renderer_get_n_shapes (ntm_map_view_get_renderer (ntm_map_page_get_map_view (page))), ==, 1);

  /* another mode: only the colours */
  classified = ntm_map_page_get_n_classifications (page);
  g_assert_true (ntm_map_page_set_mode (page, "criteria"));
  g_assert_cmpuint (ntm_map_page_get_n_classifications (page), ==, classified + 1);
  g_assert_cmpuint (ntm_map_page_get_n_unit_reads (page), ==, 2);
  g_assert_cmpuint (ntm_map_page_get_n_evaluations (page), ==, 3);

  gtk_window_destroy (window);
}

/* A map that cannot be read says so, and what to do, in place of the map;
 * the same page shows a good database again. */
static void
test_page_failure (void)
{
  g_autoptr(NtmDatabase) broken = database_with_boundaries ("broken.db", TRUE);
  g_autoptr(NtmDatabase) good = database_with_boundaries ("good.db", FALSE);
  NtmMapPage *page;
  GtkWindow *window;
  const char *failure;

  ntm_test_exec (broken, "DROP TABLE unit_boundary_shape");
  page = g_object_new (NTM_TYPE_MAP_PAGE, "database", broken, "year", 2024, NULL);
  window = window_with (GTK_WIDGET (page));

  failure = ntm_map_page_get_failure (page);
  g_assert_nonnull (failure);
  g_assert_nonnull (strstr (failure, "unit_boundary_shape"));
  g_assert_nonnull (strstr (failure, "ntm --check"));

  ntm_page_set_database (NTM_PAGE (page), good);
  g_assert_null (ntm_map_page_get_failure (page));
  g_assert_cmpuint (ntm_map_renderer_get_n_units (ntm_map_view_get_renderer (ntm_map_page_get_map_view (page))), ==, 216);

  gtk_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/map/hit-test", test_hit_test);
  g_test_add_func ("/map/view-transform", test_view_transform);
  g_test_add_func ("/map/page", test_page);
  g_test_add_func ("/map/export-pixels", test_export_pixels);
  g_test_add_func ("/map/district-hit-test", test_district_hit_test);
  g_test_add_func ("/map/page-districts", test_page_districts);
  g_test_add_func ("/map/export-district-pixels", test_export_district_pixels);
  g_test_add_func ("/map/page-reloads", test_page_reloads);
  g_test_add_func ("/map/page-failure", test_page_failure);

  result = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return result;
}
