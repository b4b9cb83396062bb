/* test-overview-page.c: the Overview, OCOP and Funds views under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ntm-application.h"
#include "ntm-choice.h"
#include "ntm-communes-page-private.h"
#include "ntm-fund.h"
#include "ntm-ocop-product.h"
#include "ntm-overview-page-private.h"
#include "ntm-record-form-private.h"
#include "ntm-funds-page-private.h"
#include "ntm-ocop-page-private.h"
#include "ntm-report-actions.h"
#include "ntm-screenshot.h"
#include "ntm-targets-window-private.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-window.h"

static char *dir;
static NtmApplication *app;
static NtmDatabase *db;

static NtmWindow *
open_window (const char *view, int year)
{
  return ntm_test_open_window (app, db, view, year);
}

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

static gint64
count_targets (void)
{
  return ntm_test_count (db, "SELECT count(*) FROM target WHERE year = 2024");
}

static double
target_value (const char *metric, const char *scope)
{
  g_autofree char *sql = g_strdup_printf ("SELECT value * 1000 FROM target WHERE year = 2024"
                                          " AND metric = '%s' AND scope_code = '%s'", metric, scope);
  return ntm_test_count (db, sql) / 1000.0;
}

static guint
find_target_index (NtmTargetsWindow *window, const char *metric, const char *scope)
{
  g_autoptr(GListModel) targets = ntm_database_list_targets (db, 2024, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(NtmTarget) t = g_list_model_get_item (targets, i);

      if (g_str_equal (ntm_target_get_metric (t), metric) && g_str_equal (ntm_target_get_scope_code (t), scope))
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

static guint
count_products (void)
{
  g_autoptr(GListModel) list = ntm_database_list_ocop_products (db, NULL);

  return g_list_model_get_n_items (list);
}

static void
test_overview (void)
{
  NtmWindow *window = open_window ("overview", 2024);
  NtmOverviewPage *page = NTM_OVERVIEW_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_OVERVIEW_PAGE));
  g_autofree char *text = NULL;
  g_autofree char *shot = ntm_test_screenshot_path ("overview-2024.png");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (page);
  g_assert_cmpuint (ntm_overview_page_get_n_targets (page), ==, 11);
  text = ntm_overview_page_dup_text (page);
  g_assert_nonnull (strstr (text, "Overview of 2024"));
  g_assert_nonnull (strstr (text, "182/182"));
  g_assert_nonnull (strstr (text, "8/13"));
  g_assert_nonnull (strstr (text, "No records yet"));
  g_assert_nonnull (strstr (text, "Advanced NTM communes: 20 more in 2024"));
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), shot, &error));
  g_assert_no_error (error);

  /* 2023: the reported figures appear */
  ntm_window_set_year (window, 2023);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_clear_pointer (&text, g_free);
  text = ntm_overview_page_dup_text (page);
  g_assert_nonnull (strstr (text, "Figures reported for 2023"));
  g_assert_nonnull (strstr (text, "95.539 billion VND"));
  g_assert_nonnull (strstr (text, "Communes newly meeting the advanced NTM standard"));
  g_assert_cmpuint (ntm_overview_page_get_n_targets (page), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A date a year ago, as typed in the form: a rating that is valid today. */
static char *
a_year_ago (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -365);

  return g_date_time_format (then, "%d/%m/%Y");
}

static void
test_ocop_form (void)
{
  g_autofree char *decided = a_year_ago ();
  NtmWindow *window = open_window ("ocop", 2024);
  NtmOcopPage *page = NTM_OCOP_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_OCOP_PAGE));
  NtmRecordForm *form = ntm_record_form_new_for_product (GTK_WINDOW (window), db, NULL, 2024);
  guint before = count_products ();
  struct { const char *field, *value, *must_say; } bad[] = {
    { "name", "", "name" },
    { "score", "49", "below 50" },
    { "score", "101", "out of 100" },
    { "score", "bảy mươi", "at most one decimal" },
    { "score", "69.55", "at most one decimal" },
    { "decision-date", "31/02/2024", "YYYY-MM-DD" },
    { "decision-date", "01/01/2999", "future" },
  };

  g_assert_nonnull (page);
  gtk_window_present (GTK_WINDOW (form));
  ntm_record_form_set_field (form, "producer", "HTX Chè Hương Sơn");
  ntm_record_form_set_field (form, "commune", "18565");
  ntm_record_form_set_field (form, "group", "drinks");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      ntm_record_form_set_field (form, "name", "Chè xanh, \"Hương Sơn\"");
      ntm_record_form_set_field (form, "score", "75");
      ntm_record_form_set_field (form, "decision-date", decided);
      ntm_record_form_set_field (form, bad[i].field, bad[i].value);
      g_assert_false (ntm_record_form_save (form));
      g_assert_nonnull (strstr (ntm_record_form_get_error (form), bad[i].must_say));
      g_assert_cmpuint (count_products (), ==, before);
    }

  ntm_record_form_set_field (form, "name", "Chè xanh, \"Hương Sơn\"");
  ntm_record_form_set_field (form, "score", "75");
  ntm_record_form_set_field (form, "decision-date", decided);
  g_assert_true (ntm_record_form_save (form));
  g_assert_null (ntm_record_form_get_error (form));
  g_assert_cmpuint (count_products (), ==, before + 1);
  gtk_window_destroy (GTK_WINDOW (form));

  /* the list follows the database, and filters */
  g_assert_cmpuint (ntm_ocop_page_get_n_visible (page), ==, before + 1);
  ntm_ocop_page_set_search_text (page, "huong son");
  g_assert_cmpuint (ntm_ocop_page_get_n_visible (page), ==, 1);
  ntm_ocop_page_set_validity_filter (page, NTM_OCOP_EXPIRED);
  g_assert_cmpuint (ntm_ocop_page_get_n_visible (page), ==, 0);
  ntm_ocop_page_set_validity_filter (page, NTM_OCOP_EXPIRING);
  g_assert_cmpuint (ntm_ocop_page_get_n_visible (page), ==, 0);
  ntm_ocop_page_set_validity_filter (page, NTM_OCOP_VALID);
  g_assert_cmpuint (ntm_ocop_page_get_n_visible (page), ==, 1);
  ntm_ocop_page_set_stars_filter (page, 4);
  g_assert_cmpuint (ntm_ocop_page_get_n_visible (page), ==, 1);
  ntm_ocop_page_set_stars_filter (page, 5);
  g_assert_cmpuint (ntm_ocop_page_get_n_visible (page), ==, 0);
  ntm_ocop_page_set_stars_filter (page, NTM_CHOICE_ANY);
  ntm_ocop_page_set_validity_filter (page, NTM_CHOICE_ANY);
  ntm_ocop_page_set_search_text (page, "");
  g_assert_cmpuint (ntm_ocop_page_get_n_visible (page), ==, before + 1);

  {
    g_autofree char *shot = ntm_test_screenshot_path ("ocop.png");
    g_autoptr(GError) error = NULL;
    ntm_widget_wait_for_frame (GTK_WIDGET (window));
    g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), shot, &error));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_fund_form (void)
{
  NtmWindow *window = open_window ("funds", 2024);
  NtmFundsPage *page = NTM_FUNDS_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_FUNDS_PAGE));
  g_autoptr(NtmFund) fund = ntm_fund_new ();
  NtmRecordForm *form;
  g_autofree char *summary = NULL;
  struct { const char *field, *value, *must_say; } bad[] = {
    { "planned", "mười tỷ", "Planned amount" },
    { "actual", "-5", "Amount mobilised" },
    { "sponsor", " ", "sponsor" },
    { "year", "20x4", "four digits" },
  };
  NtmFundSum sum;

  ntm_fund_set_year (fund, 2024);
  form = ntm_record_form_new_for_fund (GTK_WINDOW (window), db, fund);
  gtk_window_present (GTK_WINDOW (form));
  ntm_record_form_set_field (form, "unit", "445");
  ntm_record_form_set_field (form, "source", "sponsorship");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      ntm_record_form_set_field (form, "year", "2024");
      ntm_record_form_set_field (form, "sponsor", "Ngân hàng Nông nghiệp");
      ntm_record_form_set_field (form, "planned", "10.000.000.000");
      ntm_record_form_set_field (form, "actual", "12.500.000.000");
      ntm_record_form_set_field (form, bad[i].field, bad[i].value);
      g_assert_false (ntm_record_form_save (form));
      g_assert_nonnull (strstr (ntm_record_form_get_error (form), bad[i].must_say));
      ntm_database_sum_funds (db, 0, NULL, NTM_FUND_ANY_SOURCE, &sum, NULL);
      g_assert_cmpuint (sum.n_records, ==, 0);
    }
  ntm_record_form_set_field (form, "year", "2024");
  g_assert_true (ntm_record_form_save (form));
  gtk_window_destroy (GTK_WINDOW (form));

  ntm_database_sum_funds (db, 2024, "445", NTM_FUND_SPONSORSHIP, &sum, NULL);
  g_assert_cmpint (sum.planned, ==, G_GINT64_CONSTANT (10000000000));
  g_assert_cmpint (sum.actual, ==, G_GINT64_CONSTANT (12500000000));
  summary = ntm_funds_page_dup_summary (page);
  g_assert_cmpstr (summary, ==, "1 record in 2024 · planned 10 billion VND · mobilised 12.5 billion VND");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Profile (PDF)… and Print… act on the unit shown in the Communes view. */
static void
test_unit_profile (void)
{
  NtmWindow *window = open_window ("communes", 2024);
  NtmCommunesPage *page;
  GtkWidget *save, *print;
  GtkWindow *chooser, *dialog;
  g_autofree char *chosen = g_build_filename (dir, "profile-by-hand", NULL);
  g_autofree char *chosen_pdf = g_strconcat (chosen, ".pdf", NULL);
  g_autofree char *direct = g_build_filename (dir, "profile.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "profile.pdf", NULL);
  g_autofree char *text = NULL;
  GVariant *target;   /* owned by the button */

  ntm_window_show_unit (window, "18565");
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  page = NTM_COMMUNES_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_COMMUNES_PAGE));
  g_assert_cmpstr (ntm_communes_page_get_selected_code (page), ==, "18565");

  save = ntm_test_find_action_button (GTK_WIDGET (page), "unit.save-profile");
  print = ntm_test_find_action_button (GTK_WIDGET (page), "unit.print-profile");
  g_assert_nonnull (save);
  g_assert_nonnull (print);
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_get_mapped (save));
  g_assert_true (gtk_widget_get_mapped (print));
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (save));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "18565");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (print));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "18565");

  /* the button asks for a file, suggesting the unit and the year; the
   * person cancels, and nothing is written */
  ntm_test_click (save);
  chooser = ntm_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
    g_assert_cmpstr (name, ==, "profile-18565-2024.pdf");
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  ntm_test_settle ();
  g_assert_null (ntm_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  /* what the chooser does with the file given: without ".pdf", it is added */
  g_assert_true (ntm_test_wait_for_job (ntm_report_save (save, db, g_variant_get_string (target, NULL), 2024, chosen)));
  g_assert_true (g_file_test (chosen_pdf, G_FILE_TEST_IS_REGULAR));
  text = pdf_text (chosen_pdf);
  g_assert_nonnull (strstr (text, "Xã Ngọc Sơn"));
  g_assert_nonnull (strstr (text, "2024"));

  /* a name ending in ".pdf" is kept as it is */
  g_assert_true (ntm_test_wait_for_job (ntm_report_save (save, db, "18565", 2024, direct)));
  g_assert_true (g_file_test (direct, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *doubled = g_strconcat (direct, ".pdf", NULL);
    g_assert_false (g_file_test (doubled, G_FILE_TEST_EXISTS));
  }

  /* a folder that does not exist: an error dialog, no file */
  g_assert_false (ntm_test_wait_for_job (ntm_report_save (save, db, "18565", 2024, nowhere)));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  dialog = ntm_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, _("The report could not be written"));
  gtk_window_destroy (dialog);

  /* another unit: the buttons follow the selection */
  g_assert_true (ntm_communes_page_select_unit (page, "439"));
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (ntm_test_find_action_button (GTK_WIDGET (page),
                                                                                          "unit.save-profile")));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "439");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Targets… window: a target added through the form, refused input,
 * editing, and deleting with Undo. */
static void
test_targets_editor (void)
{
  gboolean vi = g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0;
  NtmWindow *window = open_window ("overview", 2024);
  NtmOverviewPage *page = NTM_OVERVIEW_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_OVERVIEW_PAGE));
  NtmTargetsWindow *editor;
  NtmRecordForm *form;
  GtkWidget *button;
  gint64 before = count_targets ();
  guint shown = ntm_overview_page_get_n_targets (page);
  g_autofree char *delete_tooltip = NULL;
  struct { const char *metric, *scope, *kind, *value, *must_say; } bad[] = {
    { "households_clean_water", "439", "percent", "nhiều", _("Target value") },
    { "households_clean_water", "439", "percent", "", _("Target value") },
    { "households_clean_water", "439", "percent", "-5", _("Target value") },
    { "households_clean_water", "439", "percent", "120", _("A percentage target cannot be above 100.") },
    { "communes_ntm", "42", "percent", "100", "communes_ntm" },   /* the seeded target: one per scope */
  };

  button = ntm_test_find_button (GTK_WIDGET (page), _("_Targets…"));
  g_assert_nonnull (button);
  ntm_test_click (button);
  editor = NTM_TARGETS_WINDOW (ntm_test_wait_for_toplevel (NTM_TYPE_TARGETS_WINDOW));
  g_assert_nonnull (editor);
  g_assert_cmpint (ntm_targets_window_get_n_targets (editor), ==, before);

  /* Add Target… opens the form */
  ntm_test_click (ntm_test_find_button (GTK_WIDGET (editor), _("_Add Target…")));
  form = NTM_RECORD_FORM (ntm_test_wait_for_toplevel (NTM_TYPE_RECORD_FORM));
  g_assert_nonnull (form);
  button = ntm_test_find_button (GTK_WIDGET (form), _("_Save"));
  g_assert_nonnull (button);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      ntm_record_form_set_field (form, "metric", bad[i].metric);
      ntm_record_form_set_field (form, "scope", bad[i].scope);
      ntm_record_form_set_field (form, "kind", bad[i].kind);
      ntm_record_form_set_field (form, "value", bad[i].value);
      ntm_test_click (button);
      /* the form stays open with the reason, and nothing is written */
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
      g_assert_nonnull (ntm_record_form_get_error (form));
      if (g_str_equal (bad[i].must_say, "communes_ntm"))
        g_assert_nonnull (strstr (ntm_record_form_get_error (form),
                                  ntm_target_metric_get_label ("communes_ntm")));
      else
        g_assert_nonnull (strstr (ntm_record_form_get_error (form), bad[i].must_say));
      g_assert_cmpint (count_targets (), ==, before);
    }
  {
    g_autofree char *shot = ntm_test_screenshot_path (vi ? "target-form-error-vi.png" : "target-form-error.png");
    ntm_widget_wait_for_frame (GTK_WIDGET (form));
    g_assert_true (ntm_widget_save_png (GTK_WIDGET (form), shot, NULL));
  }

  /* a good target, typed the way the user's language writes decimals */
  ntm_record_form_set_field (form, "metric", "households_clean_water");
  ntm_record_form_set_field (form, "scope", "439");
  ntm_record_form_set_field (form, "kind", "percent");
  ntm_record_form_set_field (form, "value", vi ? "55,5" : "55.5");
  ntm_record_form_set_field (form, "source", "Kế hoạch 45/KH-UBND");
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  ntm_test_click (button);
  g_assert_null (form);   /* closed once saved */
  g_assert_cmpint (count_targets (), ==, before + 1);
  g_assert_cmpfloat (target_value ("households_clean_water", "439"), ==, 55.5);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM target WHERE year = 2024 AND kind = 'percent'"
                                       " AND metric = 'households_clean_water' AND source = 'Kế hoạch 45/KH-UBND'"), ==, 1);
  g_assert_cmpint (ntm_targets_window_get_n_targets (editor), ==, before + 1);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (ntm_overview_page_get_n_targets (page), ==, shown + 1);

  {
    g_autofree char *shot = ntm_test_screenshot_path (vi ? "targets-window-vi.png" : "targets-window.png");
    ntm_widget_wait_for_frame (GTK_WIDGET (editor));
    g_assert_true (ntm_widget_save_png (GTK_WIDGET (editor), shot, NULL));
  }

  /* edit it */
  form = ntm_targets_window_edit (editor, find_target_index (editor, "households_clean_water", "439"));
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  ntm_record_form_set_field (form, "value", "60");
  ntm_test_click (ntm_test_find_button (GTK_WIDGET (form), _("_Save")));
  g_assert_null (form);
  g_assert_cmpint (count_targets (), ==, before + 1);
  g_assert_cmpfloat (target_value ("households_clean_water", "439"), ==, 60);

  /* delete it with its row's button, then undo */
  delete_tooltip = g_strdup_printf (_("Delete the target “%s”"), ntm_target_metric_get_label ("households_clean_water"));
  button = ntm_test_find_button (GTK_WIDGET (editor), delete_tooltip);
  g_assert_nonnull (button);
  ntm_test_click (button);
  g_assert_cmpint (count_targets (), ==, before);
  g_assert_cmpint (ntm_targets_window_get_n_targets (editor), ==, before);
  g_assert_true (ntm_targets_window_undo_delete (editor));
  g_assert_cmpint (count_targets (), ==, before + 1);
  g_assert_cmpfloat (target_value ("households_clean_water", "439"), ==, 60);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM target WHERE metric = 'households_clean_water'"
                                       " AND source = 'Kế hoạch 45/KH-UBND' AND kind = 'percent'"), ==, 1);
  g_assert_false (ntm_targets_window_undo_delete (editor));   /* nothing more to undo */

  /* leave the database as it was for the other tests */
  g_assert_true (ntm_targets_window_delete (editor, find_target_index (editor, "households_clean_water", "439")));
  g_assert_cmpint (count_targets (), ==, before);

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_overview_vietnamese (void)
{
  NtmWindow *window;
  NtmOverviewPage *page;
  g_autofree char *text = NULL;
  g_autofree char *shot = ntm_test_screenshot_path ("overview-2023-vi.png");
  g_autoptr(GError) error = NULL;

  window = open_window ("overview", 2023);
  page = NTM_OVERVIEW_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_OVERVIEW_PAGE));
  text = ntm_overview_page_dup_text (page);
  g_assert_nonnull (strstr (text, "95,539 tỷ đồng"));
  g_assert_null (strstr (text, "Figures reported for"));
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), shot, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  ntm_test_gui_init (&argc, &argv);

  dir = ntm_test_make_temp_dir ();
  path = g_build_filename (dir, "overview-page.db", NULL);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);

  app = ntm_test_gui_application_new ();

  /* GLib decides once per process whether to translate, so the Vietnamese
   * run is a process of its own (meson runs this program with LANGUAGE=vi). */
  if (g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0)
    {
      g_test_add_func ("/overview-page/vi/figures", test_overview_vietnamese);
      g_test_add_func ("/overview-page/vi/unit-profile", test_unit_profile);
      g_test_add_func ("/overview-page/vi/targets", test_targets_editor);
    }
  else
    {
      g_test_add_func ("/overview-page/figures-and-targets", test_overview);
      g_test_add_func ("/overview-page/ocop-form", test_ocop_form);
      g_test_add_func ("/overview-page/fund-form", test_fund_form);
      g_test_add_func ("/overview-page/unit-profile", test_unit_profile);
      g_test_add_func ("/overview-page/targets", test_targets_editor);
    }

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
