/* test-forms-gui.c: the assessment form, the scheme form and the Water
 * view, filled in as a person would (typing, toggling, pressing Save), in
 * English and in Vietnamese, under Xvfb; checks what reached the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "ntm-application.h"
#include "ntm-assessment-window.h"
#include "ntm-criteria-window.h"
#include "ntm-recognitions-window.h"
#include "ntm-scheme-window.h"
#include "ntm-screenshot.h"
#include "ntm-test-utils.h"
#include "ntm-water-page.h"
#include "ntm-water-scheme.h"
#include "ntm-window.h"

#define COMMUNE "18088"

static char *dir;
static NtmApplication *app;

static char *
screenshot_path (const char *name)
{
  g_autofree char *shots = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", NULL);

  g_mkdir_with_parents (shots, 0755);
  return g_build_filename (shots, name, NULL);
}

static void
save_screenshot (GtkWidget *widget, const char *name)
{
  g_autofree char *path = screenshot_path (name);
  g_autoptr(GError) error = NULL;

  ntm_widget_wait_for_frame (widget);
  g_assert_true (ntm_widget_save_png (widget, path, &error));
  g_assert_no_error (error);
}

static NtmDatabase *
open_database (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  NtmDatabase *db = ntm_database_open (path, &error);

  g_assert_no_error (error);
  return db;
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

static double
stored (NtmDatabase *db, const char *code)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT coalesce((SELECT a.value * 1000 FROM assessment a JOIN indicator i ON i.id = a.indicator_id"
    " JOIN criterion c ON c.id = i.criterion_id WHERE a.unit_code = '" COMMUNE "' AND a.year = 2024"
    " AND c.set_code = '318-ntm' AND i.code = '%s'), -1)", code);
  gint64 milli = ntm_test_count (db, sql);

  return milli < 0 ? NAN : milli / 1000.0;
}

static void
type_into (GtkWidget *widget, const char *text)
{
  g_assert_nonnull (widget);
  gtk_widget_grab_focus (widget);
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
on_clicked_cb (GtkButton *button,
               gboolean  *clicked)
{
  *clicked = TRUE;
}

/* Activates the button as the keyboard does, and waits for its click. */
static void
press (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gulong id;

  g_assert_true (gtk_widget_is_sensitive (button));
  id = g_signal_connect (button, "clicked", G_CALLBACK (on_clicked_cb), &clicked);
  g_assert_true (gtk_widget_activate (button));
  while (!clicked && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (button, id);
  g_assert_true (clicked);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* ---------------------------------------------------------------------- */

static void
test_assessment_english (void)
{
  g_autoptr(NtmDatabase) db = open_database ("assess-en.db");
  NtmWindow *window = open_window (db);
  NtmAssessmentWindow *form;
  GtkWidget *water, *income, *market, *error_label, *save;
  g_autofree char *before = NULL;

  /* the way the Communes view and the map open it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.assess-unit", "s", COMMUNE));
  form = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && form == NULL; i++)
      {
        g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
        if (NTM_IS_ASSESSMENT_WINDOW (w))
          form = NTM_ASSESSMENT_WINDOW (w);
      }
  }
  g_assert_nonnull (form);
  ntm_widget_wait_for_frame (GTK_WIDGET (form));

  water = ntm_assessment_window_get_input (form, "318-ntm", "17.1");
  income = ntm_assessment_window_get_input (form, "318-ntm", "10");
  market = ntm_assessment_window_get_input (form, "318-ntm", "7");
  save = ntm_assessment_window_get_save_button (form);
  g_assert_true (GTK_IS_ENTRY (water));
  g_assert_true (GTK_IS_SWITCH (market));
  g_assert_cmpstr (ntm_assessment_window_get_summary (form), ==, "0/19 met");

  gtk_switch_set_active (GTK_SWITCH (market), TRUE);
  g_assert_cmpstr (ntm_assessment_window_get_summary (form), ==, "1/19 met");

  /* a bad number: told beside the field, nothing written */
  type_into (water, "95,5");
  error_label = ntm_assessment_window_get_error_label (form, "318-ntm", "17.1");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "1,234.5"));
  g_assert_true (gtk_widget_has_css_class (water, "error"));
  type_into (income, "61");
  press (save);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment WHERE unit_code = '" COMMUNE "'"), ==, 0);

  type_into (water, "120");
  g_assert_true (ntm_assessment_window_has_errors (form));
  type_into (water, "95.5%");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_false (ntm_assessment_window_has_errors (form));

  /* basically met needs a reason */
  ntm_assessment_window_set_override (form, "318-ntm", "10", NTM_STATUS_BASICALLY_MET, "");
  press (save);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment WHERE unit_code = '" COMMUNE "'"), ==, 0);
  ntm_assessment_window_set_override (form, "318-ntm", "10", NTM_STATUS_BASICALLY_MET, "Đang bổ sung số liệu");

  before = g_strdup (gtk_window_get_title (GTK_WINDOW (form)));
  g_assert_true (g_str_has_prefix (before, "*"));
  press (save);
  g_assert_cmpfloat (stored (db, "17.1"), ==, 95.5);
  g_assert_cmpfloat (stored (db, "10"), ==, 61);
  g_assert_cmpfloat (stored (db, "7"), ==, 1);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment WHERE status_override = 'basically_met'"
                              " AND override_reason = 'Đang bổ sung số liệu'"), ==, 1);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (form)), "*"));

  /* clearing a value is "no data", and is saved as such */
  type_into (income, "");
  ntm_assessment_window_set_override (form, "318-ntm", "10", NTM_STATUS_NO_DATA, NULL);
  press (save);
  g_assert_true (isnan (stored (db, "10")));

  save_screenshot (GTK_WIDGET (form), "assessment-en.png");
  close_window (GTK_WINDOW (form));
  close_window (GTK_WINDOW (window));
}

static void
test_assessment_unsaved_close_asks (void)
{
  g_autoptr(NtmDatabase) db = open_database ("assess-close.db");
  NtmWindow *window = open_window (db);
  NtmAssessmentWindow *form = ntm_window_assess_unit (window, COMMUNE);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_before;

  ntm_widget_wait_for_frame (GTK_WIDGET (form));
  type_into (ntm_assessment_window_get_input (form, "318-ntm", "17.1"), "90");
  n_before = g_list_model_get_n_items (toplevels);
  gtk_window_close (GTK_WINDOW (form));
  /* still open, and a question was asked */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_before + 1);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment"), ==, 0);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      GObject *w = g_list_model_get_item (toplevels, i);

      /* the list of toplevels keeps it alive */
      g_object_unref (w);
      if (ADW_IS_MESSAGE_DIALOG (w))
        {
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (w), "save");
          break;
        }
    }
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  while (form != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (stored (db, "17.1"), ==, 90);
  close_window (GTK_WINDOW (window));
}

static void
test_assessment_vietnamese (void)
{
  g_autoptr(NtmDatabase) db = NULL;
  NtmWindow *window;
  NtmAssessmentWindow *form;
  GtkWidget *water, *income, *error_label;

  db = open_database ("assess-vi.db");
  window = open_window (db);
  form = ntm_window_assess_unit (window, COMMUNE);
  ntm_widget_wait_for_frame (GTK_WIDGET (form));

  water = ntm_assessment_window_get_input (form, "318-ntm", "17.1");
  income = ntm_assessment_window_get_input (form, "318-ntm", "10");
  g_assert_cmpstr (ntm_assessment_window_get_summary (form), ==, "Đạt 0/19");

  type_into (water, "95,5");
  type_into (income, "1.234,5");
  /* an English decimal point is not a Vietnamese number */
  type_into (ntm_assessment_window_get_input (form, "318-ntm", "17.7"), "95.5");
  error_label = ntm_assessment_window_get_error_label (form, "318-ntm", "17.7");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "1.234,5"));
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "not a number"));
  press (ntm_assessment_window_get_save_button (form));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment"), ==, 0);

  type_into (ntm_assessment_window_get_input (form, "318-ntm", "17.7"), "95,539");
  press (ntm_assessment_window_get_save_button (form));
  g_assert_cmpfloat (stored (db, "17.1"), ==, 95.5);
  g_assert_cmpfloat (stored (db, "10"), ==, 1234.5);
  g_assert_cmpfloat (stored (db, "17.7"), ==, 95.539);

  save_screenshot (GTK_WIDGET (form), "assessment-vi.png");
  close_window (GTK_WINDOW (form));
  close_window (GTK_WINDOW (window));
}

static void
fill_scheme (NtmSchemeWindow *form, gboolean vietnamese)
{
  type_into (ntm_scheme_window_get_field (form, "name"), "Nhà máy nước Thạch Trung");
  type_into (ntm_scheme_window_get_field (form, "code"), "NMN-01");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ntm_scheme_window_get_field (form, "water_source")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (ntm_scheme_window_get_field (form, "sustainability")), 1);
  type_into (ntm_scheme_window_get_field (form, "design_capacity"), vietnamese ? "3.000,5" : "3,000.5");
  type_into (ntm_scheme_window_get_field (form, "households_design"), "4000");
  type_into (ntm_scheme_window_get_field (form, "households_actual"), "4200");
  type_into (ntm_scheme_window_get_field (form, "started_on"), "1/3/2021");
  type_into (ntm_scheme_window_get_field (form, "commissioned_on"), "30/6/2022");
  type_into (ntm_scheme_window_get_field (form, "progress"), vietnamese ? "99,5" : "99.5");
  type_into (ntm_scheme_window_get_field (form, "loss_rate"), vietnamese ? "18,5 %" : "18.5%");
  ntm_scheme_window_add_investment (form, 2021, "central", vietnamese ? "12.000.000.000" : "12,000,000,000");
}

static void
test_scheme_form (gconstpointer data)
{
  gboolean vietnamese = GPOINTER_TO_INT (data);
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  NtmWindow *window;
  NtmSchemeWindow *form;
  GtkWidget *save;

  db = open_database (vietnamese ? "scheme-vi.db" : "scheme-en.db");
  window = open_window (db);
  form = ntm_scheme_window_new (GTK_WINDOW (window), db, 0, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (form));
  ntm_widget_wait_for_frame (GTK_WIDGET (form));
  save = ntm_scheme_window_get_save_button (form);

  /* empty: name and communes are required */
  press (save);
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "name"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);

  fill_scheme (form, vietnamese);
  press (save);   /* no commune yet */
  g_assert_null (ntm_scheme_window_get_problem (form, "name"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);
  g_assert_true (ntm_scheme_window_add_commune (form, COMMUNE));
  g_assert_true (ntm_scheme_window_add_commune (form, "18100"));
  g_assert_false (ntm_scheme_window_add_commune (form, "18100"));

  /* each rule, shown on its field */
  type_into (ntm_scheme_window_get_field (form, "progress"), "120");
  type_into (ntm_scheme_window_get_field (form, "tariff"), "-9500");
  type_into (ntm_scheme_window_get_field (form, "commissioned_on"), "28/2/2021");
  press (save);
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "progress"));
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "tariff"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);
  type_into (ntm_scheme_window_get_field (form, "progress"), vietnamese ? "99,5" : "99.5");
  type_into (ntm_scheme_window_get_field (form, "tariff"), vietnamese ? "9.500" : "9,500");
  press (save);
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "commissioned_on"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);
  type_into (ntm_scheme_window_get_field (form, "commissioned_on"), "30/6/2022");

  /* more households than designed: a warning, and it saves */
  press (save);
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "households_actual"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 1);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme WHERE name = 'Nhà máy nước Thạch Trung'"
                              " AND design_capacity = 3000.5 AND progress = 99.5 AND loss_rate = 18.5"
                              " AND tariff = 9500 AND households_actual = 4200 AND water_source = 'surface'"
                              " AND started_on = '2021-03-01' AND commissioned_on = '2022-06-30'"
                              " AND sustainability = 'sustainable'"), ==, 1);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme_commune"), ==, 2);
  g_assert_cmpint (ntm_test_count (db, "SELECT sum(amount) FROM water_scheme_investment WHERE year = 2021"
                              " AND source = 'central'"), ==, 12000000000);

  save_screenshot (GTK_WIDGET (form), vietnamese ? "scheme-vi.png" : "scheme-en.png");
  close_window (GTK_WINDOW (form));

  /* the Water view lists it, filters it, deletes it and puts it back */
  {
    NtmWaterPage *page;
    GtkWidget *child = GTK_WIDGET (window);

    ntm_window_show_view (window, "water");
    ntm_widget_wait_for_frame (GTK_WIDGET (window));
    page = NULL;
    /* find the page */
    {
      GPtrArray *todo = g_ptr_array_new ();
      g_ptr_array_add (todo, child);
      while (todo->len > 0 && page == NULL)
        {
          GtkWidget *w = g_ptr_array_steal_index (todo, todo->len - 1);
          if (NTM_IS_WATER_PAGE (w))
            page = NTM_WATER_PAGE (w);
          for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
            g_ptr_array_add (todo, c);
        }
      g_ptr_array_unref (todo);
    }
    g_assert_nonnull (page);
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 1);
    ntm_water_page_set_search_text (page, "thach trung");
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 1);
    ntm_water_page_set_search_text (page, "ky anh");
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 0);
    ntm_water_page_set_search_text (page, "");
    ntm_water_page_set_filters (page, "operating", "436", "sustainable");
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 1);
    ntm_water_page_set_filters (page, "planned", NULL, NULL);
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 0);
    ntm_water_page_set_filters (page, NULL, "445", NULL);
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 0);
    ntm_water_page_set_filters (page, NULL, NULL, "poorly");
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 0);
    ntm_water_page_set_filters (page, NULL, NULL, NULL);
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 1);
    save_screenshot (GTK_WIDGET (window), vietnamese ? "water-vi.png" : "water-en.png");

    g_assert_true (ntm_water_page_select_scheme (page, 1));
    ntm_water_page_delete_selected (page, TRUE);
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 0);
    g_assert_true (ntm_water_page_undo_delete (page));
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme WHERE id = 1"), ==, 1);
    g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme_commune"), ==, 2);
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 1);
  }

  close_window (GTK_WINDOW (window));
}

static void
test_criteria_and_recognitions (gconstpointer data)
{
  gboolean vietnamese = GPOINTER_TO_INT (data);
  g_autoptr(NtmDatabase) db = NULL;
  NtmWindow *window;
  NtmCriteriaWindow *criteria;
  NtmRecognitionsWindow *recognitions;
  GtkWidget *entry;

  db = open_database (vietnamese ? "criteria-vi.db" : "criteria-en.db");
  window = open_window (db);

  criteria = ntm_criteria_window_new (GTK_WINDOW (window), db, 2024);
  gtk_window_present (GTK_WINDOW (criteria));
  ntm_criteria_window_show_set (criteria, "318-ntm");
  entry = ntm_criteria_window_get_threshold_entry (criteria, "17.1");
  g_assert_nonnull (entry);
  /* seeded unknown: empty */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  type_into (entry, "abc");
  g_assert_false (ntm_criteria_window_save (criteria));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM audit_log WHERE entity = 'threshold' AND action = 'update'"), ==, 0);
  entry = ntm_criteria_window_get_threshold_entry (criteria, "17.1");
  type_into (entry, vietnamese ? "97,5" : "97.5");
  g_assert_true (ntm_criteria_window_save (criteria));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM threshold t JOIN indicator i ON i.id = t.indicator_id"
                              " JOIN criterion c ON c.id = i.criterion_id WHERE c.set_code = '318-ntm'"
                              " AND i.code = '17.1' AND t.value = 97.5"), ==, 1);
  save_screenshot (GTK_WIDGET (criteria), vietnamese ? "criteria-vi.png" : "criteria-en.png");
  close_window (GTK_WINDOW (criteria));

  recognitions = ntm_recognitions_window_new (GTK_WINDOW (window), db, COMMUNE, 2024);
  gtk_window_present (GTK_WINDOW (recognitions));
  save_screenshot (GTK_WIDGET (recognitions), vietnamese ? "recognitions-vi.png" : "recognitions-en.png");
  close_window (GTK_WINDOW (recognitions));

  close_window (GTK_WINDOW (window));
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

  dir = ntm_test_make_temp_dir ();
  app = ntm_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  /* The test program runs once in English and once with LANGUAGE=vi. */
  if (g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0)
    {
      g_test_add_func ("/forms-gui/vi/assessment", test_assessment_vietnamese);
      g_test_add_data_func ("/forms-gui/vi/scheme", GINT_TO_POINTER (TRUE), test_scheme_form);
      g_test_add_data_func ("/forms-gui/vi/criteria-recognitions", GINT_TO_POINTER (TRUE),
                            test_criteria_and_recognitions);
    }
  else
    {
      g_test_add_func ("/forms-gui/assessment", test_assessment_english);
      g_test_add_func ("/forms-gui/assessment-unsaved-close-asks", test_assessment_unsaved_close_asks);
      g_test_add_data_func ("/forms-gui/scheme", GINT_TO_POINTER (FALSE), test_scheme_form);
      g_test_add_data_func ("/forms-gui/criteria-recognitions", GINT_TO_POINTER (FALSE),
                            test_criteria_and_recognitions);
    }

  ret = g_test_run ();

  g_clear_object (&app);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
