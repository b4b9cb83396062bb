/* test-cli-map.c: --import-boundaries and --export-map, run for real
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <cairo.h>
#include <sqlite3.h>
#include <string.h>

#include "ntm-database.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

static char *dir;

static int
count_boundaries (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM unit_boundary", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_import (void)
{
  g_autofree char *db = g_build_filename (dir, "import.db", NULL);
  g_autofree char *file = ntm_test_fixture ("boundaries-good.geojson");
  const char *dry[] = { "--database", db, "--import-boundaries", file, "--dry-run", NULL };
  const char *real[] = { "--database", db, "--import-boundaries", file, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  ntm_test_run_ntm (dry, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (out, "features: 13\nmatched: 9\nunmatched: 2\nambiguous: 1\nunits-without-boundary: 207\n"));
  g_assert_nonnull (strstr (out, "unmatched-name: Không Tồn Tại\n"));
  g_assert_nonnull (strstr (out, "ambiguous-name: Thach Ha\n"));
  /* a dry run creates nothing, not even the database */
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  g_clear_pointer (&out, g_free);
  ntm_test_run_ntm (real, &out, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "committed: 9\n"));
  g_assert_cmpint (count_boundaries (db), ==, 9);
}

static void
test_import_bad (void)
{
  g_autofree char *db = g_build_filename (dir, "bad.db", NULL);
  g_autofree char *file = ntm_test_fixture ("not-geodata.geojson");
  g_autofree char *missing = ntm_test_fixture ("no-such-file.geojson");
  const char *create[] = { "--database", db, "--check", NULL };
  const char *args[] = { "--database", db, "--import-boundaries", file, NULL };
  const char *args2[] = { "--database", db, "--import-boundaries", missing, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  int status;

  ntm_test_run_ntm (create, NULL, NULL, &status);
  before = ntm_test_file_checksum (db);
  ntm_test_run_ntm (args, &out, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "not-geodata.geojson"));
  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (args2, NULL, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "no-such-file.geojson"));
  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_export (void)
{
  g_autofree char *db = g_build_filename (dir, "export.db", NULL);
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  const char *args[] = { "--database", db, "--export-map", png, "--mode", "criteria", "--year", "2024",
                         "--size", "800x600", NULL };
  const char *args_pdf[] = { "--database", db, "--export-map", pdf, "--mode", "indicator:17.1", NULL };
  const char *bad_mode[] = { "--database", db, "--export-map", png, "--mode", "colours", NULL };
  const char *bad_size[] = { "--database", db, "--export-map", png, "--size", "big", NULL };
  g_autofree char *err = NULL;
  cairo_surface_t *image;
  int status;

  ntm_test_run_ntm (args, NULL, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 600);
  cairo_surface_destroy (image);

  ntm_test_run_ntm (args_pdf, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (bad_mode, NULL, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "colours"));
  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (bad_size, NULL, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "big"));
}

static void
test_export_layer (void)
{
  g_autofree char *db = g_build_filename (dir, "layer.db", NULL);
  g_autofree char *png = g_build_filename (dir, "districts.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "districts.pdf", NULL);
  g_autofree char *refused = g_build_filename (dir, "refused.png", NULL);
  const char *args[] = { "--database", db, "--export-map", png, "--layer", "districts", "--size", "800x600", NULL };
  const char *args_pdf[] = { "--database", db, "--export-map", pdf, "--layer", "districts", "--mode", "criteria", NULL };
  const char *communes[] = { "--database", db, "--export-map", png, "--layer", "communes", "--mode", "one-short", NULL };
  const char *bad_layer[] = { "--database", db, "--export-map", refused, "--layer", "provinces", NULL };
  const char *indicator[] = { "--database", db, "--export-map", refused, "--layer", "districts",
                              "--mode", "indicator:17.1", NULL };
  g_autofree char *err = NULL;
  cairo_surface_t *image;
  int status;

  ntm_test_run_ntm (args, NULL, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  cairo_surface_destroy (image);

  ntm_test_run_ntm (args_pdf, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  ntm_test_run_ntm (communes, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);

  /* a layer that does not exist: a clear message, exit 2, nothing written */
  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (bad_layer, NULL, &err, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "provinces"));
  g_assert_nonnull (strstr (err, "districts"));
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));

  /* indicators are the communes': refused for the districts */
  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (indicator, NULL, &err, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "--layer communes"));
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The map coloured by commune group (Decision 51/2025), with its legend;
 * the districts have none: refused, nothing written. */
static void
test_export_group (void)
{
  g_autofree char *db = g_build_filename (dir, "group.db", NULL);
  g_autofree char *png = g_build_filename (dir, "group.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "group.pdf", NULL);
  g_autofree char *refused = g_build_filename (dir, "group-refused.png", NULL);
  const char *args[] = { "--database", db, "--export-map", png, "--mode", "group", "--year", "2026",
                         "--size", "800x600", NULL };
  const char *args_pdf[] = { "--database", db, "--export-map", pdf, "--mode", "group", "--year", "2026", NULL };
  const char *districts[] = { "--database", db, "--export-map", refused, "--mode", "group", "--layer", "districts",
                              "--year", "2024", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *image;
  int status;

  {
    g_autoptr(NtmDatabase) database = ntm_database_open (db, &error);
    g_autoptr(NtmUnit) son_hong = NULL;

    g_assert_no_error (error);
    son_hong = ntm_database_find_unit (database, "18160", 2026, &error);
    g_assert_no_error (error);
    g_assert_true (ntm_database_set_commune_group (database, ntm_unit_get_code (son_hong), 2026, 0, 3,
                                                   "QĐ thử", &error));
    g_assert_no_error (error);
  }

  ntm_test_run_ntm (args, NULL, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  cairo_surface_destroy (image);

  ntm_test_run_ntm (args_pdf, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Commune group"));
  g_assert_nonnull (strstr (text, "Group 3"));
  g_assert_nonnull (strstr (text, "Ward or township (no commune group)"));

  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (districts, NULL, &err, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "--mode group"));
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
}

int
main (int argc, char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/cli-map/import", test_import);
  g_test_add_func ("/cli-map/import-bad", test_import_bad);
  g_test_add_func ("/cli-map/export", test_export);
  g_test_add_func ("/cli-map/export-layer", test_export_layer);
  g_test_add_func ("/cli-map/export-group", test_export_group);

  result = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return result;
}
