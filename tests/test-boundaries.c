/* test-boundaries.c: reading, matching and storing boundary files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>
#include <math.h>

#include "ntm-boundary-file.h"
#include "ntm-boundary-match-private.h"
#include "ntm-boundary-match.h"
#include "ntm-boundary-report.h"
#include "ntm-csv.h"
#include "ntm-geometry-private.h"
#include "ntm-geometry.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

static char *dir;

static NtmBoundaryReport *
read_report (NtmDatabase *db,
             const char  *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryFile) file = ntm_boundary_file_read (path, NULL, NULL, &error);
  NtmBoundaryReport *report;

  g_assert_no_error (error);
  g_assert_nonnull (file);
  report = ntm_boundary_report_new (file, db, &error);
  g_assert_no_error (error);
  return report;
}

static const NtmBoundaryRow *
find_row (NtmBoundaryReport *report,
          guint              feature)
{
  for (guint i = 0; i < ntm_boundary_report_get_n_rows (report); i++)
    {
      const NtmBoundaryRow *row = ntm_boundary_report_get_row (report, i);
      if (row->feature == feature)
        return row;
    }
  return NULL;
}

static NtmUnitBoundary *
find_boundary (GPtrArray  *boundaries,
               const char *code)
{
  for (guint i = 0; i < boundaries->len; i++)
    {
      NtmUnitBoundary *b = g_ptr_array_index (boundaries, i);
      if (g_str_equal (b->unit_code, code))
        return b;
    }
  return NULL;
}

/* ---------------------------------------------------------------------- */

static void
test_match_names (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "match.db");
  g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
  g_autoptr(NtmBoundaryMatcher) matcher = ntm_boundary_matcher_new (units);
  struct {
    NtmFeatureKey key;
    NtmMatchMethod method;
    const char *unit;
  } cases[] = {
    { { .code = "18757" }, NTM_MATCH_CODE, "18757" },
    { { .code = "018757" }, NTM_MATCH_CODE, "18757" },
    { { .code = "VN4218757" }, NTM_MATCH_CODE, "18757" },
    { { .code = "NA", .name = "Xã Kỳ Xuân" }, NTM_MATCH_NAME, "18757" },
    { { .name = "  kỳ   xuân " }, NTM_MATCH_NAME, "18757" },
    { { .name = "KỳXuân" }, NTM_MATCH_NAME, "18757" },
    { { .name = "Xa Ky Xuan" }, NTM_MATCH_NAME_UNACCENTED, "18757" },
    { { .name = "Thạch Hạ" }, NTM_MATCH_NAME, "18100" },
    { { .name = "Thach Ha" }, NTM_MATCH_AMBIGUOUS, NULL },
    { { .name = "Thach Ha", .parent_name = "Huyện Thạch Hà" }, NTM_MATCH_NAME_UNACCENTED, "18562" },
    { { .name = "Thach Ha", .parent_code = "436" }, NTM_MATCH_NAME_UNACCENTED, "18100" },
    { { .name = "Đức Thọ", .type = "Thị trấn" }, NTM_MATCH_NAME, "18229" },
    { { .name = "Huyện Đức Thọ" }, NTM_MATCH_NAME, "440" },
    { { .name = "Kỳ Anh", .type = "Thị xã" }, NTM_MATCH_NAME, "449" },
    { { .name = "Không Tồn Tại" }, NTM_MATCH_NONE, NULL },
    { { .name = "NA", .code = "" }, NTM_MATCH_NONE, NULL },
    { { .name = NULL, .code = NULL }, NTM_MATCH_NONE, NULL },
    /* the province's own outline, never the city that shares its name */
    { { .code = "42" }, NTM_MATCH_CODE, "42" },
    { { .code = "42", .name = "Tỉnh Hà Tĩnh" }, NTM_MATCH_CODE, "42" },
    { { .name = "Tỉnh Hà Tĩnh" }, NTM_MATCH_NAME, "42" },
    { { .name = "Ha Tinh", .type = "Province" }, NTM_MATCH_NAME_UNACCENTED, "42" },
    { { .name = "Tỉnh Nghệ An" }, NTM_MATCH_NONE, NULL },
    { { .name = "Thành phố Hà Tĩnh" }, NTM_MATCH_NAME, "436" },
    { { .code = "436", .parent_code = "42" }, NTM_MATCH_CODE, "436" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(NtmMatch) match = ntm_boundary_matcher_match (matcher, &cases[i].key);

      g_test_message ("case %u: %s / %s", i, cases[i].key.code, cases[i].key.name);
      g_assert_cmpstr (ntm_match_method_to_string (match->method), ==,
                       ntm_match_method_to_string (cases[i].method));
      g_assert_cmpstr (match->unit_code, ==, cases[i].unit);
      if (cases[i].method == NTM_MATCH_AMBIGUOUS)
        g_assert_cmpuint (match->candidates->len, ==, 2);
    }

  g_assert_true (ntm_text_is_missing ("NA"));
  g_assert_true (ntm_text_is_missing ("  "));
  g_assert_true (ntm_text_is_missing (NULL));
  g_assert_false (ntm_text_is_missing ("Na"));
}

static void
test_report_good (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "good.db");
  g_autofree char *path = ntm_test_fixture ("boundaries-good.geojson");
  g_autoptr(NtmBoundaryReport) report = read_report (db, path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) boundaries = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *text = NULL;
  const NtmBoundaryFields *fields = ntm_boundary_file_get_fields (ntm_boundary_report_get_file (report));
  NtmUnitBoundary *b;

  g_assert_cmpstr (fields->scheme, ==, "plain");
  g_assert_cmpstr (fields->code, ==, "ma_xa");
  g_assert_cmpstr (fields->name, ==, "ten_xa");
  g_assert_cmpstr (fields->parent_name, ==, "ten_huyen");

  g_assert_cmpuint (ntm_boundary_report_get_n_features (report), ==, 13);
  g_assert_cmpuint (ntm_boundary_report_get_n_matched (report), ==, 9);
  g_assert_cmpuint (ntm_boundary_report_get_n_unmatched (report), ==, 2);
  g_assert_cmpuint (ntm_boundary_report_get_n_ambiguous (report), ==, 1);
  g_assert_cmpuint (ntm_boundary_report_get_n_unusable (report), ==, 1);
  g_assert_cmpuint (ntm_boundary_report_get_n_repaired (report), ==, 1);
  g_assert_cmpuint (ntm_boundary_report_get_n_units_without (report), ==, 216 - 9);

  /* how each feature went */
  g_assert_cmpstr (find_row (report, 1)->unit_code, ==, "18757");
  g_assert_cmpstr (find_row (report, 2)->unit_code, ==, "18760");
  g_assert_cmpstr (find_row (report, 3)->unit_code, ==, "18763");
  g_assert_cmpstr (find_row (report, 4)->unit_code, ==, "18766");
  g_assert_cmpint (find_row (report, 8)->kind, ==, NTM_BOUNDARY_ROW_AMBIGUOUS);
  g_assert_nonnull (strstr (find_row (report, 8)->note, "18100"));
  g_assert_cmpint (find_row (report, 9)->kind, ==, NTM_BOUNDARY_ROW_UNMATCHED);
  /* the duplicated code 18778: the second feature is Kỳ Văn by its name */
  g_assert_cmpstr (find_row (report, 10)->unit_code, ==, "18778");
  g_assert_cmpstr (find_row (report, 11)->unit_code, ==, "18784");
  g_assert_cmpint (find_row (report, 12)->kind, ==, NTM_BOUNDARY_ROW_UNMATCHED);
  g_assert_cmpint (find_row (report, 13)->kind, ==, NTM_BOUNDARY_ROW_UNUSABLE);

  text = ntm_boundary_report_to_text (report);
  g_assert_true (g_str_has_prefix (text, "features: 13\nmatched: 9\nunmatched: 2\nambiguous: 1\nunits-without-boundary: 207\n"));
  g_assert_nonnull (strstr (text, "unmatched-name: Không Tồn Tại\n"));

  csv = ntm_boundary_report_to_csv (report);
  {
    g_autoptr(GPtrArray) rows = ntm_csv_parse (csv, -1, &error);
    g_assert_no_error (error);
    /* header + every feature + every unit left without */
    g_assert_cmpuint (rows->len, ==, 1 + 13 + 207);
  }

  /* nothing is written before commit */
  g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, 0);
  g_assert_true (ntm_boundary_report_commit (report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, 9);

  boundaries = ntm_database_load_boundaries (db, 0, &error);
  g_assert_no_error (error);

  /* the hole is a hole, whichever way it turns */
  b = find_boundary (boundaries, "18769");
  g_assert_nonnull (b);
  g_assert_cmpuint (b->shape->n_rings, ==, 2);
  g_assert_true (ntm_shape_contains (b->shape, 106.18980 + 0.012, 18.18494));
  g_assert_false (ntm_shape_contains (b->shape, 106.18980, 18.18494));
  g_assert_false (ntm_shape_contains (b->shape, 106.18980, 18.18494 + 0.03));

  /* both parts of the multipolygon */
  b = find_boundary (boundaries, "18772");
  g_assert_true (ntm_shape_contains (b->shape, 106.21390, 18.17827));
  g_assert_true (ntm_shape_contains (b->shape, 106.23390, 18.17827));
  g_assert_false (ntm_shape_contains (b->shape, 106.2239, 18.17827));

  /* a clockwise ring works like an anticlockwise one */
  b = find_boundary (boundaries, "18763");
  g_assert_true (ntm_shape_contains (b->shape, 106.24889, 18.19831));

  /* the repaired bow tie keeps both lobes and the label lies inside */
  b = find_boundary (boundaries, "18775");
  g_assert_nonnull (b);
  g_assert_true (ntm_shape_contains (b->shape, 106.235, 18.17));
  g_assert_true (ntm_shape_contains (b->shape, b->label_lon, b->label_lat));

  /* every band is stored */
  for (guint band = 1; band < NTM_GEOMETRY_N_BANDS; band++)
    {
      g_autoptr(GPtrArray) simplified = ntm_database_load_boundaries (db, band, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (simplified->len, ==, 9);
    }
}

static void
test_reimport_replaces (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "reimport.db");
  g_autofree char *good = ntm_test_fixture ("boundaries-good.geojson");
  g_autofree char *one = ntm_test_fixture ("boundaries-one.geojson");
  g_autoptr(NtmBoundaryReport) first = read_report (db, good);
  g_autoptr(NtmBoundaryReport) second = read_report (db, one);
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;

  g_assert_true (ntm_boundary_report_commit (first, &error));
  g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, 9);
  g_assert_true (ntm_boundary_report_commit (second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, 1);
  g_assert_true (ntm_database_get_boundary_source (db, &file, NULL, NULL));
  g_assert_cmpstr (file, ==, "boundaries-one.geojson");
}

static void
test_commit_is_atomic (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "atomic.db");
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_boundary_record_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *good = ntm_test_fixture ("boundaries-good.geojson");
  g_autoptr(NtmBoundaryReport) report = read_report (db, good);
  const double square[] = { 106.1, 18.1, 106.2, 18.1, 106.2, 18.2, 106.1, 18.1 };
  const guint sizes[] = { 4 };
  g_autoptr(NtmShape) shape = ntm_shape_new_from_rings (square, sizes, 1);
  NtmBoundaryRecord *ok, *bad;

  g_assert_true (ntm_boundary_report_commit (report, &error));

  ok = ntm_boundary_record_new ("18757");
  ok->min_lon = 106.1; ok->max_lon = 106.2; ok->min_lat = 18.1; ok->max_lat = 18.2;
  ok->label_lon = 106.15; ok->label_lat = 18.12;
  ok->wkb[0] = ntm_shape_to_wkb (shape);
  g_ptr_array_add (records, ok);
  /* a unit that does not exist makes the whole replacement fail */
  bad = ntm_boundary_record_new ("99999");
  bad->min_lon = 106.1; bad->max_lon = 106.2; bad->min_lat = 18.1; bad->max_lat = 18.2;
  bad->label_lon = 106.15; bad->label_lat = 18.12;
  bad->wkb[0] = ntm_shape_to_wkb (shape);
  g_ptr_array_add (records, bad);

  g_assert_false (ntm_database_replace_boundaries (db, "x.geojson", NULL, 2, records, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, 9);
}

static void
test_projected_shapefile (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "shp.db");
  g_autofree char *source = ntm_test_fixture ("boundaries-polygons.geojson");
  g_autofree char *shp = g_build_filename (dir, "vn2000.shp", NULL);
  g_autofree char *prj = g_build_filename (dir, "vn2000.prj", NULL);
  g_autofree char *noprj = g_build_filename (dir, "noprj.shp", NULL);
  g_autofree char *noprj_prj = g_build_filename (dir, "noprj.prj", NULL);
  g_autofree char *prj_text = NULL;
  const char *argv[] = { "ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:3405", "-lco", "ENCODING=UTF-8",
                         shp, source, NULL };
  const char *argv2[] = { "ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:3405", "-lco", "ENCODING=UTF-8",
                          noprj, source, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryReport) report = NULL;
  g_autoptr(NtmBoundaryFile) file = NULL;
  g_autoptr(GPtrArray) boundaries = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  NtmUnitBoundary *b;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (prj, &prj_text, NULL, NULL));
  g_assert_nonnull (strstr (prj_text, "VN_2000"));

  report = read_report (db, shp);
  g_assert_cmpuint (ntm_boundary_report_get_n_features (report), ==, 7);
  g_assert_cmpuint (ntm_boundary_report_get_n_matched (report), ==, 7);
  g_assert_true (ntm_boundary_report_commit (report, &error));

  /* reprojected back to longitude/latitude (VN-2000 → WGS 84 shifts by
   * metres: stay within 0.002°) */
  boundaries = ntm_database_load_boundaries (db, 0, &error);
  b = find_boundary (boundaries, "18757");
  g_assert_nonnull (b);
  g_assert_cmpfloat_with_epsilon (b->shape->min_x, 106.18729 - 0.01, 0.002);
  g_assert_cmpfloat_with_epsilon (b->shape->max_y, 18.23574 + 0.01, 0.002);
  g_assert_true (ntm_shape_contains (b->shape, 106.18729, 18.23574));

  /* the same Shapefile without its .prj: refused, nothing changed */
  g_assert_true (g_spawn_sync (NULL, (char **) argv2, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_cmpint (g_unlink (noprj_prj), ==, 0);
  before = ntm_test_file_checksum (ntm_database_get_path (db));
  file = ntm_boundary_file_read (noprj, NULL, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_NO_CRS);
  g_assert_nonnull (strstr (error->message, ".prj"));
  after = ntm_test_file_checksum (ntm_database_get_path (db));
  g_assert_cmpstr (before, ==, after);
}

static void
test_gadm_fields (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "gadm.db");
  g_autofree char *path = ntm_test_fixture ("gadm-style.geojson");
  g_autoptr(NtmBoundaryReport) report = read_report (db, path);
  const NtmBoundaryFields *fields = ntm_boundary_file_get_fields (ntm_boundary_report_get_file (report));

  g_assert_cmpstr (fields->scheme, ==, "GADM");
  g_assert_cmpstr (fields->name, ==, "NAME_3");
  g_assert_cmpstr (fields->type, ==, "TYPE_3");
  g_assert_cmpstr (fields->parent_name, ==, "NAME_2");
  g_assert_null (fields->code);
  g_assert_cmpuint (ntm_boundary_report_get_n_matched (report), ==, 2);
}

static void
test_detect_fields (void)
{
  const char *ocha[] = { "ADM1_PCODE", "ADM2_PCODE", "ADM2_VI", "ADM3_PCODE", "ADM3_VI", "ADM3_EN", NULL };
  const char *unknown[] = { "foo", "bar", NULL };
  NtmBoundaryFields fields;

  ntm_boundary_fields_detect (ocha, &fields);
  g_assert_cmpstr (fields.scheme, ==, "OCHA");
  g_assert_cmpstr (fields.code, ==, "ADM3_PCODE");
  g_assert_cmpstr (fields.name, ==, "ADM3_VI");
  g_assert_cmpstr (fields.parent_code, ==, "ADM2_PCODE");
  g_assert_true (fields.sure);
  ntm_boundary_fields_clear (&fields);

  ntm_boundary_fields_detect (unknown, &fields);
  g_assert_false (fields.sure);
  g_assert_cmpstr (fields.name, ==, "foo");
  ntm_boundary_fields_clear (&fields);
}

static void
test_chosen_fields (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "chosen.db");
  g_autofree char *path = ntm_test_fixture ("boundaries-good.geojson");
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryFile) file = ntm_boundary_file_read (path, NULL, NULL, &error);
  g_autoptr(NtmBoundaryReport) report = NULL;
  NtmBoundaryFields fields = { .name = (char *) "ma_xa" };

  /* a wrong choice: codes read as names match no unit */
  ntm_boundary_file_set_fields (file, &fields);
  report = ntm_boundary_report_new (file, db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_boundary_report_get_n_matched (report), ==, 0);
  g_assert_false (ntm_boundary_report_commit (report, &error));
  g_assert_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_NOTHING_MATCHED);
  g_assert_cmpuint (ntm_database_count_boundaries (db, NULL), ==, 0);
}

static void
test_bad_files (void)
{
  struct {
    const char *name;
    int code;
  } cases[] = {
    { "not-geodata.geojson", NTM_BOUNDARY_ERROR_NOT_GEODATA },
    { "truncated.geojson", NTM_BOUNDARY_ERROR_DAMAGED },
    { "empty.geojson", NTM_BOUNDARY_ERROR_EMPTY },
    { "lines.geojson", NTM_BOUNDARY_ERROR_NO_AREAS },
    { "out-of-range.geojson", NTM_BOUNDARY_ERROR_OUT_OF_RANGE },
    { "wrong-encoding.geojson", NTM_BOUNDARY_ERROR_ENCODING },
    { "does-not-exist.geojson", NTM_BOUNDARY_ERROR_NOT_GEODATA },
  };
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "bad.db");
  g_autofree char *before = ntm_test_file_checksum (ntm_database_get_path (db));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = ntm_test_fixture (cases[i].name);
      g_autoptr(GError) error = NULL;
      g_autoptr(NtmBoundaryFile) file = ntm_boundary_file_read (path, NULL, NULL, &error);
      g_autofree char *after = NULL;

      g_test_message ("%s: %s", cases[i].name, error ? error->message : "(no error)");
      g_assert_null (file);
      g_assert_error (error, NTM_BOUNDARY_ERROR, cases[i].code);
      /* the message names the file */
      g_assert_nonnull (strstr (error->message, cases[i].name));
      after = ntm_test_file_checksum (ntm_database_get_path (db));
      g_assert_cmpstr (before, ==, after);
    }
}

/* GeoPackage, KML and MapInfo, as offices receive them, read through the
 * same path: converted from the GeoJSON fixture without the code column,
 * so every feature is matched by its Vietnamese name. */
static void
test_other_formats (void)
{
  static const struct { const char *driver, *name; } formats[] = {
    { "GPKG", "names.gpkg" },
    { "KML", "names.kml" },
    { "MapInfo File", "names.tab" },
  };
  g_autofree char *source = ntm_test_fixture ("boundaries-polygons.geojson");

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *db_name = g_strdup_printf ("format-%u.db", i);
      g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, db_name);
      g_autofree char *path = g_build_filename (dir, formats[i].name, NULL);
      const char *argv[] = { "ogr2ogr", "-f", formats[i].driver, "-select", "ten_xa,ten_huyen",
                             path, source, NULL };
      g_autoptr(NtmBoundaryReport) report = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                                   G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_cmpint (status, ==, 0);

      g_test_message ("%s", formats[i].name);
      report = read_report (db, path);
      g_assert_cmpuint (ntm_boundary_report_get_n_features (report), ==, 7);
      g_assert_cmpuint (ntm_boundary_report_get_n_matched (report), ==, 7);
      g_assert_true (ntm_boundary_report_commit (report, &error));
      g_assert_no_error (error);
      g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM unit_boundary"), ==, 7);
    }
}

/* A file too large to be the province's boundaries is refused before any
 * of it is read (the file is sparse: it takes no room on disk). */
static void
test_huge_file (void)
{
  g_autofree char *path = g_build_filename (dir, "huge.geojson", NULL);
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, "huge.db");
  g_autofree char *before = ntm_test_file_checksum (ntm_database_get_path (db));
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryFile) file = NULL;
  FILE *f = g_fopen (path, "wb");

  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), (off_t) 3 * 1024 * 1024 * 1024), ==, 0);
  fclose (f);

  file = ntm_boundary_file_read (path, NULL, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_TOO_BIG);
  g_assert_nonnull (strstr (error->message, "huge.geojson"));
  after = ntm_test_file_checksum (ntm_database_get_path (db));
  g_assert_cmpstr (before, ==, after);
  g_unlink (path);
}

static void
test_cancel (void)
{
  g_autofree char *path = ntm_test_fixture ("boundaries-good.geojson");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryFile) file = NULL;

  g_cancellable_cancel (cancellable);
  file = ntm_boundary_file_read (path, cancellable, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
on_read_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  NtmBoundaryFile **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = ntm_boundary_file_read_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_read_async (void)
{
  g_autofree char *path = ntm_test_fixture ("boundaries-good.geojson");
  NtmBoundaryFile *file = NULL;
  gint progress = 0;

  ntm_boundary_file_read_async (path, NULL, &progress, on_read_done_cb, &file);
  while (file == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ntm_boundary_file_get_n_features (file), ==, 13);
  g_assert_cmpint (g_atomic_int_get (&progress), ==, 1000);
  g_object_unref (file);
}

static double
ring_area (const NtmShape *shape,
           guint           r)
{
  double area = 0;

  for (guint i = shape->ring_start[r], j = shape->ring_start[r + 1] - 1; i < shape->ring_start[r + 1]; j = i++)
    area += shape->points[2 * j] * shape->points[2 * i + 1] - shape->points[2 * i] * shape->points[2 * j + 1];
  return area / 2;
}

/* The rings are turned for the non-zero fill rule: a ring inside an even
 * number of others anticlockwise, inside an odd number clockwise, however
 * the file turned them; which points are inside does not change. */
static void
test_orient_rings (void)
{
  const double points[] = {
    0, 0,  0, 10,  10, 10,  10, 0,   /* outer, clockwise */
    2, 2,  8, 2,   8, 8,   2, 8,     /* a hole, anticlockwise */
    4, 4,  4, 6,   6, 6,   6, 4,     /* an island in the hole, clockwise */
    20, 0,  30, 0,  30, 10,  20, 10, /* another outer ring, anticlockwise already */
    40, 0,  41, 1,                   /* too short to be a ring: left alone */
  };
  const guint sizes[] = { 4, 4, 4, 4, 2 };
  const double probes[][2] = { { 1, 1 }, { 3, 3 }, { 5, 5 }, { 25, 5 }, { 15, 5 }, { -1, 5 } };
  const gboolean expected_sign[] = { 1, 0, 1, 1 };
  NtmShape *shape = ntm_shape_new_from_rings (points, sizes, G_N_ELEMENTS (sizes));
  gboolean before[G_N_ELEMENTS (probes)];

  for (guint p = 0; p < G_N_ELEMENTS (probes); p++)
    before[p] = ntm_shape_contains (shape, probes[p][0], probes[p][1]);
  g_assert_true (before[0] && !before[1] && before[2] && before[3] && !before[4] && !before[5]);

  ntm_shape_orient_rings (shape);
  for (guint r = 0; r < 4; r++)
    g_assert_cmpint (ring_area (shape, r) > 0, ==, expected_sign[r]);
  g_assert_cmpfloat (fabs (ring_area (shape, 0)), ==, 100);
  g_assert_cmpfloat (fabs (ring_area (shape, 1)), ==, 36);
  /* the ring already turned the right way keeps its order */
  g_assert_cmpfloat (shape->points[2 * 12], ==, 20);
  g_assert_cmpfloat (shape->points[2 * 13], ==, 30);
  g_assert_cmpfloat (shape->points[2 * 16], ==, 40);
  g_assert_cmpfloat (shape->points[2 * 17], ==, 41);
  for (guint p = 0; p < G_N_ELEMENTS (probes); p++)
    g_assert_cmpint (ntm_shape_contains (shape, probes[p][0], probes[p][1]), ==, before[p]);
  ntm_shape_free (shape);
}

static void
test_wkb_round_trip (void)
{
  const double points[] = { 0, 0, 10, 0, 10, 10, 0, 10, 0, 0, 4, 4, 6, 4, 6, 6, 4, 4 };
  const guint sizes[] = { 5, 4 };
  g_autoptr(NtmShape) shape = ntm_shape_new_from_rings (points, sizes, 2);
  g_autoptr(GBytes) wkb = ntm_shape_to_wkb (shape);
  g_autoptr(GError) error = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (wkb, &size);
  g_autoptr(NtmShape) back = ntm_shape_new_from_wkb (data, size, &error);
  const guint8 junk[] = { 1, 3, 0, 0, 0, 5, 0, 0, 0 };
  const guint8 point[] = { 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
  NtmShape *broken;

  g_assert_no_error (error);
  g_assert_cmpuint (back->n_rings, ==, 2);
  g_assert_cmpuint (back->n_points, ==, 9);
  g_assert_true (ntm_shape_contains (back, 2, 2));
  g_assert_false (ntm_shape_contains (back, 5, 4.5));
  g_assert_false (ntm_shape_contains (back, 11, 5));

  /* truncated and wrong-typed WKB are refused, never read past the end */
  broken = ntm_shape_new_from_wkb (junk, sizeof junk, &error);
  g_assert_null (broken);
  g_assert_error (error, NTM_GEOMETRY_ERROR, NTM_GEOMETRY_ERROR_INVALID);
  g_clear_error (&error);
  broken = ntm_shape_new_from_wkb (data, size - 5, &error);
  g_assert_null (broken);
  g_clear_error (&error);
  broken = ntm_shape_new_from_wkb (point, sizeof point, &error);
  g_assert_null (broken);
  g_assert_error (error, NTM_GEOMETRY_ERROR, NTM_GEOMETRY_ERROR_UNSUPPORTED);
}

int
main (int argc, char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/boundaries/match-names", test_match_names);
  g_test_add_func ("/boundaries/detect-fields", test_detect_fields);
  g_test_add_func ("/boundaries/wkb-round-trip", test_wkb_round_trip);
  g_test_add_func ("/boundaries/orient-rings", test_orient_rings);
  g_test_add_func ("/boundaries/report-good", test_report_good);
  g_test_add_func ("/boundaries/gadm-fields", test_gadm_fields);
  g_test_add_func ("/boundaries/chosen-fields", test_chosen_fields);
  g_test_add_func ("/boundaries/reimport-replaces", test_reimport_replaces);
  g_test_add_func ("/boundaries/commit-is-atomic", test_commit_is_atomic);
  g_test_add_func ("/boundaries/projected-shapefile", test_projected_shapefile);
  g_test_add_func ("/boundaries/bad-files", test_bad_files);
  g_test_add_func ("/boundaries/other-formats", test_other_formats);
  g_test_add_func ("/boundaries/huge-file", test_huge_file);
  g_test_add_func ("/boundaries/cancel", test_cancel);
  g_test_add_func ("/boundaries/read-async", test_read_async);

  result = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return result;
}
