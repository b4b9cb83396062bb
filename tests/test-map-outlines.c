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
#include <string.h>

#include "ntm-boundary-file.h"
#include "ntm-boundary-report.h"
#include "ntm-check.h"
#include "ntm-database-private.h"
#include "ntm-geometry.h"
#include "ntm-json-private.h"
#include "ntm-map-export.h"
#include "ntm-map-renderer.h"
#include "ntm-outline-private.h"
#include "ntm-outline.h"
#include "ntm-palette.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

#define WIDTH 1200
#define HEIGHT 900

static char *dir;

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
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "order.db");
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

/* A unit drawn in two parts gets the same label point whichever part
 * comes first in the file: on the larger one. */
static void
test_parts_in_any_order (void)
{
  double label[2][2];

  for (guint order = 0; order < 2; order++)
    {
      g_autofree char *name = g_strdup_printf ("parts-%u.db", order);
      g_autofree char *path = g_strdup_printf ("%s/parts-%u.geojson", dir, order);
      g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, name);
      g_autoptr(GString) features = g_string_new (NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      sqlite3_stmt *stmt;

      if (order == 0)
        {
          append_square (features, "18757", "Xã Kỳ Xuân", 106.30, 18.20, 0.002);
          append_square (features, "18757", "Xã Kỳ Xuân", 106.25, 18.15, 0.02);
        }
      else
        {
          append_square (features, "18757", "Xã Kỳ Xuân", 106.25, 18.15, 0.02);
          append_square (features, "18757", "Xã Kỳ Xuân", 106.30, 18.20, 0.002);
        }
      text = g_strdup_printf ("{\"type\":\"FeatureCollection\",\"features\":[%s]}", features->str);
      g_assert_true (g_file_set_contents (path, text, -1, &error));
      import_file (db, path);
      stmt = ntm_database_prepare (db, "SELECT label_lon, label_lat FROM unit_boundary WHERE unit_code = '18757'",
                                   &error);
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      label[order][0] = sqlite3_column_double (stmt, 0);
      label[order][1] = sqlite3_column_double (stmt, 1);
      sqlite3_reset (stmt);
    }
  g_assert_cmpfloat (label[0][0], ==, label[1][0]);
  g_assert_cmpfloat (label[0][1], ==, label[1][1]);
  g_assert_cmpfloat (fabs (label[0][0] - 106.25), <, 0.02);
  g_assert_cmpfloat (fabs (label[0][1] - 18.15), <, 0.02);
}

/* ---------------------------------------------------------------------- */
/* Outlines out of the box                                                */
/* ---------------------------------------------------------------------- */

/* The outlines of @layer in @year, alone on white. */
static cairo_surface_t *
draw_borders (NtmDatabase     *db,
              NtmUnitLayer     layer,
              int              year,
              NtmMapTransform *t)
{
  g_autoptr(NtmMapRenderer) renderer = ntm_map_renderer_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  g_assert_true (ntm_map_renderer_load (renderer, db, NULL));
  ntm_map_renderer_set_year (renderer, year);
  ntm_map_renderer_set_layer (renderer, layer);
  ntm_map_renderer_fit (renderer, NULL, WIDTH, HEIGHT, 20, t);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ntm_map_renderer_draw (renderer, cr, t, WIDTH, HEIGHT, NTM_MAP_DRAW_BORDERS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
lon_lat_to_pixel (const NtmMapTransform *t,
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

/* Whether a dark line crosses the segment between two places. */
static gboolean
line_between (cairo_surface_t       *surface,
              const NtmMapTransform *t,
              double                 lon1,
              double                 lat1,
              double                 lon2,
              double                 lat2)
{
  double x1, y1, x2, y2;
  int steps;

  lon_lat_to_pixel (t, lon1, lat1, &x1, &y1);
  lon_lat_to_pixel (t, lon2, lat2, &x2, &y2);
  steps = (int) ceil (MAX (fabs (x2 - x1), fabs (y2 - y1)));
  for (int i = 0; i <= steps; i++)
    {
      int x = (int) round (x1 + (x2 - x1) * i / steps);
      int y = (int) round (y1 + (y2 - y1) * i / steps);
      guint32 p = *(guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + 4 * x);

      if (((p >> 16) & 0xff) < 0xa0 && ((p >> 8) & 0xff) < 0xa0 && (p & 0xff) < 0xa0)
        return TRUE;
    }
  return FALSE;
}

static const char *
check_value (const char *report,
             const char *key)
{
  g_autofree char *line = g_strconcat ("\n", key, ": ", NULL);
  const char *at = strstr (report, line);

  g_assert_nonnull (at);
  return at + strlen (line);
}

/* A new database draws the province and its district outlines, and says
 * where they come from. */
static void
test_new_database (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "new.db");
  g_autoptr(GPtrArray) loose = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *attribution = NULL;
  cairo_surface_t *surface;
  NtmMapTransform t;
  guint province, district, commune;
  gboolean healthy;

  g_assert_true (ntm_database_count_unit_boundaries (db, &province, &district, &commune, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (province, ==, 1);
  g_assert_cmpuint (district, ==, 11);
  g_assert_cmpuint (commune, ==, 0);
  report = ntm_check_report (db, 2024, &healthy, &error);
  g_assert_no_error (error);
  g_assert_true (healthy);
  g_assert_true (g_str_has_prefix (check_value (report, "boundaries-province-level"), "1\n"));
  g_assert_true (g_str_has_prefix (check_value (report, "boundaries-district-level"), "11\n"));
  g_assert_true (g_str_has_prefix (check_value (report, "boundaries-commune-level"), "0\n"));
  /* nothing was imported: the shipped outlines are apart */
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM unit_boundary"), ==, 0);

  /* Kỳ Anh district and town share one outline: it serves neither */
  loose = ntm_database_load_loose_outlines (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loose->len, ==, 1);
  g_assert_cmpstr (((NtmOutline *) g_ptr_array_index (loose, 0))->unit_codes[0], ==, "447");
  g_assert_cmpstr (((NtmOutline *) g_ptr_array_index (loose, 0))->unit_codes[1], ==, "449");
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM outline_unit WHERE unit_code IN ('447', '449')"), ==, 2);

  attribution = ntm_database_dup_outline_attribution (db);
  g_assert_nonnull (strstr (attribution, "geoBoundaries"));
  g_assert_nonnull (strstr (attribution, "CC BY-SA 4.0"));

  /* the lines: Đức Thọ | Can Lộc, and the province against the sea */
  surface = draw_borders (db, NTM_UNIT_LAYER_COMMUNES, 2024, &t);
  g_assert_true (line_between (surface, &t, 105.60622, 18.49561, 105.73336, 18.44023));
  g_assert_true (line_between (surface, &t, 105.86345, 18.46857, 106.1, 18.55));
  /* inside one district, no line */
  g_assert_false (line_between (surface, &t, 105.27, 18.47, 105.33, 18.47));
  cairo_surface_destroy (surface);

  /* the same lines in the district layer */
  surface = draw_borders (db, NTM_UNIT_LAYER_DISTRICTS, 2024, &t);
  g_assert_true (line_between (surface, &t, 105.60622, 18.49561, 105.73336, 18.44023));
  cairo_surface_destroy (surface);
}

/* After the reform of July 2025 the districts are gone: only the province
 * is outlined. */
static void
test_after_the_reform (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "reform.db");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  NtmMapTransform t;

  g_assert_true (ntm_database_exec (db, "UPDATE unit SET valid_to = '2025-07-01' WHERE kind IN"
                                        " ('district', 'town', 'city')", &error));
  g_assert_no_error (error);

  surface = draw_borders (db, NTM_UNIT_LAYER_COMMUNES, 2024, &t);
  g_assert_true (line_between (surface, &t, 105.60622, 18.49561, 105.73336, 18.44023));
  cairo_surface_destroy (surface);

  surface = draw_borders (db, NTM_UNIT_LAYER_COMMUNES, 2025, &t);
  g_assert_false (line_between (surface, &t, 105.60622, 18.49561, 105.73336, 18.44023));
  g_assert_true (line_between (surface, &t, 105.86345, 18.46857, 106.1, 18.55));
  cairo_surface_destroy (surface);

  surface = draw_borders (db, NTM_UNIT_LAYER_COMMUNES, 2026, &t);
  g_assert_false (line_between (surface, &t, 105.60622, 18.49561, 105.73336, 18.44023));
  g_assert_true (line_between (surface, &t, 105.86345, 18.46857, 106.1, 18.55));
  cairo_surface_destroy (surface);
}

/* An outline naming several units is drawn as a line; one naming a single
 * unit serves it until an import gives that unit a boundary of its own. */
static void
test_shared_and_replaced (void)
{
  static const char shared[] =
    "{\"type\":\"FeatureCollection\",\"license\":\"test\",\"features\":["
    "{\"type\":\"Feature\",\"properties\":{\"code\":\"18229+18235\",\"codes\":[\"18229\",\"18235\"],"
    "\"name\":\"Đức Thọ + Quang Vĩnh\",\"level\":\"commune\"},\"geometry\":{\"type\":\"Polygon\","
    "\"coordinates\":[[[105.55,18.50],[105.68,18.50],[105.68,18.60],[105.55,18.60],[105.55,18.50]]]}}]}";
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "shared.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) features = g_string_new (NULL);
  g_autofree char *path = g_build_filename (dir, "replace.geojson", NULL);
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  NtmMapTransform t;
  guint province, district, commune;

  g_assert_true (ntm_database_store_outlines (db, "test-shared", "shared.geojson", shared, strlen (shared), &error));
  g_assert_no_error (error);
  g_assert_true (ntm_database_count_unit_boundaries (db, &province, &district, &commune, &error));
  g_assert_cmpuint (commune, ==, 0);
  /* its west edge at 105.55 between two points of the commune layer */
  surface = draw_borders (db, NTM_UNIT_LAYER_COMMUNES, 2024, &t);
  g_assert_true (line_between (surface, &t, 105.52, 18.55, 105.58, 18.55));
  cairo_surface_destroy (surface);

  /* storing the same source again replaces it */
  g_assert_true (ntm_database_store_outlines (db, "test-shared", "shared.geojson", shared, strlen (shared), &error));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM outline o JOIN outline_source s ON s.id = o.source_id"
                                       " WHERE s.key = 'test-shared'"), ==, 1);

  /* an imported boundary for Đức Thọ district replaces its shipped outline */
  append_square (features, "440", "Huyện Đức Thọ", 105.60622, 18.49561, 0.02);
  text = g_strdup_printf ("{\"type\":\"FeatureCollection\",\"features\":[%s]}", features->str);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  import_file (db, path);
  g_assert_true (ntm_database_count_unit_boundaries (db, &province, &district, &commune, &error));
  g_assert_cmpuint (province, ==, 1);
  g_assert_cmpuint (district, ==, 11);
  {
    g_autoptr(GPtrArray) boundaries = ntm_database_load_unit_boundaries (db, 0, &error);
    for (guint i = 0; i < boundaries->len; i++)
      {
        NtmUnitBoundary *b = g_ptr_array_index (boundaries, i);
        if (g_str_equal (b->unit_code, "440"))
          {
            g_assert_cmpfloat_with_epsilon (b->shape->max_x - b->shape->min_x, 0.04, 1e-6);
            g_assert_cmpuint (b->shape->n_points, ==, 5);
          }
      }
  }
}

/* Damaged outline data is refused with a message, and changes nothing. */
static void
test_bad_outline_data (void)
{
  static const char * const bad[] = {
    "{\"type\":\"FeatureCollection\",\"features\":[",
    "{\"type\":\"Feature\"}",
    "[1, 2, 3]",
    "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"name\":\"x\",\"level\":\"district\"},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105,18],[106,18],[106,19],[105,18]]]}}]}",
    "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"code\":\"1\",\"name\":\"x\",\"level\":\"district\"},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105,18],[106,18],[105,18]]]}}]}",
    "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"code\":\"1\",\"name\":\"x\",\"level\":\"district\"},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105,18],[206,18],[106,19],[105,18]]]}}]}",
    "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"code\":\"1\",\"name\":\"x\",\"level\":\"region\"},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105,18],[106,18],[106,19],[105,18]]]}}]}",
    "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"code\":\"1\",\"name\":\"x\",\"level\":\"district\"},"
    "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[105,18],[106,18]]}}]}",
  };
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "bad.db");
  gint64 before = ntm_test_count (db, "SELECT count(*) FROM outline");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      g_assert_false (ntm_database_store_outlines (db, NTM_OUTLINE_SOURCE_GEOBOUNDARIES, "bad.geojson",
                                                   bad[i], strlen (bad[i]), &error));
      g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "bad.geojson"));
      g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM outline"), ==, before);
    }
}

static void
test_json_reader (void)
{
  static const struct { const char *text; gboolean ok; } cases[] = {
    { "{\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\\ud83d\\ude00\\n\"]}", TRUE },
    { "  [ ]  ", TRUE },
    { "{}", TRUE },
    { "[1,]", FALSE },
    { "{\"a\" 1}", FALSE },
    { "\"\\ud83d\"", FALSE },
    { "\"tab\there\"", FALSE },
    { "01", FALSE },
    { "1.", FALSE },
    { "[1] x", FALSE },
    { "", FALSE },
    { "\"\\q\"", FALSE },
  };
  g_autoptr(GString) deep = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NtmJson) root = ntm_json_parse (cases[i].text, strlen (cases[i].text), &error);

      g_test_message ("case %u: %s", i, cases[i].text);
      g_assert_true ((root != NULL) == cases[i].ok);
      if (!cases[i].ok)
        g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
    }
  {
    const char *text = cases[0].text;
    g_autoptr(NtmJson) root = ntm_json_parse (text, strlen (text), NULL);
    const NtmJson *a = ntm_json_get_member (root, "a");
    double v;

    g_assert_cmpuint (ntm_json_get_length (a), ==, 6);
    g_assert_true (ntm_json_get_number (ntm_json_get_item (a, 1), &v));
    g_assert_cmpfloat (v, ==, -2500);
    g_assert_cmpint (ntm_json_get_kind (ntm_json_get_item (a, 2)), ==, NTM_JSON_BOOLEAN);
    g_assert_cmpstr (ntm_json_get_string (ntm_json_get_item (a, 5)), ==, "xé😀\n");
    g_assert_null (ntm_json_get_member (root, "b"));
    g_assert_null (ntm_json_get_item (a, 6));
  }
  for (guint i = 0; i < 100; i++)
    g_string_append_c (deep, '[');
  g_assert_null (ntm_json_parse (deep->str, deep->len, NULL));
}

/* The map's source line names the shipped outlines' source. */
static void
test_export_attribution (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "attribution.db");
  g_autoptr(NtmMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (dir, "attribution.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *command = NULL;
  int status;

  renderer = ntm_map_export_new_renderer (db, 2024, NTM_MAP_MODE_LEVEL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_map_export_write (renderer, db, 2024, NULL, pdf, 1191, 842, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  command = g_strdup_printf ("pdftotext %s -", pdf);
  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  /* one line, whatever the wrapping */
  g_strdelimit (out, "\n", ' ');
  g_assert_nonnull (strstr (out, "geoBoundaries"));
  g_assert_nonnull (strstr (out, "CC BY-SA 4.0"));
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/map-outlines/unmatched-features-anywhere", test_unmatched_features_anywhere);
  g_test_add_func ("/map-outlines/parts-in-any-order", test_parts_in_any_order);
  g_test_add_func ("/map-outlines/new-database", test_new_database);
  g_test_add_func ("/map-outlines/after-the-reform", test_after_the_reform);
  g_test_add_func ("/map-outlines/shared-and-replaced", test_shared_and_replaced);
  g_test_add_func ("/map-outlines/bad-outline-data", test_bad_outline_data);
  g_test_add_func ("/map-outlines/json-reader", test_json_reader);
  g_test_add_func ("/map-outlines/export-attribution", test_export_attribution);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
