/* test-map-labels.c: labels that read from the back of the room
 *
 * A 1920×1080 export of the province: the labels' text is at least 1.5 %
 * of the picture's height, no two label boxes meet, none meets the legend
 * or the scale bar, and the selected unit's label is always placed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "ntm-map-export.h"
#include "ntm-test-utils.h"

static char *dir;

static gboolean
meet (const cairo_rectangle_t *a,
      const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Exports @layer at 1920×1080 and checks its labels; returns how many. */
static guint
check_export (NtmDatabase  *db,
              NtmUnitLayer  layer,
              const char   *selected)
{
  g_autoptr(NtmMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "labels.png", NULL);
  GArray *boxes, *obstacles;

  g_assert_true (selected == NULL || *selected != '\0');

  renderer = ntm_map_export_new_renderer_for_layer (db, 2024, layer, NTM_MAP_MODE_LEVEL, NULL, &error);
  g_assert_no_error (error);
  ntm_map_renderer_set_selected (renderer, selected);
  g_assert_true (ntm_map_export_write (renderer, db, 2024, NULL, path, 1920, 1080, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* legible: the text at least 1.5 % of the height */
  g_assert_cmpfloat (ntm_map_renderer_get_label_font_size (renderer), >=, 0.015 * 1080);

  boxes = ntm_map_renderer_get_label_boxes (renderer);
  obstacles = ntm_map_renderer_get_label_obstacles (renderer);
  g_assert_cmpuint (obstacles->len, >=, 1);   /* the legend at least */
  for (guint i = 0; i < boxes->len; i++)
    {
      const cairo_rectangle_t *a = &g_array_index (boxes, cairo_rectangle_t, i);

      g_assert_cmpfloat (a->x, >=, 0);
      g_assert_cmpfloat (a->y, >=, 0);
      g_assert_cmpfloat (a->height, >=, 0.015 * 1080);
      for (guint j = i + 1; j < boxes->len; j++)
        if (meet (a, &g_array_index (boxes, cairo_rectangle_t, j)))
          g_error ("labels %u and %u meet", i, j);
      for (guint j = 0; j < obstacles->len; j++)
        if (meet (a, &g_array_index (obstacles, cairo_rectangle_t, j)))
          g_error ("label %u meets the legend or the scale bar", i);
    }

  return boxes->len;
}

/* The selected unit's label is placed first, next to its symbol, even
 * in the crowd of the city. */
static void
test_selected_first (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "selected.db");
  g_autoptr(NtmMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  NtmMapTransform t;
  double mx, my, x, y;
  const cairo_rectangle_t *first;

  renderer = ntm_map_export_new_renderer (db, 2024, NTM_MAP_MODE_LEVEL, NULL, &error);
  g_assert_no_error (error);
  ntm_map_renderer_set_label_scale (renderer, 1.65);
  ntm_map_renderer_fit (renderer, NULL, 1920, 1080, 20, &t);
  for (guint pass = 0; pass < 2; pass++)
    {
      /* Bắc Hà (18076) lies among the city's wards */
      const char *code = pass == 0 ? "18076" : "18100";

      ntm_map_renderer_set_selected (renderer, code);
      ntm_map_renderer_draw (renderer, cr, &t, 1920, 1080, NTM_MAP_DRAW_LABELS);
      g_assert_cmpuint (ntm_map_renderer_get_label_boxes (renderer)->len, >, 1);
      first = &g_array_index (ntm_map_renderer_get_label_boxes (renderer), cairo_rectangle_t, 0);
      g_assert_true (ntm_map_renderer_get_unit_point (renderer, code, &mx, &my));
      x = mx * t.scale - t.x0;
      y = my * t.scale - t.y0;
      g_test_message ("%s at (%.0f, %.0f), first label at (%.0f, %.0f) %.0f × %.0f", code, x, y,
                      first->x, first->y, first->width, first->height);
      g_assert_cmpfloat (fabs (first->x + first->width / 2 - x), <, first->width / 2 + 30);
      g_assert_cmpfloat (fabs (first->y + first->height / 2 - y), <, first->height / 2 + 30);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_export_1080 (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "labels.db");
  guint communes, districts;

  communes = check_export (db, NTM_UNIT_LAYER_COMMUNES, "18100");
  districts = check_export (db, NTM_UNIT_LAYER_DISTRICTS, NULL);
  g_test_message ("%u commune labels, %u district labels", communes, districts);
  /* many names fit, though not all 216: the rest show on zoom */
  g_assert_cmpuint (communes, >=, 40);
  g_assert_cmpuint (communes, <, 216);
  g_assert_cmpuint (districts, ==, 13);
}

/* A smaller page gets smaller text: the size follows the output. */
static void
test_follows_output (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "sizes.db");
  g_autoptr(NtmMapRenderer) renderer = NULL;
  g_autofree char *path = g_build_filename (dir, "small.png", NULL);
  g_autoptr(GError) error = NULL;
  double small, large;

  renderer = ntm_map_export_new_renderer (db, 2024, NTM_MAP_MODE_LEVEL, NULL, &error);
  g_assert_true (ntm_map_export_write (renderer, db, 2024, NULL, path, 960, 540, NULL, NULL, NULL, &error));
  small = ntm_map_renderer_get_label_font_size (renderer);
  g_assert_true (ntm_map_export_write (renderer, db, 2024, NULL, path, 3840, 2160, NULL, NULL, NULL, &error));
  large = ntm_map_renderer_get_label_font_size (renderer);
  g_assert_no_error (error);
  g_assert_cmpfloat (large, >, 3 * small);
  g_assert_cmpfloat (ntm_map_output_scale (1920, 1080), ==, 1.5);
  g_assert_cmpfloat (ntm_map_output_scale (100, 100), ==, 0.6);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/map-labels/export-1080", test_export_1080);
  g_test_add_func ("/map-labels/follows-output", test_follows_output);
  g_test_add_func ("/map-labels/selected-first", test_selected_first);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
