/* test-import.c: office spreadsheets imported, from the file to the rows
 *
 * The workbooks are built here as offices make them (letterhead and title
 * rows, merged cells, two- and three-row headers, district group rows,
 * subtotals and totals with formulas, notes below the table, numbers
 * stored as text, percentages as 0.955 or 95,5, every spelling of a
 * commune's name) with libxlsxwriter, and as ODS through GDAL and as CSV;
 * then read through GDAL and imported into a real database file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cpl_vsi.h>
#include <gdal.h>
#include <glib/gstdio.h>
#include <ogr_api.h>
#include <xlsxwriter.h>

#include "ntm-audit-private.h"
#include "ntm-audit.h"
#include "ntm-commune-water.h"
#include "ntm-criteria-edit.h"
#include "ntm-workbook.h"
#include "ntm-test-xls.h"
#include "ntm-criterion-status.h"
#include "ntm-database-private.h"
#include "ntm-evaluation.h"
#include "ntm-export.h"
#include "ntm-fund.h"
#include "ntm-ocop-product.h"
#include "ntm-recognition.h"
#include "ntm-import-private.h"
#include "ntm-import.h"
#include "ntm-table-private.h"
#include "ntm-table.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"
#include "ntm-water-scheme.h"
#include "ntm-workbook-file.h"

typedef struct {
  char        *dir;
  NtmDatabase *db;
  char        *db_path;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = ntm_test_make_temp_dir ();
  f->db = ntm_test_open_database (f->dir, "import.db");
  f->db_path = g_build_filename (f->dir, "import.db", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
  ntm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
}

static char *
path_in (Fixture *f, const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* The database file's checksum, taken with the database closed. */
static char *
database_checksum (Fixture *f)
{
  char *checksum;

  g_clear_object (&f->db);
  checksum = ntm_test_file_checksum (f->db_path);
  f->db = ntm_test_open_database (f->dir, "import.db");
  return checksum;
}

static NtmImport *
import_file (Fixture *f, const char *path, int year, GError **error)
{
  g_autoptr(NtmWorkbook) wb = ntm_workbook_read (path, NULL, NULL, error);
  g_autoptr(GListModel) units = NULL;

  if (wb == NULL)
    return NULL;
  units = ntm_database_list_units (f->db, NULL);
  return ntm_import_new (f->db, wb, units, year, error);
}

static NtmStatus
recorded (Fixture *f, const char *unit, const char *number, int year)
{
  gint64 id = ntm_database_find_criterion (f->db, "318-ntm", number);
  g_assert_cmpint (id, >, 0);
  return ntm_database_get_recorded_status (f->db, unit, id, year, NULL, NULL);
}

static gboolean
has_problem (NtmImport *import, NtmImportProblemKind kind, const char *where, const char *text_part)
{
  for (guint i = 0; i < ntm_import_get_n_problems (import); i++)
    {
      const NtmImportProblem *p = ntm_import_get_problem (import, i);
      if (p->kind == kind && g_str_equal (p->where, where) &&
          (text_part == NULL || strstr (p->text, text_part) != NULL))
        return TRUE;
    }
  return FALSE;
}

/* A district office's "biểu tổng hợp": three header rows (criteria over
 * numbers over short names), a row numbering the columns, group rows,
 * subtotal and total with formulas, notes. */
static const char *short_names[19] = {
  "Quy hoạch", "Giao thông", "Thủy lợi", "Điện", "Trường học", "CSVC văn hóa", "Hạ tầng TM",
  "Thông tin TT", "Nhà ở dân cư", "Thu nhập", "Nghèo đa chiều", "Lao động", "Tổ chức SX",
  "Giáo dục", "Y tế", "Văn hóa", "Môi trường", "HTCT", "QP-AN",
};

/* One sheet of a workbook being written, as XLSX or as Excel 97–2003. */
typedef struct {
  lxw_workbook    *wb;
  lxw_worksheet   *ws;
  lxw_format      *center;
  NtmTestXls      *xls;
  NtmTestXlsSheet *sheet;
} Book;

static void
book_open (Book *b, const char *path, const char *sheet_name)
{
  memset (b, 0, sizeof *b);
  if (g_str_has_suffix (path, ".xls"))
    {
      b->xls = ntm_test_xls_new ();
      b->sheet = ntm_test_xls_add_sheet (b->xls, sheet_name);
      return;
    }
  b->wb = workbook_new (path);
  b->ws = workbook_add_worksheet (b->wb, sheet_name);
  b->center = workbook_add_format (b->wb);
  format_set_align (b->center, LXW_ALIGN_CENTER);
}

static void
book_put (Book *b, int row, int col, const char *text)
{
  if (b->xls != NULL)
    ntm_test_xls_put_cell (b->xls, b->sheet, row, col, text);
  else
    ntm_test_put_cell (b->ws, row, col, text);
}

static void
book_put_row (Book *b, int row, const char * const *cells, int n)
{
  for (int c = 0; c < n; c++)
    book_put (b, row, c, cells[c]);
}

static void
book_merge (Book *b, int first_row, int first_col, int last_row, int last_col, const char *text)
{
  if (b->xls != NULL)
    ntm_test_xls_merge (b->xls, b->sheet, first_row, first_col, last_row, last_col, text);
  else
    worksheet_merge_range (b->ws, first_row, first_col, last_row, last_col, text, b->center);
}

static void
book_close (Book *b, const char *path)
{
  if (b->xls != NULL)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (ntm_test_xls_save (b->xls, path, &error));
      g_assert_no_error (error);
      g_clear_pointer (&b->xls, ntm_test_xls_free);
    }
  else
    g_assert_cmpint (workbook_close (b->wb), ==, LXW_NO_ERROR);
}

/* The office's summary table as a district sends it, as XLSX or (a path
 * ending in ".xls") as Excel 97–2003. */
static void
write_status_book (const char *path, const char *ky_tan_17, const char *extra_cell)
{
  Book b;
  g_autofree char *nfd = g_utf8_normalize ("Xã Phúc Đồng", -1, G_NORMALIZE_NFD);

  book_open (&b, path, "Biểu 01");
  book_merge (&b, 0, 0, 0, 21, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
  book_merge (&b, 1, 0, 1, 21, "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI");
  book_merge (&b, 2, 0, 2, 21, "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ XÃ NTM NĂM 2024");
  book_merge (&b, 4, 0, 6, 0, "TT");
  book_merge (&b, 4, 1, 6, 1, "Tên xã");
  book_merge (&b, 4, 2, 4, 20, "Các tiêu chí");
  book_merge (&b, 4, 21, 6, 21, "Số tiêu chí đạt");
  for (int c = 0; c < 19; c++)
    {
      g_autofree char *number = g_strdup_printf ("#%d", c + 1);

      book_put (&b, 5, 2 + c, number);
      book_put (&b, 6, 2 + c, short_names[c]);
    }
  for (int c = 0; c < 22; c++)
    {
      g_autofree char *n = g_strdup_printf ("(%d)", c + 1);
      book_put (&b, 7, c, n);
    }
  {
    const char *group1[] = { "I", "Huyện Hương Khê" };
    const char *r1[] = { "#1", "Xã Hòa Hải", "Đạt", "Chưa đạt", "Cơ bản đạt", "x", "✓", "Có", "Không" };
    const char *r2[] = { "#2", "Xã Hương Thuỷ", "x" };
    const char *r3[] = { "#3", nfd, "✓", "Đạt" };
    const char *r4[] = { "#4", "PHÚ GIA", "Có", "Không", "Đạt" };
    const char *sub[] = { "", "Cộng huyện Hương Khê", "=COUNTIF(C10:C13,\"Đạt\")|1" };
    const char *group2[] = { "II", "Huyện Kỳ Anh" };
    const char *r5[] = { "#1", "Kỳ Tân", "Đạt" };
    const char *r6[] = { "#2", "Xã Không Có Thật", "Đạt" };
    const char *total[] = { "", "Toàn tỉnh", "=C14+C18|2" };

    book_put_row (&b, 8, group1, 2);
    book_put_row (&b, 9, r1, G_N_ELEMENTS (r1));
    book_put_row (&b, 10, r2, G_N_ELEMENTS (r2));
    book_put_row (&b, 11, r3, G_N_ELEMENTS (r3));
    book_put_row (&b, 12, r4, G_N_ELEMENTS (r4));
    book_put_row (&b, 13, sub, G_N_ELEMENTS (sub));
    book_put_row (&b, 14, group2, 2);
    book_put_row (&b, 15, r5, G_N_ELEMENTS (r5));
    book_put (&b, 15, 18, ky_tan_17);
    book_put_row (&b, 16, r6, G_N_ELEMENTS (r6));
    book_put_row (&b, 17, total, G_N_ELEMENTS (total));
    book_put (&b, 9, 21, "=COUNTIF(C10:U10,\"Đạt\")|2");
    book_put (&b, 19, 0, "Ghi chú: Đạt, Chưa đạt, Cơ bản đạt theo Quyết định 318/QĐ-TTg.");
    book_put (&b, 20, 1, "Người lập biểu");
    if (extra_cell != NULL)
      book_put (&b, 12, 10, extra_cell);
  }
  book_close (&b, path);
}

static void
test_office_statuses (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autoptr(NtmImport) again = NULL;
  /* the same table as XLSX and as Excel 97–2003 */
  const char *file_name = data;
  g_autofree char *path = path_in (f, file_name);
  g_autofree char *imported_from = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GListModel) history = NULL;
  const NtmImportCounts *n;

  write_status_book (path, "Chưa đạt", NULL);
  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_CRITERIA_STATUSES);
  g_assert_cmpint (ntm_import_get_year (import), ==, 2024);

  n = ntm_import_get_counts (import);
  text = ntm_import_to_text (import);
  g_test_message ("%s", text);
  g_assert_cmpuint (n->errors, ==, 0);
  g_assert_cmpuint (n->matched_units, ==, 5);
  g_assert_cmpuint (n->unmatched, ==, 1);
  g_assert_cmpuint (n->ambiguous, ==, 0);
  /* two group rows, a subtotal, a total, a blank row and two notes */
  g_assert_cmpuint (n->skipped, ==, 7);
  g_assert_cmpuint (n->rows, ==, 13);
  g_assert_cmpuint (n->values, ==, 7 + 1 + 2 + 3 + 2);
  g_assert_cmpuint (n->inserted, ==, n->values);
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_UNMATCHED, "Biểu 01!17", "Xã Không Có Thật"));
  g_assert_nonnull (strstr (text, "rows: 13\nmatched-units: 5\nunmatched: 1\nambiguous: 0\nskipped: 7\n"));
  g_assert_nonnull (strstr (text, "unmatched-row: Biểu 01!17 Xã Không Có Thật\n"));

  /* nothing is written before the commit */
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion_status"), ==, 0);
  g_assert_true (ntm_import_commit (import, &error));
  g_assert_no_error (error);

  /* Hòa Hải: every mark */
  g_assert_cmpint (recorded (f, "18508", "1", 2024), ==, NTM_STATUS_MET);
  g_assert_cmpint (recorded (f, "18508", "2", 2024), ==, NTM_STATUS_NOT_MET);
  g_assert_cmpint (recorded (f, "18508", "3", 2024), ==, NTM_STATUS_BASICALLY_MET);
  g_assert_cmpint (recorded (f, "18508", "4", 2024), ==, NTM_STATUS_MET);
  g_assert_cmpint (recorded (f, "18508", "5", 2024), ==, NTM_STATUS_MET);
  g_assert_cmpint (recorded (f, "18508", "6", 2024), ==, NTM_STATUS_MET);
  g_assert_cmpint (recorded (f, "18508", "7", 2024), ==, NTM_STATUS_NOT_MET);
  g_assert_cmpint (recorded (f, "18508", "8", 2024), ==, NTM_STATUS_NO_DATA);
  /* "Hương Thuỷ" (old tone placement), NFD "Phúc Đồng", "PHÚ GIA" */
  g_assert_cmpint (recorded (f, "18505", "1", 2024), ==, NTM_STATUS_MET);
  g_assert_cmpint (recorded (f, "18514", "2", 2024), ==, NTM_STATUS_MET);
  g_assert_cmpint (recorded (f, "18529", "2", 2024), ==, NTM_STATUS_NOT_MET);
  /* Kỳ Tân in Huyện Kỳ Anh (not the town of the same name) */
  g_assert_cmpint (recorded (f, "18814", "1", 2024), ==, NTM_STATUS_MET);
  g_assert_cmpint (recorded (f, "18814", "17", 2024), ==, NTM_STATUS_NOT_MET);
  imported_from = g_strdup_printf ("SELECT count(*) FROM criterion_status WHERE origin = 'imported'"
                                   " AND file_name = '%s' AND year = 2024", file_name);
  g_assert_cmpint (ntm_test_count (f->db, imported_from), ==, 15);

  /* the history names the file */
  history = ntm_database_list_unit_history (f->db, "18508", &error);
  {
    g_autoptr(NtmAuditEntry) entry = g_list_model_get_item (history, 0);
    g_autofree char *description = ntm_audit_entry_describe (entry);
    g_assert_cmpstr (ntm_audit_entry_get_file_name (entry), ==, file_name);
    g_assert_nonnull (strstr (description, file_name));
  }
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM data_import"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT last_audit_id - first_audit_id + 1 FROM data_import"), ==, 15);

  /* the same file again: nothing to change */
  again = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_import_get_counts (again)->updated, ==, 0);
  g_assert_cmpuint (ntm_import_get_counts (again)->inserted, ==, 0);
  g_assert_cmpuint (ntm_import_get_counts (again)->unchanged, ==, 15);

  /* a change, then undo: back as it was */
  {
    g_autoptr(NtmImport) changed = NULL;
    write_status_book (path, "Đạt", NULL);
    changed = import_file (f, path, 0, &error);
    g_assert_cmpuint (ntm_import_get_counts (changed)->updated, ==, 1);
    g_assert_true (ntm_import_commit (changed, &error));
    g_assert_cmpint (recorded (f, "18814", "17", 2024), ==, NTM_STATUS_MET);
    g_assert_true (ntm_import_can_undo (changed));
    g_assert_true (ntm_import_undo (changed, &error));
    g_assert_no_error (error);
    g_assert_cmpint (recorded (f, "18814", "17", 2024), ==, NTM_STATUS_NOT_MET);
    g_assert_false (ntm_import_can_undo (changed));
  }
  /* undoing the first import removes what it recorded */
  g_assert_true (ntm_import_undo (import, &error));
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion_status"), ==, 0);
}

/* Bad cells: each reported with its cell, and nothing written. */
static void
test_bad_cells (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *path = path_in (f, "bieu-loi.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  write_status_book (path, "Dat?", "#1");
  before = database_checksum (f);

  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 2);
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Biểu 01!S16", "“Dat?” is not a status"));
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Biểu 01!K13", "is a number, not a status"));
  g_assert_false (ntm_import_commit (import, &error));
  g_assert_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_HAS_ERRORS);
  g_clear_object (&import);
  after = database_checksum (f);
  g_assert_cmpstr (before, ==, after);
}

/* Indicator values by code: a percentage stored as 0.955, another as the
 * text "95,5", a yes/no as "Có"/"Không"; units matched by code. */
static void
test_indicator_values (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *path = path_in (f, "chi-tieu.xlsx");
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Năm 2024");
  /* "17.1-QCVN" is its own indicator, not 17.1 nor the households on
   * clean water its "QCVN" would suggest */
  const char *head[] = { "STT", "Mã xã", "Tên xã", "Chỉ tiêu 17.1", "2.1", "1.1", "17.1-QCVN" };
  const char *r1[] = { "#1", "#18814", "Kỳ Tân", "#0.955", "95,5", "Có", "#0.5" };
  const char *r2[] = { "#2", "18508", "Hoà Hải", "#0.8", "80", "Không", "#0.62" };
  guint seen = 0;
  double value;

  ntm_test_put_row (ws, 2, head, 7);
  ntm_test_put_row (ws, 3, r1, 7);
  ntm_test_put_row (ws, 4, r2, 7);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_INDICATOR_VALUES);
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 0);
  g_assert_cmpuint (ntm_import_get_counts (import)->values, ==, 8);
  /* the preview says each value as the person reads it */
  for (guint i = 0; i < ntm_import_get_n_changes (import); i++)
    {
      const NtmImportChange *c = ntm_import_get_change (import, i);

      g_assert_null (c->old_text);
      if (g_str_equal (c->unit_code, "18814") && g_str_equal (c->what, "318-ntm 17.1"))
        {
          g_assert_cmpstr (c->new_text, ==, "95.5 %");
          seen++;
        }
      if (g_str_equal (c->unit_code, "18508") && g_str_equal (c->what, "318-ntm 1.1"))
        {
          g_assert_cmpstr (c->new_text, ==, "No");
          seen++;
        }
    }
  g_assert_cmpuint (seen, ==, 2);
  g_assert_true (ntm_import_commit (import, &error));

  /* the same file again: every value unchanged, as on record */
  {
    g_autoptr(NtmImport) again = import_file (f, path, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ntm_import_get_counts (again)->unchanged, ==, 8);
    for (guint i = 0; i < ntm_import_get_n_changes (again); i++)
      {
        const NtmImportChange *c = ntm_import_get_change (again, i);

        g_assert_nonnull (c->old_text);
        g_assert_cmpstr (c->old_text, ==, c->new_text);
        if (g_str_equal (c->unit_code, "18814") && g_str_equal (c->what, "318-ntm 1.1"))
          {
            g_assert_cmpstr (c->old_text, ==, "Yes");
            seen++;
          }
      }
    g_assert_cmpuint (seen, ==, 3);
  }

#define VALUE(unit, code) \
  ntm_test_count (f->db, "SELECT CAST(round(a.value * 10) AS INTEGER) FROM assessment a JOIN indicator i ON i.id = a.indicator_id" \
                         " JOIN criterion c ON c.id = i.criterion_id WHERE c.set_code = '318-ntm' AND a.year = 2024" \
                         " AND i.code = '" code "' AND a.unit_code = '" unit "'")
  g_assert_cmpint (VALUE ("18814", "17.1"), ==, 955);
  g_assert_cmpint (VALUE ("18508", "17.1"), ==, 800);
  g_assert_cmpint (VALUE ("18814", "2.1"), ==, 955);
  g_assert_cmpint (VALUE ("18508", "2.1"), ==, 800);
  g_assert_cmpint (VALUE ("18814", "1.1"), ==, 10);
  g_assert_cmpint (VALUE ("18508", "1.1"), ==, 0);
  g_assert_cmpint (VALUE ("18814", "17.1-QCVN"), ==, 500);
  g_assert_cmpint (VALUE ("18508", "17.1-QCVN"), ==, 620);
#undef VALUE
  (void) value;
}

/* Two columns that read as one indicator are an error on the second's
 * heading, and nothing is written, until one of them is mapped away. */
static void
test_duplicate_columns (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *path = path_in (f, "chi-tieu-trung.xlsx");
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Năm 2024");
  const char *head[] = { "Mã xã", "Tên xã", "17.1", "2.1", "Chỉ tiêu 17.1" };
  const char *r1[] = { "#18814", "Kỳ Tân", "#95", "#90", "#40" };
  gint64 values_before, history_before;

  ntm_test_put_row (ws, 0, head, 5);
  ntm_test_put_row (ws, 1, r1, 5);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  values_before = ntm_test_count (f->db, "SELECT count(*) FROM assessment");
  history_before = ntm_test_count (f->db, "SELECT count(*) FROM audit_log");

  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 1);
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Năm 2024!E1", "headed at Năm 2024!C1 both hold 17.1"));
  g_assert_false (ntm_import_commit (import, &error));
  g_assert_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_HAS_ERRORS);
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment"), ==, values_before);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log"), ==, history_before);

  /* the person says the last column is not used */
  g_assert_true (ntm_import_set_column_role (import, 4, "ignore", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 0);
  g_assert_cmpuint (ntm_import_get_counts (import)->values, ==, 2);
  g_assert_true (ntm_import_commit (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT CAST(round(a.value) AS INTEGER) FROM assessment a"
                                          " JOIN indicator i ON i.id = a.indicator_id JOIN criterion c ON c.id = i.criterion_id"
                                          " WHERE c.set_code = '318-ntm' AND a.year = 2024 AND i.code = '17.1'"
                                          " AND a.unit_code = '18814'"), ==, 95);
}

/* Household water figures as a district sends them: a two-row header,
 * numbers written "1.234"; Hòa Hải's households on clean water are
 * @clean. */
static void
write_water_book (const char *path,
                  const char *clean)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Sheet1");
  const char *head2[] = { "", "", "Tổng số hộ", "Số hộ sử dụng nước hợp vệ sinh", "Số hộ sử dụng nước sạch đạt QCVN", "Tỷ lệ (%)" };
  const char *r1[] = { "I", "Huyện Hương Khê" };
  const char *r2[] = { "#1", "Xã Hương Thủy", "1.234", "#1200", "#900", "#97.2" };
  const char *r3[] = { "#2", "Hòa Hải", "#800", "#700", clean };

  ntm_test_put_cell (ws, 0, 0, "SỐ LIỆU NƯỚC SẠCH NÔNG THÔN NĂM 2024");
  worksheet_merge_range (ws, 2, 0, 3, 0, "TT", NULL);
  worksheet_merge_range (ws, 2, 1, 3, 1, "Xã", NULL);
  worksheet_merge_range (ws, 2, 2, 2, 5, "Số hộ", NULL);
  ntm_test_put_row (ws, 3, head2, G_N_ELEMENTS (head2));
  ntm_test_put_row (ws, 4, r1, G_N_ELEMENTS (r1));
  ntm_test_put_row (ws, 5, r2, G_N_ELEMENTS (r2));
  ntm_test_put_row (ws, 6, r3, G_N_ELEMENTS (r3));
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

/* Household water figures: more on clean water than on hygienic water is
 * refused with its cell; corrected, the figures go in. */
static void
test_water_figures (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *path = path_in (f, "nuoc-sach.xlsx");
  int total, hygienic, clean;

  write_water_book (path, "#750");
  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_WATER_FIGURES);
  /* clean above hygienic on row 7: refused with its cell */
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 1);
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Sheet1!C7", NULL));
  g_assert_false (ntm_import_commit (import, &error));
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM commune_water"), ==, 0);

  /* corrected */
  g_clear_object (&import);
  write_water_book (path, "#650");
  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 0);
  g_assert_cmpuint (ntm_import_get_counts (import)->inserted, ==, 2);
  g_assert_true (ntm_import_commit (import, &error));
  g_assert_true (ntm_database_get_commune_water (f->db, "18505", 2024, &total, &hygienic, &clean, &error));
  g_assert_cmpint (total, ==, 1234);
  g_assert_cmpint (hygienic, ==, 1200);
  g_assert_cmpint (clean, ==, 900);
  g_assert_true (ntm_database_get_commune_water (f->db, "18508", 2024, &total, &hygienic, &clean, &error));
  g_assert_cmpint (clean, ==, 650);
}

static void
write_bytes (const char *path, const void *data, gsize size)
{
  g_autoptr(GError) error = NULL;
  g_assert_true (g_file_set_contents (path, data, size, &error));
}

/* Each bad file is refused with a message a person can act on, and the
 * database stays byte for byte as it was. */
static void
test_bad_files (Fixture *f, gconstpointer data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *zip = path_in (f, "not-a-workbook.xlsx");
  g_autofree char *locked = path_in (f, "locked.xlsx");
  g_autofree char *empty = path_in (f, "empty.xlsx");
  g_autofree char *no_header = path_in (f, "no-header.xlsx");
  g_autofree char *duplicate = path_in (f, "duplicate.xlsx");
  g_autofree char *ansi = path_in (f, "ansi.csv");
  g_autofree char *missing = path_in (f, "missing.xlsx");
  g_autofree char *no_year = path_in (f, "no-year.xlsx");
  g_autofree char *cut = path_in (f, "cut-short.xls");

  /* an Excel 97–2003 workbook cut short (a copy broken off): its header
   * names sectors the file no longer has */
  {
    g_autofree char *bytes = NULL;
    gsize size;

    write_status_book (cut, "Đạt", NULL);
    g_assert_true (g_file_get_contents (cut, &bytes, &size, NULL));
    g_assert_cmpuint (size, >, 3072);
    write_bytes (cut, bytes, 1536);
  }
  /* a zip archive holding a text file */
  {
    g_autofree char *inner = g_strdup_printf ("/vsizip/%s/readme.txt", zip);
    VSILFILE *fp;

    GDALAllRegister ();
    fp = VSIFOpenL (inner, "wb");
    g_assert_nonnull (fp);
    VSIFWriteL ("hello", 1, 5, fp);
    VSIFCloseL (fp);
  }
  /* a workbook protected by a password: an OLE2 container whose
   * directory holds "EncryptedPackage" and "EncryptionInfo" */
  {
    guint8 bytes[2048] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
    const char *names[] = { "EncryptionInfo", "EncryptedPackage" };

    for (guint n = 0; n < 2; n++)
      for (guint i = 0; names[n][i]; i++)
        bytes[1024 + n * 128 + 2 * i] = names[n][i];
    write_bytes (locked, bytes, sizeof bytes);
  }
  {
    lxw_workbook *wb = workbook_new (empty);
    workbook_add_worksheet (wb, "Sheet1");
    g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  }
  {
    lxw_workbook *wb = workbook_new (no_header);
    lxw_worksheet *ws = workbook_add_worksheet (wb, "Thư");
    ntm_test_put_cell (ws, 0, 0, "Kính gửi: Văn phòng Điều phối");
    ntm_test_put_cell (ws, 2, 1, "Danh sách cán bộ tham dự hội nghị");
    ntm_test_put_cell (ws, 3, 1, "Nguyễn Văn A");
    g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  }
  {
    lxw_workbook *wb = workbook_new (duplicate);
    lxw_worksheet *ws = workbook_add_worksheet (wb, "2024");
    const char *head[] = { "TT", "Tên xã", "TC1", "TC2" };
    const char *r1[] = { "#1", "Xã Kỳ Tân", "Đạt", "Đạt" };
    const char *r2[] = { "#2", "Kỳ Tân", "Chưa đạt", "Đạt" };
    ntm_test_put_row (ws, 0, head, 4);
    ntm_test_put_row (ws, 1, r1, 4);
    ntm_test_put_row (ws, 2, r2, 4);
    g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  }
  {
    lxw_workbook *wb = workbook_new (no_year);
    lxw_worksheet *ws = workbook_add_worksheet (wb, "Sheet1");
    const char *head[] = { "TT", "Tên xã", "TC1" };
    const char *r1[] = { "#1", "Xã Kỳ Tân", "Đạt" };
    ntm_test_put_row (ws, 0, head, 3);
    ntm_test_put_row (ws, 1, r1, 3);
    g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  }
  /* "Tên xã" in Windows-1258 */
  write_bytes (ansi, "T\xeamn x\xe3,TC1\nK\xf2 T\xe2n,\xd0\xaf\n", 22);

  before = database_checksum (f);

  {
    const struct { const char *path; GQuark domain; int code; const char *words; } cases[] = {
      { zip, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_NOT_WORKBOOK, "zip archive but not a spreadsheet workbook" },
      { locked, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_PASSWORD, "protected by a password" },
      { empty, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_EMPTY, "every sheet is empty" },
      { no_header, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_NO_HEADER, "has a table Ntm recognises" },
      { no_year, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_NO_YEAR, "which year" },
      { ansi, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_ENCODING, "UTF-8" },
      { missing, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_CANNOT_READ, "cannot be read" },
      { cut, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_DAMAGED, "cannot be read (damaged or incomplete)" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(NtmImport) import = import_file (f, cases[i].path, 0, &error);

        g_test_message ("%s: %s", cases[i].path, error ? error->message : "(no error)");
        g_assert_null (import);
        g_assert_error (error, cases[i].domain, cases[i].code);
        g_assert_nonnull (strstr (error->message, cases[i].words));
      }
  }

  /* two rows for one commune: an error on the second, nothing imported */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NtmImport) import = import_file (f, duplicate, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 1);
    g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "2024!B3", "row 2024!2 already"));
    g_assert_false (ntm_import_commit (import, &error));
  }

  after = database_checksum (f);
  g_assert_cmpstr (before, ==, after);
}

/* A name two units share is reported, never guessed; the district's
 * group row tells them apart. */
static void
test_ambiguous (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *path = path_in (f, "trung-ten.xlsx");
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Năm 2024");
  const char *head[] = { "TT", "Tên xã", "TC 1" };
  const char *r1[] = { "#1", "Kỳ Tân", "Đạt" };
  const char *g[] = { "II", "Huyện Kỳ Anh" };
  const char *r2[] = { "#1", "Kỳ Tân", "Chưa đạt" };

  /* a second Kỳ Tân, in the town of Kỳ Anh */
  ntm_database_exec (f->db, "INSERT INTO unit (code, name, kind, parent_code) VALUES ('99001', 'Xã Kỳ Tân', 'commune', '449')",
                     &error);
  g_assert_no_error (error);
  ntm_test_put_row (ws, 0, head, 3);
  ntm_test_put_row (ws, 1, r1, 3);
  ntm_test_put_row (ws, 2, g, 2);
  ntm_test_put_row (ws, 3, r2, 3);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_import_get_counts (import)->ambiguous, ==, 1);
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_AMBIGUOUS, "Năm 2024!2", "Kỳ Tân"));
  g_assert_cmpuint (ntm_import_get_counts (import)->matched_units, ==, 1);
  g_assert_true (ntm_import_commit (import, &error));
  g_assert_cmpint (recorded (f, "18814", "1", 2024), ==, NTM_STATUS_NOT_MET);
  g_assert_cmpint (recorded (f, "99001", "1", 2024), ==, NTM_STATUS_NO_DATA);
}

/* ODS through GDAL's own writer, and CSV with its byte-order mark. */
static void
test_ods_and_csv (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ods = path_in (f, "bieu-2024.ods");
  g_autofree char *csv = path_in (f, "bieu-2023.csv");
  GDALDriverH driver;
  GDALDatasetH ds;
  OGRLayerH layer;
  const char *fields[] = { "Mã", "Tên xã", "Tiêu chí 2", "Tiêu chí 17" };

  GDALAllRegister ();
  driver = GDALGetDriverByName ("ODS");
  ds = GDALCreate (driver, ods, 0, 0, 0, GDT_Unknown, NULL);
  g_assert_nonnull (ds);
  layer = GDALDatasetCreateLayer (ds, "Biểu", NULL, wkbNone, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      OGRFieldDefnH field = OGR_Fld_Create (fields[i], OFTString);
      OGR_L_CreateField (layer, field, TRUE);
      OGR_Fld_Destroy (field);
    }
  {
    const char *row[] = { "18814", "Kỳ Tân", "Cơ bản đạt", "Đạt" };
    OGRFeatureH feature = OGR_F_Create (OGR_L_GetLayerDefn (layer));
    for (guint i = 0; i < G_N_ELEMENTS (row); i++)
      OGR_F_SetFieldString (feature, i, row[i]);
    g_assert_cmpint (OGR_L_CreateFeature (layer, feature), ==, OGRERR_NONE);
    OGR_F_Destroy (feature);
  }
  GDALClose (ds);

  {
    g_autoptr(NtmImport) import = import_file (f, ods, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpint (ntm_import_get_year (import), ==, 2024);
    g_assert_cmpuint (ntm_import_get_counts (import)->inserted, ==, 2);
    g_assert_true (ntm_import_commit (import, &error));
    g_assert_cmpint (recorded (f, "18814", "2", 2024), ==, NTM_STATUS_BASICALLY_MET);
    g_assert_cmpint (recorded (f, "18814", "17", 2024), ==, NTM_STATUS_MET);
  }

  write_bytes (csv, "\xEF\xBB\xBFTT,Tên xã,Huyện,TC2\n1,Xã Hoà Hải,Huyện Hương Khê,Chưa đạt\n", -1 == 0 ? 0 :
               strlen ("\xEF\xBB\xBFTT,Tên xã,Huyện,TC2\n1,Xã Hoà Hải,Huyện Hương Khê,Chưa đạt\n"));
  {
    g_autoptr(NtmImport) import = import_file (f, csv, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpint (ntm_import_get_year (import), ==, 2023);
    g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (import)->inserted, ==, 1);
    g_assert_true (ntm_import_commit (import, &error));
    g_assert_cmpint (recorded (f, "18508", "2", 2023), ==, NTM_STATUS_NOT_MET);
  }
}

static char *
read_zip_member (const char *zip, const char *member)
{
  g_autofree char *inner = g_strdup_printf ("/vsizip/%s/%s", zip, member);
  VSILFILE *fp = VSIFOpenL (inner, "rb");
  GString *out = g_string_new (NULL);
  char buf[4096];
  size_t n;

  g_assert_nonnull (fp);
  while ((n = VSIFReadL (buf, 1, sizeof buf, fp)) > 0)
    g_string_append_len (out, buf, n);
  VSIFCloseL (fp);
  return g_string_free (out, FALSE);
}

static NtmImport *
export_and_import (Fixture *f, const char *list, int year, const char *set, const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmTable) table = ntm_database_export_list_for_set (f->db, list, year, set, &error);
  g_autofree char *path = path_in (f, file);
  NtmImport *import;

  g_assert_no_error (error);
  g_assert_true (ntm_export_write (table, path, NULL, NULL, NULL, &error));
  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  return import;
}

/* Export, fill in, import: every list that holds what the importer knows
 * comes back with nothing to update; the template is the same table
 * empty; the XLSX has its header frozen, a drop-down on every status cell
 * and the key columns locked. */
static void
test_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const char *files[] = { "matrix.xlsx", "matrix-2024.csv" };
  gint64 c17 = ntm_database_find_criterion (f->db, "318-ntm", "17");
  gint64 c2 = ntm_database_find_criterion (f->db, "318-ntm", "2");

  g_assert_true (ntm_database_set_recorded_status (f->db, "18814", c17, 2024, NTM_STATUS_MET,
                                                   NTM_STATUS_ORIGIN_TYPED, NULL, &error));
  g_assert_true (ntm_database_set_recorded_status (f->db, "18508", c2, 2024, NTM_STATUS_BASICALLY_MET,
                                                   NTM_STATUS_ORIGIN_TYPED, NULL, &error));
  ntm_database_exec (f->db,
                     "INSERT INTO assessment (unit_code, indicator_id, year, value, status_override, override_reason, note)"
                     " SELECT '18505', i.id, 2024, 87.5, NULL, NULL, 'báo cáo xã' FROM indicator i JOIN criterion c"
                     " ON c.id = i.criterion_id WHERE c.set_code = '318-ntm' AND i.kind = 'percent'", &error);
  g_assert_no_error (error);
  ntm_database_exec (f->db,
                     "INSERT INTO assessment (unit_code, indicator_id, year, value, status_override, override_reason)"
                     " SELECT '18505', i.id, 2024, 0, 'met', 'Đã kiểm tra thực địa' FROM indicator i JOIN criterion c"
                     " ON c.id = i.criterion_id WHERE c.set_code = '318-ntm' AND i.kind = 'boolean'", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(NtmImport) import = export_and_import (f, "criteria-matrix", 2024, NULL, files[i]);
      const NtmImportCounts *n = ntm_import_get_counts (import);

      g_test_message ("%s: %u values, %u unchanged", files[i], n->values, n->unchanged);
      g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_CRITERIA_STATUSES);
      g_assert_cmpuint (n->errors, ==, 0);
      g_assert_cmpuint (n->matched_units, ==, 182);
      g_assert_cmpuint (n->updated, ==, 0);
      g_assert_cmpuint (n->inserted, ==, 0);
      g_assert_cmpuint (n->values, >=, 2);
      g_assert_cmpuint (n->unchanged, ==, n->values);
    }

  /* the indicator values, in both formats */
  {
    g_autoptr(NtmImport) xlsx = export_and_import (f, "assessments", 2024, NULL, "values.xlsx");
    g_autoptr(NtmImport) csv = export_and_import (f, "assessments", 2024, NULL, "values.csv");
    gint64 n_values = ntm_test_count (f->db, "SELECT count(*) FROM assessment WHERE year = 2024");

    g_assert_cmpint (ntm_import_get_register (xlsx), ==, NTM_REGISTER_INDICATOR_VALUES);
    g_assert_cmpuint (ntm_import_get_counts (xlsx)->errors, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (xlsx)->updated, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (xlsx)->unchanged, ==, n_values);
    g_assert_cmpuint (ntm_import_get_counts (csv)->errors, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (csv)->updated, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (csv)->unchanged, ==, n_values);
  }

  /* the household water figures, a commune's on record and the others empty */
  g_assert_true (ntm_database_set_commune_water (f->db, "18814", 2024, 1234, 1200, 900, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(NtmImport) water = export_and_import (f, "water-figures", 2024, NULL, "nuoc-2024.xlsx");
    g_autoptr(NtmImport) csv = export_and_import (f, "water-figures", 2024, NULL, "nuoc-2024.csv");

    g_assert_cmpint (ntm_import_get_register (water), ==, NTM_REGISTER_WATER_FIGURES);
    g_assert_cmpuint (ntm_import_get_counts (water)->errors, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (water)->matched_units, ==, 182);
    g_assert_cmpuint (ntm_import_get_counts (water)->values, ==, 3);
    g_assert_cmpuint (ntm_import_get_counts (water)->unchanged, ==, 1);
    g_assert_cmpuint (ntm_import_get_counts (csv)->unchanged, ==, 1);
    g_assert_cmpuint (ntm_import_get_counts (csv)->updated + ntm_import_get_counts (csv)->inserted, ==, 0);
  }

  /* a set's definition */
  {
    g_autoptr(NtmImport) set = export_and_import (f, "criteria-set", 0, "318-ntm", "set.xlsx");
    g_assert_cmpint (ntm_import_get_register (set), ==, NTM_REGISTER_CRITERIA_SET);
    g_assert_cmpuint (ntm_import_get_counts (set)->errors, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (set)->updated, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (set)->inserted, ==, 0);
  }

  /* the empty template: the same table with nothing in it */
  {
    g_autoptr(NtmTable) template = ntm_database_export_list_for_set (f->db, "criteria-template", 2024, NULL, &error);
    g_autoptr(NtmImport) import = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (ntm_table_get_n_rows (template), ==, 182);
    g_assert_cmpuint (ntm_table_get_n_columns (template), ==, 3 + 19 + 1);
    for (guint r = 0; r < ntm_table_get_n_rows (template); r++)
      for (guint c = 3; c < ntm_table_get_n_columns (template); c++)
        g_assert_null (ntm_table_get_cell (template, r, c));
    import = export_and_import (f, "criteria-template", 2024, NULL, "template-2024.xlsx");
    g_assert_cmpuint (ntm_import_get_counts (import)->values, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (import)->matched_units, ==, 182);
  }

  /* what the spreadsheet program sees */
  {
    g_autofree char *path = path_in (f, "matrix.xlsx");
    g_autofree char *sheet = read_zip_member (path, "xl/worksheets/sheet1.xml");

    g_assert_nonnull (strstr (sheet, "xSplit=\"3\" ySplit=\"1\""));
    g_assert_nonnull (strstr (sheet, "<sheetProtection"));
    g_assert_nonnull (strstr (sheet, "type=\"list\""));
    g_assert_nonnull (strstr (sheet, "sqref=\"D2:D"));
    g_assert_nonnull (strstr (sheet, "sqref=\"V2:V"));
  }
}

/* A set defined in a spreadsheet by another office comes in whole: its
 * criteria, indicators and thresholds per commune group; an assessment of
 * 2026 is then held to the group's threshold. */
static void
test_set_from_spreadsheet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *path = path_in (f, "bo-tieu-chi.xlsx");
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Bộ tiêu chí");
  const char *head[] = { "Bộ tiêu chí", "Tên bộ tiêu chí", "Quyết định", "Áp dụng cho", "Mức đạt chuẩn", "Từ năm",
                         "Đến năm", "Tiêu chí", "Tên tiêu chí", "Chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Loại",
                         "So sánh", "Nhóm 1", "Nhóm 2", "Nhóm 3" };
  const char *r1[] = { "51-2025-test", "Xã NTM 2026–2030", "51/2025/QĐ-TTg", "commune", "ntm", "#2026", "#2030",
                       "1", "Quy hoạch", "1.1", "Tỷ lệ đất", "%", "Tỷ lệ", ">=", "#90", "#80", "#70" };
  const char *r2[] = { "51-2025-test", "Xã NTM 2026–2030", "51/2025/QĐ-TTg", "commune", "ntm", "#2026", "#2030",
                       "1", "Quy hoạch", "1.2", "Có quy chế", "", "Có/không", "", "", "", "" };
  const char *bad[] = { "51-2025-test", "", "", "", "", "", "", "2", "Giao thông", "2.1", "Đường", "km", "Mét?" };
  double value;
  gboolean known;
  gint64 i11;

  ntm_test_put_row (ws, 0, head, G_N_ELEMENTS (head));
  ntm_test_put_row (ws, 1, r1, G_N_ELEMENTS (r1));
  ntm_test_put_row (ws, 2, r2, G_N_ELEMENTS (r2));
  ntm_test_put_row (ws, 3, bad, G_N_ELEMENTS (bad));
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_CRITERIA_SET);
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 1);
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Bộ tiêu chí!M4", "Mét?"));
  g_assert_false (ntm_import_commit (import, &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_has_criteria_set (f->db, "51-2025-test"));

  /* without the bad row */
  g_clear_object (&import);
  wb = workbook_new (path);
  ws = workbook_add_worksheet (wb, "Bộ tiêu chí");
  ntm_test_put_row (ws, 0, head, G_N_ELEMENTS (head));
  ntm_test_put_row (ws, 1, r1, G_N_ELEMENTS (r1));
  ntm_test_put_row (ws, 2, r2, G_N_ELEMENTS (r2));
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 0);
  /* the set, one criterion, two indicators, three thresholds */
  g_assert_cmpuint (ntm_import_get_counts (import)->inserted, ==, 7);
  g_assert_true (ntm_import_commit (import, &error));
  g_assert_no_error (error);
  g_assert_false (ntm_import_can_undo (import));

  i11 = ntm_database_find_indicator (f->db, "51-2025-test", "1.1");
  g_assert_cmpint (i11, >, 0);
  g_assert_true (ntm_database_get_group_threshold (f->db, i11, 2, 2026, &known, &value));
  g_assert_cmpfloat (value, ==, 80);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                                          " WHERE c.set_code = '51-2025-test' AND i.kind = 'boolean' AND i.code = '1.2'"), ==, 1);

  /* a group-2 commune in 2026 with 85 %: met; a group-1 one: not met */
  /* two communes of 2026: Xã Hương Sơn in group 2, Xã Sơn Hồng in group 1 */
  g_assert_true (ntm_database_set_commune_group (f->db, "18133-2025", 2026, 2030, 2, NULL, &error));
  g_assert_true (ntm_database_set_commune_group (f->db, "18160-2025", 2026, 2030, 1, NULL, &error));
  g_assert_no_error (error);
  ntm_database_exec (f->db, "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                            " SELECT code, (SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                            "               WHERE c.set_code = '51-2025-test' AND i.code = '1.1'), 2026, 85"
                            " FROM unit WHERE code IN ('18133-2025', '18160-2025')", &error);
  g_assert_no_error (error);
  {
    g_autoptr(NtmEvaluation) ev = ntm_evaluation_new (f->db, 2026, &error);
    gint64 c1 = ntm_database_find_criterion (f->db, "51-2025-test", "1");
    const NtmCriterionResult *r;
    guint n;
    NtmStatus s14 = NTM_STATUS_NO_DATA, s08 = NTM_STATUS_NO_DATA;

    r = ntm_evaluation_get_criteria (ev, "18133-2025", &n);
    for (guint i = 0; i < n; i++)
      if (r[i].criterion_id == c1)
        s14 = r[i].status;
    r = ntm_evaluation_get_criteria (ev, "18160-2025", &n);
    for (guint i = 0; i < n; i++)
      if (r[i].criterion_id == c1)
        s08 = r[i].status;
    /* 1.2 has no value: the criterion is not complete, 1.1 decides met or not */
    g_assert_cmpint (s08, ==, NTM_STATUS_NOT_MET);
    g_assert_cmpint (s14, !=, NTM_STATUS_NOT_MET);
  }
}

/* The lists of records (recognitions, funds, OCOP products, targets) come
 * back with nothing to update, as XLSX and CSV; into a new database they
 * come in whole. */
static void
test_round_trip_records (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmFund) fund = ntm_fund_new ();
  g_autoptr(NtmOcopProduct) product = ntm_ocop_product_new ();
  const struct { const char *list; int year; NtmRegister reg; } lists[] = {
    { "recognitions", 0, NTM_REGISTER_RECOGNITIONS },
    { "funds", 2024, NTM_REGISTER_FUNDS },
    { "ocop", 0, NTM_REGISTER_OCOP },
    { "targets", 2024, NTM_REGISTER_TARGETS },
  };

  ntm_fund_set_year (fund, 2024);
  ntm_fund_set_unit_code (fund, "18814");
  ntm_fund_set_source (fund, NTM_FUND_SPONSORSHIP);
  ntm_fund_set_sponsor (fund, "Công ty CP Sữa, \"Hà Tĩnh\"");
  ntm_fund_set_planned (fund, TRUE, 1500000000);
  ntm_fund_set_actual (fund, TRUE, 1234567000);
  g_assert_true (ntm_database_save_fund (f->db, fund, &error));
  g_assert_no_error (error);
  ntm_ocop_product_set_name (product, "Kẹo cu đơ Thiên Cầm");
  ntm_ocop_product_set_group (product, NTM_OCOP_GROUP_FOOD);
  ntm_ocop_product_set_producer (product, "HTX Kẹo Cu Đơ");
  ntm_ocop_product_set_producer_type (product, NTM_PRODUCER_COOPERATIVE);
  ntm_ocop_product_set_commune_code (product, "18508");
  ntm_ocop_product_set_score (product, 78);
  ntm_ocop_product_set_decision_number (product, "123/QĐ-UBND");
  ntm_ocop_product_set_decision_date (product, "2023-05-10");
  g_assert_true (ntm_database_save_ocop_product (f->db, product, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint format = 0; format < 2; format++)
      {
        g_autofree char *file = g_strdup_printf ("%s.%s", lists[i].list, format ? "csv" : "xlsx");
        g_autoptr(NtmImport) import = export_and_import (f, lists[i].list, lists[i].year, NULL, file);
        const NtmImportCounts *n = ntm_import_get_counts (import);
        g_autofree char *text = ntm_import_to_text (import);

        g_test_message ("%s:\n%s", file, text);
        g_assert_cmpint (ntm_import_get_register (import), ==, lists[i].reg);
        g_assert_cmpuint (n->errors, ==, 0);
        g_assert_cmpuint (n->unmatched + n->ambiguous, ==, 0);
        g_assert_cmpuint (n->updated, ==, 0);
        g_assert_cmpuint (n->inserted, ==, 0);
        g_assert_cmpuint (n->values, >, 0);
      }

  /* the recognitions of one office, into a database without them */
  {
    g_autofree char *path = path_in (f, "recognitions.xlsx");
    g_autoptr(NtmDatabase) other = ntm_test_open_database (f->dir, "other.db");
    g_autoptr(NtmWorkbook) wb = ntm_workbook_read (path, NULL, NULL, &error);
    g_autoptr(GListModel) units = ntm_database_list_units (other, NULL);
    g_autoptr(NtmImport) import = NULL;
    gint64 before;

    ntm_database_exec (other, "DELETE FROM recognition WHERE unit_code IN ('18088', '18091')", &error);
    g_assert_no_error (error);
    before = ntm_test_count (other, "SELECT count(*) FROM recognition");
    import = ntm_import_new (other, wb, units, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ntm_import_get_counts (import)->inserted, ==, 271 - before);
    g_assert_true (ntm_import_commit (import, &error));
    g_assert_cmpint (ntm_test_count (other, "SELECT count(*) FROM recognition"), ==, 271);
    g_assert_true (ntm_import_undo (import, &error));
    g_assert_no_error (error);
    g_assert_cmpint (ntm_test_count (other, "SELECT count(*) FROM recognition"), ==, before);
  }
}

/* Records with a bad cell: said with the cell, nothing written. */
static void
test_bad_records (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *path = path_in (f, "von.xlsx");
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Vốn 2024");
  const char *head[] = { "Năm", "Mã đơn vị", "Đơn vị", "Nguồn", "Nhà tài trợ", "Kế hoạch (đồng)", "Thực huy động (đồng)" };
  const char *r1[] = { "#2024", "18814", "Xã Kỳ Tân", "Vốn tín dụng", "", "1.500.000.000", "#1200000000" };
  const char *r2[] = { "#2024", "18508", "Xã Hòa Hải", "Vốn ngoài trời", "", "#5", "" };
  const char *r3[] = { "#2024", "18505", "Xã Hương Thủy", "Vốn tín dụng", "", "một tỷ", "" };

  ntm_test_put_row (ws, 0, head, 7);
  ntm_test_put_row (ws, 1, r1, 7);
  ntm_test_put_row (ws, 2, r2, 7);
  ntm_test_put_row (ws, 3, r3, 7);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  import = import_file (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_FUNDS);
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 2);
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Vốn 2024!D3", "Vốn ngoài trời"));
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Vốn 2024!F4", "một tỷ"));
  g_assert_false (ntm_import_commit (import, &error));
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM fund"), ==, 0);
}

/* Water schemes: the list comes back unchanged; into a database without
 * them it comes in whole, communes served by name; a commune that is not
 * known is said with its cell. */
static void
test_round_trip_schemes (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmWaterSchemeFields) full = ntm_test_new_scheme (TRUE);
  g_autoptr(NtmWaterSchemeFields) bare = ntm_test_new_scheme (FALSE);

  full->management = g_strdup ("enterprise");
  g_assert_true (ntm_database_save_water_scheme (f->db, full, &error));
  g_assert_no_error (error);
  g_assert_true (ntm_database_save_water_scheme (f->db, bare, &error));
  g_assert_no_error (error);

  for (guint format = 0; format < 2; format++)
    {
      g_autoptr(NtmImport) import = export_and_import (f, "schemes", 0, NULL, format ? "schemes.csv" : "schemes.xlsx");
      const NtmImportCounts *n = ntm_import_get_counts (import);
      g_autofree char *text = ntm_import_to_text (import);

      g_test_message ("%s", text);
      for (guint i = 0; i < ntm_import_get_n_changes (import); i++)
        {
          const NtmImportChange *c = ntm_import_get_change (import, i);
          if (c->action != NTM_IMPORT_UNCHANGED)
            g_test_message ("%s\n  on record: %s\n  in file:   %s", c->what, c->old_text, c->new_text);
        }
      g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_SCHEMES);
      g_assert_cmpuint (n->errors, ==, 0);
      g_assert_cmpuint (n->values, ==, 2);
      g_assert_cmpuint (n->unchanged, ==, 2);
    }

  {
    g_autofree char *path = path_in (f, "schemes.xlsx");
    g_autoptr(NtmDatabase) other = ntm_test_open_database (f->dir, "schemes-other.db");
    g_autoptr(NtmWorkbook) wb = ntm_workbook_read (path, NULL, NULL, &error);
    g_autoptr(GListModel) units = ntm_database_list_units (other, NULL);
    g_autoptr(NtmImport) import = ntm_import_new (other, wb, units, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ntm_import_get_counts (import)->inserted, ==, 2);
    g_assert_true (ntm_import_commit (import, &error));
    g_assert_no_error (error);
    g_assert_cmpint (ntm_test_count (other, "SELECT count(*) FROM water_scheme_commune"), ==, 3);
    g_assert_cmpint (ntm_test_count (other, "SELECT CAST(design_capacity AS INTEGER) FROM water_scheme WHERE code = 'NMN-01'"),
                     ==, 3000);
    g_assert_cmpint (ntm_test_count (other, "SELECT count(*) FROM water_scheme WHERE management = 'enterprise'"), ==, 1);
  }

  /* a commune served that does not exist */
  {
    g_autofree char *path = path_in (f, "cong-trinh.xlsx");
    lxw_workbook *wb = workbook_new (path);
    lxw_worksheet *ws = workbook_add_worksheet (wb, "Công trình");
    const char *head[] = { "Mã", "Tên", "Các xã được cấp nước", "Tình trạng", "Công suất thiết kế (m³/ngày đêm)" };
    const char *r1[] = { "CT-9", "Trạm bơm Đồng Lộc", "Xã Kỳ Tân, Xã Không Có", "Đang hoạt động", "#500" };
    g_autoptr(NtmImport) import = NULL;

    ntm_test_put_row (ws, 0, head, 5);
    ntm_test_put_row (ws, 1, r1, 5);
    g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
    import = import_file (f, path, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 1);
    g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Công trình!C2", "Xã Không Có"));
  }
}

/* ---------------------------------------------------------------------- */
/* Commune groups (Decision 51/2025)                                      */
/* ---------------------------------------------------------------------- */

/* Matched against the units of the year the file is for, as the window
 * and the command line do. */
static NtmImport *
import_for_year (Fixture *f, const char *path, int year, GError **error)
{
  g_autoptr(NtmWorkbook) wb = ntm_workbook_read (path, NULL, NULL, error);

  if (wb == NULL)
    return NULL;
  return ntm_import_new_for_year (f->db, wb, year, 0, error);
}

/* Every span on record, "unit from-to=group (source)", one a line. */
static char *
group_spans (NtmDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = ntm_database_list_commune_groups (db, NULL, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < spans->len; i++)
    {
      NtmCommuneGroupSpan *span = g_ptr_array_index (spans, i);
      g_string_append_printf (out, "%s %d-%d=%d (%s)\n", span->unit_code, span->year_from, span->year_to,
                              span->commune_group, span->source);
    }
  return g_string_free (out, FALSE);
}

static char *
unit_spans (NtmDatabase *db, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = ntm_database_list_commune_groups (db, code, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < spans->len; i++)
    {
      NtmCommuneGroupSpan *span = g_ptr_array_index (spans, i);
      g_string_append_printf (out, "%d-%d=%d;", span->year_from, span->year_to, span->commune_group);
    }
  return g_string_free (out, FALSE);
}

static int
group_of (Fixture *f, const char *code, int year)
{
  g_autoptr(GError) error = NULL;
  int group = ntm_database_get_commune_group (f->db, code, year, &error);

  g_assert_no_error (error);
  return group;
}

/* The office's list of 2026: letterhead and title, a row numbering the
 * columns, the former districts as group rows, names in every spelling
 * (capitals, no prefix, NFD, "Hoà" for "Hòa"), groups written "2", "Nhóm 3"
 * or "II", one left empty, a subtotal with a formula and a note. */
static void
write_groups_book (const char *path)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Phân nhóm");
  lxw_format *center = workbook_add_format (wb);
  g_autofree char *nfd = g_utf8_normalize ("Xã Tứ Mỹ", -1, G_NORMALIZE_NFD);
  const char *head[] = { "TT", "Mã xã", "Tên xã", "Nhóm xã", "Ghi chú" };
  const char *numbers[] = { "(1)", "(2)", "(3)", "(4)", "(5)" };
  const char *g1[] = { "I", "", "Huyện Hương Sơn (cũ)" };
  const char *r1[] = { "#1", "18133", "Xã Hương Sơn", "#2" };
  const char *r2[] = { "#2", "", "SƠN HỒNG", "#1" };
  const char *r3[] = { "#3", "", "xã Sơn Tiến", "Nhóm 3" };
  const char *r4[] = { "#4", "", nfd, "3", "Theo đề nghị của xã" };
  const char *r5[] = { "#5", "", "Kim Hoa", "" };
  const char *sub[] = { "", "", "Cộng", "=COUNTA(D7:D11)|4" };
  const char *g2[] = { "II", "", "Huyện Đức Thọ (cũ)" };
  const char *r6[] = { "#1", "", "Đức Thọ", "II" };
  const char *g3[] = { "III", "", "Huyện Cẩm Xuyên (cũ)" };
  const char *r7[] = { "#1", "", "Yên Hoà", "#2" };

  format_set_align (center, LXW_ALIGN_CENTER);
  worksheet_merge_range (ws, 0, 0, 0, 4, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", center);
  worksheet_merge_range (ws, 1, 0, 1, 4, "DANH SÁCH PHÂN NHÓM CÁC XÃ NĂM 2026", center);
  ntm_test_put_row (ws, 3, head, G_N_ELEMENTS (head));
  ntm_test_put_row (ws, 4, numbers, G_N_ELEMENTS (numbers));
  ntm_test_put_row (ws, 5, g1, G_N_ELEMENTS (g1));
  ntm_test_put_row (ws, 6, r1, G_N_ELEMENTS (r1));
  ntm_test_put_row (ws, 7, r2, G_N_ELEMENTS (r2));
  ntm_test_put_row (ws, 8, r3, G_N_ELEMENTS (r3));
  ntm_test_put_row (ws, 9, r4, G_N_ELEMENTS (r4));
  ntm_test_put_row (ws, 10, r5, G_N_ELEMENTS (r5));
  ntm_test_put_row (ws, 11, sub, G_N_ELEMENTS (sub));
  ntm_test_put_row (ws, 12, g2, G_N_ELEMENTS (g2));
  ntm_test_put_row (ws, 13, r6, G_N_ELEMENTS (r6));
  ntm_test_put_row (ws, 14, g3, G_N_ELEMENTS (g3));
  ntm_test_put_row (ws, 15, r7, G_N_ELEMENTS (r7));
  ntm_test_put_cell (ws, 17, 0, "Ghi chú: nhóm xã theo kết quả rà soát của tỉnh.");
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

/* Each commune's group from the file's year on, in one transaction with
 * the file named; the same group as on record is left alone; Undo puts
 * back every span as it was. */
static void
test_commune_groups (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *path = path_in (f, "nhom-xa.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *text = NULL;
  const NtmImportCounts *n;
  gint64 first_audit, last_audit;

  /* on record: Hương Sơn in group 1 for two years then 3, Sơn Hồng in 3,
   * Yên Hòa in 2 as the file has it */
  g_assert_true (ntm_database_set_commune_group (f->db, "18133-2025", 2026, 2027, 1, "QĐ 2026", &error));
  g_assert_true (ntm_database_set_commune_group (f->db, "18133-2025", 2028, 0, 3, "QĐ 2028", &error));
  g_assert_true (ntm_database_set_commune_group (f->db, "18160-2025", 2026, 0, 3, "QĐ 2026", &error));
  g_assert_true (ntm_database_set_commune_group (f->db, "18682-2025", 2026, 0, 2, "QĐ 2026", &error));
  g_assert_no_error (error);
  before = group_spans (f->db);

  write_groups_book (path);
  import = import_for_year (f, path, 0, &error);
  g_assert_no_error (error);
  text = ntm_import_to_text (import);
  g_test_message ("%s", text);
  n = ntm_import_get_counts (import);
  g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_COMMUNE_GROUPS);
  g_assert_cmpint (ntm_import_get_year (import), ==, 2026);
  g_assert_cmpuint (n->errors, ==, 0);
  g_assert_cmpuint (n->unmatched + n->ambiguous, ==, 0);
  /* seven communes, six groups (Kim Hoa's cell is empty) */
  g_assert_cmpuint (n->matched_units, ==, 7);
  g_assert_cmpuint (n->values, ==, 6);
  g_assert_cmpuint (n->inserted, ==, 3);
  g_assert_cmpuint (n->updated, ==, 2);
  g_assert_cmpuint (n->unchanged, ==, 1);
  /* three former districts, the subtotal, a blank row and the note */
  g_assert_cmpuint (n->skipped, ==, 6);
  for (guint i = 0; i < ntm_import_get_n_changes (import); i++)
    {
      const NtmImportChange *c = ntm_import_get_change (import, i);

      if (g_str_equal (c->unit_code, "18160-2025"))
        {
          g_assert_cmpstr (c->old_text, ==, "3");
          g_assert_cmpstr (c->new_text, ==, "1");
          g_assert_cmpstr (c->cell, ==, "Phân nhóm!D8");
        }
      if (g_str_equal (c->unit_code, "18229-2025"))
        {
          g_assert_null (c->old_text);
          g_assert_cmpstr (c->new_text, ==, "2");
        }
    }
  /* nothing written before the commit */
  {
    g_autofree char *now = group_spans (f->db);
    g_assert_cmpstr (now, ==, before);
  }

  first_audit = ntm_test_count (f->db, "SELECT coalesce(max(id), 0) FROM audit_log");
  g_assert_true (ntm_import_commit (import, &error));
  g_assert_no_error (error);
  last_audit = ntm_test_count (f->db, "SELECT max(id) FROM audit_log");

  g_assert_cmpint (group_of (f, "18133-2025", 2026), ==, 2);
  g_assert_cmpint (group_of (f, "18133-2025", 2030), ==, 2);
  g_assert_cmpint (group_of (f, "18160-2025", 2026), ==, 1);
  g_assert_cmpint (group_of (f, "18163-2025", 2027), ==, 3);
  g_assert_cmpint (group_of (f, "18202-2025", 2026), ==, 3);
  g_assert_cmpint (group_of (f, "18229-2025", 2026), ==, 2);
  g_assert_cmpint (group_of (f, "18682-2025", 2026), ==, 2);
  g_assert_cmpint (group_of (f, "18223-2025", 2026), ==, 0);
  /* from 2026 on: the spans that were there are replaced by one */
  {
    g_autofree char *spans = unit_spans (f->db, "18133-2025");
    g_assert_cmpstr (spans, ==, "2026-0=2;");
  }
  /* the file is the source; the group already on record keeps its own */
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM commune_group WHERE source = 'nhom-xa.xlsx'"), ==, 5);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM commune_group WHERE unit_code = '18682-2025'"
                                          " AND source = 'QĐ 2026'"), ==, 1);
  /* the history names the file */
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM data_import WHERE file_name = 'nhom-xa.xlsx'"
                                          " AND register = 'Commune groups' AND year = 2026"
                                          " AND inserted = 3 AND updated = 2"), ==, 1);
  g_assert_cmpint (last_audit, >, first_audit);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE id > %" G_GINT64_FORMAT
                                            " AND entity <> 'commune_group'", first_audit);
    g_assert_cmpint (ntm_test_count (f->db, sql), ==, 0);
  }

  /* Undo: every span as it was, sources too */
  g_assert_true (ntm_import_can_undo (import));
  g_assert_true (ntm_import_undo (import, &error));
  g_assert_no_error (error);
  after_undo = group_spans (f->db);
  g_assert_cmpstr (after_undo, ==, before);
}

/* A group 4, a group on a ward and a group in words: each an error with
 * its cell, nothing imported, the database byte for byte as it was. */
static void
test_bad_groups (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *path = path_in (f, "nhom-xa-loi-2026.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Sheet1");
  const char *head[] = { "STT", "Mã", "Đơn vị", "Nhóm" };
  const char *r1[] = { "#1", "18133", "Xã Hương Sơn", "#4" };
  const char *r2[] = { "#2", "", "Phường Hoành Sơn", "#1" };
  const char *r3[] = { "#3", "", "Xã Sơn Hồng", "Nhóm hai" };
  const char *r4[] = { "#4", "", "Xã Sơn Tiến", "#2" };
  const char *r5[] = { "#5", "", "Sơn Tiến", "#3" };

  ntm_test_put_row (ws, 0, head, 4);
  ntm_test_put_row (ws, 1, r1, 4);
  ntm_test_put_row (ws, 2, r2, 4);
  ntm_test_put_row (ws, 3, r3, 4);
  ntm_test_put_row (ws, 4, r4, 4);
  ntm_test_put_row (ws, 5, r5, 4);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  before = database_checksum (f);

  import = import_for_year (f, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_COMMUNE_GROUPS);
  g_assert_cmpint (ntm_import_get_year (import), ==, 2026);
  g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 4);
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Sheet1!D2", "no commune group 4"));
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Sheet1!D3", "Phường Hoành Sơn is not a commune"));
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Sheet1!D4", "“Nhóm hai” is not a commune group"));
  g_assert_true (has_problem (import, NTM_IMPORT_PROBLEM_ERROR, "Sheet1!D6", "row Sheet1!5 already"));
  g_assert_false (ntm_import_commit (import, &error));
  g_assert_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_HAS_ERRORS);
  g_clear_object (&import);

  after = database_checksum (f);
  g_assert_cmpstr (before, ==, after);
}

/* A copy of @table with the group of the units in @codes set to @groups. */
static NtmTable *
units_with_groups (NtmTable *table, const char * const *codes, const char * const *groups)
{
  NtmTable *copy = ntm_table_new (ntm_table_get_name (table), ntm_table_get_title (table));
  guint n_columns = ntm_table_get_n_columns (table);
  guint group_column = G_MAXUINT;

  for (guint c = 0; c < n_columns; c++)
    {
      ntm_table_add_column (copy, ntm_table_get_heading (table, c), ntm_table_get_column_type (table, c));
      if (g_str_equal (ntm_table_get_heading (table, c), "Commune group"))
        group_column = c;
    }
  g_assert_cmpuint (group_column, <, n_columns);
  for (guint r = 0; r < ntm_table_get_n_rows (table); r++)
    {
      g_autofree const char **cells = g_new0 (const char *, n_columns);

      for (guint c = 0; c < n_columns; c++)
        cells[c] = ntm_table_get_cell (table, r, c);
      for (guint i = 0; codes[i] != NULL; i++)
        if (g_str_equal (cells[0], codes[i]))
          cells[group_column] = groups[i];
      ntm_table_add_row (copy, cells);
    }
  return copy;
}

/* The units list of 2026 comes back through the commune groups with
 * nothing to update, as XLSX and as CSV; with two groups changed it
 * updates exactly those; the list of 2024 (no groups) changes nothing. */
static void
test_round_trip_groups (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmTable) table = NULL;
  g_autoptr(NtmTable) edited = NULL;
  const char *files[] = { "units.xlsx", "units-2026.csv" };
  const char *codes[] = { "18160", "18196", NULL };
  const char *groups[] = { "2", "1", NULL };
  g_autofree char *hs_before = NULL;
  g_autofree char *hs_after = NULL;

  g_assert_true (ntm_database_set_commune_group (f->db, "18133-2025", 2026, 0, 2, "QĐ 2026", &error));
  g_assert_true (ntm_database_set_commune_group (f->db, "18160-2025", 2026, 2030, 1, "QĐ 2026", &error));
  g_assert_true (ntm_database_set_commune_group (f->db, "18163-2025", 2026, 0, 3, "QĐ 2026", &error));
  g_assert_no_error (error);
  table = ntm_database_export_list (f->db, "units", 2026, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = path_in (f, files[i]);
      g_autoptr(NtmImport) import = NULL;
      const NtmImportCounts *n;

      g_assert_true (ntm_export_write (table, path, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      import = import_for_year (f, path, 0, &error);
      g_assert_no_error (error);
      n = ntm_import_get_counts (import);
      g_test_message ("%s: %u values, %u unchanged", files[i], n->values, n->unchanged);
      g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_COMMUNE_GROUPS);
      g_assert_cmpint (ntm_import_get_year (import), ==, 2026);
      g_assert_cmpuint (n->errors, ==, 0);
      g_assert_cmpuint (n->unmatched + n->ambiguous, ==, 0);
      /* the province and its 69 communes and wards */
      g_assert_cmpuint (n->matched_units, ==, 70);
      g_assert_cmpuint (n->values, ==, 3);
      g_assert_cmpuint (n->unchanged, ==, 3);
      g_assert_cmpuint (n->updated, ==, 0);
      g_assert_cmpuint (n->inserted, ==, 0);
    }

  /* Sơn Hồng from group 1 to 2, Sơn Kim 1 (a commune that kept its key) given group 1 */
  hs_before = unit_spans (f->db, "18133-2025");
  edited = units_with_groups (table, codes, groups);
  {
    g_autofree char *path = path_in (f, "units-edited.xlsx");
    g_autoptr(NtmImport) import = NULL;
    const NtmImportCounts *n;

    g_assert_true (ntm_export_write (edited, path, NULL, NULL, NULL, &error));
    import = import_for_year (f, path, 0, &error);
    g_assert_no_error (error);
    n = ntm_import_get_counts (import);
    g_assert_cmpuint (n->errors, ==, 0);
    g_assert_cmpuint (n->values, ==, 4);
    g_assert_cmpuint (n->updated, ==, 1);
    g_assert_cmpuint (n->inserted, ==, 1);
    g_assert_cmpuint (n->unchanged, ==, 2);
    g_assert_true (ntm_import_commit (import, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (group_of (f, "18160-2025", 2026), ==, 2);
  g_assert_cmpint (group_of (f, "18160-2025", 2031), ==, 2);
  g_assert_cmpint (group_of (f, "18196", 2026), ==, 1);
  g_assert_cmpint (group_of (f, "18163-2025", 2026), ==, 3);
  hs_after = unit_spans (f->db, "18133-2025");
  g_assert_cmpstr (hs_after, ==, hs_before);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM commune_group WHERE source = 'units-edited.xlsx'"), ==, 2);

  /* 2024: districts and communes, no group anywhere, nothing to do */
  {
    g_autoptr(NtmTable) units_2024 = ntm_database_export_list (f->db, "units", 2024, &error);
    g_autofree char *path = path_in (f, "units-2024.xlsx");
    g_autoptr(NtmImport) import = NULL;
    const NtmImportCounts *n;

    g_assert_no_error (error);
    g_assert_true (ntm_export_write (units_2024, path, NULL, NULL, NULL, &error));
    import = import_for_year (f, path, 0, &error);
    g_assert_no_error (error);
    n = ntm_import_get_counts (import);
    g_assert_cmpint (ntm_import_get_register (import), ==, NTM_REGISTER_COMMUNE_GROUPS);
    g_assert_cmpint (ntm_import_get_year (import), ==, 2024);
    g_assert_cmpuint (n->errors, ==, 0);
    g_assert_cmpuint (n->matched_units, ==, 1 + 13 + 216);
    g_assert_cmpuint (n->values + n->updated + n->inserted, ==, 0);
  }
}

/* A cell is named as a spreadsheet names it. */
static void
test_cell_reference (void)
{
  static const struct { guint row, column; const char *want; } cases[] = {
    { 1, 0, "Biểu 01!A1" }, { 23, 5, "Biểu 01!F23" }, { 100, 25, "Biểu 01!Z100" },
    { 7, 26, "Biểu 01!AA7" }, { 1048576, 16383, "Biểu 01!XFD1048576" }, { 0, 1, "Biểu 01!B0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = ntm_cell_reference ("Biểu 01", cases[i].row, cases[i].column);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The history of the assessments, one line a change, in order: what
 * was done to which value of which unit, the value before (none for a
 * value entered) and after, and by whom. */
static char *
assessment_history (NtmDatabase *db)
{
  return ntm_test_query_text (db,
                              "SELECT group_concat (line, char (10)) FROM ("
                              " SELECT action || '|' || entity_key || '|' || unit_code || '|'"
                              "   || CASE WHEN old_value IS NULL THEN 'none'"
                              "        ELSE coalesce (json_extract (old_value, '$.value'), '-') END || '|'"
                              "   || coalesce (json_extract (new_value, '$.value'), '-') || '|' || changed_by AS line"
                              " FROM history_entry WHERE entity = 'assessment' ORDER BY line)");
}

/* A large import writes the history of its values a unit and year at a
 * time; read one change at a time, it is the history the triggers write
 * one value at a time: a second database given the same values row by row
 * (through the triggers) holds the same changes, for new values and
 * changed ones, and the person reads the same account of each change. */
static void
test_bulk_history (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) reference = ntm_test_open_database (f->dir, "reference.db");
  g_autofree char *attach = g_strdup_printf ("ATTACH DATABASE '%s' AS src", f->db_path);
  const char *head[] = { "Mã xã", "Tên xã", "Chỉ tiêu 17.1", "2.1", "1.1" };
  const char *first[][5] = {
    { "#18814", "Kỳ Tân", "#0.955", "95,5", "Có" },
    { "18508", "Hoà Hải", "#0.812345678901234567", "80", "Không" },
  };
  /* Kỳ Tân's 17.1 and Hòa Hải's 17.1, 2.1 and 1.1 change; Sơn Hồng is new
   * (numbers of many digits, written in the history as SQLite writes them) */
  const char *second[][5] = {
    { "#18814", "Kỳ Tân", "#0.96", "95,5", "Có" },
    { "18508", "Hoà Hải", "#0.8", "85", "Có" },
    { "18139", "Sơn Hồng", "#0.7000000000000001", "60", "Không" },
  };
  const char *upsert = "INSERT INTO assessment (unit_code, indicator_id, year, value, author)"
                       " SELECT unit_code, indicator_id, year, value, author FROM src.assessment"
                       " WHERE year = 2024 AND unit_code IN ('18814', '18508', '18139')"
                       " ORDER BY unit_code, indicator_id"
                       " ON CONFLICT (unit_code, indicator_id, year) DO UPDATE SET value = excluded.value";
  const char *with_note = "INSERT INTO assessment (unit_code, indicator_id, year, value, status_override,"
                          "   override_reason, note)"
                          " SELECT '18508', i.id, 2024, 70, 'met', 'Theo biên bản thẩm định', 'Số liệu “cũ”'"
                          " FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                          " WHERE c.set_code = '318-ntm' AND i.code = '2.1'";
  const char *now = "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";
  g_autofree char *started = NULL;
  g_autofree char *finished = NULL;
  gint64 before, last_before;

  ntm_database_set_user_name (f->db, "Cán bộ thử");
  ntm_database_set_user_name (reference, "Cán bộ thử");
  /* Hòa Hải's 2.1 is on record with a status set by hand and a note,
   * which its new value keeps */
  g_assert_true (ntm_database_exec (f->db, with_note, &error));
  g_assert_true (ntm_database_exec (reference, with_note, &error));
  g_assert_no_error (error);
  before = ntm_test_count (f->db, "SELECT count(*) FROM history_entry WHERE entity = 'assessment'");
  last_before = ntm_test_count (f->db, "SELECT max(id) FROM audit_log");
  started = ntm_test_query_text (f->db, now);
  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *name = g_strdup_printf ("lich-su-%u.xlsx", round);
      g_autofree char *path = path_in (f, name);
      lxw_workbook *wb = workbook_new (path);
      lxw_worksheet *ws = workbook_add_worksheet (wb, "Năm 2024");
      g_autoptr(NtmImport) import = NULL;

      ntm_test_put_row (ws, 0, head, 5);
      for (guint r = 0; r < (round == 0 ? G_N_ELEMENTS (first) : G_N_ELEMENTS (second)); r++)
        ntm_test_put_row (ws, r + 1, round == 0 ? first[r] : second[r], 5);
      g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
      import = import_file (f, path, 0, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ntm_import_get_counts (import)->errors, ==, 0);
      g_assert_true (ntm_import_commit (import, &error));
      g_assert_no_error (error);

      /* the same values, row by row */
      g_assert_true (ntm_database_exec (reference, attach, &error));
      g_assert_true (ntm_database_exec (reference, upsert, &error));
      g_assert_true (ntm_database_exec (reference, "DETACH DATABASE src", &error));
      g_assert_no_error (error);
    }
  finished = ntm_test_query_text (f->db, now);

  /* five new values and Hòa Hải's 2.1 changed, then four changed and three
   * new: a row for the values entered and one for those changed, for
   * each unit and year */
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM history_entry WHERE entity = 'assessment'") - before,
                   ==, 13);
  {
    g_autofree char *rows = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE id > %" G_GINT64_FORMAT, last_before);

    g_assert_cmpint (ntm_test_count (f->db, rows), ==, 6);
  }
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE entity = 'assessment_values'"
                                          " AND action = 'update' AND unit_code = '18508'"), ==, 2);
  {
    g_autofree char *bulk = assessment_history (f->db);
    g_autofree char *by_row = assessment_history (reference);

    g_assert_cmpstr (bulk, ==, by_row);
  }
  /* each change says when, as the triggers say it, and each value was
   * saved by the person at the time its history gives */
  {
    g_autofree char *outside = g_strdup_printf ("SELECT count(*) FROM history_entry WHERE entity = 'assessment'"
                                                " AND id > %" G_GINT64_FORMAT " AND (changed_at < '%s'"
                                                " OR changed_at > '%s' OR changed_at NOT GLOB"
                                                " '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z')",
                                                last_before, started, finished);

    g_assert_cmpint (ntm_test_count (f->db, outside), ==, 0);
    g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment s WHERE year = 2024"
                                            " AND unit_code IN ('18814', '18508', '18139')"
                                            " AND (author IS NOT 'Cán bộ thử' OR updated_at IS NOT"
                                            "   (SELECT max(changed_at) FROM history_entry a WHERE a.entity = 'assessment'"
                                            "    AND a.unit_code = s.unit_code"
                                            "    AND a.entity_key = s.indicator_id || '/' || s.year))"), ==, 0);
  }
  /* and the history names the file of each */
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM data_import d JOIN history_entry a"
                                          " ON a.id BETWEEN d.first_audit_id AND d.last_audit_id"
                                          " WHERE a.entity = 'assessment' AND d.file_name LIKE 'lich-su-%'"), ==, 13);
  /* the values were written with their parents checked once each, and
   * the keys are checked again after */
  g_assert_cmpint (ntm_test_count (f->db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  /* Hòa Hải's 2.1 keeps its status set by hand, its reason and its note */
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment WHERE unit_code = '18508' AND year = 2024"
                                          " AND value = 85 AND status_override = 'met'"
                                          " AND override_reason = 'Theo biên bản thẩm định' AND note = 'Số liệu “cũ”'"),
                   ==, 1);
  /* the person reads the same account of each change (within an import
   * in the file's order, theirs in the order written), and of the file
   * it came from */
  {
    g_autoptr(GListModel) ours = ntm_database_list_unit_history (f->db, "18508", &error);
    g_autoptr(GListModel) theirs = ntm_database_list_unit_history (reference, "18508", &error);
    g_autoptr(GPtrArray) told = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
    guint n_updates = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (ours), ==, g_list_model_get_n_items (theirs));
    for (guint i = 0; i < g_list_model_get_n_items (ours); i++)
      {
        g_autoptr(NtmAuditEntry) a = g_list_model_get_item (ours, i);
        g_autoptr(NtmAuditEntry) b = g_list_model_get_item (theirs, i);
        char *described = ntm_audit_entry_describe (a);

        /* the values typed before the imports came from no file */
        if (ntm_audit_entry_get_id (a) <= last_before)
          g_assert_null (ntm_audit_entry_get_file_name (a));
        else
          {
            g_assert_true (g_str_has_prefix (ntm_audit_entry_get_file_name (a), "lich-su-"));
            g_assert_nonnull (strstr (described, ntm_audit_entry_get_file_name (a)));
            /* the last line names the file */
            *strrchr (described, '\n') = '\0';
          }
        /* an entry of a value entered ends with the value's record, which
         * says less in ours */
        if (g_str_equal (ntm_audit_entry_get_action (a), "update"))
          n_updates++;
        else
          *strchr (described, '\n') = '\0';
        g_ptr_array_add (told, described);
        described = ntm_audit_entry_describe (b);
        if (!g_str_equal (ntm_audit_entry_get_action (b), "update"))
          *strchr (described, '\n') = '\0';
        g_ptr_array_add (expected, described);
      }
    g_assert_cmpuint (n_updates, ==, 4);
    g_ptr_array_sort (told, compare_texts);
    g_ptr_array_sort (expected, compare_texts);
    for (guint i = 0; i < told->len; i++)
      g_assert_cmpstr (g_ptr_array_index (told, i), ==, g_ptr_array_index (expected, i));
    {
      g_autoptr(NtmAuditEntry) newest = g_list_model_get_item (ours, 0);

      g_assert_cmpstr (ntm_audit_entry_get_file_name (newest), ==, "lich-su-1.xlsx");
    }
  }
  /* other changes still go through the triggers */
  g_assert_true (ntm_database_exec (f->db, "UPDATE assessment SET note = 'Đã kiểm tra' WHERE unit_code = '18139'"
                                           " AND year = 2024 AND value = 60", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM history_entry WHERE entity = 'assessment'") - before,
                   ==, 14);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE entity = 'assessment'"
                                          " AND unit_code = '18139' AND action = 'update'"), ==, 1);
}

/* A cell's text as the importer reads it: trimmed, its spaces (no-break
 * ones too) collapsed; a number as offices write it. Plain ASCII and
 * plain numbers take a shorter way, which must read them the same. */
static void
test_cell_text (void)
{
  const struct { const char *text; const char *clean; } texts[] = {
    { "Kỳ Tân", "Kỳ Tân" }, { "18814", "18814" }, { "Ky Tan", "Ky Tan" },
    { " Ky Tan", "Ky Tan" }, { "Ky Tan ", "Ky Tan" }, { "Ky  Tan", "Ky Tan" }, { "Ky\tTan", "Ky Tan" },
    { "Ky\u00a0Tan", "Ky Tan" }, { "\ufeffMã", "Mã" }, { "", NULL }, { "   ", NULL }, { "a b c", "a b c" },
    { "x", "x" }, { "95,5 %", "95,5 %" }, { "Ky\x7fTan", "Ky\x7fTan" },
  };
  const struct { const char *text; gboolean whole; gboolean ok; double value; gboolean percent; } numbers[] = {
    { "0.955", FALSE, TRUE, 0.955, FALSE }, { "95", FALSE, TRUE, 95, FALSE }, { " 95 ", FALSE, TRUE, 95, FALSE },
    { "95,5", FALSE, TRUE, 95.5, FALSE }, { "95,5 %", FALSE, TRUE, 95.5, TRUE }, { "1.234", TRUE, TRUE, 1234, FALSE },
    { "1.234", FALSE, TRUE, 1.234, FALSE }, { "1 234", TRUE, TRUE, 1234, FALSE }, { "-2", FALSE, TRUE, -2, FALSE },
    { "1,234.5", FALSE, TRUE, 1234.5, FALSE }, { "95.", FALSE, TRUE, 95, FALSE }, { ".5", FALSE, TRUE, 0.5, FALSE },
    { "Đạt", FALSE, FALSE, 0, FALSE }, { "", FALSE, FALSE, 0, FALSE }, { "1234567890123456", FALSE, TRUE, 1234567890123456.0, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *clean = ntm_import_clean_text (texts[i].text);
      g_assert_cmpstr (clean, ==, texts[i].clean);
    }
  g_assert_null (ntm_import_clean_text (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      double value = -1;
      gboolean percent = -1;

      g_test_message ("%s", numbers[i].text);
      g_assert_cmpint (ntm_import_read_number (numbers[i].text, numbers[i].whole, &value, &percent), ==, numbers[i].ok);
      if (numbers[i].ok)
        g_assert_cmpfloat (value, ==, numbers[i].value);
      g_assert_cmpint (percent, ==, numbers[i].percent);
    }
  /* numbers as a spreadsheet stores them read as strtod reads them, to
   * the last bit: of one to twenty digits, a point anywhere among them */
  for (guint i = 0; i < 60000; i++)
    {
      char text[32];
      guint64 seed = (guint64) i * 2654435761u + 12345;
      guint n_digits = 1 + i % 20;
      guint point = (guint) ((seed >> 7) % (n_digits + 1));
      guint len = 0;
      double value = -1;

      for (guint d = 0; d < n_digits; d++)
        {
          if (d == point && d > 0)
            text[len++] = '.';
          seed = seed * 6364136223846793005u + 1442695040888963407u;
          text[len++] = (char) ('0' + (seed >> 33) % 10);
        }
      text[len] = '\0';
      g_assert_true (ntm_import_read_number (text, FALSE, &value, NULL));
      if (value != g_ascii_strtod (text, NULL))
        g_error ("“%s” read as %.17g, not %.17g", text, value, g_ascii_strtod (text, NULL));
    }
}

/* A workbook of indicator values for 2024: 17.1 and 2.1 of each unit. */
static void
write_values_book (const char  *path,
                   const char *(*rows)[4],
                   guint        n_rows)
{
  const char *head[] = { "Mã xã", "Tên xã", "Chỉ tiêu 17.1", "2.1" };
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Năm 2024");

  ntm_test_put_row (ws, 0, head, 4);
  for (guint r = 0; r < n_rows; r++)
    ntm_test_put_row (ws, r + 1, rows[r], 4);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static gint64
value_of (Fixture    *f,
          const char *unit_code,
          const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (a.value, -1) FROM assessment a"
                                          " JOIN indicator i ON i.id = a.indicator_id"
                                          " JOIN criterion c ON c.id = i.criterion_id"
                                          " WHERE c.set_code = '318-ntm' AND i.code = '%s'"
                                          " AND a.unit_code = '%s' AND a.year = 2024", code, unit_code);
  g_autofree char *found = g_strdup_printf ("SELECT count(*) FROM (%s)", sql);

  /* -2 when there is no value on record */
  return ntm_test_count (f->db, found) == 0 ? -2 : ntm_test_count (f->db, sql);
}

/* An import of plain values is undone as it was written: the values it
 * replaced put back and those it entered removed, its history a unit and
 * year at a time. An import whose values were changed since is not
 * undone, and says so; once they are as it wrote them again, it is. */
static void
test_bulk_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first_path = path_in (f, "gia-tri-1.xlsx");
  g_autofree char *second_path = path_in (f, "gia-tri-2.xlsx");
  const char *first[][4] = { { "18814", "Kỳ Tân", "95", "80" }, { "18508", "Hoà Hải", "90", "85" } };
  const char *second[][4] = { { "18814", "Kỳ Tân", "97", "80" }, { "18139", "Sơn Hồng", "60", "50" } };
  const char *typed = "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                      " SELECT '18508', i.id, 2024, 70 FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                      " WHERE c.set_code = '318-ntm' AND i.code = '2.1'";
  g_autoptr(NtmImport) one = NULL;
  g_autoptr(NtmImport) two = NULL;
  g_autofree char *before_undo = NULL;
  gint64 rows, entries;

  g_assert_true (ntm_database_exec (f->db, typed, &error));
  g_assert_no_error (error);
  write_values_book (first_path, first, G_N_ELEMENTS (first));
  write_values_book (second_path, second, G_N_ELEMENTS (second));
  one = import_file (f, first_path, 0, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_import_commit (one, &error));
  two = import_file (f, second_path, 0, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_import_commit (two, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value_of (f, "18814", "17.1"), ==, 97);
  g_assert_cmpint (value_of (f, "18139", "2.1"), ==, 50);

  /* the second undone: Kỳ Tân's 17.1 back to 95, Sơn Hồng's values gone */
  rows = ntm_test_count (f->db, "SELECT count(*) FROM audit_log");
  entries = ntm_test_count (f->db, "SELECT count(*) FROM history_entry");
  g_assert_true (ntm_import_undo (two, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value_of (f, "18814", "17.1"), ==, 95);
  g_assert_cmpint (value_of (f, "18814", "2.1"), ==, 80);
  g_assert_cmpint (value_of (f, "18139", "17.1"), ==, -2);
  g_assert_cmpint (value_of (f, "18139", "2.1"), ==, -2);
  /* a row for Kỳ Tân's value put back, one for Sơn Hồng's removed */
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log") - rows, ==, 2);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM history_entry") - entries, ==, 3);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE entity = 'assessment_values'"
                                          " AND action = 'delete' AND unit_code = '18139' AND new_value IS NULL"), ==, 1);
  {
    g_autoptr(GListModel) history = ntm_database_list_unit_history (f->db, "18139", &error);
    g_autoptr(NtmAuditEntry) newest = g_list_model_get_item (history, 0);
    g_autofree char *text = ntm_audit_entry_describe (newest);

    g_assert_no_error (error);
    g_assert_cmpstr (ntm_audit_entry_get_action (newest), ==, "delete");
    g_assert_true (g_str_has_prefix (text, "Assessment removed: 318-ntm "));
    g_assert_nonnull (strstr (text, "\nValue: "));
  }
  {
    g_autoptr(GListModel) history = ntm_database_list_unit_history (f->db, "18814", &error);
    g_autoptr(NtmAuditEntry) newest = g_list_model_get_item (history, 0);
    g_autofree char *text = ntm_audit_entry_describe (newest);

    g_assert_cmpstr (text, ==, "Assessment changed: 318-ntm 17.1 (2024)\nValue: 97 → 95");
  }
  g_assert_false (ntm_import_can_undo (two));

  /* a value of the first changed by hand: its undo is refused, and
   * nothing changes */
  g_assert_true (ntm_database_exec (f->db, "UPDATE assessment SET value = 91 WHERE unit_code = '18508' AND year = 2024"
                                           " AND value = 90", &error));
  g_assert_no_error (error);
  before_undo = ntm_test_query_text (f->db, "SELECT group_concat (unit_code || indicator_id || '=' || value, ',')"
                                            " FROM (SELECT * FROM assessment WHERE year = 2024 ORDER BY 1, 2)");
  rows = ntm_test_count (f->db, "SELECT count(*) FROM audit_log");
  g_assert_false (ntm_import_undo (one, &error));
  g_assert_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "gia-tri-1.xlsx"));
  g_assert_nonnull (strstr (error->message, "1 of its values has been changed"));
  g_clear_error (&error);
  g_assert_true (ntm_import_can_undo (one));
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log"), ==, rows);
  {
    g_autofree char *after = ntm_test_query_text (f->db, "SELECT group_concat (unit_code || indicator_id || '=' || value, ',')"
                                                         " FROM (SELECT * FROM assessment WHERE year = 2024 ORDER BY 1, 2)");
    g_assert_cmpstr (after, ==, before_undo);
  }

  /* as the first wrote it again: undone, the typed value put back */
  g_assert_true (ntm_database_exec (f->db, "UPDATE assessment SET value = 90 WHERE unit_code = '18508' AND year = 2024"
                                           " AND value = 91", &error));
  g_assert_true (ntm_import_undo (one, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value_of (f, "18508", "2.1"), ==, 70);
  g_assert_cmpint (value_of (f, "18508", "17.1"), ==, -2);
  g_assert_cmpint (value_of (f, "18814", "17.1"), ==, -2);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment WHERE year = 2024"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

/* What an import changes is worked out from the data as it was read: a
 * change written after that, by another program or in a form, has the
 * commit refused, nothing written, until the file is read again. */
static void
test_changed_since_read (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (f, "chi-tieu.xlsx");
  const char *head[] = { "Mã xã", "Tên xã", "Chỉ tiêu 17.1", "2.1" };
  const char *row[] = { "18814", "Kỳ Tân", "#0.955", "95,5" };
  const char *typed = "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                      " SELECT '18508', i.id, 2024, 70 FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                      " WHERE c.set_code = '318-ntm' AND i.code = '2.1'";
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Năm 2024");
  gint64 history;

  ntm_test_put_row (ws, 0, head, 4);
  ntm_test_put_row (ws, 1, row, 4);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(NtmImport) import = import_file (f, path, 0, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (ntm_import_get_counts (import)->inserted, ==, 2);
      if (round == 0)
        {
          /* another program changes the data */
          sqlite3 *other = NULL;

          g_assert_cmpint (sqlite3_open (f->db_path, &other), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_exec (other, "UPDATE unit SET name = name || ' ' WHERE code = '18508'",
                                         NULL, NULL, NULL), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_changes (other), ==, 1);
          sqlite3_close (other);
        }
      else
        {
          /* a value is typed in a form of this window */
          g_assert_true (ntm_database_exec (f->db, typed, &error));
          g_assert_no_error (error);
        }
      history = ntm_test_count (f->db, "SELECT count(*) FROM audit_log");
      g_assert_false (ntm_import_commit (import, &error));
      g_assert_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_CHANGED);
      g_assert_nonnull (strstr (error->message, "chi-tieu.xlsx"));
      g_clear_error (&error);
      g_assert_false (ntm_import_is_committed (import));
      g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment WHERE unit_code = '18814'"), ==, 0);
      g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log"), ==, history);
      g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM data_import"), ==, 0);
    }

  /* read again, it goes in */
  {
    g_autoptr(NtmImport) import = import_file (f, path, 0, &error);

    g_assert_no_error (error);
    g_assert_true (ntm_import_commit (import, &error));
    g_assert_no_error (error);
    g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment WHERE unit_code = '18814'"), ==, 2);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/import/cell-reference", test_cell_reference);
  g_test_add_func ("/import/cell-text", test_cell_text);
  g_test_add ("/import/office-statuses", Fixture, "bieu-tong-hop.xlsx", fixture_set_up, test_office_statuses,
              fixture_tear_down);
  g_test_add ("/import/office-statuses-xls", Fixture, "bieu-tong-hop.xls", fixture_set_up, test_office_statuses,
              fixture_tear_down);
  ADD ("/import/bad-cells", test_bad_cells);
  ADD ("/import/changed-since-read", test_changed_since_read);
  ADD ("/import/bulk-undo", test_bulk_undo);
  ADD ("/import/indicator-values", test_indicator_values);
  ADD ("/import/bulk-history", test_bulk_history);
  ADD ("/import/duplicate-columns", test_duplicate_columns);
  ADD ("/import/water-figures", test_water_figures);
  ADD ("/import/bad-files", test_bad_files);
  ADD ("/import/ambiguous", test_ambiguous);
  ADD ("/import/ods-and-csv", test_ods_and_csv);
  ADD ("/import/round-trip", test_round_trip);
  ADD ("/import/set-from-spreadsheet", test_set_from_spreadsheet);
  ADD ("/import/round-trip-records", test_round_trip_records);
  ADD ("/import/bad-records", test_bad_records);
  ADD ("/import/round-trip-schemes", test_round_trip_schemes);
  ADD ("/import/commune-groups", test_commune_groups);
  ADD ("/import/bad-groups", test_bad_groups);
  ADD ("/import/round-trip-groups", test_round_trip_groups);

  return g_test_run ();
}
