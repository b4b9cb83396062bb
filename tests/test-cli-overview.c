/* test-cli-overview.c: ntm --report and --export-list, run for real
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ntm-test-utils.h"

static char *dir;
static char *db;

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

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
  text = pdf_text (pdf);
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
  text = pdf_text (pdf);
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
  g_test_add_func ("/cli/export-list", test_export_list);
  g_test_add_func ("/cli/export-list/schemes", test_export_schemes);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  g_free (db);
  return status;
}
