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
#include "ntm-choice.h"
#include "ntm-communes-page.h"
#include "ntm-csv.h"
#include "ntm-delete-dialog.h"
#include "ntm-indicator-values.h"
#include "ntm-level-style.h"
#include "ntm-number.h"
#include "ntm-recognition.h"
#include "ntm-assessment-window-private.h"
#include "ntm-criteria-window-private.h"
#include "ntm-history-window.h"
#include "ntm-recognitions-window.h"
#include "ntm-scheme-window-private.h"
#include "ntm-screenshot.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"
#include "ntm-unit-detail.h"
#include "ntm-unit-row.h"
#include "ntm-unknown-threshold-row.h"
#include "ntm-water-figures-window-private.h"
#include "ntm-water-page-private.h"
#include "ntm-water-scheme.h"
#include "ntm-commune-water.h"
#include "ntm-yes-no-choice.h"
#include "ntm-window-private.h"

#define COMMUNE "18088"

static char *dir;
static NtmApplication *app;

static NtmWindow *
open_window (NtmDatabase *db)
{
  return ntm_test_open_window (app, db, NULL, 2024);
}

static NtmDatabase *
open_database (const char *name)
{
  return ntm_test_open_database (dir, name);
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


/* ---------------------------------------------------------------------- */
/* Finding widgets as a person sees them: by their labels                 */
/* ---------------------------------------------------------------------- */

static gboolean
is_badge (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "ntm-badge");
}

/* The level the Communes view shows for a unit */
static const char *
level_shown (NtmWindow *window, const char *code)
{
  GtkWidget *page = GTK_WIDGET (ntm_window_get_communes_page (window));
  GtkWidget *row;

  ntm_test_settle ();
  row = ntm_test_find_widget (page, ntm_test_is_unit_row, code);
  g_assert_nonnull (row);
  return gtk_label_get_label (GTK_LABEL (ntm_test_find_widget (row, is_badge, NULL)));
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
  g_assert_true (NTM_IS_YES_NO_CHOICE (market));
  g_assert_cmpstr (ntm_assessment_window_get_summary (form), ==, "0/19 met");

  /* a yes/no indicator: Yes, No, or No data, each pressed as a person would */
  g_assert_cmpint (ntm_yes_no_choice_get_answer (NTM_YES_NO_CHOICE (market)), ==, NTM_ANSWER_NO_DATA);
  ntm_test_click (ntm_test_find_button (market, C_("answer", "No")));
  g_assert_cmpint (ntm_yes_no_choice_get_answer (NTM_YES_NO_CHOICE (market)), ==, NTM_ANSWER_NO);
  g_assert_cmpstr (ntm_assessment_window_get_summary (form), ==, "0/19 met");
  ntm_test_click (ntm_test_find_button (market, C_("answer", "Yes")));
  g_assert_cmpstr (ntm_assessment_window_get_summary (form), ==, "1/19 met");

  /* a bad number: told beside the field, nothing written */
  ntm_test_type_into (water, "95,5");
  error_label = ntm_assessment_window_get_error_label (form, "318-ntm", "17.1");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "1,234.5"));
  g_assert_true (gtk_widget_has_css_class (water, "error"));
  ntm_test_type_into (income, "61");
  ntm_test_press (save);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment WHERE unit_code = '" COMMUNE "'"), ==, 0);

  ntm_test_type_into (water, "120");
  g_assert_true (ntm_assessment_window_has_errors (form));
  ntm_test_type_into (water, "95.5%");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_false (ntm_assessment_window_has_errors (form));

  /* basically met needs a reason */
  ntm_assessment_window_set_override (form, "318-ntm", "10", NTM_STATUS_BASICALLY_MET, "");
  ntm_test_press (save);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment WHERE unit_code = '" COMMUNE "'"), ==, 0);
  ntm_assessment_window_set_override (form, "318-ntm", "10", NTM_STATUS_BASICALLY_MET, "Đang bổ sung số liệu");

  before = g_strdup (gtk_window_get_title (GTK_WINDOW (form)));
  g_assert_true (g_str_has_prefix (before, "*"));
  ntm_test_press (save);
  g_assert_cmpfloat (stored (db, "17.1"), ==, 95.5);
  g_assert_cmpfloat (stored (db, "10"), ==, 61);
  g_assert_cmpfloat (stored (db, "7"), ==, 1);
  /* "No data" clears the answer: nothing stored for it */
  ntm_yes_no_choice_set_answer (NTM_YES_NO_CHOICE (market), NTM_ANSWER_NO_DATA);
  ntm_test_press (save);
  g_assert_true (isnan (stored (db, "7")));
  ntm_yes_no_choice_set_answer (NTM_YES_NO_CHOICE (market), NTM_ANSWER_NO);
  ntm_test_press (save);
  g_assert_cmpfloat (stored (db, "7"), ==, 0);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment WHERE status_override = 'basically_met'"
                              " AND override_reason = 'Đang bổ sung số liệu'"), ==, 1);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (form)), "*"));

  /* clearing a value is "no data", and is saved as such */
  ntm_test_type_into (income, "");
  ntm_assessment_window_set_override (form, "318-ntm", "10", NTM_STATUS_NO_DATA, NULL);
  ntm_test_press (save);
  g_assert_true (isnan (stored (db, "10")));

  ntm_test_save_screenshot (GTK_WIDGET (form), "assessment-en.png");
  ntm_test_close_window (GTK_WINDOW (form));
  ntm_test_close_window (GTK_WINDOW (window));
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
  ntm_test_type_into (ntm_assessment_window_get_input (form, "318-ntm", "17.1"), "90");
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
  ntm_test_close_window (GTK_WINDOW (window));
}

static void
test_assessment_vietnamese (void)
{
  g_autoptr(NtmDatabase) db = NULL;
  NtmWindow *window;
  NtmAssessmentWindow *form;
  GtkWidget *water, *income, *error_label, *notice;

  db = open_database ("assess-vi.db");
  window = open_window (db);
  form = ntm_window_assess_unit (window, COMMUNE);
  ntm_widget_wait_for_frame (GTK_WIDGET (form));

  water = ntm_assessment_window_get_input (form, "318-ntm", "17.1");
  income = ntm_assessment_window_get_input (form, "318-ntm", "10");
  g_assert_cmpstr (ntm_assessment_window_get_summary (form), ==, "Đạt 0/19");

  ntm_test_type_into (water, "95,5");
  ntm_test_type_into (income, "1.234,5");
  /* an English decimal point is not a Vietnamese number */
  ntm_test_type_into (ntm_assessment_window_get_input (form, "318-ntm", "17.7"), "95.5");
  error_label = ntm_assessment_window_get_error_label (form, "318-ntm", "17.7");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "1.234,5"));
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "not a number"));
  ntm_test_press (ntm_assessment_window_get_save_button (form));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment"), ==, 0);
  /* the notice at the top says why; it goes once the field is corrected */
  notice = gtk_widget_get_ancestor (ntm_test_find_widget (GTK_WIDGET (form), ntm_test_is_label_prefixed,
                                                          _("Nothing was saved: correct the fields marked in red first.")),
                                    GTK_TYPE_REVEALER);
  g_assert_nonnull (notice);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (notice)));

  ntm_test_type_into (ntm_assessment_window_get_input (form, "318-ntm", "17.7"), "95,539");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (notice)));
  /* the form as filled in, at criterion 17, then as saved (with the toast
   * offering Undo) */
  gtk_widget_grab_focus (water);
  ntm_test_settle ();
  ntm_test_save_screenshot (GTK_WIDGET (form), "assessment-vi.png");
  ntm_test_press (ntm_assessment_window_get_save_button (form));
  g_assert_cmpfloat (stored (db, "17.1"), ==, 95.5);
  g_assert_cmpfloat (stored (db, "10"), ==, 1234.5);
  g_assert_cmpfloat (stored (db, "17.7"), ==, 95.539);

  ntm_test_save_screenshot (GTK_WIDGET (form), "assessment-saved-vi.png");
  ntm_test_close_window (GTK_WINDOW (form));
  ntm_test_close_window (GTK_WINDOW (window));
}

static void
fill_scheme (NtmSchemeWindow *form, gboolean vietnamese)
{
  ntm_test_type_into (ntm_scheme_window_get_field (form, "name"), "Nhà máy nước Thạch Trung");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "code"), "NMN-01");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ntm_scheme_window_get_field (form, "water_source")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (ntm_scheme_window_get_field (form, "sustainability")), 1);
  ntm_test_type_into (ntm_scheme_window_get_field (form, "design_capacity"), vietnamese ? "3.000,5" : "3,000.5");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "households_design"), "4000");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "households_actual"), "4200");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "started_on"), "1/3/2021");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "commissioned_on"), "30/6/2022");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "progress"), vietnamese ? "99,5" : "99.5");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "loss_rate"), vietnamese ? "18,5 %" : "18.5%");
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
  ntm_test_press (save);
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "name"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);

  fill_scheme (form, vietnamese);
  ntm_test_press (save);   /* no commune yet */
  g_assert_null (ntm_scheme_window_get_problem (form, "name"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);
  g_assert_true (ntm_scheme_window_add_commune (form, COMMUNE));
  g_assert_true (ntm_scheme_window_add_commune (form, "18100"));
  g_assert_false (ntm_scheme_window_add_commune (form, "18100"));

  /* each rule, shown on its field */
  ntm_test_type_into (ntm_scheme_window_get_field (form, "progress"), "120");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "tariff"), "-9500");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "commissioned_on"), "28/2/2021");
  ntm_test_press (save);
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "progress"));
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "tariff"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);
  ntm_test_type_into (ntm_scheme_window_get_field (form, "progress"), vietnamese ? "99,5" : "99.5");
  ntm_test_type_into (ntm_scheme_window_get_field (form, "tariff"), vietnamese ? "9.500" : "9,500");
  ntm_test_press (save);
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "commissioned_on"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);
  ntm_test_type_into (ntm_scheme_window_get_field (form, "commissioned_on"), "30/6/2022");

  /* more households than designed: a warning, and it saves */
  ntm_test_press (save);
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

  ntm_test_save_screenshot (GTK_WIDGET (form), vietnamese ? "scheme-vi.png" : "scheme-en.png");
  ntm_test_close_window (GTK_WINDOW (form));

  /* the Water view lists it, filters it, deletes it and puts it back */
  {
    NtmWaterPage *page;
    AdwMessageDialog *question;

    ntm_window_show_view (window, "water");
    ntm_widget_wait_for_frame (GTK_WIDGET (window));
    page = NTM_WATER_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_WATER_PAGE));
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
    ntm_test_save_screenshot (GTK_WIDGET (window), vietnamese ? "water-vi.png" : "water-en.png");

    g_assert_true (ntm_water_page_select_scheme (page, 1));
    /* Delete… asks first; Cancel keeps the scheme, Delete deletes it */
    ntm_test_click (ntm_test_find_button (GTK_WIDGET (page), _("_Delete…")));
    question = ADW_MESSAGE_DIALOG (ntm_test_wait_for_toplevel (NTM_TYPE_DELETE_DIALOG));
    g_assert_nonnull (question);
    adw_message_dialog_response (question, "cancel");
    ntm_test_settle ();
    g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 1);
    ntm_test_click (ntm_test_find_button (GTK_WIDGET (page), _("_Delete…")));
    question = ADW_MESSAGE_DIALOG (ntm_test_wait_for_toplevel (NTM_TYPE_DELETE_DIALOG));
    g_assert_nonnull (question);
    adw_message_dialog_response (question, "delete");
    ntm_test_settle ();
    g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 0);
    /* with nothing listed there is nothing to open or delete */
    g_assert_false (gtk_widget_get_sensitive (ntm_test_find_button (GTK_WIDGET (page), _("_Open"))));
    g_assert_false (gtk_widget_get_sensitive (ntm_test_find_button (GTK_WIDGET (page), _("_Delete…"))));
    g_assert_true (ntm_water_page_undo_delete (page));
    ntm_test_settle ();
    g_assert_true (gtk_widget_get_sensitive (ntm_test_find_button (GTK_WIDGET (page), _("_Open"))));
    g_assert_true (gtk_widget_get_sensitive (ntm_test_find_button (GTK_WIDGET (page), _("_Delete…"))));
    g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme WHERE id = 1"), ==, 1);
    g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme_commune"), ==, 2);
    g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 1);
  }

  ntm_test_close_window (GTK_WINDOW (window));
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
  ntm_test_type_into (entry, "abc");
  g_assert_false (ntm_criteria_window_save (criteria));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM audit_log WHERE entity = 'threshold' AND action = 'update'"), ==, 0);
  entry = ntm_criteria_window_get_threshold_entry (criteria, "17.1");
  ntm_test_type_into (entry, vietnamese ? "97,5" : "97.5");
  g_assert_true (ntm_criteria_window_save (criteria));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM threshold t JOIN indicator i ON i.id = t.indicator_id"
                              " JOIN criterion c ON c.id = i.criterion_id WHERE c.set_code = '318-ntm'"
                              " AND i.code = '17.1' AND t.value = 97.5"), ==, 1);
  ntm_test_save_screenshot (GTK_WIDGET (criteria), vietnamese ? "criteria-vi.png" : "criteria-en.png");
  ntm_test_close_window (GTK_WINDOW (criteria));

  recognitions = ntm_recognitions_window_new (GTK_WINDOW (window), db, COMMUNE, 2024);
  gtk_window_present (GTK_WINDOW (recognitions));
  ntm_test_save_screenshot (GTK_WIDGET (recognitions), vietnamese ? "recognitions-vi.png" : "recognitions-en.png");
  ntm_test_close_window (GTK_WINDOW (recognitions));

  ntm_test_close_window (GTK_WINDOW (window));
}

/* A value against a threshold not known yet: not "no data" but "threshold
 * unknown", with a way to set the threshold; once set, met or not met
 * without reopening. A criterion the indicators cannot decide is decided
 * by the status recorded for it, in the form and on the unit's page. */
static gboolean
is_unknown_threshold_row_for (GtkWidget *widget, gconstpointer code)
{
  return NTM_IS_UNKNOWN_THRESHOLD_ROW (widget) &&
         g_strcmp0 (ntm_unknown_threshold_row_get_indicator_code (NTM_UNKNOWN_THRESHOLD_ROW (widget)), code) == 0;
}

static const char *
row_status (NtmAssessmentWindow *form, const char *code)
{
  return gtk_label_get_label (ntm_indicator_row_get_status_label (
    ntm_assessment_window_get_indicator_row (form, "318-ntm", code)));
}

/* the focus is in @entry (a GtkEntry passes it to the text inside) */
static gboolean
has_focus_in (GtkWindow *window, GtkWidget *entry)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static void
test_unknown_threshold (gconstpointer data)
{
  gboolean vietnamese = GPOINTER_TO_INT (data);
  g_autoptr(NtmDatabase) db = open_database (vietnamese ? "unknown-vi.db" : "unknown-en.db");
  g_autoptr(GError) error = NULL;
  NtmWindow *window = open_window (db);
  NtmAssessmentWindow *form;
  NtmCriteriaWindow *criteria;
  NtmAssessment *a;
  NtmRecordedStatusRow *recorded;
  GtkWidget *threshold_entry, *button, *detail, *row;
  NtmLanguage language = ntm_language_get_default ();
  g_autofree char *value_text = ntm_number_format_percent (85, 3, language);
  g_autofree char *decided = NULL;
  gint64 c5, thresholds_before;

  form = ntm_assessment_window_new (GTK_WINDOW (window), db, COMMUNE, 2024, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (form));
  ntm_widget_wait_for_frame (GTK_WIDGET (form));
  a = ntm_assessment_window_get_assessment (form);
  c5 = ntm_assessment_row_get_criterion_id (a, ntm_assessment_find_row (a, "318-ntm", "5"));

  /* 16 has no threshold on record for 2024: a value typed reads "threshold unknown" */
  button = ntm_indicator_row_get_threshold_button (ntm_assessment_window_get_indicator_row (form, "318-ntm", "16"));
  g_assert_false (gtk_widget_get_visible (button));
  ntm_test_type_into (ntm_assessment_window_get_input (form, "318-ntm", "16"), "85");
  g_assert_cmpstr (row_status (form, "16"), ==, _("Threshold unknown"));
  g_assert_cmpstr (row_status (form, "16"), !=, ntm_status_get_label (NTM_STATUS_NO_DATA));
  g_assert_true (gtk_widget_get_visible (button));

  /* bad input: told beside the field, no status, no button, nothing written */
  ntm_test_type_into (ntm_assessment_window_get_input (form, "318-ntm", "16"), "8x5");
  g_assert_true (ntm_assessment_window_has_errors (form));
  g_assert_cmpstr (row_status (form, "16"), ==, "");
  g_assert_false (gtk_widget_get_visible (button));
  ntm_test_press (ntm_assessment_window_get_save_button (form));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM assessment"), ==, 0);
  ntm_test_type_into (ntm_assessment_window_get_input (form, "318-ntm", "16"), "85");
  g_assert_true (gtk_widget_get_visible (button));

  /* the button opens Criteria and Thresholds with 16's threshold entry focused */
  thresholds_before = ntm_test_count (db, "SELECT count(*) FROM audit_log WHERE entity = 'threshold'");
  ntm_test_click (button);
  criteria = NTM_CRITERIA_WINDOW (ntm_test_wait_for_toplevel (NTM_TYPE_CRITERIA_WINDOW));
  g_assert_nonnull (criteria);
  ntm_widget_wait_for_frame (GTK_WIDGET (criteria));
  threshold_entry = ntm_criteria_window_get_threshold_entry (criteria, "16");
  g_assert_nonnull (threshold_entry);
  g_assert_true (has_focus_in (GTK_WINDOW (criteria), threshold_entry));

  /* a threshold that cannot be read is refused: nothing written, still unknown */
  ntm_test_type_into (threshold_entry, "abc");
  g_assert_false (ntm_criteria_window_save (criteria));
  ntm_test_settle ();
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM audit_log WHERE entity = 'threshold'"), ==,
                   thresholds_before);
  g_assert_cmpstr (row_status (form, "16"), ==, _("Threshold unknown"));

  /* 90 %: the 85 typed is not met, at once, in the open form */
  threshold_entry = ntm_criteria_window_get_threshold_entry (criteria, "16");
  ntm_test_type_into (threshold_entry, "90");
  g_assert_true (ntm_criteria_window_save (criteria));
  ntm_test_settle ();
  g_assert_cmpstr (row_status (form, "16"), ==, ntm_status_get_label (NTM_STATUS_NOT_MET));
  g_assert_false (gtk_widget_get_visible (button));
  /* 80 %: met */
  threshold_entry = ntm_criteria_window_get_threshold_entry (criteria, "16");
  ntm_test_type_into (threshold_entry, "80");
  g_assert_true (ntm_criteria_window_save (criteria));
  ntm_test_settle ();
  g_assert_cmpstr (row_status (form, "16"), ==, ntm_status_get_label (NTM_STATUS_MET));
  g_assert_cmpint (ntm_assessment_get_criterion_status (a, ntm_assessment_row_get_criterion_id (
                     a, ntm_assessment_find_row (a, "318-ntm", "16"))), ==, NTM_STATUS_MET);
  ntm_test_close_window (GTK_WINDOW (criteria));

  /* criterion 5: its only indicator against an unknown threshold; the
   * criterion's recorded status is offered, and decides it */
  recorded = ntm_assessment_window_get_recorded_row (form, c5);
  g_assert_nonnull (recorded);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (recorded)));
  ntm_test_type_into (ntm_assessment_window_get_input (form, "318-ntm", "5"), "85");
  g_assert_cmpstr (row_status (form, "5"), ==, _("Threshold unknown"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (recorded)));
  g_assert_cmpint (ntm_assessment_get_criterion_status (a, c5), ==, NTM_STATUS_NO_DATA);
  ntm_recorded_status_row_set_status (recorded, NTM_STATUS_MET);
  g_assert_cmpint (ntm_assessment_get_criterion_status (a, c5), ==, NTM_STATUS_MET);
  g_assert_cmpint (ntm_assessment_get_computed_criterion_status (a, c5), ==, NTM_STATUS_NO_DATA);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (form)), "*"));
  ntm_test_save_screenshot (GTK_WIDGET (form), vietnamese ? "unknown-threshold-form-vi.png"
                                                          : "unknown-threshold-form-en.png");
  ntm_test_press (ntm_assessment_window_get_save_button (form));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (form)), "*"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM criterion_status WHERE unit_code = '" COMMUNE "'"
                                       " AND year = 2024 AND status = 'met' AND origin = 'typed'"), ==, 1);
  g_assert_cmpfloat (stored (db, "16"), ==, 85);
  g_assert_cmpfloat (stored (db, "5"), ==, 85);
  ntm_test_close_window (GTK_WINDOW (form));

  /* the unit's page: 5 decided by its recorded status, its value shown
   * with "threshold unknown"; 16 met, no longer listed */
  ntm_window_show_unit (window, COMMUNE);
  ntm_test_settle ();
  detail = ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_UNIT_DETAIL);
  g_assert_nonnull (detail);
  /* Translators' text of the page, in the language of the run */
  decided = g_strdup_printf (_("Decided by its recorded status (%s)"),
                             ntm_status_origin_get_label (NTM_STATUS_ORIGIN_TYPED));
  row = ntm_test_find_widget (detail, ntm_test_is_row_subtitled, decided);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "5. "));
  row = ntm_test_find_widget (detail, is_unknown_threshold_row_for, "5");
  g_assert_nonnull (row);
  g_assert_cmpstr (ntm_unknown_threshold_row_get_value (NTM_UNKNOWN_THRESHOLD_ROW (row)), ==, value_text);
  g_assert_null (ntm_test_find_widget (detail, is_unknown_threshold_row_for, "16"));
  /* scrolled to it, as a person would to read it */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
    graphene_point_t at;

    g_assert_nonnull (scrolled);
    ntm_test_settle ();
    g_assert_true (gtk_widget_compute_point (row, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                             &GRAPHENE_POINT_INIT (0, 0), &at));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), at.y - 320);
    ntm_test_settle ();
  }
  ntm_test_save_screenshot (GTK_WIDGET (window), vietnamese ? "unknown-threshold-unit-vi.png"
                                                            : "unknown-threshold-unit-en.png");

  /* the page's button opens Criteria and Thresholds on 5; once the
   * threshold is set the page shows the value no longer unknown */
  ntm_test_click (ntm_unknown_threshold_row_get_button (NTM_UNKNOWN_THRESHOLD_ROW (row)));
  criteria = NTM_CRITERIA_WINDOW (ntm_test_wait_for_toplevel (NTM_TYPE_CRITERIA_WINDOW));
  g_assert_nonnull (criteria);
  threshold_entry = ntm_criteria_window_get_threshold_entry (criteria, "5");
  g_assert_nonnull (threshold_entry);
  g_assert_true (has_focus_in (GTK_WINDOW (criteria), threshold_entry));
  ntm_test_type_into (threshold_entry, "70");
  g_assert_true (ntm_criteria_window_save (criteria));
  ntm_test_close_window (GTK_WINDOW (criteria));
  ntm_test_settle ();
  detail = ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_UNIT_DETAIL);
  g_assert_null (ntm_test_find_widget (detail, is_unknown_threshold_row_for, "5"));
  /* still decided by the recorded status, now alongside what the indicator gives */
  g_assert_null (ntm_test_find_widget (detail, ntm_test_is_row_subtitled, decided));
  {
    g_autofree char *recorded_text = g_strdup_printf (_("Recorded (%s)"),
                                                      ntm_status_origin_get_label (NTM_STATUS_ORIGIN_TYPED));
    row = ntm_test_find_widget (detail, ntm_test_is_row_subtitled, recorded_text);
    g_assert_nonnull (row);
    g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "5. "));
  }

  ntm_test_close_window (GTK_WINDOW (window));
}

/* Xã Sơn Giang: NTM by the 2023 report only, no sourced decision */
#define UNRECOGNISED "18157"

/* The recognitions editor, clicked through: add a decision, then revoke it */
static void
test_recognitions_click_through (gconstpointer data)
{
  gboolean vietnamese = GPOINTER_TO_INT (data);
  g_autoptr(NtmDatabase) db = open_database (vietnamese ? "recognise-vi.db" : "recognise-en.db");
  NtmWindow *window = open_window (db);
  GtkWidget *editor, *row, *dialog;
  AdwComboRow *level;
  g_autofree char *title = NULL;
  NtmLevel before = ntm_database_get_recognised_level (db, UNRECOGNISED, 2024, NULL, NULL);
  gint64 n_before = ntm_test_count (db, "SELECT count(*) FROM recognition WHERE unit_code = '" UNRECOGNISED "'");

  g_assert_cmpint (before, !=, NTM_LEVEL_ADVANCED);
  ntm_window_show_view (window, "communes");
  g_assert_cmpstr (level_shown (window, UNRECOGNISED), ==, ntm_level_get_label (before));

  /* from the unit, as its "Recognitions" button does */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-recognitions", "s", UNRECOGNISED));
  editor = ntm_test_find_toplevel (NTM_TYPE_RECOGNITIONS_WINDOW);
  g_assert_nonnull (editor);
  ntm_widget_wait_for_frame (editor);

  ntm_test_press (ntm_test_find_button (editor, _("_New Decision")));
  level = ADW_COMBO_ROW (ntm_test_find_row (editor, _("_Level")));
  g_assert_true (ntm_combo_row_select_value (level, NTM_LEVEL_ADVANCED));
  g_assert_cmpstr (ntm_choice_get_label (ntm_combo_row_get_choice (level)), ==, ntm_level_get_label (NTM_LEVEL_ADVANCED));
  ntm_test_type_into (ntm_test_find_row (editor, _("Decision _number")), "123/QĐ-UBND");
  ntm_test_type_into (ntm_test_find_row (editor, _("_Issued by")), "UBND tỉnh Hà Tĩnh");

  /* a date that does not exist: said in the form, nothing written */
  ntm_test_type_into (ntm_test_find_row (editor, _("Decision _date (day/month/year)")), "31/2/2024");
  ntm_test_press (ntm_test_find_button (editor, _("_Save Decision")));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM recognition WHERE unit_code = '" UNRECOGNISED "'"), ==, n_before);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM recognition WHERE decision_number = '123/QĐ-UBND'"), ==, 0);

  ntm_test_type_into (ntm_test_find_row (editor, _("Decision _date (day/month/year)")), "2/5/2024");
  ntm_test_press (ntm_test_find_button (editor, _("_Save Decision")));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM recognition WHERE unit_code = '" UNRECOGNISED "'"
                                   " AND level = 'advanced' AND decision_number = '123/QĐ-UBND'"
                                   " AND decision_date = '2024-05-02' AND year = 2024"
                                   " AND issuer = 'UBND tỉnh Hà Tĩnh' AND revoked_on IS NULL"), ==, 1);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM audit_log WHERE entity = 'recognition'"
                                   " AND action = 'insert' AND unit_code = '" UNRECOGNISED "'"), >=, 1);
  /* the level in force everywhere, the Communes view included */
  g_assert_cmpstr (level_shown (window, UNRECOGNISED), ==, ntm_level_get_label (NTM_LEVEL_ADVANCED));

  /* revoke it: the row of the decision, its Revoke button, the question */
  title = g_strdup_printf (_("%s, %d"), ntm_level_get_label (NTM_LEVEL_ADVANCED), 2024);
  row = ntm_test_find_widget (editor, ntm_test_is_row_title_prefixed, title);
  g_assert_nonnull (row);
  ntm_test_press (ntm_test_find_button (row, _("Revoke…")));
  dialog = ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  ntm_test_type_into (ntm_test_find_row (dialog, _("_Date revoked (day/month/year)")), "31/9/2024");
  ntm_test_type_into (ntm_test_find_row (dialog, _("_Reason")), "Sai sót trong hồ sơ");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  ntm_test_press (ntm_test_find_button (dialog, _("_Revoke")));
  ntm_test_settle ();
  /* a date that does not exist: nothing revoked, and the question asked
   * again with what was typed and what to correct */
  g_assert_null (dialog);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM recognition WHERE decision_number = '123/QĐ-UBND'"
                                   " AND revoked_on IS NULL"), ==, 1);
  dialog = ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ntm_test_find_row (dialog, _("_Reason")))), ==,
                   "Sai sót trong hồ sơ");
  g_assert_nonnull (ntm_test_find_widget (dialog, ntm_test_is_label_containing, "31/9/2024"));
  ntm_test_type_into (ntm_test_find_row (dialog, _("_Date revoked (day/month/year)")), "1/10/2024");
  ntm_test_press (ntm_test_find_button (dialog, _("_Revoke")));
  ntm_test_settle ();
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM recognition WHERE decision_number = '123/QĐ-UBND'"
                                   " AND revoked_on = '2024-10-01' AND revoke_reason = 'Sai sót trong hồ sơ'"), ==, 1);
  /* kept in the history, no longer in force */
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM recognition WHERE unit_code = '" UNRECOGNISED "'"), ==, n_before + 1);
  g_assert_cmpstr (level_shown (window, UNRECOGNISED), ==, ntm_level_get_label (before));
  /* its line in the history says why, and offers no second revocation */
  row = ntm_test_find_widget (editor, ntm_test_is_row_title_containing, "Sai sót trong hồ sơ");
  g_assert_nonnull (row);
  g_assert_null (ntm_test_find_widget (row, ntm_test_is_button_labelled, _("Revoke…")));

  ntm_test_save_screenshot (editor, vietnamese ? "recognitions-revoked-vi.png" : "recognitions-revoked-en.png");
  ntm_test_close_window (GTK_WINDOW (editor));
  ntm_test_close_window (GTK_WINDOW (window));
}

static NtmWaterFiguresWindow *
open_figures_from_water_page (NtmWindow *window, const char *district)
{
  NtmWaterPage *page;
  GtkWidget *figures;

  ntm_window_show_view (window, "water");
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  page = NTM_WATER_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_WATER_PAGE));
  g_assert_nonnull (page);
  ntm_water_page_set_filters (page, NULL, district, NULL);
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (page), _("_Household figures…")));
  figures = ntm_test_find_toplevel (NTM_TYPE_WATER_FIGURES_WINDOW);
  g_assert_nonnull (figures);
  ntm_widget_wait_for_frame (figures);
  return NTM_WATER_FIGURES_WINDOW (figures);
}

#define FIGURES(code, total, hygienic, clean) \
  "SELECT count(*) FROM commune_water WHERE unit_code = '" code "' AND year = 2024" \
  " AND households_total = " #total " AND households_hygienic = " #hygienic \
  " AND households_clean = " #clean

/* The household figures of a district, typed in as a person would */
static void
test_household_figures (gconstpointer data)
{
  gboolean vietnamese = GPOINTER_TO_INT (data);
  g_autoptr(NtmDatabase) db = open_database (vietnamese ? "figures-vi.db" : "figures-en.db");
  g_autoptr(GHashTable) values = NULL;
  NtmWindow *window = open_window (db);
  NtmWaterFiguresWindow *form = open_figures_from_water_page (window, "436");
  GtkWidget *error_label, *save = ntm_water_figures_window_get_save_button (form);
  const NtmWaterFigure T = NTM_WATER_FIGURE_TOTAL, H = NTM_WATER_FIGURE_HYGIENIC, C = NTM_WATER_FIGURE_CLEAN;

  g_assert_cmpstr (ntm_water_figures_window_get_district (form), ==, "436");
  g_assert_cmpint (ntm_water_figures_window_get_year (form), ==, 2024);
  /* communes only: no ward of the city */
  g_assert_nonnull (ntm_water_figures_window_get_entry (form, COMMUNE, T));
  g_assert_null (ntm_water_figures_window_get_entry (form, "18070", T));
  g_assert_cmpstr (ntm_water_figures_window_get_share_text (form, COMMUNE, H), ==, "—");

  /* "1.234" is one thousand two hundred thirty-four households in Vietnamese */
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, COMMUNE, T), vietnamese ? "1.234" : "1,234");
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, COMMUNE, H), vietnamese ? "1.300" : "1,300");
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, COMMUNE, C), vietnamese ? "1.000" : "1,000");
  error_label = ntm_water_figures_window_get_error_label (form, COMMUNE);
  /* hygienic above total: said beside the line, on the right field */
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_has_css_class (ntm_water_figures_window_get_entry (form, COMMUNE, H), "error"));
  g_assert_false (gtk_widget_has_css_class (ntm_water_figures_window_get_entry (form, COMMUNE, T), "error"));
  g_assert_cmpstr (ntm_water_figures_window_get_share_text (form, COMMUNE, H), ==, "—");
  ntm_test_press (save);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM commune_water"), ==, 0);

  ntm_test_type_into (ntm_water_figures_window_get_entry (form, COMMUNE, H), vietnamese ? "1.200" : "1,200");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (ntm_water_figures_window_get_share_text (form, COMMUNE, H), ==,
                   vietnamese ? "97,2\u00a0%" : "97.2%");
  g_assert_cmpstr (ntm_water_figures_window_get_share_text (form, COMMUNE, C), ==,
                   vietnamese ? "81\u00a0%" : "81%");

  /* clean above hygienic */
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", T), "500");
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", H), "450");
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", C), "451");
  g_assert_true (gtk_widget_has_css_class (ntm_water_figures_window_get_entry (form, "18100", C), "error"));
  g_assert_true (gtk_widget_get_visible (ntm_water_figures_window_get_error_label (form, "18100")));
  /* one figure missing */
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", C), "");
  g_assert_true (gtk_widget_has_css_class (ntm_water_figures_window_get_entry (form, "18100", C), "error"));
  /* letters, decimals, a minus sign */
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", C), "ba trăm");
  g_assert_true (ntm_water_figures_window_has_errors (form));
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", C), vietnamese ? "300,5" : "300.5");
  g_assert_true (ntm_water_figures_window_has_errors (form));
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", C), "-300");
  g_assert_true (ntm_water_figures_window_has_errors (form));
  /* an English thousands separator is a decimal mark in Vietnamese, and the
   * other way round: neither reads as a whole number of households */
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", C), vietnamese ? "1,234" : "1.234");
  g_assert_true (ntm_water_figures_window_has_errors (form));
  ntm_test_press (save);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM commune_water"), ==, 0);

  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", C), "300");
  g_assert_false (ntm_water_figures_window_has_errors (form));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (form)), "*"));
  g_assert_nonnull (strstr (ntm_water_figures_window_get_summary (form), vietnamese ? "1.734" : "1,734"));
  /* the figures as typed, then as saved (with the toast offering Undo) */
  ntm_test_save_screenshot (GTK_WIDGET (form), vietnamese ? "household-figures-vi.png" : "household-figures-en.png");
  ntm_test_press (save);
  g_assert_cmpint (ntm_test_count (db, FIGURES (COMMUNE, 1234, 1200, 1000)), ==, 1);
  g_assert_cmpint (ntm_test_count (db, FIGURES ("18100", 500, 450, 300)), ==, 1);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM commune_water"), ==, 2);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (form)), "*"));
  g_assert_false (ntm_water_figures_window_is_modified (form));

  /* they feed indicator 17.1 */
  values = ntm_database_get_indicator_values (db, "318-ntm", "17.1", 2024, NULL);
  g_assert_cmpfloat_with_epsilon (*(double *) g_hash_table_lookup (values, COMMUNE), 100.0 * 1200 / 1234, 1e-9);
  ntm_test_save_screenshot (GTK_WIDGET (form), vietnamese ? "household-figures-saved-vi.png"
                                                         : "household-figures-saved-en.png");

  /* the assessment form and the unit's detail say where 17.1 comes from */
  {
    NtmAssessmentWindow *assess = ntm_window_assess_unit (window, COMMUNE);
    NtmAssessment *a = ntm_assessment_window_get_assessment (assess);
    GtkWidget *water = ntm_assessment_window_get_input (assess, "318-ntm", "17.1");

    g_assert_true (ntm_assessment_row_is_from_figures (a, ntm_assessment_find_row (a, "318-ntm", "17.1")));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (water)), ==, "");
    g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (water)), ==, vietnamese ? "97,2" : "97.2");
    {
      /* scrolled down to the row, as a person would */
      GtkWidget *scrolled = gtk_widget_get_ancestor (water, GTK_TYPE_SCROLLED_WINDOW);
      graphene_point_t at;

      ntm_widget_wait_for_frame (GTK_WIDGET (assess));
      g_assert_true (gtk_widget_compute_point (water, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                               &GRAPHENE_POINT_INIT (0, 0), &at));
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), at.y - 150);
    }
    ntm_test_save_screenshot (GTK_WIDGET (assess), vietnamese ? "assessment-figures-vi.png" : "assessment-figures-en.png");
    ntm_test_close_window (GTK_WINDOW (assess));

    ntm_window_show_unit (window, COMMUNE);
    ntm_test_settle ();
    g_assert_nonnull (ntm_test_find_widget (GTK_WIDGET (ntm_window_get_communes_page (window)), ntm_test_is_row_subtitled,
                                   _("Indicator 17.1 from the household water figures")));
  }

  /* a change, undone from the toast */
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, COMMUNE, C), vietnamese ? "1.100" : "1,100");
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", T), "");
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", H), "");
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, "18100", C), "");
  ntm_test_press (save);
  g_assert_cmpint (ntm_test_count (db, FIGURES (COMMUNE, 1234, 1200, 1100)), ==, 1);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM commune_water WHERE unit_code = '18100'"), ==, 0);
  g_assert_true (ntm_water_figures_window_can_undo (form));
  g_assert_true (ntm_water_figures_window_undo (form));
  g_assert_cmpint (ntm_test_count (db, FIGURES (COMMUNE, 1234, 1200, 1000)), ==, 1);
  g_assert_cmpint (ntm_test_count (db, FIGURES ("18100", 500, 450, 300)), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ntm_water_figures_window_get_entry (form, "18100", T))), ==, "500");
  g_assert_false (ntm_water_figures_window_is_modified (form));

  /* another district with unsaved changes: asked first; keep editing */
  ntm_test_type_into (ntm_water_figures_window_get_entry (form, COMMUNE, T), "1300");
  gtk_drop_down_set_selected (ntm_water_figures_window_get_district_dropdown (form), 3);
  {
    GtkWidget *question = ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (question);
    ntm_test_press (ntm_test_find_button (question, _("_Keep editing")));
  }
  ntm_test_settle ();
  g_assert_cmpstr (ntm_water_figures_window_get_district (form), ==, "436");
  g_assert_nonnull (ntm_water_figures_window_get_entry (form, COMMUNE, T));

  /* closing asks too; discarding writes nothing */
  gtk_window_close (GTK_WINDOW (form));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  {
    GtkWidget *question = ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (question);
    ntm_test_press (ntm_test_find_button (question, _("_Discard")));
  }
  while (form != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ntm_test_count (db, FIGURES (COMMUNE, 1234, 1200, 1000)), ==, 1);

  ntm_test_close_window (GTK_WINDOW (window));
}

/* The Water view's Export…: the button asks for a file, suggesting
 * "schemes.xlsx"; the save step behind it writes every scheme, whatever
 * the filters, as CSV or XLSX; a file it cannot write is an error dialog,
 * and no file. */
static void
test_water_export (gconstpointer data)
{
  gboolean vietnamese = GPOINTER_TO_INT (data);
  g_autoptr(NtmDatabase) db = open_database (vietnamese ? "export-vi.db" : "export-en.db");
  g_autoptr(NtmWaterSchemeFields) fields = ntm_water_scheme_fields_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (dir, vietnamese ? "schemes-vi.csv" : "schemes-en.csv", NULL);
  g_autofree char *bare = g_build_filename (dir, vietnamese ? "schemes-vi" : "schemes-en", NULL);
  g_autofree char *bare_xlsx = g_strconcat (bare, ".xlsx", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "schemes.csv", NULL);
  g_autofree char *text = g_build_filename (dir, "schemes.txt", NULL);
  const char *bad[] = { nowhere, text };
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gsize length;
  NtmWindow *window;
  NtmWaterPage *page;
  GtkWidget *chooser = NULL;

  g_free (fields->name);
  fields->name = g_strdup ("Nhà máy nước \"Thạch Trung\", giai đoạn 2");
  g_free (fields->code);
  fields->code = g_strdup ("NMN-01");
  fields->design_capacity = 3000.5;
  g_ptr_array_add (fields->communes, g_strdup (COMMUNE));
  g_assert_true (ntm_database_save_water_scheme (db, fields, &error));
  g_assert_no_error (error);

  window = open_window (db);
  ntm_window_show_view (window, "water");
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  page = NTM_WATER_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_WATER_PAGE));
  g_assert_nonnull (page);

  /* the button asks for a file; the person cancels, and nothing is written */
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (page), C_("water view", "_Export…")));
  chooser = GTK_WIDGET (ntm_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_nonnull (chooser);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
    g_assert_cmpstr (name, ==, "schemes.xlsx");
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  ntm_test_settle ();
  g_assert_null (ntm_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  /* what the chooser does with the file given: CSV by its ending, every
   * scheme even when the search hides it, read back as written */
  ntm_water_page_set_search_text (page, "ky anh");
  g_assert_cmpuint (ntm_water_page_get_n_visible (page), ==, 0);
  g_assert_true (ntm_test_wait_for_job (ntm_water_page_export_to_path (page, csv)));
  g_assert_true (g_file_get_contents (csv, &contents, &length, &error));
  g_assert_no_error (error);
  rows = ntm_csv_parse (contents, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  {
    char **heading = g_ptr_array_index (rows, 0);
    char **row = g_ptr_array_index (rows, 1);

    g_assert_cmpuint (g_strv_length (heading), ==, 25);
    g_assert_cmpstr (heading[1], ==, _("Name"));
    g_assert_cmpstr (heading[6], ==, _("Design capacity (m³/day)"));
    g_assert_cmpstr (row[0], ==, "NMN-01");
    g_assert_cmpstr (row[1], ==, "Nhà máy nước \"Thạch Trung\", giai đoạn 2");
    g_assert_cmpstr (row[2], ==, "Xã Thạch Trung");
    g_assert_cmpstr (row[6], ==, "3000.5");
    g_assert_cmpstr (row[7], ==, "");
  }

  /* a name without an ending is a spreadsheet */
  g_assert_true (ntm_test_wait_for_job (ntm_water_page_export_to_path (page, bare)));
  g_assert_true (g_file_test (bare_xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));

  /* a folder that does not exist, an ending that is neither: an error
   * dialog, and no file */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      GtkWidget *dialog;

      g_assert_false (ntm_test_wait_for_job (ntm_water_page_export_to_path (page, bad[i])));
      g_assert_false (g_file_test (bad[i], G_FILE_TEST_EXISTS));
      ntm_test_settle ();
      dialog = ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
      g_assert_nonnull (dialog);
      g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                       _("The list could not be exported"));
      ntm_test_close_window (GTK_WINDOW (dialog));
    }
  g_assert_null (ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  ntm_test_save_screenshot (GTK_WIDGET (window), vietnamese ? "water-export-vi.png" : "water-export-en.png");

  ntm_test_close_window (GTK_WINDOW (window));
}

/* What the forms share: Ctrl+S saves, Escape closes, and closing with
 * changes not saved asks first (Keep editing, Discard or Save); a window
 * without a save closes on Escape at once. */
static void
test_form_shortcuts (gconstpointer data)
{
  gboolean vietnamese = GPOINTER_TO_INT (data);
  g_autoptr(NtmDatabase) db = open_database (vietnamese ? "shortcuts-vi.db" : "shortcuts-en.db");
  g_autoptr(GError) error = NULL;
  NtmSchemeWindow *form;
  NtmHistoryWindow *history;
  AdwMessageDialog *question;
  gint64 id;

  form = ntm_scheme_window_new (NULL, db, 0, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (form));
  ntm_widget_wait_for_frame (GTK_WIDGET (form));

  /* Ctrl+S with a required field empty: refused, nothing written */
  g_assert_true (ntm_test_press_key (GTK_WIDGET (form), GDK_KEY_s, GDK_CONTROL_MASK));
  g_assert_nonnull (ntm_scheme_window_get_problem (form, "name"));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme"), ==, 0);

  /* filled in, Ctrl+S saves */
  ntm_test_type_into (ntm_scheme_window_get_field (form, "name"), "Trạm cấp nước Kỳ Tân");
  g_assert_true (ntm_scheme_window_add_commune (form, COMMUNE));
  g_assert_true (ntm_test_press_key (GTK_WIDGET (form), GDK_KEY_s, GDK_CONTROL_MASK));
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme WHERE name = 'Trạm cấp nước Kỳ Tân'"), ==, 1);
  id = ntm_scheme_window_get_scheme_id (form);
  g_assert_cmpint (id, >, 0);
  /* saved: the title no longer says there are changes */
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (form)), "*"));

  /* a change not saved: Escape asks, and the form stays */
  ntm_test_type_into (ntm_scheme_window_get_field (form, "name"), "Trạm cấp nước Kỳ Tân mới");
  g_assert_true (ntm_test_press_key (GTK_WIDGET (form), GDK_KEY_Escape, 0));
  question = ADW_MESSAGE_DIALOG (ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, _("Save the changes?"));
  g_assert_cmpstr (adw_message_dialog_get_body (question), ==,
                   _("The scheme has changes that are not saved. If you close without saving, they are lost."));
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "cancel"), ==, _("_Keep editing"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "discard"), ==, _("_Discard"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "save"), ==, _("_Save"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (question), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (question, "discard"), ==, ADW_RESPONSE_DESTRUCTIVE);

  /* Keep editing: still open, the change still there, nothing written */
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (question), _("_Keep editing")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ntm_scheme_window_get_field (form, "name"))), ==,
                   "Trạm cấp nước Kỳ Tân mới");
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme WHERE name = 'Trạm cấp nước Kỳ Tân'"), ==, 1);

  /* Escape again, Discard: closes, and writes nothing */
  g_assert_true (ntm_test_press_key (GTK_WIDGET (form), GDK_KEY_Escape, 0));
  question = ADW_MESSAGE_DIALOG (ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (question), _("_Discard")));
  while (form != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme WHERE name = 'Trạm cấp nước Kỳ Tân mới'"), ==, 0);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM water_scheme WHERE name = 'Trạm cấp nước Kỳ Tân'"), ==, 1);

  /* a window with nothing to save: no Ctrl+S, and Escape closes at once */
  history = ntm_history_window_new_for_scheme (NULL, db, id, "Trạm cấp nước Kỳ Tân");
  gtk_window_present (GTK_WINDOW (history));
  ntm_widget_wait_for_frame (GTK_WIDGET (history));
  g_assert_false (ntm_test_press_key (GTK_WIDGET (history), GDK_KEY_s, GDK_CONTROL_MASK));
  g_object_add_weak_pointer (G_OBJECT (history), (gpointer *) &history);
  g_assert_true (ntm_test_press_key (GTK_WIDGET (history), GDK_KEY_Escape, 0));
  g_assert_null (history);
}

int
main (int argc, char *argv[])
{
  int ret;

  ntm_test_gui_init (&argc, &argv);

  dir = ntm_test_make_temp_dir ();
  app = ntm_test_gui_application_new ();

  /* The test program runs once in English and once with LANGUAGE=vi. */
  if (g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0)
    {
      g_test_add_func ("/forms-gui/vi/assessment", test_assessment_vietnamese);
      g_test_add_data_func ("/forms-gui/vi/scheme", GINT_TO_POINTER (TRUE), test_scheme_form);
      g_test_add_data_func ("/forms-gui/vi/criteria-recognitions", GINT_TO_POINTER (TRUE),
                            test_criteria_and_recognitions);
      g_test_add_data_func ("/forms-gui/vi/recognitions-click-through", GINT_TO_POINTER (TRUE),
                            test_recognitions_click_through);
      g_test_add_data_func ("/forms-gui/vi/household-figures", GINT_TO_POINTER (TRUE), test_household_figures);
      g_test_add_data_func ("/forms-gui/vi/water-export", GINT_TO_POINTER (TRUE), test_water_export);
      g_test_add_data_func ("/forms-gui/vi/form-shortcuts", GINT_TO_POINTER (TRUE), test_form_shortcuts);
      g_test_add_data_func ("/forms-gui/vi/unknown-threshold", GINT_TO_POINTER (TRUE), test_unknown_threshold);
    }
  else
    {
      g_test_add_func ("/forms-gui/assessment", test_assessment_english);
      g_test_add_func ("/forms-gui/assessment-unsaved-close-asks", test_assessment_unsaved_close_asks);
      g_test_add_data_func ("/forms-gui/scheme", GINT_TO_POINTER (FALSE), test_scheme_form);
      g_test_add_data_func ("/forms-gui/criteria-recognitions", GINT_TO_POINTER (FALSE),
                            test_criteria_and_recognitions);
      g_test_add_data_func ("/forms-gui/recognitions-click-through", GINT_TO_POINTER (FALSE),
                            test_recognitions_click_through);
      g_test_add_data_func ("/forms-gui/household-figures", GINT_TO_POINTER (FALSE), test_household_figures);
      g_test_add_data_func ("/forms-gui/water-export", GINT_TO_POINTER (FALSE), test_water_export);
      g_test_add_data_func ("/forms-gui/form-shortcuts", GINT_TO_POINTER (FALSE), test_form_shortcuts);
      g_test_add_data_func ("/forms-gui/unknown-threshold", GINT_TO_POINTER (FALSE), test_unknown_threshold);
    }

  ret = g_test_run ();

  g_clear_object (&app);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
