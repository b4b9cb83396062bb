/* test-cli-overview.c: ntm --report and --export-list, run for real
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ntm-test-utils.h"

static char *dir;
static char *db;

static void
run (const char * const *args, int expected, const char *err_must_say)
{
  g_autofree char *out = NULL, *err = NULL;
  int status;

  ntm_test_run_ntm (args, &out, &err, &status);
  if (status != expected)
    g_printerr ("out: %s\nerr: %s\n", out, err);
  g_assert_cmpint (status, ==, expected);
  if (err_must_say)
    g_assert_nonnull (strstr (err, err_must_say));
}

static void
test_report_summary (void)
{
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  const char *args[] = { "--database", db, "--report", "summary", "--year", "2023", "--output", pdf, NULL };
  g_autofree char *text = NULL;

  run (args, 0, NULL);
  text = ntm_test_pdf_text (pdf, TRUE);
  /* an administrative document: the national title, the kind, the year */
  g_assert_nonnull (strstr (text, "SOCIALIST REPUBLIC OF VIET NAM"));
  g_assert_nonnull (strstr (text, "REPORT"));
  g_assert_nonnull (strstr (text, "province in 2023"));
  g_assert_nonnull (strstr (text, "TARGETS AND PROGRESS"));
  g_assert_nonnull (strstr (text, "RESULTS BY DISTRICT"));
  g_assert_nonnull (strstr (text, "Recipients:"));
  g_assert_nonnull (strstr (text, "Huyện Lộc Hà"));
  /* the 2023 reported figures, money in English */
  g_assert_nonnull (strstr (text, "95.539 billion VND"));
  g_assert_nonnull (strstr (text, "Recognised level"));   /* the map's legend */
}

static void
test_report_unit (void)
{
  g_autofree char *pdf = g_build_filename (dir, "unit.pdf", NULL);
  const char *args[] = { "--database", db, "--report", "unit:18565", "--year", "2024", "--output", pdf, NULL };
  g_autofree char *text = NULL;

  run (args, 0, NULL);
  text = ntm_test_pdf_text (pdf, TRUE);
  g_assert_nonnull (strstr (text, "Xã Ngọc Sơn"));
  g_assert_nonnull (strstr (text, "SOCIALIST REPUBLIC OF VIET NAM"));
  g_assert_nonnull (strstr (text, "Recipients:"));
  g_assert_nonnull (strstr (text, "Quy hoạch"));
}

static void
test_report_errors (void)
{
  g_autofree char *pdf = g_build_filename (dir, "bad.pdf", NULL);
  g_autofree char *txt = g_build_filename (dir, "bad.txt", NULL);
  const char *weekly[] = { "--database", db, "--report", "weekly", "--output", pdf, NULL };
  const char *no_unit[] = { "--database", db, "--report", "unit:99999", "--output", pdf, NULL };
  const char *empty_unit[] = { "--database", db, "--report", "unit:", "--output", pdf, NULL };
  const char *not_pdf[] = { "--database", db, "--report", "summary", "--output", txt, NULL };
  const char *no_output[] = { "--database", db, "--report", "summary", NULL };

  run (weekly, 2, "weekly");
  run (no_unit, 2, "99999");
  run (empty_unit, 2, "unit:");
  run (not_pdf, 2, ".pdf");
  run (no_output, 2, ".pdf");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
}

static void
test_export_list (void)
{
  g_autofree char *csv = g_build_filename (dir, "units.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "targets.xlsx", NULL);
  g_autofree char *bad = g_build_filename (dir, "units.ods", NULL);
  const char *units[] = { "--database", db, "--export-list", "units", "--output", csv, NULL };
  const char *targets[] = { "--database", db, "--export-list", "targets", "--year", "2024", "--output", xlsx, NULL };
  const char *bogus[] = { "--database", db, "--export-list", "schemes-x", "--output", csv, NULL };
  const char *ods[] = { "--database", db, "--export-list", "units", "--output", bad, NULL };
  const char *both[] = { "--database", db, "--export-list", "units", "--report", "summary", "--output", csv, NULL };
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  run (units, 0, NULL);
  g_file_get_contents (csv, &contents, NULL, NULL);
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 230 + 1);   /* heading, units, final empty */
  g_assert_true (g_str_has_prefix (lines[0], "\xEF\xBB\xBF" "Code,Name,Kind"));

  run (targets, 0, NULL);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));

  run (bogus, 2, "schemes-x");
  run (ods, 2, ".xlsx");
  run (both, 2, "either");
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

/* The water-scheme list, headings in the user's language. */
static void
test_export_schemes (void)
{
  g_autofree char *csv = g_build_filename (dir, "schemes.csv", NULL);
  g_autofree char *csv_vi = g_build_filename (dir, "schemes-vi.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "schemes.xlsx", NULL);
  const char *en[] = { "--database", db, "--export-list", "schemes", "--output", csv, NULL };
  const char *vi[] = { "--database", db, "--export-list", "schemes", "--output", csv_vi, NULL };
  const char *sheet[] = { "--database", db, "--export-list", "schemes", "--output", xlsx, NULL };
  g_autofree char *contents = NULL, *contents_vi = NULL;

  run (en, 0, NULL);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "Code,Name,Communes served,Status"));

  g_setenv ("LANGUAGE", "vi", TRUE);
  run (vi, 0, NULL);
  g_unsetenv ("LANGUAGE");
  g_assert_true (g_file_get_contents (csv_vi, &contents_vi, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents_vi, "\xEF\xBB\xBF" "Mã,Tên,Các xã được cấp nước"));
  g_assert_nonnull (strstr (contents_vi, "Công suất thiết kế"));

  run (sheet, 0, NULL);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
}

/* Reads a CSV export into its lines (heading first). */
static GStrv
csv_lines (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return g_strsplit (contents, "\r\n", -1);
}

static const char *
line_with (GStrv        lines,
           const char  *prefix)
{
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return lines[i];
  return NULL;
}

/* The records beside the reported totals, in the summary report. */
static void
test_report_counts (void)
{
  g_autofree char *pdf = g_build_filename (dir, "summary-2024.pdf", NULL);
  g_autofree char *pdf_2026 = g_build_filename (dir, "summary-2026.pdf", NULL);
  const char *args[] = { "--database", db, "--report", "summary", "--year", "2024", "--output", pdf, NULL };
  const char *args_2026[] = { "--database", db, "--report", "summary", "--year", "2026", "--output", pdf_2026, NULL };
  g_autofree char *text = NULL, *text_2026 = NULL;

  run (args, 0, NULL);
  text = ntm_test_pdf_text (pdf, TRUE);
  g_assert_nonnull (strstr (text, "Units on record beside the totals reported"));
  g_assert_nonnull (strstr (text, "52 on record of 60 reported (17/01/2024)"));
  g_assert_nonnull (strstr (text, "10 on record of 15 reported (17/01/2024)"));
  g_assert_nonnull (strstr (text, "post260401"));

  /* 2026: the 69 units, the levels of 2026–2030, the June 2025 figures */
  run (args_2026, 0, NULL);
  text_2026 = ntm_test_pdf_text (pdf_2026, TRUE);
  g_assert_nonnull (strstr (text_2026, "Communes at the modern NTM level (pilot)"));
  g_assert_nonnull (strstr (text_2026, "NTM (2026–2030)"));
  g_assert_nonnull (strstr (text_2026, "0 on record (no reported figure)"));
  g_assert_null (strstr (text_2026, "Huyện Lộc Hà"));
}

/* The unit profile shows the level in force by the same rule as the
 * rest: Thạch Trung's sourced advanced decision (2020), not the 2023
 * report's NTM; and a code of 2026 names the new unit. */
static void
test_report_unit_level (void)
{
  g_autofree char *pdf = g_build_filename (dir, "thach-trung.pdf", NULL);
  g_autofree char *pdf_2026 = g_build_filename (dir, "tran-phu.pdf", NULL);
  const char *args[] = { "--database", db, "--report", "unit:18088", "--year", "2024", "--output", pdf, NULL };
  const char *args_2026[] = { "--database", db, "--report", "unit:18100", "--year", "2026", "--output", pdf_2026, NULL };
  g_autofree char *text = NULL, *text_2026 = NULL;

  run (args, 0, NULL);
  text = ntm_test_pdf_text (pdf, TRUE);
  g_assert_nonnull (strstr (text, "Xã Thạch Trung"));
  g_assert_nonnull (strstr (text, "Advanced NTM"));
  g_assert_nonnull (strstr (text, "Known from a report (2020)"));

  run (args_2026, 0, NULL);
  text_2026 = ntm_test_pdf_text (pdf_2026, TRUE);
  g_assert_nonnull (strstr (text_2026, "Phường Trần Phú"));
  /* the official code, not the key Ntm keeps the new unit under */
  g_assert_nonnull (strstr (text_2026, "18100)"));
  g_assert_null (strstr (text_2026, "18100-2025"));
}

static void
test_export_in_time (void)
{
  g_autofree char *units_2024 = g_build_filename (dir, "units-2024.csv", NULL);
  g_autofree char *units_2026 = g_build_filename (dir, "units-2026.csv", NULL);
  g_autofree char *units_vi = g_build_filename (dir, "units-vi.csv", NULL);
  g_autofree char *recognitions = g_build_filename (dir, "recognitions.csv", NULL);
  g_autofree char *recognitions_2023 = g_build_filename (dir, "recognitions-2023.csv", NULL);
  g_autofree char *lineage = g_build_filename (dir, "lineage.csv", NULL);
  g_autofree char *lineage_xlsx = g_build_filename (dir, "lineage.xlsx", NULL);
  const char *a_2024[] = { "--database", db, "--export-list", "units", "--year", "2024", "--output", units_2024, NULL };
  const char *a_2026[] = { "--database", db, "--export-list", "units", "--year", "2026", "--output", units_2026, NULL };
  const char *a_vi[] = { "--database", db, "--export-list", "units", "--year", "2024", "--output", units_vi, NULL };
  const char *a_rec[] = { "--database", db, "--export-list", "recognitions", "--output", recognitions, NULL };
  const char *a_rec_2023[] = { "--database", db, "--export-list", "recognitions", "--year", "2023",
                               "--output", recognitions_2023, NULL };
  const char *a_lin[] = { "--database", db, "--export-list", "lineage", "--output", lineage, NULL };
  const char *a_lin_xlsx[] = { "--database", db, "--export-list", "lineage", "--output", lineage_xlsx, NULL };
  g_auto(GStrv) l_2024 = NULL, l_2026 = NULL, l_vi = NULL, l_rec = NULL, l_rec_2023 = NULL, l_lin = NULL;
  guint inferred = 0;

  /* units of a year, with the level in force on its 31 December */
  run (a_2024, 0, NULL);
  l_2024 = csv_lines (units_2024);
  g_assert_cmpuint (g_strv_length (l_2024), ==, 1 + 230 + 1);
  g_assert_true (g_str_has_suffix (l_2024[0], ",Level in force"));
  g_assert_true (g_str_has_suffix (line_with (l_2024, "18088,"), ",Advanced NTM"));
  g_assert_true (g_str_has_suffix (line_with (l_2024, "18157,"), ",NTM"));
  g_assert_true (g_str_has_suffix (line_with (l_2024, "447,"), ",NTM district"));

  run (a_2026, 0, NULL);
  l_2026 = csv_lines (units_2026);
  g_assert_cmpuint (g_strv_length (l_2026), ==, 1 + 70 + 1);
  g_assert_nonnull (line_with (l_2026, "18100,Phường Trần Phú,Ward,42,"));
  g_assert_null (line_with (l_2026, "447,"));

  g_setenv ("LANGUAGE", "vi", TRUE);
  run (a_vi, 0, NULL);
  g_unsetenv ("LANGUAGE");
  l_vi = csv_lines (units_vi);
  g_assert_true (g_str_has_suffix (line_with (l_vi, "18088,"), ",NTM nâng cao"));

  /* every seeded recognition with its source, all years without --year */
  run (a_rec, 0, NULL);
  l_rec = csv_lines (recognitions);
  g_assert_cmpuint (g_strv_length (l_rec), ==, 1 + 271 + 1);
  g_assert_true (g_str_has_suffix (l_rec[0], ",Source,Revoked on,Note"));
  g_assert_nonnull (strstr (line_with (l_rec, "18505,Xã Hương Thủy,NTM,2021,1337/QĐ-UBND,2022-07-01"),
                            "https://dangcongsan.vn/"));
  g_assert_nonnull (line_with (l_rec, "18505,Xã Hương Thủy,NTM,2022,,"));
  g_assert_nonnull (line_with (l_rec, "447,Huyện Kỳ Anh,NTM district,2023,840/QĐ-TTg,2024-08-15"));
  run (a_rec_2023, 0, NULL);
  l_rec_2023 = csv_lines (recognitions_2023);
  g_assert_cmpuint (g_strv_length (l_rec_2023), <, g_strv_length (l_rec));
  for (guint i = 1; l_rec_2023[i] != NULL && *l_rec_2023[i]; i++)
    g_assert_nonnull (strstr (l_rec_2023[i], ",2023,"));

  /* every lineage link */
  run (a_lin, 0, NULL);
  l_lin = csv_lines (lineage);
  g_assert_cmpuint (g_strv_length (l_lin), ==, 1 + 266 + 1);
  g_assert_true (g_str_has_prefix (l_lin[0], "\xEF\xBB\xBF" "Old code,Old unit,New code,New unit,Effective,"
                                             "Whole or part,Resolution"));
  g_assert_nonnull (line_with (l_lin, "18082,Phường Đại Nài,18073,Phường Thành Sen,2025-07-01,part,1665/NQ-UBTVQH15"));
  g_assert_nonnull (line_with (l_lin, "18193,Xã Sơn Bình,18178,Xã Châu Bình,2025-01-01,whole,1283/NQ-UBTVQH15"));
  for (guint i = 1; l_lin[i] != NULL; i++)
    inferred += strstr (l_lin[i], "INFERRED") != NULL;
  g_assert_cmpuint (inferred, ==, 4);
  run (a_lin_xlsx, 0, NULL);
  g_assert_true (g_file_test (lineage_xlsx, G_FILE_TEST_IS_REGULAR));
}

/* Without --year, the lists of a year use today's (here 3/12/2026). */
static void
test_default_year (void)
{
  g_autofree char *csv = g_build_filename (dir, "units-today.csv", NULL);
  g_autofree char *png = g_build_filename (dir, "map-today.png", NULL);
  const char *args[] = { "--database", db, "--export-list", "units", "--output", csv, NULL };
  const char *map[] = { "--database", db, "--export-map", png, "--size", "400x300", NULL };
  g_auto(GStrv) lines = NULL;

  g_setenv ("NTM_TODAY", "2026-12-03", TRUE);
  run (args, 0, NULL);
  run (map, 0, NULL);
  g_setenv ("NTM_TODAY", "2024-12-31", TRUE);
  lines = csv_lines (csv);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 70 + 1);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();
  db = g_build_filename (dir, "cli.db", NULL);

  g_test_add_func ("/cli/report/summary", test_report_summary);
  g_test_add_func ("/cli/report/unit", test_report_unit);
  g_test_add_func ("/cli/report/errors", test_report_errors);
  g_test_add_func ("/cli/report/counts", test_report_counts);
  g_test_add_func ("/cli/report/unit-level", test_report_unit_level);
  g_test_add_func ("/cli/export/in-time", test_export_in_time);
  g_test_add_func ("/cli/export/default-year", test_default_year);
  g_test_add_func ("/cli/export-list", test_export_list);
  g_test_add_func ("/cli/export-list/schemes", test_export_schemes);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  g_free (db);
  return status;
}
