/* test-export.c: lists written as CSV and XLSX, and read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ntm-csv.h"
#include "ntm-export.h"
#include "ntm-fund.h"
#include "ntm-ocop-product.h"
#include "ntm-table.h"
#include "ntm-test-utils.h"
#include "ntm-water-scheme.h"

static char *dir;
static NtmDatabase *db;

static char *
unzip_member (const char *zip, const char *member)
{
  const char *argv[] = { "unzip", "-p", zip, member, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The <c> element of a cell, e.g. cell_xml (sheet, "H2"). */
static char *
cell_xml (const char *sheet, const char *ref)
{
  g_autofree char *needle = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *start = strstr (sheet, needle);
  const char *end;

  if (start == NULL)
    return NULL;
  end = strstr (start, "</c>");
  if (end == NULL || (strstr (start, "/>") && strstr (start, "/>") < end))
    end = strstr (start, "/>");
  return g_strndup (start, end - start);
}

static char *
between (const char *text, const char *open, const char *close)
{
  const char *a = strstr (text, open);
  const char *b;

  if (a == NULL)
    return NULL;
  a += strlen (open);
  b = strstr (a, close);
  return b ? g_strndup (a, b - a) : NULL;
}

static void
test_csv_quoting (void)
{
  g_autoptr(NtmTable) table = ntm_table_new ("test", "Test");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "quoting.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const char *cells[] = { "Kẹo cu đơ \"Thanh Hà\", loại 1", "dòng một\ndòng hai", NULL, "95539000000" };
  gsize length;

  ntm_table_add_column (table, "Tên sản phẩm", NTM_COLUMN_TEXT);
  ntm_table_add_column (table, "Ghi chú", NTM_COLUMN_TEXT);
  ntm_table_add_column (table, "Trống", NTM_COLUMN_TEXT);
  ntm_table_add_column (table, "Số tiền", NTM_COLUMN_INTEGER);
  ntm_table_add_row (table, cells);

  g_assert_true (ntm_export_write_csv (table, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_cmpstr (contents, ==,
                   "\xEF\xBB\xBF" "Tên sản phẩm,Ghi chú,Trống,Số tiền\r\n"
                   "\"Kẹo cu đơ \"\"Thanh Hà\"\", loại 1\",\"dòng một\ndòng hai\",,95539000000\r\n");

  rows = ntm_csv_parse (contents, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  {
    char **row = g_ptr_array_index (rows, 1);
    g_assert_cmpstr (row[0], ==, cells[0]);
    g_assert_cmpstr (row[1], ==, cells[1]);
    g_assert_cmpstr (row[2], ==, "");
    g_assert_cmpstr (row[3], ==, "95539000000");
  }
}

static void
test_xlsx_types (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmOcopProduct) p = ntm_ocop_product_new ();
  g_autoptr(NtmFund) f = ntm_fund_new ();
  g_autoptr(NtmTable) table = NULL;
  g_autofree char *path = g_build_filename (dir, "ocop.xlsx", NULL);
  g_autofree char *sheet = NULL, *strings = NULL, *styles = NULL;
  g_autofree char *score = NULL, *date = NULL, *name = NULL, *style = NULL;
  g_autofree char *date_value = NULL, *xfs = NULL;
  g_autoptr(GDate) epoch = g_date_new_dmy (30, 12, 1899);
  g_autoptr(GDate) decided = g_date_new_dmy (15, 6, 2023);
  g_autofree char *expected_serial = g_strdup_printf ("%d", g_date_days_between (epoch, decided));
  char **xf;
  int style_index;

  ntm_ocop_product_set_name (p, "Nước mắm \"Lộc Hà\", <đặc biệt> & cay");
  ntm_ocop_product_set_producer (p, "HTX Lộc Hà");
  ntm_ocop_product_set_commune_code (p, "18409");
  ntm_ocop_product_set_score (p, 72);
  ntm_ocop_product_set_decision_date (p, "2023-06-15");
  g_assert_true (ntm_database_save_ocop_product (db, p, &error));
  g_assert_no_error (error);

  table = ntm_database_export_list (db, "ocop", 0, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_export_write (table, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  sheet = unzip_member (path, "xl/worksheets/sheet1.xml");
  strings = unzip_member (path, "xl/sharedStrings.xml");
  styles = unzip_member (path, "xl/styles.xml");

  /* headings in the user's language (English here), and the name as text */
  g_assert_nonnull (strstr (strings, ">Product<"));
  g_assert_nonnull (strstr (strings, ">Decision date<"));
  g_assert_nonnull (strstr (strings, "Nước mắm \"Lộc Hà\", &lt;đặc biệt&gt; &amp; cay"));
  name = cell_xml (sheet, "A2");
  g_assert_nonnull (strstr (name, "t=\"s\""));

  /* the score (column H) is a number, not text */
  score = cell_xml (sheet, "H2");
  g_assert_nonnull (score);
  g_assert_null (strstr (score, "t=\""));
  g_assert_nonnull (strstr (score, "<v>72</v>"));

  /* the decision date (column K) is a date: a serial number with a date format */
  date = cell_xml (sheet, "K2");
  g_assert_nonnull (date);
  g_assert_null (strstr (date, "t=\""));
  date_value = between (date, "<v>", "</v>");
  g_assert_cmpstr (date_value, ==, expected_serial);
  style = between (date, "s=\"", "\"");
  g_assert_nonnull (style);
  style_index = atoi (style);
  xfs = between (styles, "<cellXfs", "</cellXfs>");
  xf = g_strsplit (xfs, "<xf ", -1);
  g_assert_cmpint (g_strv_length (xf), >, style_index + 1);
  {
    g_autofree char *fmt_id = between (xf[style_index + 1], "numFmtId=\"", "\"");
    g_autofree char *needle = g_strdup_printf ("numFmtId=\"%s\" formatCode=\"dd/mm/yyyy\"", fmt_id);
    g_assert_nonnull (strstr (styles, needle));
  }
  g_strfreev (xf);

  /* whole đồng stay exact numbers */
  ntm_fund_set_year (f, 2023);
  ntm_fund_set_unit_code (f, "42");
  ntm_fund_set_source (f, NTM_FUND_SPONSORSHIP);
  ntm_fund_set_sponsor (f, "Các đơn vị được phân công");
  ntm_fund_set_actual (f, TRUE, G_GINT64_CONSTANT (95539000000));
  g_assert_true (ntm_database_save_fund (db, f, &error));
  g_clear_object (&table);
  table = ntm_database_export_list (db, "funds", 2023, &error);
  g_assert_true (ntm_export_write (table, path, NULL, NULL, NULL, &error));
  g_clear_pointer (&sheet, g_free);
  sheet = unzip_member (path, "xl/worksheets/sheet1.xml");
  {
    g_autofree char *amount = cell_xml (sheet, "H2");
    g_autofree char *planned = cell_xml (sheet, "G2");
    g_assert_nonnull (strstr (amount, "<v>95539000000</v>"));
    g_assert_null (strstr (amount, "t=\""));
    g_assert_null (planned);   /* unknown plan: an empty cell, not 0 */
  }
}

static void
test_bad_names (void)
{
  g_autoptr(NtmTable) table = ntm_database_export_list (db, "units", 0, NULL);
  g_autofree char *txt = g_build_filename (dir, "units.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "units.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (ntm_table_get_n_rows (table), ==, 230);
  g_assert_false (ntm_export_write (table, txt, NULL, NULL, NULL, &error));
  g_assert_error (error, NTM_EXPORT_ERROR, NTM_EXPORT_ERROR_FORMAT);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (ntm_export_write (table, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, NTM_EXPORT_ERROR, NTM_EXPORT_ERROR_WRITE);
  g_clear_error (&error);

  g_assert_null (ntm_database_export_list (db, "schemes-of-nowhere", 0, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "units, assessments"));
}

static void
test_every_list (void)
{
  const char * const *names = ntm_table_list_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      /* the criteria lists are of one year and one set */
      gboolean criteria = g_str_has_prefix (names[i], "criteria-") || g_str_equal (names[i], "water-figures");
      g_autoptr(NtmTable) table = ntm_database_export_list_for_set (db, names[i], criteria ? 2024 : 0,
                                                                    criteria ? "318-ntm" : NULL, &error);
      g_autofree char *csv = g_strdup_printf ("%s/%s.csv", dir, names[i]);
      g_autofree char *xlsx = g_strdup_printf ("%s/%s.xlsx", dir, names[i]);

      g_assert_no_error (error);
      g_assert_cmpuint (ntm_table_get_n_columns (table), >, 3);
      g_assert_true (ntm_export_write (table, csv, NULL, NULL, NULL, &error));
      g_assert_true (ntm_export_write (table, xlsx, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

/* The water-scheme list: numbers as numbers, dates as dates, unknown
 * figures as empty cells, and the text (commas, quotes) read back as is. */
static void
test_schemes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmWaterSchemeFields) full = ntm_test_new_scheme (TRUE);
  g_autoptr(NtmWaterSchemeFields) bare = ntm_test_new_scheme (FALSE);
  g_autoptr(NtmTable) table = NULL;
  g_autofree char *xlsx = g_build_filename (dir, "schemes.xlsx", NULL);
  g_autofree char *csv = g_build_filename (dir, "schemes.csv", NULL);
  g_autofree char *sheet = NULL, *strings = NULL, *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDate) epoch = g_date_new_dmy (30, 12, 1899);
  g_autoptr(GDate) commissioned = g_date_new_dmy (30, 6, 2022);
  g_autofree char *serial = g_strdup_printf ("<v>%d</v>", g_date_days_between (epoch, commissioned));
  gsize length;

  ntm_water_scheme_fields_add_investment (full, 2021, "central", 12e9);
  ntm_water_scheme_fields_add_investment (full, 2022, "enterprise", 8.5e9);
  g_assert_true (ntm_database_save_water_scheme (db, full, &error));
  g_assert_no_error (error);

  g_assert_true (ntm_database_save_water_scheme (db, bare, &error));
  g_assert_no_error (error);

  table = ntm_database_export_list (db, "schemes", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_table_get_n_rows (table), ==, 2);
  g_assert_cmpuint (ntm_table_get_n_columns (table), ==, 25);
  g_assert_cmpstr (ntm_table_get_heading (table, 6), ==, "Design capacity (m³/day)");
  g_assert_cmpint (ntm_table_get_column_type (table, 6), ==, NTM_COLUMN_NUMBER);
  g_assert_cmpint (ntm_table_get_column_type (table, 9), ==, NTM_COLUMN_INTEGER);
  g_assert_cmpint (ntm_table_get_column_type (table, 15), ==, NTM_COLUMN_DATE);
  /* sorted by name: "Nhà máy…" before "Trạm…" */
  g_assert_cmpstr (ntm_table_get_cell (table, 0, 0), ==, "NMN-01");
  g_assert_cmpstr (ntm_table_get_cell (table, 0, 3), ==, "Operating");
  g_assert_cmpstr (ntm_table_get_cell (table, 0, 21), ==, "Passed");
  g_assert_cmpstr (ntm_table_get_cell (table, 0, 23), ==, "20500000000");
  g_assert_nonnull (strstr (ntm_table_get_cell (table, 0, 2), ", "));   /* two communes */
  g_assert_cmpstr (ntm_table_get_cell (table, 1, 2), ==, "Xã Sơn Hồng");
  /* what the bare scheme does not know (all but its name, commune and
   * default status) stays empty, not zero */
  for (guint c = 4; c < 25; c++)
    g_assert_null (ntm_table_get_cell (table, 1, c));

  g_assert_true (ntm_export_write (table, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  sheet = unzip_member (xlsx, "xl/worksheets/sheet1.xml");
  strings = unzip_member (xlsx, "xl/sharedStrings.xml");
  g_assert_nonnull (strstr (strings, ">Households, actual<"));
  g_assert_nonnull (strstr (strings, "Nhà máy nước \"Thạch Trung\", giai đoạn 2"));
  {
    g_autofree char *output = cell_xml (sheet, "H2");       /* actual output */
    g_autofree char *households = cell_xml (sheet, "K2");
    g_autofree char *date = cell_xml (sheet, "P2");         /* commissioned on */
    g_autofree char *investment = cell_xml (sheet, "X2");
    g_autofree char *empty = cell_xml (sheet, "G3");

    g_assert_null (strstr (output, "t=\""));
    g_assert_nonnull (strstr (output, "<v>2400.5</v>"));
    g_assert_null (strstr (households, "t=\""));
    g_assert_nonnull (strstr (households, "<v>3500</v>"));
    g_assert_null (strstr (date, "t=\""));
    g_assert_nonnull (strstr (date, serial));
    g_assert_nonnull (strstr (date, " s=\""));
    g_assert_nonnull (strstr (investment, "<v>20500000000</v>"));
    g_assert_null (empty);
  }

  g_assert_true (ntm_export_write (table, csv, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (csv, &contents, &length, &error);
  rows = ntm_csv_parse (contents, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  {
    char **heading = g_ptr_array_index (rows, 0);
    char **row = g_ptr_array_index (rows, 1);

    g_assert_cmpstr (heading[1], ==, "Name");
    g_assert_cmpstr (row[1], ==, "Nhà máy nước \"Thạch Trung\", giai đoạn 2");
    g_assert_cmpstr (row[7], ==, "2400.5");
    g_assert_cmpstr (row[15], ==, "2022-06-30");
  }
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = ntm_test_make_temp_dir ();
  path = g_build_filename (dir, "export.db", NULL);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/export/csv-quoting", test_csv_quoting);
  g_test_add_func ("/export/xlsx-types", test_xlsx_types);
  g_test_add_func ("/export/bad-names", test_bad_names);
  g_test_add_func ("/export/schemes", test_schemes);
  g_test_add_func ("/export/every-list", test_every_list);

  status = g_test_run ();
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
