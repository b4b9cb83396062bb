/* test-derive.c: the outlines of the units of July 2025, dissolved from
 * their predecessors' 2024 outlines; a unit with a split predecessor is
 * reported, never guessed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ntm-boundary-derivation.h"
#include "ntm-boundary-file.h"
#include "ntm-boundary-report.h"
#include "ntm-geometry-private.h"
#include "ntm-geometry.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

static char *dir;

/* A square feature of side 0.1° at (@lon, @lat), for a 2024 unit. */
static void
append_square (GString    *json,
               const char *code,
               double      lon,
               double      lat)
{
  if (json->str[json->len - 1] == '}')
    g_string_append (json, ",\n");
  g_string_append_printf (json,
                          "{\"type\": \"Feature\", \"properties\": {\"ma_xa\": \"%s\"},"
                          " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[%.2f, %.2f], [%.2f, %.2f],"
                          " [%.2f, %.2f], [%.2f, %.2f], [%.2f, %.2f]]]}}",
                          code, lon, lat, lon + 0.1, lat, lon + 0.1, lat + 0.1, lon, lat + 0.1, lon, lat);
}

/* Imports the 2024 outlines of: both predecessors of the new Sơn Hồng
 * (side by side), two of the three of the new Sơn Tiến, and the three of
 * the new Hà Huy Tập, one of which (Đại Nài) was split. */
static NtmDatabase *
database_with_2024_outlines (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "outlines-2024.geojson", NULL);
  g_autoptr(GString) json = g_string_new ("{\"type\": \"FeatureCollection\", \"features\": [\n");
  g_autoptr(NtmBoundaryFile) file = NULL;
  g_autoptr(NtmBoundaryReport) report = NULL;
  NtmDatabase *db = ntm_test_open_database (dir, name);

  append_square (json, "18139", 105.0, 18.4);
  append_square (json, "18160", 105.1, 18.4);
  append_square (json, "18142", 105.3, 18.4);
  append_square (json, "18148", 105.4, 18.4);
  append_square (json, "18082", 105.9, 18.3);
  append_square (json, "18643", 105.8, 18.3);
  append_square (json, "18652", 105.8, 18.2);
  g_string_append (json, "\n]}\n");
  g_assert_true (g_file_set_contents (path, json->str, json->len, &error));

  file = ntm_boundary_file_read (path, NULL, NULL, &error);
  g_assert_no_error (error);
  report = ntm_boundary_report_new_for_year (file, db, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_boundary_report_get_n_units_matched (report), ==, 7);
  g_assert_true (ntm_boundary_report_commit (report, &error));
  g_assert_no_error (error);
  return db;
}

static const NtmDerivedUnit *
find_unit (NtmBoundaryDerivation *d,
           const char            *official_code)
{
  for (guint i = 0; i < ntm_boundary_derivation_get_n_units (d); i++)
    if (g_str_equal (ntm_boundary_derivation_get_unit (d, i)->official_code, official_code))
      return ntm_boundary_derivation_get_unit (d, i);
  return NULL;
}

static void
test_dissolve (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = database_with_2024_outlines ("dissolve.db");
  g_autoptr(NtmBoundaryDerivation) d = ntm_boundary_derivation_new (db, 2026, &error);
  g_autoptr(NtmUnit) son_hong = ntm_database_find_unit (db, "18160", 2026, NULL);
  g_autoptr(GPtrArray) boundaries = NULL;
  g_autofree char *text = NULL;
  const NtmDerivedUnit *u;
  guint before = ntm_database_count_boundaries (db, NULL);
  gboolean found = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (before, ==, 7);
  /* the 67 units formed on 1 July 2025 (Sơn Kim 1 and 2 carried on) */
  g_assert_cmpuint (ntm_boundary_derivation_get_n_units (d), ==, 67);

  u = find_unit (d, "18160");
  g_assert_cmpint (u->outcome, ==, NTM_DERIVATION_DERIVED);
  g_assert_cmpuint (u->n_predecessors, ==, 2);
  u = find_unit (d, "18163");
  g_assert_cmpint (u->outcome, ==, NTM_DERIVATION_MISSING_OUTLINE);
  g_assert_nonnull (strstr (u->why, "18163"));
  g_assert_null (strstr (u->why, "18142"));
  u = find_unit (d, "18652");
  g_assert_cmpint (u->outcome, ==, NTM_DERIVATION_SPLIT);
  g_assert_nonnull (strstr (u->why, "18082 Phường Đại Nài"));
  g_assert_cmpuint (ntm_boundary_derivation_count (d, NTM_DERIVATION_DERIVED), ==, 1);
  /* Thành Sen took part of Đại Nài too */
  g_assert_cmpint (find_unit (d, "18073")->outcome, ==, NTM_DERIVATION_SPLIT);

  text = ntm_boundary_derivation_to_text (d);
  g_assert_true (g_str_has_prefix (text, "year: 2026\nunits-formed: 67\nderived: 1\nsplit: "));
  g_assert_nonnull (strstr (text, "derived-unit: 18160 Xã Sơn Hồng (2)\n"));
  g_assert_nonnull (strstr (text, "split-unit: 18652 Phường Hà Huy Tập: 18082 Phường Đại Nài\n"));

  /* nothing is written before the commit */
  g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, before);
  g_assert_true (ntm_boundary_derivation_commit (d, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, before + 1);

  /* the union of the two squares, and the 2024 outlines still there */
  boundaries = ntm_database_load_boundaries (db, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < boundaries->len; i++)
    {
      NtmUnitBoundary *b = g_ptr_array_index (boundaries, i);

      if (!g_str_equal (b->unit_code, ntm_unit_get_code (son_hong)))
        continue;
      found = TRUE;
      g_assert_cmpfloat_with_epsilon (b->shape->min_x, 105.0, 1e-9);
      g_assert_cmpfloat_with_epsilon (b->shape->max_x, 105.2, 1e-9);
      g_assert_cmpfloat_with_epsilon (b->shape->min_y, 18.4, 1e-9);
      g_assert_cmpfloat_with_epsilon (b->shape->max_y, 18.5, 1e-9);
      /* one outline, not two squares: the shared side is gone (the two
       * corners where it met the outline stay, on straight edges) */
      g_assert_cmpuint (b->shape->n_rings, ==, 1);
      g_assert_cmpuint (b->shape->n_points, <=, 7);
      g_assert_true (b->label_lon > 105.0 && b->label_lon < 105.2);
    }
  g_assert_true (found);

  /* once it has an outline, it is left alone */
  {
    g_autoptr(NtmBoundaryDerivation) again = ntm_boundary_derivation_new (db, 2026, &error);

    g_assert_cmpint (find_unit (again, "18160")->outcome, ==, NTM_DERIVATION_HAS_OUTLINE);
    g_assert_cmpuint (ntm_boundary_derivation_count (again, NTM_DERIVATION_DERIVED), ==, 0);
    g_assert_true (ntm_boundary_derivation_commit (again, &error));
    g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, before + 1);
  }

  /* 2024 has no unit formed by a change on record */
  {
    g_autoptr(NtmBoundaryDerivation) in_2024 = ntm_boundary_derivation_new (db, 2024, &error);
    g_assert_cmpuint (ntm_boundary_derivation_get_n_units (in_2024), ==, 0);
  }
}

/* The command line: stable key: value lines, --dry-run changes nothing. */
static void
test_command_line (void)
{
  g_autoptr(NtmDatabase) db = database_with_2024_outlines ("cli.db");
  const char *path = ntm_database_get_path (db);
  g_autofree char *copy = g_strdup (path);
  const char *dry[] = { "--database", copy, "--derive-boundaries", "--dry-run", "--year", "2026", NULL };
  const char *real[] = { "--database", copy, "--derive-boundaries", "--year", "2026", NULL };
  g_autofree char *out = NULL, *out_real = NULL, *before = NULL, *after = NULL;
  int status;

  g_clear_object (&db);
  before = ntm_test_file_checksum (copy);
  g_assert_true (ntm_test_run_ntm (dry, &out, NULL, &status));
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "units-formed: 67\n"));
  g_assert_nonnull (strstr (out, "derived: 1\n"));
  g_assert_nonnull (strstr (out, "split-unit: 18073 Phường Thành Sen: "));
  g_assert_null (strstr (out, "committed:"));
  after = ntm_test_file_checksum (copy);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (ntm_test_run_ntm (real, &out_real, NULL, &status));
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out_real, "committed: 1\n"));
  db = ntm_database_open (copy, NULL);
  g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, 8);
}

/* A file of the new units matches the 69 by their codes and names. */
static void
test_match_2026 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "match.db");
  g_autofree char *path = g_build_filename (dir, "outlines-2026.geojson", NULL);
  g_autoptr(GString) json = g_string_new ("{\"type\": \"FeatureCollection\", \"features\": [\n");
  g_autoptr(NtmBoundaryFile) file = NULL;
  g_autoptr(NtmBoundaryReport) in_2026 = NULL;
  g_autoptr(NtmBoundaryReport) in_2024 = NULL;
  g_autoptr(NtmUnit) tran_phu = ntm_database_find_unit (db, "18100", 2026, NULL);
  g_autoptr(NtmUnit) kim_hoa = ntm_database_find_unit (db, "18223", 2026, NULL);
  gboolean tran_phu_matched = FALSE, kim_hoa_matched = FALSE;

  append_square (json, "18100", 105.9, 18.4);
  g_string_append (json, ",\n{\"type\": \"Feature\", \"properties\": {\"ten_xa\": \"Xã Kim Hoa\"},"
                         " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[105.3, 18.5], [105.4, 18.5],"
                         " [105.4, 18.6], [105.3, 18.6], [105.3, 18.5]]]}}");
  g_string_append (json, "\n]}\n");
  g_assert_true (g_file_set_contents (path, json->str, json->len, &error));
  file = ntm_boundary_file_read (path, NULL, NULL, &error);
  g_assert_no_error (error);

  in_2026 = ntm_boundary_report_new_for_year (file, db, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_boundary_report_get_n_units_matched (in_2026), ==, 2);
  for (guint i = 0; i < ntm_boundary_report_get_n_rows (in_2026); i++)
    {
      const NtmBoundaryRow *row = ntm_boundary_report_get_row (in_2026, i);

      tran_phu_matched |= g_strcmp0 (row->unit_code, ntm_unit_get_code (tran_phu)) == 0;
      kim_hoa_matched |= g_strcmp0 (row->unit_code, ntm_unit_get_code (kim_hoa)) == 0;
    }
  g_assert_true (tran_phu_matched);
  g_assert_true (kim_hoa_matched);

  /* against 2024, 18100 is Xã Thạch Hạ, and no 2024 unit is named Kim
   * Hoa without its district */
  in_2024 = ntm_boundary_report_new_for_year (file, db, 2024, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ntm_boundary_report_get_n_rows (in_2024); i++)
    {
      const NtmBoundaryRow *row = ntm_boundary_report_get_row (in_2024, i);
      g_assert_cmpstr (row->unit_code, !=, ntm_unit_get_code (tran_phu));
    }
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/derive/dissolve", test_dissolve);
  g_test_add_func ("/derive/command-line", test_command_line);
  g_test_add_func ("/derive/match-2026", test_match_2026);

  ret = g_test_run ();
  ntm_test_remove_tree (dir);
  return ret;
}
