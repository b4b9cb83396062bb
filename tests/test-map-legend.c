/* test-map-legend.c: the legend says what the record misses
 *
 * In level mode the communes' legend carries, under its classes, the
 * communes on record at each level of the year's programme beside the
 * total a source reported for it (17/01/2024: 181 NTM, 60 advanced, 15
 * model). The map of 2024 is exported as a PDF and its legend read back
 * with pdftotext, in English and in Vietnamese; the report's map is drawn
 * into a PDF and read the same way; the renderer the window's legend
 * draws with says the same lines. Where no total applies (2026's levels,
 * the other modes, the district layer) the legend says nothing, until a
 * total is reported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ntm-database-private.h"
#include "ntm-level-count.h"
#include "ntm-level-palette.h"
#include "ntm-recognition.h"
#include "ntm-map-export.h"
#include "ntm-overview.h"
#include "ntm-report-map.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

static char *dir;

/* The communes in force on @iso_date holding @level or a higher one of
 * its programme by decision, counted here from the units and their
 * levels. */
static guint
communes_at (NtmDatabase *db,
             NtmLevel     level,
             const char  *iso_date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) units = ntm_database_list_units_on (db, iso_date, &error);
  g_autoptr(GHashTable) levels = ntm_database_get_levels_in_force (db, iso_date, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      const NtmLevelInForce *held = g_hash_table_lookup (levels, ntm_unit_get_code (unit));

      if (ntm_unit_get_kind (unit) != NTM_UNIT_KIND_COMMUNE || held == NULL)
        continue;
      if (held->level == level ||
          (level == NTM_LEVEL_NTM && (held->level == NTM_LEVEL_ADVANCED || held->level == NTM_LEVEL_MODEL)) ||
          (level == NTM_LEVEL_ADVANCED && held->level == NTM_LEVEL_MODEL) ||
          (level == NTM_LEVEL_NTM_DECISION_51 && held->level == NTM_LEVEL_MODERN_NTM))
        n++;
    }
  return n;
}

/* Spaces and line breaks collapsed to one space. */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *out = ntm_test_pdf_text (pdf, FALSE);

  return squeeze (out);
}

/* The legend's lines from the heading of the record on, or none. */
static GPtrArray *
record_lines (NtmMapRenderer *renderer)
{
  g_auto(GStrv) lines = ntm_map_renderer_get_legend_lines (renderer);
  NtmClassification *classification = ntm_map_renderer_get_classification (renderer);
  const char *heading = ntm_classification_get_record_title (classification);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  gboolean after = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (heading != NULL && g_str_equal (lines[i], heading))
        after = TRUE;
      if (after)
        g_ptr_array_add (out, g_strdup (lines[i]));
    }
  return out;
}

/* What the legend of 2024 must say under its classes, in the language of
 * the moment: the heading, then NTM, advanced and model communes counted
 * on 17/01/2024 beside the totals reported that day. */
static GPtrArray *
expected_2024 (NtmDatabase *db,
               gboolean     vietnamese)
{
  const struct { NtmLevel level; const char *reported; } rows[] = {
    { NTM_LEVEL_NTM, "181" }, { NTM_LEVEL_ADVANCED, "60" }, { NTM_LEVEL_MODEL, "15" },
  };
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint on_record = communes_at (db, rows[i].level, "2024-01-17");
      g_autofree char *counted = vietnamese
        ? g_strdup_printf ("%u có trong hồ sơ / %s theo báo cáo (17/01/2024)", on_record, rows[i].reported)
        : g_strdup_printf ("%u on record of %s reported (17/01/2024)", on_record, rows[i].reported);

      g_ptr_array_add (out, g_strdup_printf ("%s: %s", ntm_level_palette_get_name (rows[i].level), counted));
    }
  return out;
}

/* The legend of the 2024 export, then the report's map, read back from
 * their PDFs; the renderer says the same lines. */
static void
check_2024 (NtmDatabase *db,
            const char  *heading,
            gboolean     vietnamese,
            const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmMapRenderer) renderer = NULL;
  g_autoptr(GPtrArray) expected = expected_2024 (db, vietnamese);
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, name);
  g_autofree char *shots = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", NULL);
  g_autofree char *png = g_strdup_printf ("%s/%s.png", shots, name);
  g_autofree char *report_pdf = g_strdup_printf ("%s/%s-report.pdf", dir, name);
  g_autofree char *text = NULL;
  g_autofree char *report_text = NULL;

  renderer = ntm_map_export_new_renderer (db, 2024, NTM_MAP_MODE_LEVEL, NULL, &error);
  g_assert_no_error (error);
  lines = record_lines (renderer);
  g_assert_cmpuint (lines->len, ==, 1 + expected->len);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, heading);
  for (guint i = 0; i < expected->len; i++)
    {
      g_test_message ("%s", (const char *) g_ptr_array_index (lines, i + 1));
      g_assert_cmpstr (g_ptr_array_index (lines, i + 1), ==, g_ptr_array_index (expected, i));
    }

  /* the exports: the PDF read back, the PNG to look at */
  g_mkdir_with_parents (shots, 0755);
  g_assert_true (ntm_map_export_write (renderer, db, 2024, NULL, pdf, 1600, 1200, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ntm_map_export_write (renderer, db, 2024, NULL, png, 1600, 1200, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  {
    g_autofree char *want = squeeze (heading);
    g_assert_nonnull (strstr (text, want));
  }
  for (guint i = 0; i < expected->len; i++)
    {
      g_autofree char *want = squeeze (g_ptr_array_index (expected, i));
      g_assert_nonnull (strstr (text, want));
    }

  /* the report's map, as the summary report draws it */
  {
    g_autoptr(NtmOverview) overview = ntm_overview_new (db, 2024, &error);
    cairo_surface_t *surface;
    cairo_t *cr;
    cairo_rectangle_t area = { 40, 40, 515, 370 };

    g_assert_no_error (error);
    surface = cairo_pdf_surface_create (report_pdf, 595, 842);
    cr = cairo_create (surface);
    ntm_report_draw_map (cr, &area, overview, NULL, TRUE);
    cairo_destroy (cr);
    cairo_surface_finish (surface);
    g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy (surface);
  }
  report_text = pdf_text (report_pdf);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autofree char *want = squeeze (g_ptr_array_index (expected, i));
      g_assert_nonnull (strstr (report_text, want));
    }
}

static void
test_export_2024 (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "legend.db");

  check_2024 (db, "Communes at the level or above, on record and reported", FALSE, "legend-2024-en");
}

/* The same in Vietnamese, with the catalogue built beside the tests. */
static void
test_export_2024_vietnamese (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "legend-vi.db");

  g_setenv ("LANGUAGE", "vi", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NTM_LOCALEDIR"));
  g_assert_cmpstr (_("Code"), ==, "Mã");
  check_2024 (db, "Số xã đạt mức trở lên, theo hồ sơ và theo báo cáo", TRUE, "legend-2024-vi");
  g_unsetenv ("LANGUAGE");
  /* binding again makes gettext look at LANGUAGE again */
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NTM_LOCALEDIR"));
  g_assert_cmpstr (_("Code"), ==, "Code");
}

static double
legend_height (NtmMapRenderer *renderer)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double w = 0, h = 0;

  ntm_map_renderer_draw_legend (renderer, cr, 0, 0, 1.0, &w, &h);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return h;
}

/* Nothing is said where no total was reported: 2026's levels, the other
 * modes, the district layer, or 2024 once its totals are gone; a total
 * reported for 2026 is said at once. */
static void
test_only_where_reported (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "legend-none.db");
  g_autoptr(GError) error = NULL;
  const struct { int year; NtmUnitLayer layer; NtmMapMode mode; } silent[] = {
    { 2026, NTM_UNIT_LAYER_COMMUNES, NTM_MAP_MODE_LEVEL },
    { 2024, NTM_UNIT_LAYER_COMMUNES, NTM_MAP_MODE_READINESS },
    { 2024, NTM_UNIT_LAYER_COMMUNES, NTM_MAP_MODE_CRITERIA },
    { 2024, NTM_UNIT_LAYER_DISTRICTS, NTM_MAP_MODE_LEVEL },
  };
  double with_totals, without_totals;

  for (guint i = 0; i < G_N_ELEMENTS (silent); i++)
    {
      g_autoptr(NtmMapRenderer) renderer =
        ntm_map_export_new_renderer_for_layer (db, silent[i].year, silent[i].layer, silent[i].mode, NULL, &error);
      g_autoptr(GPtrArray) lines = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (ntm_classification_get_n_record_counts (ntm_map_renderer_get_classification (renderer)), ==, 0);
      g_assert_null (ntm_classification_get_record_title (ntm_map_renderer_get_classification (renderer)));
      lines = record_lines (renderer);
      g_assert_cmpuint (lines->len, ==, 0);
    }

  /* the legend of 2024 is taller by what it says of the record */
  {
    g_autoptr(NtmMapRenderer) renderer = ntm_map_export_new_renderer (db, 2024, NTM_MAP_MODE_LEVEL, NULL, &error);
    g_assert_no_error (error);
    with_totals = legend_height (renderer);
  }
  ntm_database_exec (db, "DELETE FROM reported_figure WHERE metric LIKE 'communes_%'", &error);
  g_assert_no_error (error);
  {
    g_autoptr(NtmMapRenderer) renderer = ntm_map_export_new_renderer (db, 2024, NTM_MAP_MODE_LEVEL, NULL, &error);
    g_autoptr(GPtrArray) lines = NULL;

    g_assert_no_error (error);
    lines = record_lines (renderer);
    g_assert_cmpuint (lines->len, ==, 0);
    without_totals = legend_height (renderer);
  }
  /* a heading and three counts of at least one line of 11 px each */
  g_assert_cmpfloat (with_totals, >=, without_totals + 4 * 11);

  /* a total reported for the 2026–2030 NTM level */
  ntm_database_exec (db,
                     "INSERT INTO reported_figure (year, metric, scope_code, value, source, note, as_of)"
                     " VALUES (2026, 'communes_ntm_2026', '42', 30, 'test', '', '2026-06')",
                     &error);
  g_assert_no_error (error);
  {
    g_autoptr(NtmMapRenderer) renderer = ntm_map_export_new_renderer (db, 2026, NTM_MAP_MODE_LEVEL, NULL, &error);
    NtmClassification *classification;
    g_autoptr(GPtrArray) lines = NULL;
    g_autofree char *want = NULL;

    g_assert_no_error (error);
    classification = ntm_map_renderer_get_classification (renderer);
    g_assert_cmpuint (ntm_classification_get_n_record_counts (classification), ==, 1);
    g_assert_cmpint (ntm_classification_get_record_count (classification, 0)->metric->level, ==, NTM_LEVEL_NTM_DECISION_51);
    want = g_strdup_printf ("NTM (2026–2030): %u on record of 30 reported (6/2026)",
                            communes_at (db, NTM_LEVEL_NTM_DECISION_51, "2026-06-30"));
    lines = record_lines (renderer);
    g_assert_cmpuint (lines->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (lines, 1), ==, want);
  }
}

int
main (int argc, char **argv)
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NTM_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/map-legend/export-2024", test_export_2024);
  g_test_add_func ("/map-legend/export-2024-vietnamese", test_export_2024_vietnamese);
  g_test_add_func ("/map-legend/only-where-reported", test_only_where_reported);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
