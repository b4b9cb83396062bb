/* test-criteria-edit-gui.c: Criteria and Thresholds building a 2026–2030
 * set, as a person would, under Xvfb in English and in Vietnamese
 *
 * A new set, a criterion and an indicator made through the window's
 * buttons and dialogs, a threshold per commune group typed and saved, and
 * each read back from the core; every bad input refused with its message
 * and nothing written. The set exported from the window and imported into
 * another database through the import flow; the catalogue's "verify"
 * marks and the two parts of 17.1 as the window shows them. The pictures
 * are left in build/screenshots/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ntm-choice.h"
#include "ntm-criteria.h"
#include "ntm-criteria-edit.h"
#include "ntm-criteria-set-dialog-private.h"
#include "ntm-criteria-window-private.h"
#include "ntm-criterion-dialog-private.h"
#include "ntm-import-window.h"
#include "ntm-indicator-dialog-private.h"
#include "ntm-screenshot.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-threshold-link.h"
#include "ntm-threshold-row.h"
#include "ntm-unit.h"

#define SET "thu-2026-ntm"

static char *dir;
static NtmApplication *app;
static gboolean vietnamese;

static char *
picture (const char *name)
{
  return g_strdup_printf ("%s-%s.png", name, vietnamese ? "vi" : "en");
}

static gint64
n_rows (NtmDatabase *db,
        const char  *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  return ntm_test_count (db, sql);
}

/* Every table an edit here could write, and the audit log: one number. */
static gint64
n_written (NtmDatabase *db)
{
  return n_rows (db, "criteria_set") * 1000000 + n_rows (db, "criterion") * 10000 +
         n_rows (db, "indicator") * 100 + n_rows (db, "threshold") + n_rows (db, "audit_log") * 1000000000;
}

static GtkWidget *
click_action (NtmCriteriaWindow *window,
              const char        *action,
              GType              dialog_type)
{
  GtkWidget *button = ntm_test_find_action_button (GTK_WIDGET (window), action);

  g_assert_nonnull (button);
  ntm_test_click (button);
  return GTK_WIDGET (ntm_test_wait_for_toplevel (dialog_type));
}

static void
select_value (GtkWidget *combo_row,
              int        value)
{
  g_assert_true (ntm_combo_row_select_value (ADW_COMBO_ROW (combo_row), value));
}

/* ---------------------------------------------------------------------- */

static void
test_new_set (void)
{
  g_autofree char *name = g_strdup_printf ("edit-%s.db", vietnamese ? "vi" : "en");
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, name);
  NtmWindow *window = ntm_test_open_window (app, db, NULL, 2026);
  NtmCriteriaWindow *criteria = ntm_criteria_window_new (GTK_WINDOW (window), db, 2026);
  NtmCriteriaSetDialog *set_dialog;
  NtmCriterionDialog *criterion_dialog;
  NtmIndicatorDialog *indicator_dialog;
  g_autofree char *shot = NULL;
  GtkWidget *entry;
  gint64 before, indicator_id;
  gboolean known;
  double value;

  gtk_window_present (GTK_WINDOW (criteria));
  ntm_test_settle ();

  /* New Set…: the dialog, from the window's button */
  set_dialog = NTM_CRITERIA_SET_DIALOG (click_action (criteria, "criteria.new-set", NTM_TYPE_CRITERIA_SET_DIALOG));
  g_assert_nonnull (set_dialog);
  before = n_written (db);

  /* no code */
  ntm_test_type_into (ntm_criteria_set_dialog_get_field (set_dialog, "name"), "Bộ tiêu chí thử giai đoạn 2026 - 2030");
  ntm_test_type_into (ntm_criteria_set_dialog_get_field (set_dialog, "decision"), "51/2025/QĐ-TTg");
  g_assert_true (ntm_combo_row_select_id (ADW_COMBO_ROW (ntm_criteria_set_dialog_get_field (set_dialog, "applies")),
                                          "commune"));
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (set_dialog), _("C_reate")));
  g_assert_cmpstr (ntm_criteria_set_dialog_get_notice (set_dialog), ==, _("Give the criteria set a code."));
  g_assert_cmpint (n_written (db), ==, before);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (set_dialog)));
  shot = picture ("criteria-new-set-refused");
  ntm_test_save_screenshot (GTK_WIDGET (set_dialog), shot);

  /* a code in use */
  ntm_test_type_into (ntm_criteria_set_dialog_get_field (set_dialog, "code"), "51-2025-ntm");
  g_assert_false (ntm_criteria_set_dialog_create (set_dialog));
  g_assert_nonnull (strstr (ntm_criteria_set_dialog_get_notice (set_dialog), "51-2025-ntm"));
  g_assert_cmpint (n_written (db), ==, before);

  /* the last year before the first */
  ntm_test_type_into (ntm_criteria_set_dialog_get_field (set_dialog, "code"), SET);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ntm_criteria_set_dialog_get_field (set_dialog, "year-from")), 2030);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ntm_criteria_set_dialog_get_field (set_dialog, "year-to")), 2026);
  g_assert_false (ntm_criteria_set_dialog_create (set_dialog));
  g_assert_nonnull (strstr (ntm_criteria_set_dialog_get_notice (set_dialog), "2000"));
  g_assert_cmpint (n_written (db), ==, before);
  g_assert_false (ntm_database_has_criteria_set (db, SET));

  /* right: made, the dialog gone, the set shown */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ntm_criteria_set_dialog_get_field (set_dialog, "year-from")), 2026);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ntm_criteria_set_dialog_get_field (set_dialog, "year-to")), 2030);
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (set_dialog), _("C_reate")));
  g_assert_null (ntm_test_find_toplevel (NTM_TYPE_CRITERIA_SET_DIALOG));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM criteria_set WHERE code = '" SET "'"
                                       " AND applies_to = 'commune' AND level = 'ntm' AND year_from = 2026"
                                       " AND year_to = 2030 AND decision = '51/2025/QĐ-TTg'"), ==, 1);
  g_assert_cmpstr (ntm_drop_down_get_id (ntm_criteria_window_get_choice (criteria, "set")), ==, SET);
  /* a 2026 commune set: thresholds per commune group, not per region */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (ntm_criteria_window_get_choice (criteria, "group"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (ntm_criteria_window_get_choice (criteria, "region"))));
  g_assert_nonnull (strstr (ntm_criteria_window_get_set_text (criteria), _("Thresholds per commune group, for the set’s years.")));

  /* Add Indicator… with no criterion yet: nowhere to put it */
  before = n_written (db);
  g_assert_null (ntm_criteria_window_add_indicator (criteria));
  g_assert_null (ntm_test_find_toplevel (NTM_TYPE_INDICATOR_DIALOG));

  /* Add Criterion…: no number, no name refused; then added */
  criterion_dialog = NTM_CRITERION_DIALOG (click_action (criteria, "criteria.add-criterion", NTM_TYPE_CRITERION_DIALOG));
  g_assert_nonnull (criterion_dialog);
  ntm_test_type_into (ntm_criterion_dialog_get_field (criterion_dialog, "name"), "Quy hoạch");
  g_assert_false (ntm_criterion_dialog_add (criterion_dialog));
  g_assert_cmpstr (ntm_criterion_dialog_get_notice (criterion_dialog), ==, _("Give the criterion a number."));
  ntm_test_type_into (ntm_criterion_dialog_get_field (criterion_dialog, "number"), "1");
  ntm_test_type_into (ntm_criterion_dialog_get_field (criterion_dialog, "name"), "   ");
  g_assert_false (ntm_criterion_dialog_add (criterion_dialog));
  g_assert_cmpstr (ntm_criterion_dialog_get_notice (criterion_dialog), ==, _("Give the criterion a name."));
  g_assert_cmpint (n_written (db), ==, before);
  ntm_test_type_into (ntm_criterion_dialog_get_field (criterion_dialog, "name"), "Quy hoạch");
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (criterion_dialog), _("_Add")));
  g_assert_null (ntm_test_find_toplevel (NTM_TYPE_CRITERION_DIALOG));
  g_assert_cmpint (ntm_database_find_criterion (db, SET, "1"), >, 0);

  /* Add Indicator…: no code refused; then a percentage added */
  before = n_written (db);
  indicator_dialog = NTM_INDICATOR_DIALOG (click_action (criteria, "criteria.add-indicator", NTM_TYPE_INDICATOR_DIALOG));
  g_assert_nonnull (indicator_dialog);
  ntm_test_type_into (ntm_indicator_dialog_get_field (indicator_dialog, "name"),
                      "Tỷ lệ hộ có nhà ở đạt chuẩn theo quy định");
  select_value (ntm_indicator_dialog_get_field (indicator_dialog, "kind"), NTM_INDICATOR_PERCENT);
  g_assert_false (ntm_indicator_dialog_add (indicator_dialog));
  g_assert_cmpstr (ntm_indicator_dialog_get_notice (indicator_dialog), ==, _("Give the indicator a code."));
  g_assert_cmpint (n_written (db), ==, before);
  ntm_test_type_into (ntm_indicator_dialog_get_field (indicator_dialog, "code"), "1.1");
  ntm_test_type_into (ntm_indicator_dialog_get_field (indicator_dialog, "name"), "");
  g_assert_false (ntm_indicator_dialog_add (indicator_dialog));
  g_assert_cmpstr (ntm_indicator_dialog_get_notice (indicator_dialog), ==, _("Give the indicator a name."));
  g_assert_cmpint (n_written (db), ==, before);
  g_assert_cmpint (ntm_database_find_indicator (db, SET, "1.1"), ==, 0);
  ntm_test_type_into (ntm_indicator_dialog_get_field (indicator_dialog, "name"),
                      "Tỷ lệ hộ có nhà ở đạt chuẩn theo quy định");
  shot = (g_free (shot), picture ("criteria-add-indicator"));
  ntm_test_save_screenshot (GTK_WIDGET (indicator_dialog), shot);
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (indicator_dialog), _("_Add")));
  g_assert_null (ntm_test_find_toplevel (NTM_TYPE_INDICATOR_DIALOG));
  indicator_id = ntm_database_find_indicator (db, SET, "1.1");
  g_assert_cmpint (indicator_id, >, 0);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM indicator WHERE code = '1.1' AND kind = 'percent'"
                                       " AND unit = '%' AND comparison = '>='"
                                       " AND criterion_id = (SELECT id FROM criterion WHERE set_code = '" SET "')"), ==, 1);

  /* a threshold for group 2: a bad one refused, nothing written */
  g_assert_true (ntm_drop_down_select_value (ntm_criteria_window_get_choice (criteria, "group"), 2));
  entry = ntm_criteria_window_get_threshold_entry (criteria, "1.1");
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  before = n_written (db);
  ntm_test_type_into (entry, "tám mươi");
  g_assert_false (ntm_criteria_window_save (criteria));
  g_assert_cmpint (n_written (db), ==, before);
  g_assert_false (ntm_database_get_group_threshold (db, indicator_id, 2, 2026, &known, &value));

  /* a right one: stored for group 2 over the set's years, and no other group */
  entry = ntm_criteria_window_get_threshold_entry (criteria, "1.1");
  ntm_test_type_into (entry, vietnamese ? "87,5" : "87.5");
  g_assert_true (ntm_criteria_window_save (criteria));
  g_assert_true (ntm_database_get_group_threshold (db, indicator_id, 2, 2026, &known, &value));
  g_assert_true (known);
  g_assert_cmpfloat (value, ==, 87.5);
  g_assert_true (ntm_database_get_group_threshold (db, indicator_id, 2, 2030, &known, &value));
  g_assert_cmpfloat (value, ==, 87.5);
  g_assert_false (ntm_database_get_group_threshold (db, indicator_id, 2, 2031, &known, &value));
  g_assert_false (ntm_database_get_group_threshold (db, indicator_id, 1, 2026, &known, &value));
  g_assert_false (ntm_database_get_group_threshold (db, indicator_id, 3, 2026, &known, &value));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM threshold WHERE region IS NULL AND commune_group = 2"
                                       " AND year_from = 2026 AND year_to = 2030 AND value = 87.5"), ==, 1);

  /* group 1 shows nothing, group 2 what was saved */
  g_assert_true (ntm_drop_down_select_value (ntm_criteria_window_get_choice (criteria, "group"), 1));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ntm_criteria_window_get_threshold_entry (criteria, "1.1"))), ==, "");
  g_assert_true (ntm_drop_down_select_value (ntm_criteria_window_get_choice (criteria, "group"), 2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ntm_criteria_window_get_threshold_entry (criteria, "1.1"))), ==,
                   vietnamese ? "87,5" : "87.5");

  /* the window opened afresh on the set, with more of it loaded: as the
   * office sees it (the picture of docs/screenshots/) */
  ntm_test_close_window (GTK_WINDOW (criteria));
  {
    g_autoptr(GError) error = NULL;
    gint64 c8 = ntm_database_add_criterion (db, SET, "8", "Môi trường và cảnh quan nông thôn", &error);
    gint64 waste = ntm_database_add_indicator (db, c8, "8.2", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý",
                                               "%", NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, &error);
    gint64 plan = ntm_database_add_indicator (db, c8, "8.3", "Có phương án bảo vệ môi trường làng nghề", NULL,
                                              NTM_INDICATOR_BOOLEAN, NTM_COMPARISON_GE, &error);

    g_assert_no_error (error);
    g_assert_cmpint (plan, >, 0);
    for (int g = 1; g <= 3; g++)
      g_assert_true (ntm_database_set_group_threshold (db, waste, g, 2026, 2030, TRUE, 100 - 5 * g, &error));
  }
  criteria = ntm_criteria_window_new (GTK_WINDOW (window), db, 2027);
  gtk_window_present (GTK_WINDOW (criteria));
  ntm_criteria_window_show_set (criteria, SET);
  g_assert_true (ntm_drop_down_select_value (ntm_criteria_window_get_choice (criteria, "group"), 2));
  ntm_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ntm_criteria_window_get_threshold_entry (criteria, "8.2"))), ==, "90");
  shot = (g_free (shot), picture ("criteria-2026-set"));
  ntm_test_save_screenshot (GTK_WIDGET (criteria), shot);

  /* the seeded 51/2025 set: by group, its criteria marked as not loaded */
  ntm_criteria_window_show_set (criteria, "51-2025-ntm");
  ntm_test_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (ntm_criteria_window_get_choice (criteria, "group"))));
  g_assert_nonnull (ntm_test_find_widget (GTK_WIDGET (criteria), ntm_test_is_label_containing,
                                          "Chỉ tiêu và ngưỡng theo nhóm xã không có trong nguồn công khai"));
  shot = (g_free (shot), picture ("criteria-51-2025"));
  ntm_test_save_screenshot (GTK_WIDGET (criteria), shot);

  ntm_test_close_window (GTK_WINDOW (criteria));
  ntm_test_close_window (GTK_WINDOW (window));
}

/* The set exported from one office's window, imported in another's */
static void
test_export_import (void)
{
  g_autofree char *from_name = g_strdup_printf ("share-from-%s.db", vietnamese ? "vi" : "en");
  g_autofree char *to_name = g_strdup_printf ("share-to-%s.db", vietnamese ? "vi" : "en");
  g_autofree char *path = g_build_filename (dir, vietnamese ? "bo-tieu-chi-vi.xlsx" : "criteria-set-en.xlsx", NULL);
  g_autoptr(NtmDatabase) from = ntm_test_new_database (dir, from_name);
  g_autoptr(NtmDatabase) to = ntm_test_new_database (dir, to_name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  NtmWindow *window;
  NtmCriteriaWindow *criteria;
  NtmImportWindow *import;
  gint64 criterion, id, deadline;
  gboolean known;
  double value;

  /* the set, made in the first database */
  g_assert_true (ntm_database_create_criteria_set (from, SET, "Bộ tiêu chí thử", "51/2025/QĐ-TTg", "commune",
                                                   NTM_LEVEL_NTM, 2026, 2030, &error));
  g_assert_no_error (error);
  criterion = ntm_database_add_criterion (from, SET, "8", "Môi trường và cảnh quan nông thôn", &error);
  g_assert_no_error (error);
  id = ntm_database_add_indicator (from, criterion, "8.2", "Tỷ lệ chất thải rắn sinh hoạt được thu gom", "%",
                                   NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, &error);
  g_assert_no_error (error);
  for (int g = 1; g <= 3; g++)
    g_assert_true (ntm_database_set_group_threshold (from, id, g, 2026, 2030, TRUE, 100 - 10 * g, NULL));

  window = ntm_test_open_window (app, from, NULL, 2026);
  criteria = ntm_criteria_window_new (GTK_WINDOW (window), from, 2026);
  gtk_window_present (GTK_WINDOW (criteria));
  ntm_criteria_window_show_set (criteria, SET);
  g_assert_true (gtk_widget_is_sensitive (ntm_test_find_action_button (GTK_WIDGET (criteria), "criteria.export-set")));
  g_assert_true (ntm_test_wait_for_job (ntm_criteria_window_export_set (criteria, path)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  ntm_test_close_window (GTK_WINDOW (criteria));
  ntm_test_close_window (GTK_WINDOW (window));

  /* the other office: Import Set… on the file */
  g_assert_false (ntm_database_has_criteria_set (to, SET));
  window = ntm_test_open_window (app, to, NULL, 2026);
  criteria = ntm_criteria_window_new (GTK_WINDOW (window), to, 2026);
  gtk_window_present (GTK_WINDOW (criteria));
  import = ntm_criteria_window_import_set (criteria, file);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (ntm_import_window_is_reading (import) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (ntm_import_window_is_reading (import));
  ntm_test_settle ();
  g_assert_null (ntm_import_window_get_failure (import));
  g_assert_true (ntm_import_window_commit (import));
  ntm_test_settle ();

  /* written, and shown */
  g_assert_true (ntm_database_has_criteria_set (to, SET));
  g_assert_cmpstr (ntm_drop_down_get_id (ntm_criteria_window_get_choice (criteria, "set")), ==, SET);
  id = ntm_database_find_indicator (to, SET, "8.2");
  g_assert_cmpint (id, >, 0);
  for (int g = 1; g <= 3; g++)
    {
      g_assert_true (ntm_database_get_group_threshold (to, id, g, 2027, &known, &value));
      g_assert_true (known);
      g_assert_cmpfloat (value, ==, 100 - 10 * g);
    }
  g_assert_true (ntm_drop_down_select_value (ntm_criteria_window_get_choice (criteria, "group"), 3));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ntm_criteria_window_get_threshold_entry (criteria, "8.2"))), ==, "70");

  ntm_test_close_window (GTK_WINDOW (criteria));
  ntm_test_close_window (GTK_WINDOW (window));
}

/* The marks of what is not confirmed, and 17.1 in its two parts */
static void
test_verify_marks (void)
{
  g_autofree char *name = g_strdup_printf ("marks-%s.db", vietnamese ? "vi" : "en");
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, name);
  NtmWindow *window = ntm_test_open_window (app, db, NULL, 2024);
  NtmCriteriaWindow *criteria = ntm_criteria_window_new (GTK_WINDOW (window), db, 2024);
  g_autofree char *shot = NULL;
  GtkWidget *first, *second, *row;
  const char *note;

  gtk_window_present (GTK_WINDOW (criteria));
  ntm_criteria_window_show_set (criteria, "318-ntm");
  ntm_test_settle ();

  /* a set of 2021–2025: regions, as before */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (ntm_criteria_window_get_choice (criteria, "region"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (ntm_criteria_window_get_choice (criteria, "group"))));

  /* 17.1's parts, one after the other, both titled 17.1, both marked */
  first = ntm_criteria_window_get_threshold_row (criteria, "17.1");
  second = ntm_criteria_window_get_threshold_row (criteria, "17.1-QCVN");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (gtk_widget_get_next_sibling (first) == second);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), "17.1"));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (second)), "17.1"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (second)), "2"));
  note = ntm_threshold_row_get_verify_note (NTM_THRESHOLD_ROW (second));
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "17.1"));
  g_assert_nonnull (ntm_threshold_row_get_verify_note (NTM_THRESHOLD_ROW (first)));

  /* an indicator of criterion 13 marked, one of criterion 1 not */
  row = ntm_criteria_window_get_threshold_row (criteria, "13.4");
  g_assert_nonnull (row);
  g_assert_nonnull (ntm_threshold_row_get_verify_note (NTM_THRESHOLD_ROW (row)));
  row = ntm_criteria_window_get_threshold_row (criteria, "2.1");
  g_assert_nonnull (row);
  g_assert_null (ntm_threshold_row_get_verify_note (NTM_THRESHOLD_ROW (row)));
  /* scrolled to the parts of 17.1, as focus on its field scrolls it */
  gtk_widget_grab_focus (ntm_criteria_window_get_threshold_entry (criteria, "17.1-QCVN"));
  ntm_test_settle ();
  shot = picture ("criteria-318-verify");
  ntm_test_save_screenshot (GTK_WIDGET (criteria), shot);

  /* the criteria of the advanced-commune set marked beneath their titles */
  ntm_criteria_window_show_set (criteria, "318-advanced");
  ntm_test_settle ();
  g_assert_nonnull (ntm_test_find_widget (GTK_WIDGET (criteria), ntm_test_is_label_containing,
                                          "Phụ lục II Quyết định 318/QĐ-TTg"));

  ntm_test_close_window (GTK_WINDOW (criteria));
  ntm_test_close_window (GTK_WINDOW (window));
}

/* From a commune's value (the form, the unit page): the window opens on
 * the commune's group, so the threshold set there is the one its value
 * stands against; a commune with no group on record gets the first. */
static void
test_opened_for_a_commune (void)
{
  g_autofree char *name = g_strdup_printf ("link-%s.db", vietnamese ? "vi" : "en");
  g_autoptr(NtmDatabase) db = ntm_test_new_database (dir, name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) units = NULL;
  const char *grouped = NULL, *ungrouped = NULL;
  NtmWindow *window;
  NtmCriteriaWindow *criteria;
  gint64 criterion, id;

  g_assert_true (ntm_database_create_criteria_set (db, SET, "Bộ tiêu chí thử", "51/2025/QĐ-TTg", "commune",
                                                   NTM_LEVEL_NTM, 2026, 2030, &error));
  g_assert_no_error (error);
  criterion = ntm_database_add_criterion (db, SET, "8", "Môi trường và cảnh quan nông thôn", &error);
  g_assert_no_error (error);
  id = ntm_database_add_indicator (db, criterion, "8.2", "Tỷ lệ chất thải rắn sinh hoạt được thu gom", "%",
                                   NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  units = ntm_database_list_units_in_year (db, 2026, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (units) && ungrouped == NULL; i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

      if (ntm_unit_get_kind (unit) != NTM_UNIT_KIND_COMMUNE)
        continue;
      if (grouped == NULL)
        grouped = g_intern_string (ntm_unit_get_code (unit));
      else
        ungrouped = g_intern_string (ntm_unit_get_code (unit));
    }
  g_assert_nonnull (ungrouped);
  g_assert_true (ntm_database_set_commune_group (db, grouped, 2026, 0, 3, "Quyết định thử", &error));
  g_assert_no_error (error);

  window = ntm_test_open_window (app, db, NULL, 2026);
  criteria = ntm_threshold_link_open (GTK_WIDGET (window), db, 2026, grouped, SET, "8.2");
  ntm_widget_wait_for_frame (GTK_WIDGET (criteria));
  g_assert_cmpint (ntm_drop_down_get_value (ntm_criteria_window_get_choice (criteria, "group")), ==, 3);
  g_assert_nonnull (ntm_criteria_window_get_threshold_entry (criteria, "8.2"));
  gtk_window_destroy (GTK_WINDOW (criteria));

  criteria = ntm_threshold_link_open (GTK_WIDGET (window), db, 2026, ungrouped, SET, "8.2");
  ntm_widget_wait_for_frame (GTK_WIDGET (criteria));
  g_assert_cmpint (ntm_drop_down_get_value (ntm_criteria_window_get_choice (criteria, "group")), ==, 1);
  gtk_window_destroy (GTK_WINDOW (criteria));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int ret;

  ntm_test_gui_init (&argc, &argv);
  dir = ntm_test_make_temp_dir ();
  app = ntm_test_gui_application_new ();
  vietnamese = ntm_test_gui_is_vietnamese ();

  g_test_add_func ("/criteria-edit-gui/new-set", test_new_set);
  g_test_add_func ("/criteria-edit-gui/export-import", test_export_import);
  g_test_add_func ("/criteria-edit-gui/verify-marks", test_verify_marks);
  g_test_add_func ("/criteria-edit-gui/opened-for-a-commune", test_opened_for_a_commune);

  ret = g_test_run ();

  g_clear_object (&app);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
