/* test-map-outlines.c: outlines tied to their units, whatever the file's order
 *
 * A boundary file holds features the province does not know (an outline
 * shared by two units, a neighbour's commune) before, between and after
 * the ones it does. Each unit must then be filled with its own colour at
 * its own label point, in the communes layer and in the districts layer.
 * Every unit gets a colour of its own here, so that an outline drawn for
 * the wrong unit, or two that cancel out, shows as a wrong pixel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "ntm-boundary-file.h"
#include "ntm-boundary-report.h"
#include "ntm-geometry.h"
#include "ntm-map-renderer.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

#define WIDTH 1200
#define HEIGHT 900

static char *dir;

static NtmDatabase *
new_database (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  NtmDatabase *db;

  g_unlink (path);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);
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
  g_assert_no_error (error);
  g_assert_true (ntm_boundary_report_commit (report, &error));
  g_assert_no_error (error);
}

/* A square of half-side @r degrees around a unit's point. */
static void
append_square (GString    *out,
               const char *code,
               const char *name,
               double      lon,
               double      lat,
               double      r)
{
  if (out->len > 0 && out->str[out->len - 1] == '}')
    g_string_append (out, ",\n");
  g_string_append_printf (out,
                          "{\"type\":\"Feature\",\"properties\":{\"code\":\"%s\",\"name\":\"%s\"},"
                          "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.5f,%.5f],[%.5f,%.5f],"
                          "[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f]]]}}",
                          code, name, lon - r, lat - r, lon + r, lat - r, lon + r, lat + r, lon - r, lat + r,
                          lon - r, lat - r);
}

static gboolean
unit_point (NtmDatabase *db,
            const char  *code,
            double      *lon,
            double      *lat)
{
  g_autoptr(NtmUnit) unit = ntm_database_get_unit (db, code, NULL);

  return unit != NULL && ntm_unit_get_location (unit, lat, lon);
}

/* A classification giving each unit of @codes a colour of its own. */
static NtmClassification *
distinct_classes (const char * const *codes)
{
  g_autoptr(GArray) classes = g_array_new (FALSE, TRUE, sizeof (NtmMapClass));
  NtmClassification *classification;
  guint n = g_strv_length ((char **) codes);

  for (guint i = 0; i < n; i++)
    {
      NtmMapClass klass = { 0 };
      klass.label = (char *) codes[i];
      klass.tone = NTM_TONE_SEQUENTIAL;
      klass.position = (double) i / (n - 1);
      g_array_append_val (classes, klass);
    }
  classification = ntm_classification_new_from_classes (classes, "test");
  for (guint i = 0; i < n; i++)
    ntm_classification_assign (classification, codes[i], i);
  return classification;
}

/* Draws the fills of @layer and checks the colour at each unit's label
 * point. Returns how many units were checked. */
static guint
check_fills (NtmDatabase        *db,
             NtmUnitLayer        layer,
             const char * const *codes)
{
  g_autoptr(NtmMapRenderer) renderer = ntm_map_renderer_new ();
  g_autoptr(NtmClassification) classification = distinct_classes (codes);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  NtmMapTransform t;
  guint checked = 0;

  g_assert_true (ntm_map_renderer_load (renderer, db, &error));
  g_assert_no_error (error);
  ntm_map_renderer_set_layer (renderer, layer);
  ntm_map_renderer_set_classification (renderer, classification);
  ntm_map_renderer_fit (renderer, NULL, WIDTH, HEIGHT, 20, &t);
  ntm_map_renderer_draw (renderer, cr, &t, WIDTH, HEIGHT, NTM_MAP_DRAW_BACKGROUND | NTM_MAP_DRAW_FILLS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      double mx, my, r, g, b;
      int x, y;
      guint32 pixel;

      g_assert_true (ntm_map_renderer_get_unit_point (renderer, codes[i], &mx, &my));
      g_assert_true (ntm_map_renderer_unit_color (renderer, codes[i], &r, &g, &b));
      x = (int) floor (mx * t.scale - t.x0);
      y = (int) floor (my * t.scale - t.y0);
      g_assert_cmpint (x, >=, 0);
      g_assert_cmpint (x, <, WIDTH);
      g_assert_cmpint (y, >=, 0);
      g_assert_cmpint (y, <, HEIGHT);
      pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                            y * cairo_image_surface_get_stride (surface) + 4 * x);
      g_test_message ("%s at (%d, %d): %06x, expected %02x%02x%02x", codes[i], x, y, pixel & 0xffffff,
                      (int) round (r * 255), (int) round (g * 255), (int) round (b * 255));
      g_assert_cmpint (abs ((int) ((pixel >> 16) & 0xff) - (int) round (r * 255)), <=, 2);
      g_assert_cmpint (abs ((int) ((pixel >> 8) & 0xff) - (int) round (g * 255)), <=, 2);
      g_assert_cmpint (abs ((int) (pixel & 0xff) - (int) round (b * 255)), <=, 2);
      checked++;
    }
  cairo_surface_destroy (surface);
  return checked;
}

/* Unmatched features before, between and after the matched ones, the
 * province's own outline among them: every unit keeps its own outline. */
static void
test_unmatched_features_anywhere (void)
{
  static const char * const districts[] = { "440", "443", "444", "446", NULL };
  static const char * const communes[] = { "18229", "18406", "18496", "18673", NULL };
  g_autoptr(NtmDatabase) db = new_database ("order.db");
  g_autoptr(GString) features = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (dir, "order.geojson", NULL);
  g_autoptr(GError) error = NULL;
  double lon, lat;

  /* before: an outline naming two units, and one of a neighbour */
  append_square (features, "447+449", "Huyện Kỳ Anh + Thị xã Kỳ Anh", 105.8, 18.3, 0.6);
  append_square (features, "40", "Tỉnh Nghệ An", 105.5, 18.6, 0.4);
  /* the province: it must be the province's, not the city's of its name */
  append_square (features, "42", "Tỉnh Hà Tĩnh", 105.8, 18.3, 0.7);
  for (guint i = 0; districts[i] != NULL; i++)
    {
      g_assert_true (unit_point (db, districts[i], &lon, &lat));
      append_square (features, districts[i], "", lon, lat, 0.025);
      g_assert_true (unit_point (db, communes[i], &lon, &lat));
      append_square (features, communes[i], "", lon, lat, 0.008);
      /* between */
      append_square (features, "", "Nowhere", 105.8, 18.3, 0.65);
    }
  /* after */
  append_square (features, "99999", "Xã Không Có", 105.7, 18.2, 0.5);

  text = g_strdup_printf ("{\"type\":\"FeatureCollection\",\"features\":[\n%s\n]}\n", features->str);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  import_file (db, path);

  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM unit_boundary WHERE unit_code = '42'"), ==, 1);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM unit_boundary WHERE unit_code = '436'"), ==, 0);
  g_assert_cmpuint (check_fills (db, NTM_UNIT_LAYER_COMMUNES, communes), ==, 4);
  g_assert_cmpuint (check_fills (db, NTM_UNIT_LAYER_DISTRICTS, districts), ==, 4);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/map-outlines/unmatched-features-anywhere", test_unmatched_features_anywhere);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
