/* test-data-gui.c: the criteria grid and the import window, driven as a
 * person would (keys typed on the cells, the file chosen, Import pressed,
 * Undo from the toast), in English and in Vietnamese, under Xvfb; checks
 * what reached the database and leaves screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <xlsxwriter.h>

#include "ntm-application.h"
#include "ntm-audit-private.h"
#include "ntm-audit.h"
#include "ntm-criteria-edit.h"
#include "ntm-criteria-grid-window.h"
#include "ntm-criterion-status.h"
#include "ntm-history-window-private.h"
#include "ntm-import-window.h"
#include "ntm-screenshot.h"
#include "ntm-status-cell.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"
#include "ntm-window.h"
#include "ntm-workbook-file.h"

static char *dir;
static NtmApplication *app;
static gboolean vietnamese;

static void
settle (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
save_screenshot (GtkWidget *widget, const char *name)
{
  g_autofree char *shots = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", NULL);
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, vietnamese ? "vi" : "en");
  g_autofree char *path = g_build_filename (shots, file, NULL);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (shots, 0755);
  ntm_widget_wait_for_frame (widget);
  g_assert_true (ntm_widget_save_png (widget, path, &error));
  g_assert_no_error (error);
}

static NtmWindow *
open_window (NtmDatabase *db)
{
  NtmWindow *window = ntm_window_new (app, db);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  ntm_window_set_year (window, 2024);
  gtk_window_present (GTK_WINDOW (window));
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* the list keeps the window alive */
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

/* Sends a key to the focused cell as the keyboard does: through the key
 * controller of the grid that holds it. */
static void
type_key (GtkWidget *cell, guint keyval, GdkModifierType state)
{
  GtkWidget *grid = gtk_widget_get_parent (cell);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (grid);
  gboolean handled = FALSE;

  g_assert_true (gtk_widget_get_focus_on_click (cell) || TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  g_assert_true (handled);
  settle ();
}

static GtkWidget *
cell_of (NtmCriteriaGridWindow *grid, const char *unit, const char *number)
{
  NtmStatusCell *cell = ntm_criteria_grid_window_get_cell (grid, unit, number);

  g_assert_nonnull (cell);
  return GTK_WIDGET (cell);
}

static NtmStatus
recorded (NtmDatabase *db, const char *unit, const char *number, int year, NtmStatusOrigin *origin)
{
  gint64 id = ntm_database_find_criterion (db, "318-ntm", number);

  return ntm_database_get_recorded_status (db, unit, id, year, origin, NULL);
}

static void
test_criteria_grid (void)
{
  g_autofree char *name = g_strdup_printf ("grid-%s.db", vietnamese ? "vi" : "en");
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, name);
  g_autoptr(GError) error = NULL;
  NtmWindow *window = open_window (db);
  NtmCriteriaGridWindow *grid;
  GtkWidget *cell;
  NtmStatusOrigin origin;
  const char *met = vietnamese ? "Đ" : "M";

  /* 2023 had statuses the office copies forward */
  g_assert_true (ntm_database_set_recorded_status (db, "18505", ntm_database_find_criterion (db, "318-ntm", "5"),
                                                   2023, NTM_STATUS_MET, NTM_STATUS_ORIGIN_TYPED, NULL, &error));

  /* Communes view → Criteria grid… */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.criteria-grid", NULL);
  settle ();
  grid = NTM_CRITERIA_GRID_WINDOW (find_toplevel (NTM_TYPE_CRITERIA_GRID_WINDOW));
  g_assert_nonnull (grid);
  g_assert_cmpint (ntm_criteria_grid_window_get_year (grid), ==, 2024);
  g_assert_cmpstr (ntm_criteria_grid_window_get_set_code (grid), ==, "318-ntm");
  g_assert_cmpuint (ntm_criteria_grid_window_get_n_rows (grid), ==, 182);
  g_assert_true (ntm_criteria_grid_window_select_district (grid, "444"));
  settle ();
  g_assert_cmpuint (ntm_criteria_grid_window_get_n_rows (grid), ==, 20);
  g_assert_cmpuint (ntm_criteria_grid_window_get_n_columns (grid), ==, 19);

  /* Đ, C, B typed along the row of Hòa Hải */
  cell = cell_of (grid, "18508", "1");
  gtk_widget_grab_focus (cell);
  type_key (cell, vietnamese ? GDK_KEY_dstroke : GDK_KEY_m, 0);
  g_assert_true (gtk_widget_has_focus (cell_of (grid, "18508", "2")));
  type_key (cell_of (grid, "18508", "2"), GDK_KEY_c, 0);
  type_key (cell_of (grid, "18508", "3"), GDK_KEY_B, 0);
  g_assert_cmpstr (ntm_status_cell_get_text (NTM_STATUS_CELL (cell)), ==, met);
  g_assert_cmpint (ntm_status_cell_get_status (NTM_STATUS_CELL (cell_of (grid, "18508", "2"))), ==, NTM_STATUS_NOT_MET);
  g_assert_cmpint (ntm_status_cell_get_status (NTM_STATUS_CELL (cell_of (grid, "18508", "3"))), ==, NTM_STATUS_BASICALLY_MET);
  g_assert_cmpstr (ntm_criteria_grid_window_get_row_count (grid, "18508"), ==, "1/19");

  /* arrows, then Ctrl+D down the column of criterion 4 from Hòa Hải */
  type_key (cell_of (grid, "18508", "4"), GDK_KEY_Left, 0);
  g_assert_true (gtk_widget_has_focus (cell_of (grid, "18508", "3")));
  type_key (cell_of (grid, "18508", "3"), GDK_KEY_Right, 0);
  type_key (cell_of (grid, "18508", "4"), GDK_KEY_d, 0);
  gtk_widget_grab_focus (cell_of (grid, "18508", "4"));
  type_key (cell_of (grid, "18508", "4"), GDK_KEY_d, GDK_CONTROL_MASK);
  g_assert_cmpint (ntm_status_cell_get_status (NTM_STATUS_CELL (cell_of (grid, "18559", "4"))), ==, NTM_STATUS_MET);
  /* Hòa Hải is the fourth of the 20 communes: it and the 16 below */
  g_assert_cmpstr (ntm_criteria_grid_window_get_column_count (grid, "4"), ==, "17");
  /* Ctrl+R along the row from criterion 4 */
  type_key (cell_of (grid, "18508", "4"), GDK_KEY_r, GDK_CONTROL_MASK);
  g_assert_cmpstr (ntm_criteria_grid_window_get_row_count (grid, "18508"), ==, "17/19");
  /* Delete clears one again */
  gtk_widget_grab_focus (cell_of (grid, "18508", "19"));
  type_key (cell_of (grid, "18508", "19"), GDK_KEY_Delete, 0);
  g_assert_cmpstr (ntm_criteria_grid_window_get_row_count (grid, "18508"), ==, "16/19");
  g_assert_true (ntm_criteria_grid_window_is_modified (grid));
  /* nothing reaches the database before Save */
  g_assert_cmpint (recorded (db, "18508", "1", 2024, NULL), ==, NTM_STATUS_NO_DATA);

  /* Copy from previous year: Hương Thủy's criterion 5 */
  g_assert_cmpuint (ntm_criteria_grid_window_copy_previous_year (grid), ==, 1);
  g_assert_cmpint (ntm_status_cell_get_status (NTM_STATUS_CELL (cell_of (grid, "18505", "5"))), ==, NTM_STATUS_MET);

  gtk_widget_grab_focus (cell_of (grid, "18508", "1"));
  save_screenshot (GTK_WIDGET (grid), "criteria-grid");

  /* save: one transaction, origin "typed" */
  g_assert_true (ntm_criteria_grid_window_save (grid));
  g_assert_false (ntm_criteria_grid_window_is_modified (grid));
  g_assert_cmpint (recorded (db, "18508", "1", 2024, &origin), ==, NTM_STATUS_MET);
  g_assert_cmpint (origin, ==, NTM_STATUS_ORIGIN_TYPED);
  g_assert_cmpint (recorded (db, "18508", "2", 2024, NULL), ==, NTM_STATUS_NOT_MET);
  g_assert_cmpint (recorded (db, "18508", "19", 2024, NULL), ==, NTM_STATUS_NO_DATA);
  g_assert_cmpint (recorded (db, "18505", "5", 2024, NULL), ==, NTM_STATUS_MET);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM criterion_status WHERE year = 2024"), ==, 3 + 17 + 14 + 1);

  /* the grid's export: the saved table, back in through the importer
   * with nothing to update */
  {
    g_autofree char *path = g_build_filename (dir, vietnamese ? "grid-vi.xlsx" : "grid-en.xlsx", NULL);
    g_autoptr(NtmWorkbook) wb = NULL;
    g_autoptr(GListModel) units = ntm_database_list_units (db, NULL);
    g_autoptr(NtmImport) back = NULL;

    g_assert_true (ntm_test_wait_for_job (ntm_criteria_grid_window_export (grid, path, FALSE)));
    wb = ntm_workbook_read (path, NULL, NULL, &error);
    g_assert_no_error (error);
    back = ntm_import_new (db, wb, units, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpint (ntm_import_get_year (back), ==, 2024);
    g_assert_cmpuint (ntm_import_get_counts (back)->values, ==, 35);
    g_assert_cmpuint (ntm_import_get_counts (back)->updated, ==, 0);
    g_assert_cmpuint (ntm_import_get_counts (back)->inserted, ==, 0);
  }

  /* undo from the toast puts the year back as it was */
  g_assert_true (ntm_criteria_grid_window_can_undo (grid));
  g_assert_true (ntm_criteria_grid_window_undo (grid));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM criterion_status WHERE year = 2024"), ==, 0);
  g_assert_cmpstr (ntm_criteria_grid_window_get_row_count (grid, "18508"), ==, "0/19");

  gtk_window_destroy (GTK_WINDOW (grid));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* A district's summary as the office keeps it, with a column whose heading
 * Ntm does not know ("TC mới"), and one mark wrong when @bad. */
static void
write_book (const char *path, gboolean bad)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Biểu 1");

  worksheet_merge_range (ws, 0, 0, 0, 5, "BIỂU TỔNG HỢP TIÊU CHÍ NÔNG THÔN MỚI NĂM 2024", NULL);
  worksheet_write_string (ws, 2, 0, "TT", NULL);
  worksheet_write_string (ws, 2, 1, "Tên xã", NULL);
  worksheet_write_string (ws, 2, 2, "TC1", NULL);
  worksheet_write_string (ws, 2, 3, "TC2", NULL);
  worksheet_write_string (ws, 2, 4, "TC mới", NULL);
  worksheet_write_string (ws, 3, 0, "I", NULL);
  worksheet_write_string (ws, 3, 1, "Huyện Hương Khê", NULL);
  worksheet_write_number (ws, 4, 0, 1, NULL);
  worksheet_write_string (ws, 4, 1, "Xã Hoà Hải", NULL);
  worksheet_write_string (ws, 4, 2, "Đạt", NULL);
  worksheet_write_string (ws, 4, 3, bad ? "Dat?" : "Cơ bản đạt", NULL);
  worksheet_write_string (ws, 4, 4, "Đạt", NULL);
  worksheet_write_number (ws, 5, 0, 2, NULL);
  worksheet_write_string (ws, 5, 1, "Xã Hương Thuỷ", NULL);
  worksheet_write_string (ws, 5, 2, "Chưa đạt", NULL);
  worksheet_write_number (ws, 6, 0, 3, NULL);
  worksheet_write_string (ws, 6, 1, "Xã Không Có", NULL);
  worksheet_write_string (ws, 6, 2, "Đạt", NULL);
  worksheet_write_string (ws, 7, 1, "Cộng", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static NtmImportWindow *
open_import (NtmWindow *window, const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NtmImportWindow *import = ntm_import_window_new (GTK_WINDOW (window), ntm_window_get_database (window), 2024);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  gtk_window_present (GTK_WINDOW (import));
  ntm_import_window_open_file (import, file);
  g_assert_true (ntm_import_window_is_reading (import));
  while (ntm_import_window_is_reading (import) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (ntm_import_window_is_reading (import));
  settle ();
  return import;
}

static void
test_import_window (void)
{
  g_autofree char *name = g_strdup_printf ("import-%s.db", vietnamese ? "vi" : "en");
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, name);
  g_autofree char *bad = g_build_filename (dir, vietnamese ? "bieu-loi-vi.xlsx" : "bieu-loi-en.xlsx", NULL);
  g_autofree char *good = g_build_filename (dir, vietnamese ? "bieu-vi.xlsx" : "bieu-en.xlsx", NULL);
  g_autofree char *nothing = g_build_filename (dir, "ghi-chu.xlsx", NULL);
  NtmWindow *window = open_window (db);
  NtmImportWindow *import;
  GtkDropDown *choice;
  guint column;
  gint64 c5 = ntm_database_find_criterion (db, "318-ntm", "5");
  NtmStatusOrigin origin;

  write_book (bad, TRUE);
  write_book (good, FALSE);
  g_assert_true (g_file_set_contents (nothing, "PK\x03\x04 not a workbook", -1, NULL));

  /* the main menu's action opens the window (its file chooser is not
   * driven here: the file is handed over as the chooser would) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-data", NULL));
  settle ();
  {
    GtkWindow *opened = find_toplevel (NTM_TYPE_IMPORT_WINDOW);
    g_assert_nonnull (opened);
    gtk_window_destroy (opened);
    settle ();
  }

  /* a file that is not a workbook: said, nothing to import */
  import = open_import (window, nothing);
  g_assert_nonnull (ntm_import_window_get_failure (import));
  g_assert_nonnull (strstr (ntm_import_window_get_failure (import), "ghi-chu.xlsx"));
  g_assert_false (gtk_widget_is_sensitive (ntm_import_window_get_import_button (import)));
  save_screenshot (GTK_WIDGET (import), "import-refused");
  gtk_window_destroy (GTK_WINDOW (import));

  /* an error: listed with its cell, Import disabled */
  import = open_import (window, bad);
  g_assert_null (ntm_import_window_get_failure (import));
  g_assert_cmpuint (ntm_import_get_counts (ntm_import_window_get_import (import))->errors, ==, 1);
  g_assert_false (gtk_widget_is_sensitive (ntm_import_window_get_import_button (import)));
  g_assert_false (ntm_import_window_commit (import));
  save_screenshot (GTK_WIDGET (import), "import-errors");
  gtk_window_destroy (GTK_WINDOW (import));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM criterion_status"), ==, 0);

  /* the corrected file: the unknown column mapped to criterion 5 */
  import = open_import (window, good);
  g_assert_cmpuint (ntm_import_window_get_n_column_choices (import), ==, 1);
  g_assert_cmpuint (ntm_import_get_counts (ntm_import_window_get_import (import))->values, ==, 3);
  choice = ntm_import_window_get_column_choice (import, 0, &column);
  {
    g_autoptr(GPtrArray) roles = ntm_import_list_roles (ntm_import_window_get_import (import), column);
    g_autofree char *wanted = g_strdup_printf ("criterion:%" G_GINT64_FORMAT, c5);
    guint i;

    for (i = 0; i < roles->len; i++)
      if (g_str_equal (g_ptr_array_index (roles, i), wanted))
        break;
    g_assert_cmpuint (i, <, roles->len);
    gtk_drop_down_set_selected (choice, i);
    settle ();
  }
  g_assert_cmpuint (ntm_import_get_counts (ntm_import_window_get_import (import))->values, ==, 4);
  g_assert_cmpuint (ntm_import_get_counts (ntm_import_window_get_import (import))->unmatched, ==, 1);
  g_assert_true (gtk_widget_is_sensitive (ntm_import_window_get_import_button (import)));
  g_assert_nonnull (strstr (ntm_import_window_get_summary (import), "2024"));
  save_screenshot (GTK_WIDGET (import), "import-preview");

  {
    g_autoptr(NtmImport) committed = g_object_ref (ntm_import_window_get_import (import));
    g_autoptr(GError) error = NULL;

    g_assert_true (ntm_import_window_commit (import));
    settle ();
    g_assert_null (find_toplevel (NTM_TYPE_IMPORT_WINDOW));
    g_assert_cmpint (recorded (db, "18508", "1", 2024, &origin), ==, NTM_STATUS_MET);
    g_assert_cmpint (origin, ==, NTM_STATUS_ORIGIN_IMPORTED);
    g_assert_cmpint (recorded (db, "18508", "5", 2024, NULL), ==, NTM_STATUS_MET);
    g_assert_cmpint (recorded (db, "18505", "1", 2024, NULL), ==, NTM_STATUS_NOT_MET);
    save_screenshot (GTK_WIDGET (window), "import-done");

    /* the toast's Undo */
    g_assert_true (ntm_import_can_undo (committed));
    g_assert_true (ntm_import_undo (committed, &error));
    g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM criterion_status"), ==, 0);
  }

  /* the same layout again: the mapping is remembered */
  import = open_import (window, good);
  g_assert_cmpuint (ntm_import_get_counts (ntm_import_window_get_import (import))->values, ==, 4);
  gtk_window_destroy (GTK_WINDOW (import));

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* Values imported through the window, then changed by a second file:
 * the commune's history window lists each value entered and changed,
 * with the file it came from. */
static void
test_imported_history (void)
{
  g_autofree char *name = g_strdup_printf ("history-%s.db", vietnamese ? "vi" : "en");
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, name);
  NtmWindow *window = open_window (db);
  NtmHistoryWindow *history;
  const char *files[] = { "chi-tieu-2024.xlsx", "chi-tieu-2024-sua.xlsx" };
  const char *values[][2] = { { "0.955", "95.5" }, { "0.96", "95.5" } };

  for (guint round = 0; round < G_N_ELEMENTS (files); round++)
    {
      g_autofree char *path = g_build_filename (dir, files[round], NULL);
      lxw_workbook *wb = workbook_new (path);
      lxw_worksheet *ws = workbook_add_worksheet (wb, "Năm 2024");
      NtmImportWindow *import;

      worksheet_write_string (ws, 0, 0, "Mã xã", NULL);
      worksheet_write_string (ws, 0, 1, "Tên xã", NULL);
      worksheet_write_string (ws, 0, 2, "Chỉ tiêu 17.1", NULL);
      worksheet_write_string (ws, 0, 3, "2.1", NULL);
      worksheet_write_string (ws, 1, 0, "18814", NULL);
      worksheet_write_string (ws, 1, 1, "Kỳ Tân", NULL);
      worksheet_write_number (ws, 1, 2, g_ascii_strtod (values[round][0], NULL), NULL);
      worksheet_write_number (ws, 1, 3, g_ascii_strtod (values[round][1], NULL), NULL);
      g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

      import = open_import (window, path);
      g_assert_cmpuint (ntm_import_get_counts (ntm_import_window_get_import (import))->errors, ==, 0);
      g_assert_cmpuint (ntm_import_get_counts (ntm_import_window_get_import (import))->inserted, ==, round == 0 ? 2 : 0);
      g_assert_cmpuint (ntm_import_get_counts (ntm_import_window_get_import (import))->updated, ==, round == 0 ? 0 : 1);
      g_assert_true (ntm_import_window_commit (import));
      settle ();
    }

  /* newest first: 17.1 changed by the second file, then both entered by
   * the first, in words the person reads */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) entries = ntm_database_list_unit_history (db, "18814", &error);
    g_autoptr(NtmAuditEntry) newest = NULL;
    g_autofree char *described = NULL;

    g_assert_no_error (error);
    /* and the commune's recognition, on record before */
    g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 4);
    newest = g_list_model_get_item (entries, 0);
    described = ntm_audit_entry_describe (newest);
    g_assert_cmpstr (ntm_audit_entry_get_action (newest), ==, "update");
    g_assert_cmpstr (ntm_audit_entry_get_file_name (newest), ==, files[1]);
    g_assert_nonnull (strstr (described, vietnamese ? "\nGiá trị: 95,5 → 96\n" : "\nValue: 95.5 → 96\n"));
    for (guint i = 1; i < 3; i++)
      {
        g_autoptr(NtmAuditEntry) entered = g_list_model_get_item (entries, i);

        g_autofree char *text = ntm_audit_entry_describe (entered);

        g_assert_cmpstr (ntm_audit_entry_get_action (entered), ==, "insert");
        g_assert_cmpstr (ntm_audit_entry_get_file_name (entered), ==, files[0]);
        g_assert_true (g_str_has_prefix (text, vietnamese ? "Nhập kết quả đánh giá" : "Assessment entered"));
      }
  }
  history = ntm_history_window_new_for_unit (GTK_WINDOW (window), db, "18814");
  gtk_window_set_default_size (GTK_WINDOW (history), 640, 480);
  gtk_window_present (GTK_WINDOW (history));
  settle ();
  g_assert_cmpuint (ntm_history_window_get_n_entries (history), ==, 4);
  save_screenshot (GTK_WIDGET (history), "history-imported");

  gtk_window_destroy (GTK_WINDOW (history));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NTM_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();

  vietnamese = g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0;
  dir = ntm_test_make_temp_dir ();
  app = ntm_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func (vietnamese ? "/data-gui/vi/criteria-grid" : "/data-gui/criteria-grid", test_criteria_grid);
  g_test_add_func (vietnamese ? "/data-gui/vi/import-window" : "/data-gui/import-window", test_import_window);
  g_test_add_func (vietnamese ? "/data-gui/vi/imported-history" : "/data-gui/imported-history", test_imported_history);

  ret = g_test_run ();
  g_clear_object (&app);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
