/* test-page.c: NtmPage, the base of the window's views: what it calls when
 * the database, the year or the data change, and the window handing every
 * view the database and the year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "ntm-application.h"
#include "ntm-communes-page.h"
#include "ntm-page.h"
#include "ntm-page-private.h"
#include "ntm-fund.h"
#include "ntm-target.h"
#include "ntm-funds-page-private.h"
#include "ntm-programme-page-private.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-water-scheme.h"
#include "ntm-window-private.h"

static char *dir;

/* ---------------------------------------------------------------------- */
/* A page that counts what it is asked to do                              */
/* ---------------------------------------------------------------------- */

#define TEST_TYPE_PAGE (test_page_get_type ())
G_DECLARE_FINAL_TYPE (TestPage, test_page, TEST, PAGE, NtmPage)

struct _TestPage
{
  NtmPage      parent_instance;
  guint        reloads;
  guint        database_notifies;
  guint        year_notifies;
  NtmDatabase *database_at_reload;
  int          year_at_reload;
  GArray      *areas;   /* of NtmArea, one per database_changed() */
};

G_DEFINE_FINAL_TYPE (TestPage, test_page, NTM_TYPE_PAGE)

static void
test_page_reload (NtmPage *page)
{
  TestPage *self = TEST_PAGE (page);

  self->reloads++;
  self->database_at_reload = ntm_page_get_database (page);
  self->year_at_reload = ntm_page_get_year (page);
}

static void
test_page_database_changed (NtmPage *page,
                            NtmArea  areas)
{
  g_array_append_val (TEST_PAGE (page)->areas, areas);
  NTM_PAGE_CLASS (test_page_parent_class)->database_changed (page, areas);
}

static void
on_notify_cb (TestPage   *self,
              GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "database"))
    self->database_notifies++;
  else if (g_str_equal (pspec->name, "year"))
    self->year_notifies++;
}

static void
test_page_finalize (GObject *object)
{
  g_array_unref (TEST_PAGE (object)->areas);
  G_OBJECT_CLASS (test_page_parent_class)->finalize (object);
}

static void
test_page_class_init (TestPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_page_finalize;
  NTM_PAGE_CLASS (klass)->reload = test_page_reload;
  NTM_PAGE_CLASS (klass)->database_changed = test_page_database_changed;
  /* Shows water schemes and targets only. */
  NTM_PAGE_CLASS (klass)->depends_on = NTM_AREA_WATER_SCHEMES | NTM_AREA_TARGETS;
}

static void
test_page_init (TestPage *self)
{
  self->areas = g_array_new (FALSE, FALSE, sizeof (NtmArea));
  g_signal_connect (self, "notify", G_CALLBACK (on_notify_cb), NULL);
}

/* ---------------------------------------------------------------------- */

static NtmDatabase *
open_database (const char *name)
{
  return ntm_test_open_database (dir, name);
}

static void
save_scheme (NtmDatabase *db,
             const char  *name)
{
  g_autoptr(NtmWaterSchemeFields) fields = ntm_water_scheme_fields_new ();
  g_autoptr(GError) error = NULL;

  g_free (fields->name);
  fields->name = g_strdup (name);
  g_ptr_array_add (fields->communes, g_strdup ("18088"));
  g_assert_true (ntm_database_save_water_scheme (db, fields, &error));
  g_assert_no_error (error);
}

/* The database and the year: reload once per change, a notification
 * only for a real change, and the page sees the new values when it
 * reloads. */
static void
test_properties (void)
{
  g_autoptr(NtmDatabase) first = open_database ("first.db");
  g_autoptr(NtmDatabase) second = open_database ("second.db");
  TestPage *page = g_object_ref_sink (g_object_new (TEST_TYPE_PAGE, NULL));
  NtmPage *base = NTM_PAGE (page);
  g_autoptr(NtmDatabase) got = NULL;
  int year = 0;

  g_assert_null (ntm_page_get_database (base));
  g_assert_cmpint (ntm_page_get_year (base), ==, 2024);
  g_assert_cmpuint (page->reloads, ==, 0);
  g_assert_true (gtk_widget_get_layout_manager (GTK_WIDGET (page)) != NULL);
  g_assert_true (GTK_IS_BIN_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (page))));

  ntm_page_set_database (base, first);
  g_assert_true (ntm_page_get_database (base) == first);
  g_assert_cmpuint (page->reloads, ==, 1);
  g_assert_true (page->database_at_reload == first);
  g_assert_cmpuint (page->database_notifies, ==, 1);

  /* the same again: nothing */
  ntm_page_set_database (base, first);
  g_object_set (page, "database", first, NULL);
  g_assert_cmpuint (page->reloads, ==, 1);
  g_assert_cmpuint (page->database_notifies, ==, 1);

  /* the year: year_changed(), whose default reloads */
  ntm_page_set_year (base, 2023);
  g_assert_cmpint (ntm_page_get_year (base), ==, 2023);
  g_assert_cmpuint (page->reloads, ==, 2);
  g_assert_cmpint (page->year_at_reload, ==, 2023);
  g_assert_cmpuint (page->year_notifies, ==, 1);
  g_object_set (page, "year", 2023, NULL);
  g_assert_cmpuint (page->reloads, ==, 2);
  g_assert_cmpuint (page->year_notifies, ==, 1);

  /* the properties are the same values */
  g_object_set (page, "year", 2025, "database", second, NULL);
  g_object_get (page, "database", &got, "year", &year, NULL);
  g_assert_true (got == second);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpuint (page->reloads, ==, 4);
  g_assert_cmpuint (page->database_notifies, ==, 2);
  g_assert_cmpuint (page->year_notifies, ==, 2);

  /* no database: a reload that sees none */
  ntm_page_set_database (base, NULL);
  g_assert_cmpuint (page->reloads, ==, 5);
  g_assert_null (page->database_at_reload);

  g_object_unref (page);
}

/* A year out of range is refused. */
static void
test_bad_year (void)
{
  if (g_test_subprocess ())
    {
      TestPage *page = g_object_ref_sink (g_object_new (TEST_TYPE_PAGE, NULL));

      ntm_page_set_year (NTM_PAGE (page), 1999);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*year >= YEAR_MIN*");
}

/* Committed writes reach the page, with their area, only from the
 * database it shows, and not once it is gone. */
static void
test_changes (void)
{
  g_autoptr(NtmDatabase) first = open_database ("changes-1.db");
  g_autoptr(NtmDatabase) second = open_database ("changes-2.db");
  TestPage *page = g_object_ref_sink (g_object_new (TEST_TYPE_PAGE, NULL));

  ntm_page_set_database (NTM_PAGE (page), first);
  g_assert_cmpuint (page->reloads, ==, 1);

  save_scheme (first, "Trạm cấp nước Thạch Trung");
  g_assert_cmpuint (page->areas->len, ==, 1);
  g_assert_cmpuint (g_array_index (page->areas, NtmArea, 0), ==, NTM_AREA_WATER_SCHEMES);
  g_assert_cmpuint (page->reloads, ==, 2);   /* the default reloads */

  /* a write to an area the page does not show does not reach it */
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (ntm_database_set_setting (first, "office", "VP NTM", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (page->areas->len, ==, 1);
    g_assert_cmpuint (page->reloads, ==, 2);
  }

  /* another database: the first one no longer reaches the page */
  ntm_page_set_database (NTM_PAGE (page), second);
  g_assert_cmpuint (page->reloads, ==, 3);
  save_scheme (first, "Trạm cấp nước Sơn Hồng");
  g_assert_cmpuint (page->areas->len, ==, 1);
  g_assert_cmpuint (page->reloads, ==, 3);
  save_scheme (second, "Trạm cấp nước Kỳ Anh");
  g_assert_cmpuint (page->areas->len, ==, 2);
  g_assert_cmpuint (page->reloads, ==, 4);

  /* a page disposed of no longer listens */
  g_object_run_dispose (G_OBJECT (page));
  g_assert_null (ntm_page_get_database (NTM_PAGE (page)));
  save_scheme (second, "Trạm cấp nước Cẩm Xuyên");
  g_assert_cmpuint (page->areas->len, ==, 2);
  g_assert_cmpuint (page->reloads, ==, 4);
  g_object_unref (page);
}

/* The window hands its database and its year to every view, all of them
 * pages, five of them; a new year reaches all of them, and the Programme
 * view hands them on to its two registers. */
static void
test_window (void)
{
  g_autoptr(NtmDatabase) db = open_database ("window.db");
  g_autoptr(NtmApplication) app = ntm_application_new ();
  g_autoptr(GError) error = NULL;
  NtmWindow *window;
  guint n_pages = 0;
  GListModel *pages;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = ntm_window_new (app, db);
  ntm_window_set_year (window, 2022);

  pages = G_LIST_MODEL (adw_view_stack_get_pages (ADW_VIEW_STACK (
            gtk_widget_get_ancestor (GTK_WIDGET (ntm_window_get_communes_page (window)), ADW_TYPE_VIEW_STACK))));
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      g_assert_true (NTM_IS_PAGE (child));
      g_assert_true (ntm_page_get_database (NTM_PAGE (child)) == db);
      g_assert_cmpint (ntm_page_get_year (NTM_PAGE (child)), ==, 2022);
      n_pages++;
    }
  g_object_unref (pages);
  g_assert_cmpuint (n_pages, ==, 5);

  {
    AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (ntm_window_get_communes_page (window)),
                                                                   ADW_TYPE_VIEW_STACK));
    NtmProgrammePage *programme = NTM_PROGRAMME_PAGE (adw_view_stack_get_child_by_name (stack, "programme"));
    NtmPage *ocop = NTM_PAGE (ntm_programme_page_get_ocop_page (programme));
    NtmPage *funds = NTM_PAGE (ntm_programme_page_get_funds_page (programme));

    g_assert_true (ntm_page_get_database (ocop) == db);
    g_assert_true (ntm_page_get_database (funds) == db);
    g_assert_cmpint (ntm_page_get_year (funds), ==, 2022);

    /* the registers' own names show the Programme view with that register */
    ntm_window_show_view (window, "funds");
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "programme");
    g_assert_cmpstr (ntm_programme_page_get_shown (programme), ==, "funds");
    ntm_window_show_view (window, "ocop");
    g_assert_cmpstr (ntm_programme_page_get_shown (programme), ==, "ocop");
    ntm_window_show_view (window, "map");
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "map");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  const char *name;
  NtmPage    *page;
  guint       before;
} Counted;

/* Asserts which views were asked to show something again since the last
 * call: @expected names them, separated by commas. */
static void
assert_updated (Counted    *views,
                guint       n_views,
                const char *expected)
{
  g_auto(GStrv) names = g_strsplit (expected, ",", -1);

  for (guint i = 0; i < n_views; i++)
    {
      guint now = ntm_page_get_n_updates (views[i].page);
      gboolean want = g_strv_contains ((const char * const *) names, views[i].name);

      if ((now > views[i].before) != want)
        g_error ("%s: %s after the change, expected %s", views[i].name,
                 now > views[i].before ? "updated" : "not updated", want ? "updated" : "not updated");
      /* each view once at most */
      g_assert_cmpuint (now - views[i].before, <=, 1);
      views[i].before = now;
    }
}

/* A change reaches only the views that show what changed: a fund the
 * Funds register (and the Overview, whose figures count it), a target
 * the Overview, a water scheme the Water view and the Overview, a
 * setting none; a new year every view, once each (the Water view, whose
 * schemes are not by year, reads nothing again for it). */
static void
test_what_updates (void)
{
  g_autoptr(NtmDatabase) db = open_database ("updates.db");
  g_autoptr(NtmApplication) app = ntm_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmFund) fund = ntm_fund_new ();
  g_autoptr(NtmTarget) target = ntm_target_new ();
  NtmWindow *window;
  AdwViewStack *stack;
  NtmProgrammePage *programme;
  Counted views[6];

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = ntm_window_new (app, db);
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (ntm_window_get_communes_page (window)),
                                                   ADW_TYPE_VIEW_STACK));
  programme = NTM_PROGRAMME_PAGE (adw_view_stack_get_child_by_name (stack, "programme"));
  views[0] = (Counted) { "map", NTM_PAGE (adw_view_stack_get_child_by_name (stack, "map")), 0 };
  views[1] = (Counted) { "communes", NTM_PAGE (adw_view_stack_get_child_by_name (stack, "communes")), 0 };
  views[2] = (Counted) { "water", NTM_PAGE (adw_view_stack_get_child_by_name (stack, "water")), 0 };
  views[3] = (Counted) { "ocop", NTM_PAGE (ntm_programme_page_get_ocop_page (programme)), 0 };
  views[4] = (Counted) { "funds", NTM_PAGE (ntm_programme_page_get_funds_page (programme)), 0 };
  views[5] = (Counted) { "overview", NTM_PAGE (adw_view_stack_get_child_by_name (stack, "overview")), 0 };
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    views[i].before = ntm_page_get_n_updates (views[i].page);

  ntm_fund_set_year (fund, 2024);
  ntm_fund_set_unit_code (fund, "42");
  ntm_fund_set_source (fund, NTM_FUND_CREDIT);
  ntm_fund_set_planned (fund, TRUE, 1000000);
  g_assert_true (ntm_database_save_fund (db, fund, &error));
  g_assert_no_error (error);
  assert_updated (views, G_N_ELEMENTS (views), "funds,overview");

  ntm_target_set_year (target, 2024);
  ntm_target_set_metric (target, "ocop_products");
  ntm_target_set_scope_code (target, "436");
  ntm_target_set_kind (target, NTM_TARGET_NEW);
  ntm_target_set_value (target, 3);
  g_assert_true (ntm_database_save_target (db, target, &error));
  g_assert_no_error (error);
  assert_updated (views, G_N_ELEMENTS (views), "overview");

  save_scheme (db, "Trạm cấp nước Thạch Trung");
  assert_updated (views, G_N_ELEMENTS (views), "water,overview");

  g_assert_true (ntm_database_set_setting (db, "office", "VP NTM", &error));
  g_assert_no_error (error);
  assert_updated (views, G_N_ELEMENTS (views), "");

  ntm_window_set_year (window, 2023);
  assert_updated (views, G_N_ELEMENTS (views), "map,communes,water,ocop,funds,overview");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Units that cannot be read: the Communes view says so, and what to do,
 * in place of its list; a good database shows the list again. */
static void
test_communes_failure (void)
{
  g_autoptr(NtmDatabase) broken = open_database ("communes-broken.db");
  g_autoptr(NtmDatabase) good = open_database ("communes-good.db");
  NtmPage *page;
  GtkStack *stack;
  AdwStatusPage *status;

  ntm_test_exec (broken, "ALTER TABLE unit RENAME TO unit_gone");
  page = g_object_ref_sink (g_object_new (NTM_TYPE_COMMUNES_PAGE, "database", broken, "year", 2024, NULL));
  stack = GTK_STACK (ntm_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  status = ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "ntm --check"));

  ntm_page_set_database (page, good);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "units");
  g_object_unref (page);
}

/* The Funds register follows the year, the OCOP register does not need
 * to: the funds' summary names the year shown, also when the year comes
 * through the Programme view. */
static void
test_records_year (void)
{
  g_autoptr(NtmDatabase) db = open_database ("records.db");
  NtmProgrammePage *programme = g_object_ref_sink (g_object_new (NTM_TYPE_PROGRAMME_PAGE, "database", db, NULL));
  NtmFundsPage *funds = ntm_programme_page_get_funds_page (programme);
  g_autofree char *before = ntm_funds_page_dup_summary (funds);
  g_autofree char *after = NULL;

  g_assert_true (ntm_page_get_database (NTM_PAGE (funds)) == db);
  g_assert_true (ntm_page_get_database (NTM_PAGE (ntm_programme_page_get_ocop_page (programme))) == db);
  g_assert_nonnull (strstr (before, "2024"));
  ntm_page_set_year (NTM_PAGE (programme), 2021);
  after = ntm_funds_page_dup_summary (funds);
  g_assert_nonnull (strstr (after, "2021"));
  g_object_unref (programme);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  adw_init ();
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/page/properties", test_properties);
  g_test_add_func ("/page/bad-year", test_bad_year);
  g_test_add_func ("/page/changes", test_changes);
  g_test_add_func ("/page/window", test_window);
  g_test_add_func ("/page/records-year", test_records_year);
  g_test_add_func ("/page/what-updates", test_what_updates);
  g_test_add_func ("/page/communes-failure", test_communes_failure);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
