/* test-cli-import.c: ntm --import-data and --export-list criteria-matrix,
 * run for real
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "ntm-test-utils.h"
#include "ntm-test-xls.h"

static char *dir;

static char *
path_in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

/* A small district summary: two communes, one mark wrong when @bad; as
 * Excel 97–2003 when @path ends in ".xls". */
static void
write_book (const char *path, gboolean bad)
{
  const char *title = "BIỂU TỔNG HỢP TIÊU CHÍ NĂM 2024";
  const char *head[] = { "TT", "Tên xã", "1. Quy hoạch", "2. Giao thông" };
  const char *district[] = { "I", "Huyện Hương Khê" };
  const char *r1[] = { "#1", "Xã Hoà Hải", "Đạt", bad ? "Dat?" : "Chưa đạt" };
  const char *r2[] = { "#2", "Xã Đâu Đó", "Đạt" };
  const char *total[] = { "", "Cộng" };

  if (g_str_has_suffix (path, ".xls"))
    {
      g_autoptr(NtmTestXls) xls = ntm_test_xls_new ();
      NtmTestXlsSheet *ws = ntm_test_xls_add_sheet (xls, "Sheet1");
      g_autoptr(GError) error = NULL;

      ntm_test_xls_merge (xls, ws, 0, 0, 0, 4, title);
      ntm_test_xls_put_row (xls, ws, 2, head, G_N_ELEMENTS (head));
      ntm_test_xls_put_row (xls, ws, 3, district, G_N_ELEMENTS (district));
      ntm_test_xls_put_row (xls, ws, 4, r1, G_N_ELEMENTS (r1));
      ntm_test_xls_put_row (xls, ws, 5, r2, G_N_ELEMENTS (r2));
      ntm_test_xls_put_row (xls, ws, 6, total, G_N_ELEMENTS (total));
      g_assert_true (ntm_test_xls_save (xls, path, &error));
      g_assert_no_error (error);
    }
  else
    {
      lxw_workbook *wb = workbook_new (path);
      lxw_worksheet *ws = workbook_add_worksheet (wb, "Sheet1");

      worksheet_merge_range (ws, 0, 0, 0, 4, title, NULL);
      ntm_test_put_row (ws, 2, head, G_N_ELEMENTS (head));
      ntm_test_put_row (ws, 3, district, G_N_ELEMENTS (district));
      ntm_test_put_row (ws, 4, r1, G_N_ELEMENTS (r1));
      ntm_test_put_row (ws, 5, r2, G_N_ELEMENTS (r2));
      ntm_test_put_row (ws, 6, total, G_N_ELEMENTS (total));
      g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
    }
}

/* The same as XLSX (@data "xlsx") and as Excel 97–2003 ("xls"). */
static void
test_import_data (gconstpointer data)
{
  const char *extension = data;
  g_autofree char *db_name = g_strdup_printf ("cli-%s.db", extension);
  g_autofree char *book_name = g_strdup_printf ("bieu.%s", extension);
  g_autofree char *bad_name = g_strdup_printf ("bieu-loi.%s", extension);
  g_autofree char *db = path_in_dir (db_name);
  g_autofree char *book = path_in_dir (book_name);
  g_autofree char *bad_book = path_in_dir (bad_name);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *check[] = { "--database", db, "--check", NULL };
  const char *dry[] = { "--database", db, "--import-data", book, "--dry-run", NULL };
  const char *real[] = { "--database", db, "--import-data", book, NULL };
  const char *bad[] = { "--database", db, "--import-data", bad_book, NULL };
  const char *expected =
    "rows: 4\nmatched-units: 1\nunmatched: 1\nambiguous: 0\nskipped: 2\nvalues: 2\n"
    "inserted: 2\nupdated: 0\nunchanged: 0\nerrors: 0\nunmatched-row: Sheet1!6 Xã Đâu Đó\n";
  int status;

  write_book (book, FALSE);
  write_book (bad_book, TRUE);
  ntm_test_run_ntm (check, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);

  /* a dry run prints the report and changes nothing */
  before = ntm_test_file_checksum (db);
  ntm_test_run_ntm (dry, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, expected);
  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* an error: reported with its cell, exit status 1, the file untouched */
  ntm_test_run_ntm (bad, &out, &err, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "errors: 1\n"));
  g_assert_nonnull (strstr (out, "error: Sheet1!D5: “Dat?” is not a status"));
  g_assert_null (strstr (out, "committed:"));
  g_clear_pointer (&after, g_free);
  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* for real */
  ntm_test_run_ntm (real, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (out, expected));
  g_assert_nonnull (strstr (out, "\ncommitted: 2\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* again: nothing left to change */
  ntm_test_run_ntm (real, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "inserted: 0\nupdated: 0\nunchanged: 2\n"));
}

static void
test_import_unreadable (void)
{
  g_autofree char *db = path_in_dir ("cli-unreadable.db");
  g_autofree char *text = path_in_dir ("notes.xlsx");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *check[] = { "--database", db, "--check", NULL };
  const char *args[] = { "--database", db, "--import-data", text, NULL };
  int status;

  g_assert_true (g_file_set_contents (text, "not a spreadsheet at all", -1, NULL));
  ntm_test_run_ntm (check, NULL, NULL, &status);
  before = ntm_test_file_checksum (db);
  ntm_test_run_ntm (args, &out, &err, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "notes.xlsx"));
  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
}

/* --export-list criteria-matrix: the office's table, back in unchanged;
 * a missing year or an unknown set is refused with status 2. */
static void
test_export_matrix (void)
{
  g_autofree char *db = path_in_dir ("matrix.db");
  g_autofree char *xlsx = path_in_dir ("tieu-chi.xlsx");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *export[] = { "--database", db, "--export-list", "criteria-matrix", "--year", "2024",
                           "--output", xlsx, NULL };
  const char *import[] = { "--database", db, "--import-data", xlsx, NULL };
  const char *no_year[] = { "--database", db, "--export-list", "criteria-matrix", "--output", xlsx, NULL };
  const char *no_set[] = { "--database", db, "--export-list", "criteria-matrix", "--year", "2024",
                           "--set", "999-none", "--output", xlsx, NULL };
  const char *template[] = { "--database", db, "--export-list", "criteria-template", "--year", "2024",
                             "--set", "318-advanced", "--output", xlsx, NULL };
  int status;

  ntm_test_run_ntm (export, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "(182 rows)"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  ntm_test_run_ntm (import, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (out, "rows: 182\nmatched-units: 182\nunmatched: 0\nambiguous: 0\nskipped: 0\n"));
  g_assert_nonnull (strstr (out, "updated: 0\n"));
  g_assert_nonnull (strstr (out, "errors: 0\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  ntm_test_run_ntm (no_year, &out, &err, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "--year"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  ntm_test_run_ntm (no_set, &out, &err, &status);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "999-none"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  ntm_test_run_ntm (template, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
}

/* The communes' groups of 2026 as an office lists them, or with a bad
 * group, a group on a ward and a group in words when @bad. */
static void
write_groups_book (const char *path, gboolean bad)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, bad ? "Sheet1" : "Nhóm xã 2026");

  if (bad)
    {
      const char *rows[][2] = {
        { "Tên xã", "Nhóm xã" },
        { "Xã Sơn Tiến", "#4" },
        { "Phường Thành Sen", "#2" },
        { "Xã Tứ Mỹ", "ba" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        ntm_test_put_row (ws, i, rows[i], G_N_ELEMENTS (rows[i]));
    }
  else
    {
      const char *rows[][3] = {
        { "STT", "Tên xã", "Nhóm xã" },
        { "I", "Huyện Hương Sơn (cũ)" },
        { "#1", "Xã Hương Sơn", "#2" },
        { "#2", "SƠN HỒNG", "Nhóm 1" },
        { "II", "Huyện Cẩm Xuyên (cũ)" },
        { "#1", "Yên Hoà", "#3" },
        { "", "Cộng" },
      };

      worksheet_merge_range (ws, 0, 0, 0, 2, "DANH SÁCH PHÂN NHÓM XÃ", NULL);
      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        ntm_test_put_row (ws, 2 + i, rows[i], G_N_ELEMENTS (rows[i]));
    }
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

/* --import-data with commune groups: the office's list goes in; the
 * units list of 2026, exported in English or in Vietnamese, comes back
 * with nothing to update; bad groups are refused, the file untouched. */
static void
test_import_groups (void)
{
  g_autofree char *db = path_in_dir ("groups.db");
  g_autofree char *book = path_in_dir ("nhom-xa.xlsx");
  g_autofree char *bad_book = path_in_dir ("nhom-xa-loi-2026.xlsx");
  g_autofree char *units = path_in_dir ("units.xlsx");
  g_autofree char *units_vi = path_in_dir ("don-vi-2026.csv");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *csv = NULL;
  const char *check[] = { "--database", db, "--check", NULL };
  const char *import[] = { "--database", db, "--import-data", book, NULL };
  const char *bad[] = { "--database", db, "--import-data", bad_book, NULL };
  const char *export_en[] = { "--database", db, "--export-list", "units", "--year", "2026", "--output", units, NULL };
  const char *export_vi[] = { "--database", db, "--export-list", "units", "--year", "2026", "--output", units_vi, NULL };
  const char *back_en[] = { "--database", db, "--import-data", units, NULL };
  const char *back_vi[] = { "--database", db, "--import-data", units_vi, NULL };
  const char *round_trip =
    "rows: 70\nmatched-units: 70\nunmatched: 0\nambiguous: 0\nskipped: 0\nvalues: 3\n"
    "inserted: 0\nupdated: 0\nunchanged: 3\nerrors: 0\ncommitted: 0\n";
  int status;

  write_groups_book (book, FALSE);
  write_groups_book (bad_book, TRUE);
  ntm_test_run_ntm (check, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);

  /* bad groups: each with its cell, exit status 1, the file untouched */
  before = ntm_test_file_checksum (db);
  ntm_test_run_ntm (bad, &out, &err, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "errors: 3\n"));
  g_assert_nonnull (strstr (out, "error: Sheet1!B2: There is no commune group 4"));
  g_assert_nonnull (strstr (out, "error: Sheet1!B3: Phường Thành Sen is not a commune (xã)"));
  g_assert_nonnull (strstr (out, "error: Sheet1!B4: “ba” is not a commune group"));
  g_assert_null (strstr (out, "committed:"));
  after = ntm_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* the office's list: three groups, former districts and the total skipped */
  ntm_test_run_ntm (import, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==,
                   "rows: 6\nmatched-units: 3\nunmatched: 0\nambiguous: 0\nskipped: 3\nvalues: 3\n"
                   "inserted: 3\nupdated: 0\nunchanged: 0\nerrors: 0\ncommitted: 3\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* the units list, in English */
  ntm_test_run_ntm (export_en, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  ntm_test_run_ntm (back_en, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, round_trip);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* and in Vietnamese, as CSV: its headings are the Vietnamese ones */
  g_setenv ("LANGUAGE", "vi", TRUE);
  ntm_test_run_ntm (export_vi, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_file_get_contents (units_vi, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "Nhóm xã"));
  g_assert_nonnull (strstr (csv, "Xã Yên Hòa"));
  ntm_test_run_ntm (back_vi, &out, &err, &status);
  g_unsetenv ("LANGUAGE");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, round_trip);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_data_func ("/cli-import/import-data", "xlsx", test_import_data);
  g_test_add_data_func ("/cli-import/import-data-xls", "xls", test_import_data);
  g_test_add_func ("/cli-import/unreadable", test_import_unreadable);
  g_test_add_func ("/cli-import/export-matrix", test_export_matrix);
  g_test_add_func ("/cli-import/groups", test_import_groups);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
