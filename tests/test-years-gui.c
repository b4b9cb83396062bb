/* test-years-gui.c: the window in 2024 and in 2026, under Xvfb
 *
 * The window opens on today's year (or the one asked for) and every view
 * follows the year: 2024 has 13 district-level units and 216 communes,
 * wards and townships, 2026 the 69 communes and wards of July 2025 and no
 * district. Run once in English and once in Vietnamese (meson runs it
 * twice); the screenshots of the Map, Communes (with a new unit's page)
 * and Overview views in both years are left in BUILD/screenshots/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ntm-application.h"
#include "ntm-clock.h"
#include "ntm-communes-page-private.h"
#include "ntm-map-page-private.h"
#include "ntm-screenshot.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"
#include "ntm-window-private.h"

static char *dir;
static NtmApplication *app;
static NtmDatabase *db;

/* The language of the screenshots' names. */
static const char *
language (void)
{
  return ntm_test_gui_is_vietnamese () ? "vi" : "en";
}

static void
save_screenshot (NtmWindow  *window,
                 const char *view,
                 int         year)
{
  g_autofree char *name = g_strdup_printf ("years-%s-%d-%s.png", view, year, language ());

  ntm_test_settle ();
  ntm_test_save_screenshot (GTK_WIDGET (window), name);
}

/* ---------------------------------------------------------------------- */
/* Today's year                                                           */
/* ---------------------------------------------------------------------- */

static void
on_window_destroy_cb (GtkWidget *window,
                      int       *year)
{
  *year = ntm_window_get_year (NTM_WINDOW (window));
}

static void
on_window_added_cb (GtkApplication *application,
                    GtkWindow      *window,
                    int            *year)
{
  if (NTM_IS_WINDOW (window))
    g_signal_connect (window, "destroy", G_CALLBACK (on_window_destroy_cb), year);
}

/* Runs the program as `ntm --database … --screenshot … [ARGS]` in this
 * process, and returns the year its window showed. */
static int
run_program_year (const char *extra_arg)
{
  g_autofree char *database = g_build_filename (dir, "years.db", NULL);
  g_autofree char *png = g_build_filename (dir, "start.png", NULL);
  const char *argv[] = { "ntm", "--database", database, "--screenshot", png, "--view", "communes",
                         extra_arg, NULL };
  g_autoptr(NtmApplication) program = ntm_application_new ();
  int year = 0;
  int status;

  g_signal_connect (program, "window-added", G_CALLBACK (on_window_added_cb), &year);
  status = g_application_run (G_APPLICATION (program), extra_arg ? 8 : 7, (char **) argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  g_unlink (png);
  return year;
}

/* The window opens on the year of today's date, from the one clock, or
 * on the year given with --year. */
static void
test_opens_on_today (void)
{
  NtmWindow *window;

  g_assert_true (ntm_clock_set_today ("2026-12-03"));
  window = ntm_window_new (app, db);
  g_assert_cmpint (ntm_window_get_year (window), ==, 2026);
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_cmpint (run_program_year (NULL), ==, 2026);
  g_assert_cmpint (run_program_year ("--year=2024"), ==, 2024);

  g_assert_true (ntm_clock_set_today ("2024-12-31"));
  g_assert_cmpint (run_program_year (NULL), ==, 2024);
  g_assert_cmpint (run_program_year ("--year=2026"), ==, 2026);
}

/* ---------------------------------------------------------------------- */
/* Map                                                                    */
/* ---------------------------------------------------------------------- */

/* In 2024 the map offers the districts; in 2026 there are none: the
 * filter and the Communes | Districts switch go, the district chosen no
 * longer applies and the communes are shown; back in 2024 the layer
 * chosen comes back. */
static void
test_map_follows_year (void)
{
  NtmWindow *window = ntm_test_open_window (app, db, "map", 2024);
  NtmMapPage *page = NTM_MAP_PAGE (ntm_window_get_page (window, "map"));
  NtmMapRenderer *renderer = ntm_map_view_get_renderer (ntm_map_page_get_map_view (page));

  g_assert_true (ntm_map_page_offers_districts (page));
  g_assert_cmpuint (ntm_map_renderer_get_n_units (renderer), ==, 216);
  save_screenshot (window, "map", 2024);

  ntm_map_page_set_district (page, "436");
  g_assert_cmpstr (ntm_map_page_get_district (page), ==, "436");
  ntm_map_page_set_layer (page, NTM_UNIT_LAYER_DISTRICTS);
  g_assert_cmpint (ntm_map_page_get_layer (page), ==, NTM_UNIT_LAYER_DISTRICTS);
  g_assert_cmpuint (ntm_map_renderer_get_n_units (renderer), ==, 13);

  ntm_window_set_year (window, 2026);
  ntm_test_settle ();
  g_assert_false (ntm_map_page_offers_districts (page));
  g_assert_null (ntm_map_page_get_district (page));
  g_assert_cmpint (ntm_map_page_get_layer (page), ==, NTM_UNIT_LAYER_COMMUNES);
  g_assert_cmpuint (ntm_map_renderer_get_n_units (renderer), ==, 69);
  /* asking for the districts changes nothing: there are none */
  ntm_map_page_set_layer (page, NTM_UNIT_LAYER_DISTRICTS);
  g_assert_cmpint (ntm_map_page_get_layer (page), ==, NTM_UNIT_LAYER_COMMUNES);
  save_screenshot (window, "map", 2026);

  ntm_window_set_year (window, 2024);
  ntm_test_settle ();
  g_assert_true (ntm_map_page_offers_districts (page));
  g_assert_cmpint (ntm_map_page_get_layer (page), ==, NTM_UNIT_LAYER_DISTRICTS);
  ntm_map_page_set_layer (page, NTM_UNIT_LAYER_COMMUNES);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---------------------------------------------------------------------- */
/* Communes                                                               */
/* ---------------------------------------------------------------------- */

/* 2024 lists each district with its communes; 2026 the 69 communes and
 * wards in one list, or under the districts they were formed from. */
static void
test_communes_follow_year (void)
{
  NtmWindow *window = ntm_test_open_window (app, db, "communes", 2024);
  NtmCommunesPage *page = ntm_window_get_communes_page (window);
  g_autoptr(NtmUnit) bac_hong_linh = NULL;
  g_autoptr(NtmUnit) tran_phu = NULL;
  g_autoptr(GError) error = NULL;
  NtmUnit *group;

  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), ==, 229);
  g_assert_false (ntm_communes_page_offers_grouping (page));

  ntm_window_set_year (window, 2026);
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), ==, 69);
  g_assert_true (ntm_communes_page_offers_grouping (page));
  bac_hong_linh = ntm_database_find_unit (db, "18115", 2026, &error);
  tran_phu = ntm_database_find_unit (db, "18100", 2026, &error);
  g_assert_no_error (error);
  /* not grouped: listed by code, no heading */
  g_assert_null (ntm_communes_page_get_row_group (page, ntm_unit_get_code (bac_hong_linh)));
  g_assert_cmpstr (ntm_communes_page_get_first_code (page), ==, "18073-2025");

  ntm_communes_page_set_grouped (page, TRUE);
  group = ntm_communes_page_get_row_group (page, ntm_unit_get_code (bac_hong_linh));
  g_assert_nonnull (group);
  g_assert_cmpstr (ntm_unit_get_code (group), ==, "437");
  group = ntm_communes_page_get_row_group (page, ntm_unit_get_code (tran_phu));
  g_assert_cmpstr (ntm_unit_get_code (group), ==, "436");
  /* the city's units first (its code is the lowest) */
  g_assert_cmpstr (ntm_unit_get_code (ntm_communes_page_get_row_group (page,
                                        ntm_communes_page_get_first_code (page))), ==, "436");
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), ==, 69);
  /* a former district's name finds the units formed from it */
  ntm_communes_page_set_search_text (page, "Huyen Huong Son");
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), >=, 5);
  ntm_communes_page_set_search_text (page, "");
  save_screenshot (window, "communes-grouped", 2026);

  /* back in 2024 the districts are units again: nothing to group by */
  ntm_window_set_year (window, 2024);
  g_assert_false (ntm_communes_page_offers_grouping (page));
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), ==, 229);
  g_assert_cmpstr (ntm_communes_page_get_first_code (page), ==, "436");
  ntm_window_set_year (window, 2026);
  ntm_communes_page_set_grouped (page, FALSE);
  g_assert_cmpstr (ntm_communes_page_get_first_code (page), ==, "18073-2025");

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
  path = g_build_filename (dir, "window.db", NULL);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);

  app = ntm_test_gui_application_new ();

  /* (the program's start is the same in either language) */
  if (!ntm_test_gui_is_vietnamese ())
    g_test_add_func ("/years/opens-on-today", test_opens_on_today);
  g_test_add_func ("/years/map", test_map_follows_year);
  g_test_add_func ("/years/communes", test_communes_follow_year);

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
