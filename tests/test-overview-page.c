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
#include "ntm-water-page.h"
#include "ntm-water-page-private.h"
#include "ntm-water-scheme.h"
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

/* ---------------------------------------------------------------------- */
/* Empty lists                                                            */
/* ---------------------------------------------------------------------- */

static gboolean
is_list_stack (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "no-results") != NULL;
}

/* What the list of @page shows: "list", or why it is empty, the status
 * page then titled @title. */
static void
assert_list_state (GtkWidget  *page,
                   const char *state,
                   const char *title)
{
  GtkStack *stack = GTK_STACK (ntm_test_find_widget (page, is_list_stack, NULL));

  g_assert_nonnull (stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, state);
  if (title != NULL)
    g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack))), ==, title);
}

static void
save_list_screenshot (NtmWindow  *window,
                      const char *what)
{
  g_autofree char *name = g_strdup_printf ("empty-lists-%s-%s.png", what,
                                           ntm_test_gui_is_vietnamese () ? "vi" : "en");

  ntm_test_settle ();
  ntm_test_save_screenshot (GTK_WIDGET (window), name);
}

/* Shows All: the search emptied, the filters back to all, the item there. */
static void
press_show_all (GtkWidget  *page,
                const char *label)
{
  GtkWidget *button = ntm_test_find_button (page, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button));
  ntm_test_press (button);
  ntm_test_settle ();
  assert_list_state (page, "list", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ntm_test_find_descendant (page, GTK_TYPE_SEARCH_ENTRY))), ==,
                   "");
}

/* An empty list says why: nothing is on record yet, and how to add or
 * import it; or the search and the filters let nothing through, with a
 * button that shows everything again. In the OCOP, Funds and Water views. */
static void
test_empty_lists (void)
{
  g_autoptr(NtmDatabase) fresh = ntm_test_open_database (dir, "empty-lists.db");
  NtmWindow *window = ntm_test_open_window (app, fresh, "ocop", 2024);
  GtkWidget *ocop = ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_OCOP_PAGE);
  GtkWidget *funds = ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_FUNDS_PAGE);
  GtkWidget *water = ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_WATER_PAGE);
  g_autoptr(NtmOcopProduct) product = ntm_ocop_product_new ();
  g_autoptr(NtmFund) fund = ntm_fund_new ();
  g_autoptr(NtmWaterSchemeFields) scheme = ntm_water_scheme_fields_new ();
  g_autoptr(GError) error = NULL;
  gboolean saved;

  /* OCOP products: none on record, then one of four stars */
  assert_list_state (ocop, "empty", _("No OCOP Products Yet"));
  save_list_screenshot (window, "ocop-empty");
  ntm_ocop_product_set_name (product, "Kẹo cu đơ");
  ntm_ocop_product_set_producer (product, "Cơ sở sản xuất Kẹo cu đơ");
  ntm_ocop_product_set_commune_code (product, "18409");
  ntm_ocop_product_set_score (product, 72);
  ntm_ocop_product_set_decision_date (product, "2023-06-15");
  saved = ntm_database_save_ocop_product (fresh, product, &error);
  g_assert_no_error (error);
  g_assert_true (saved);
  ntm_test_settle ();
  assert_list_state (ocop, "list", NULL);
  ntm_ocop_page_set_stars_filter (NTM_OCOP_PAGE (ocop), 5);
  assert_list_state (ocop, "no-results", _("No Matching Product"));
  ntm_ocop_page_set_stars_filter (NTM_OCOP_PAGE (ocop), NTM_CHOICE_ANY);
  assert_list_state (ocop, "list", NULL);
  ntm_ocop_page_set_search_text (NTM_OCOP_PAGE (ocop), "mật ong");
  assert_list_state (ocop, "no-results", _("No Matching Product"));
  save_list_screenshot (window, "ocop-no-results");
  press_show_all (ocop, _("_Show All Products"));
  g_assert_cmpuint (ntm_ocop_page_get_n_visible (NTM_OCOP_PAGE (ocop)), ==, 1);

  /* funds of the year: none, then one from the local budget */
  ntm_window_show_view (window, "funds");
  assert_list_state (funds, "empty", _("No Funds Recorded This Year"));
  ntm_fund_set_year (fund, 2024);
  ntm_fund_set_unit_code (fund, "445");
  ntm_fund_set_source (fund, NTM_FUND_LOCAL_BUDGET);
  ntm_fund_set_planned (fund, TRUE, G_GINT64_CONSTANT (2000000000));
  saved = ntm_database_save_fund (fresh, fund, &error);
  g_assert_no_error (error);
  g_assert_true (saved);
  ntm_test_settle ();
  assert_list_state (funds, "list", NULL);
  ntm_funds_page_set_source_filter (NTM_FUNDS_PAGE (funds), NTM_FUND_SPONSORSHIP);
  assert_list_state (funds, "no-results", _("No Matching Record"));
  ntm_funds_page_set_search_text (NTM_FUNDS_PAGE (funds), "ngân hàng");
  press_show_all (funds, _("_Show All Records"));
  g_assert_cmpuint (ntm_funds_page_get_n_visible (NTM_FUNDS_PAGE (funds)), ==, 1);
  /* another year has none of its own */
  ntm_window_set_year (window, 2023);
  ntm_test_settle ();
  assert_list_state (funds, "empty", _("No Funds Recorded This Year"));

  /* water schemes: none, then one in operation */
  ntm_window_show_view (window, "water");
  assert_list_state (water, "empty", _("No Water Scheme Yet"));
  g_free (scheme->name);
  scheme->name = g_strdup ("Nhà máy nước Thạch Trung");
  g_free (scheme->status);
  scheme->status = g_strdup ("operating");
  g_ptr_array_add (scheme->communes, g_strdup ("18088"));
  saved = ntm_database_save_water_scheme (fresh, scheme, &error);
  g_assert_no_error (error);
  g_assert_true (saved);
  ntm_test_settle ();
  assert_list_state (water, "list", NULL);
  ntm_water_page_set_filters (NTM_WATER_PAGE (water), "planned", NULL, NULL);
  assert_list_state (water, "no-results", _("No Matching Scheme"));
  ntm_water_page_set_search_text (NTM_WATER_PAGE (water), "cẩm xuyên");
  save_list_screenshot (window, "water-no-results");
  press_show_all (water, _("_Show All Schemes"));
  g_assert_cmpuint (ntm_water_page_get_n_visible (NTM_WATER_PAGE (water)), ==, 1);

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
  g_assert_null (ntm_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

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
      g_test_add_func ("/overview-page/vi/empty-lists", test_empty_lists);
    }
  else
    {
      g_test_add_func ("/overview-page/figures-and-targets", test_overview);
      g_test_add_func ("/overview-page/ocop-form", test_ocop_form);
      g_test_add_func ("/overview-page/fund-form", test_fund_form);
      g_test_add_func ("/overview-page/unit-profile", test_unit_profile);
      g_test_add_func ("/overview-page/targets", test_targets_editor);
      g_test_add_func ("/overview-page/empty-lists", test_empty_lists);
    }

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
