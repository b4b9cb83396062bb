/* test-cli-compare.c: --check's boundary lines and --export-map --compare, run for real
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ntm-test-utils.h"

static char *dir;

/* A new database: the shipped outlines give the province and eleven
 * districts a boundary; Kỳ Anh's shared outline gives none. */
static void
test_check_boundaries (void)
{
  g_autofree char *db = g_build_filename (dir, "check.db", NULL);
  const char *args[] = { "--database", db, "--check", NULL };
  g_autofree char *out = NULL;
  int status;

  ntm_test_run_ntm (args, &out, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "\nboundaries-province-level: 1\n"));
  g_assert_nonnull (strstr (out, "\nboundaries-district-level: 11\n"));
  g_assert_nonnull (strstr (out, "\nboundaries-commune-level: 0\n"));
}

static void
test_export_compare (void)
{
  g_autofree char *db = g_build_filename (dir, "compare.db", NULL);
  g_autofree char *png = g_build_filename (dir, "change.png", NULL);
  g_autofree char *refused = g_build_filename (dir, "refused.png", NULL);
  const char *good[] = { "--database", db, "--export-map", png, "--compare", "2023", "--year", "2024",
                         "--layer", "districts", "--size", "1280x900", NULL };
  const char *same_year[] = { "--database", db, "--export-map", refused, "--compare", "2024", "--year", "2024", NULL };
  const char *too_early[] = { "--database", db, "--export-map", refused, "--compare", "1990", NULL };
  const char *with_mode[] = { "--database", db, "--export-map", refused, "--compare", "2023", "--mode", "criteria", NULL };
  const char *not_a_year[] = { "--database", db, "--export-map", refused, "--compare", "last", NULL };
  g_autofree char *err = NULL;
  cairo_surface_t *surface;
  int status;

  ntm_test_run_ntm (good, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1280);
  cairo_surface_destroy (surface);

  ntm_test_run_ntm (same_year, NULL, &err, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "2024"));
  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (too_early, NULL, &err, &status);
  g_assert_cmpint (status, ==, 2);
  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (with_mode, NULL, &err, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "--mode"));
  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (not_a_year, NULL, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/cli-compare/check-boundaries", test_check_boundaries);
  g_test_add_func ("/cli-compare/export-compare", test_export_compare);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
