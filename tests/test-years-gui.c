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
#include <string.h>

#include "ntm-application.h"
#include "ntm-choice.h"
#include "ntm-clock-private.h"
#include "ntm-commune-group-dialog.h"
#include "ntm-communes-page-private.h"
#include "ntm-info-row.h"
#include "ntm-level-count.h"
#include "ntm-lineage-private.h"
#include "ntm-lineage-row.h"
#include "ntm-recognitions-window.h"
#include "ntm-map-page-private.h"
#include "ntm-overview-page-private.h"
#include "ntm-screenshot.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"
#include "ntm-unit-row.h"
#include "ntm-unit-detail.h"
#include "ntm-unit-detail-private.h"
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
  /* by recognised level: advanced and model communes shown, and the
   * legend's counts on record beside those reported */
  {
    NtmClassification *level = ntm_map_renderer_get_classification (renderer);
    guint advanced = 0, model = 0;

    for (guint k = 0; k < ntm_classification_get_n_classes (level); k++)
      {
        const NtmMapClass *klass = ntm_classification_get_class (level, k);

        if (klass->tone == NTM_TONE_LEVEL && klass->position == NTM_LEVEL_ADVANCED)
          advanced = klass->count;
        if (klass->tone == NTM_TONE_LEVEL && klass->position == NTM_LEVEL_MODEL)
          model = klass->count;
      }
    g_assert_cmpuint (advanced, >, 0);
    g_assert_cmpuint (model, >, 0);
    g_assert_cmpuint (ntm_classification_get_n_record_counts (level), ==, 3);
  }
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

  /* coloured by commune group: the groups on record, wards apart */
  {
    const struct { const char *code; int group; } groups[] = {
      { "18160", 3 }, { "18133", 3 }, { "18196", 3 }, { "18199", 3 }, { "18223", 2 }, { "18484", 2 },
      { "18496", 2 }, { "18628", 1 }, { "18604", 1 },
    };
    NtmClassification *classification;

    for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(NtmUnit) unit = ntm_database_find_unit (db, groups[i].code, 2026, &error);

        g_assert_no_error (error);
        g_assert_true (ntm_database_set_commune_group (db, ntm_unit_get_code (unit), 2026, 0, groups[i].group,
                                                       "Danh sách thử", &error));
      }
    ntm_test_settle ();
    g_assert_true (ntm_map_page_set_mode (page, "group"));
    classification = ntm_map_renderer_get_classification (renderer);
    g_assert_cmpint (ntm_classification_get_mode (classification), ==, NTM_MAP_MODE_GROUP);
    g_assert_cmpuint (ntm_classification_get_class (classification, 2)->count, ==, 4);
    g_assert_cmpuint (ntm_classification_get_class (classification, 1)->count, ==, 3);
    save_screenshot (window, "map-group", 2026);
    g_assert_true (ntm_map_page_set_mode (page, "level"));
  }

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

static gboolean
has_css_class (GtkWidget *widget, gconstpointer name)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, name);
}

/* The text of the label with the style class @name in the Communes view's
 * row of @code: "ntm-badge" for the level, "numeric" for the criteria met */
static const char *
row_text (NtmWindow  *window,
          const char *code,
          const char *name)
{
  GtkWidget *row;

  ntm_test_settle ();
  row = ntm_test_find_widget (GTK_WIDGET (ntm_window_get_communes_page (window)), ntm_test_is_unit_row, code);
  g_assert_nonnull (row);
  return gtk_label_get_label (GTK_LABEL (ntm_test_find_widget (row, has_css_class, name)));
}

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

  /* a commune of 2024 on its page, with the unit it went into in 2025 */
  ntm_window_show_unit (window, "18139");
  ntm_test_settle ();
  g_assert_cmpstr (ntm_communes_page_get_selected_code (page), ==, "18139");
  {
    GtkWidget *detail = ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_UNIT_DETAIL);
    GtkWidget *link = ntm_test_find_widget (detail, ntm_test_is_of_type, GSIZE_TO_POINTER (NTM_TYPE_LINEAGE_ROW));

    g_assert_nonnull (link);
    g_assert_cmpstr (ntm_lineage_link_get_new_code (ntm_lineage_row_get_link (NTM_LINEAGE_ROW (link))), ==,
                     "18160-2025");
  }
  save_screenshot (window, "communes", 2024);

  ntm_window_set_year (window, 2026);
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), ==, 69);
  g_assert_true (ntm_communes_page_offers_grouping (page));
  bac_hong_linh = ntm_database_find_unit (db, "18115", 2026, &error);
  tran_phu = ntm_database_find_unit (db, "18100", 2026, &error);
  g_assert_no_error (error);
  /* not grouped: listed by code, no heading */
  g_assert_null (ntm_communes_page_get_row_group (page, ntm_unit_get_code (bac_hong_linh)));
  g_assert_cmpstr (ntm_communes_page_get_first_code (page), ==, "18073-2025");
  /* a commune is counted out of the 10 criteria of Decision 51/2025; a
   * ward, which no set of 2026 holds, shows no count; neither has a
   * decision on record, which is what its badge says */
  g_assert_cmpstr (row_text (window, "18160-2025", "numeric"), ==, _("–/10"));
  g_assert_cmpstr (row_text (window, "18073-2025", "numeric"), ==, "");
  g_assert_cmpstr (row_text (window, "18073-2025", "ntm-badge"), ==, C_("recognised level", "No decision"));
  g_assert_cmpstr (row_text (window, "18160-2025", "ntm-badge"), ==, C_("recognised level", "No decision"));
  g_assert_cmpstr (row_text (window, "18196", "ntm-badge"), ==, ntm_level_get_label (NTM_LEVEL_NTM));

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

/* ---------------------------------------------------------------------- */
/* A new unit's page                                                      */
/* ---------------------------------------------------------------------- */

static gboolean
is_inferred_row (GtkWidget     *widget,
                 gconstpointer  data)
{
  return NTM_IS_LINEAGE_ROW (widget) && ntm_lineage_row_shows_inferred (NTM_LINEAGE_ROW (widget));
}

static gboolean
is_lineage_row_from (GtkWidget     *widget,
                     gconstpointer  old_code)
{
  return NTM_IS_LINEAGE_ROW (widget) &&
         g_strcmp0 (ntm_lineage_link_get_old_code (ntm_lineage_row_get_link (NTM_LINEAGE_ROW (widget))), old_code) == 0;
}

static gboolean
is_lineage_row_to (GtkWidget     *widget,
                   gconstpointer  new_code)
{
  return NTM_IS_LINEAGE_ROW (widget) &&
         g_strcmp0 (ntm_lineage_link_get_new_code (ntm_lineage_row_get_link (NTM_LINEAGE_ROW (widget))), new_code) == 0;
}

static GtkWidget *
unit_detail (NtmWindow *window)
{
  return ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_UNIT_DETAIL);
}

/* Shows the unit of 2026 whose official code is @official, and returns
 * its key. */
static char *
show_unit_2026 (NtmWindow  *window,
                const char *official)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmUnit) unit = ntm_database_find_unit (db, official, 2026, &error);

  g_assert_no_error (error);
  ntm_window_show_unit (window, ntm_unit_get_code (unit));
  ntm_test_settle ();
  ntm_unit_detail_show_history_now (NTM_UNIT_DETAIL (unit_detail (window)));
  g_assert_cmpstr (ntm_communes_page_get_selected_code (ntm_window_get_communes_page (window)), ==,
                   ntm_unit_get_code (unit));
  return g_strdup (ntm_unit_get_code (unit));
}

static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

/* Scrolls the unit's page so that the group titled @title is at the top,
 * as a person would to read it. */
static void
scroll_detail_to (NtmWindow  *window,
                  const char *title)
{
  GtkWidget *detail = unit_detail (window);
  GtkWidget *group = ntm_test_find_widget (detail, is_group_titled, title);
  GtkWidget *scrolled = group ? gtk_widget_get_ancestor (group, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  GtkWidget *content;
  graphene_point_t top;

  g_assert_nonnull (group);
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_compute_point (group, content, &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), top.y - 12);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
}

/* Every note on how a unit changed reads in the interface's language:
 * in Vietnamese no English is left, neither the phrases the lineage's
 * source repeats nor the notes it gives once. */
static void
test_lineage_notes_in_language (void)
{
  static const char * const english[] = {
    "moved", "merged", "renamed", "retired", "kept", "partial", "assumed", "nferred", "split",
    "listed", "communes", "code ", "dissolved", "the ", "rearranged", "abolished",
  };
  static const char * const vietnamese[] = { "giữ nguyên", "chuyển", "thôi dùng", "suy ra", "đổi tên" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) links = ntm_database_list_lineage (db, &error);
  guint with_note = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(NtmLineageLink) link = g_list_model_get_item (links, i);
      g_autofree char *text = ntm_lineage_link_describe_note (link);
      const char * const *unwanted = ntm_test_gui_is_vietnamese () ? english : vietnamese;
      guint n_unwanted = ntm_test_gui_is_vietnamese () ? G_N_ELEMENTS (english) : G_N_ELEMENTS (vietnamese);

      if (*text == '\0')
        continue;
      with_note++;
      for (guint w = 0; w < n_unwanted; w++)
        if (strstr (text, unwanted[w]) != NULL)
          {
            g_test_message ("%s → %s: “%s” in “%s”", ntm_lineage_link_get_old_code (link),
                            ntm_lineage_link_get_new_code (link), unwanted[w], text);
            g_test_fail ();
          }
    }
  g_assert_cmpuint (with_note, >, 100);
}

/* A unit of July 2025: where it came from (dates, whole or part,
 * INFERRED), its predecessors year by year with what they held together
 * marked as derived, and no recognition of its own. */
static void
test_new_unit_page (void)
{
  NtmWindow *window = ntm_test_open_window (app, db, "communes", 2026);
  g_autoptr(GError) error = NULL;
  g_autofree char *son_hong = NULL;
  g_autofree char *dong_loc = NULL;
  g_autofree char *derived_text = NULL;
  NtmDerivedLevel derived;
  GtkWidget *detail;
  GtkWidget *row;

  /* Xã Sơn Hồng of July 2025 (code 18160): the old Sơn Hồng (18139) and
   * Sơn Lĩnh (18160), both NTM */
  son_hong = show_unit_2026 (window, "18160");
  detail = unit_detail (window);
  g_assert_nonnull (ntm_test_find_widget (detail, is_lineage_row_from, "18139"));
  g_assert_nonnull (ntm_test_find_widget (detail, is_lineage_row_from, "18160"));
  g_assert_true (ntm_database_derive_level (db, son_hong, 2024, &derived, &error));
  g_assert_no_error (error);
  g_assert_cmpint (derived.lowest, >=, NTM_LEVEL_NTM);
  derived_text = ntm_derived_level_format (&derived);
  row = ntm_test_find_widget (detail, ntm_test_is_row_titled, derived_text);
  g_assert_nonnull (row);
  g_assert_cmpstr (ntm_info_row_get_value (NTM_INFO_ROW (row)), ==, _("Derived"));
  /* never a recognition of the new unit */
  g_assert_nonnull (ntm_test_find_widget (detail, ntm_test_is_row_titled, _("No recognition on record")));
  g_assert_nonnull (ntm_test_find_widget (detail, ntm_test_is_row_titled, "Xã Sơn Lĩnh (18160)"));
  g_assert_nonnull (ntm_test_find_widget (detail, ntm_test_is_row_titled, "Xã Sơn Hồng (18139)"));
  scroll_detail_to (window, _("Where it came from"));
  save_screenshot (window, "unit", 2026);

  /* Đồng Lộc took in Trung Lộc by a link that rests on inference */
  dong_loc = show_unit_2026 (window, "18484");
  g_assert_nonnull (ntm_test_find_widget (unit_detail (window), is_inferred_row, NULL));

  /* in 2024, Xã Thạch Hạ (18100) says what it became: part of the new
   * Phường Trần Phú, which took its code */
  ntm_window_set_year (window, 2024);
  ntm_window_show_unit (window, "18100");
  ntm_test_settle ();
  row = ntm_test_find_widget (unit_detail (window), is_lineage_row_to, "18100-2025");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A commune's group from 2026, with its source, changed from its page;
 * what core refuses is said in the dialog and nothing is written. */
static void
test_commune_group (void)
{
  NtmWindow *window = ntm_test_open_window (app, db, "communes", 2026);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = show_unit_2026 (window, "18163");
  g_autofree char *expected_source = NULL;
  g_autofree char *group_title = g_strdup_printf (_("Commune group in %d"), 2026);
  NtmCommuneGroupDialog *dialog;
  GtkWidget *row;

  row = ntm_test_find_widget (unit_detail (window), ntm_test_is_row_titled, group_title);
  g_assert_nonnull (row);
  g_assert_cmpstr (ntm_info_row_get_value (NTM_INFO_ROW (row)), ==, ntm_commune_group_get_label (0));

  /* a year that is not one: asked again, nothing written */
  ntm_test_press (ntm_test_find_button (row, _("C_hange…")));
  dialog = NTM_COMMUNE_GROUP_DIALOG (ntm_test_wait_for_toplevel (NTM_TYPE_COMMUNE_GROUP_DIALOG));
  g_assert_nonnull (dialog);
  ntm_commune_group_dialog_set_group (dialog, 2);
  ntm_test_type_into (GTK_WIDGET (ntm_commune_group_dialog_get_year_entry (dialog)), "hai nghìn");
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (dialog), _("_Save")));
  ntm_test_settle ();
  g_assert_cmpint (ntm_database_get_commune_group (db, code, 2026, &error), ==, 0);
  g_assert_no_error (error);
  dialog = NTM_COMMUNE_GROUP_DIALOG (ntm_test_find_toplevel (NTM_TYPE_COMMUNE_GROUP_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpint (ntm_commune_group_dialog_get_group (dialog), ==, 2);

  /* a year before there were communes of 2025: core refuses it */
  ntm_test_type_into (GTK_WIDGET (ntm_commune_group_dialog_get_year_entry (dialog)), "2024");
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (dialog), _("_Save")));
  ntm_test_settle ();
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM commune_group WHERE unit_code = '%s'", code);
    g_assert_cmpint (ntm_test_count (db, sql), ==, 0);
  }
  dialog = NTM_COMMUNE_GROUP_DIALOG (ntm_test_find_toplevel (NTM_TYPE_COMMUNE_GROUP_DIALOG));
  g_assert_nonnull (dialog);

  /* group 2 from 2026, with its source */
  ntm_test_type_into (GTK_WIDGET (ntm_commune_group_dialog_get_year_entry (dialog)), "2026");
  ntm_test_type_into (GTK_WIDGET (ntm_commune_group_dialog_get_source_entry (dialog)), "QĐ 12/QĐ-UBND ngày 05/03/2026");
  ntm_test_press (ntm_test_find_button (GTK_WIDGET (dialog), _("_Save")));
  ntm_test_settle ();
  g_assert_null (ntm_test_find_toplevel (NTM_TYPE_COMMUNE_GROUP_DIALOG));
  g_assert_cmpint (ntm_database_get_commune_group (db, code, 2026, &error), ==, 2);

  row = ntm_test_find_widget (unit_detail (window), ntm_test_is_row_titled, group_title);
  g_assert_cmpstr (ntm_info_row_get_value (NTM_INFO_ROW (row)), ==, ntm_commune_group_get_label (2));
  expected_source = g_strdup_printf (_("Source: %s"), "QĐ 12/QĐ-UBND ngày 05/03/2026");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, expected_source);

  /* a ward has no group, nor a year before 2026 */
  g_free (show_unit_2026 (window, "18100"));
  row = ntm_test_find_widget (unit_detail (window), ntm_test_is_row_titled, group_title);
  g_assert_true (row == NULL || !gtk_widget_is_visible (row));

  ntm_database_set_commune_group (db, code, 2026, 0, 0, NULL, &error);
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---------------------------------------------------------------------- */
/* Recognitions                                                           */
/* ---------------------------------------------------------------------- */

/* The levels offered, one a line, as the level drop-down lists them. */
static char *
levels_offered (GtkWidget *editor)
{
  AdwComboRow *row = ADW_COMBO_ROW (ntm_test_find_row (editor, _("_Level")));
  GListModel *model = adw_combo_row_get_model (row);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NtmChoice) choice = g_list_model_get_item (model, i);
      g_string_append_printf (out, "%s\n", ntm_choice_get_label (choice));
    }
  return g_string_free (out, FALSE);
}

/* The form offers the levels of the programme of the year the decision is
 * for, and keeps that year apart from the decision's date. */
static void
test_recognition_levels_by_period (void)
{
  NtmWindow *window = ntm_test_open_window (app, db, "communes", 2026);
  g_autofree char *code = show_unit_2026 (window, "18223");   /* Xã Kim Hoa of July 2025 */
  g_autofree char *offered = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *sql = NULL;
  GtkWidget *editor;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-recognitions", "s", code);
  editor = GTK_WIDGET (ntm_test_wait_for_toplevel (NTM_TYPE_RECOGNITIONS_WINDOW));
  g_assert_nonnull (editor);

  /* a decision of 2026: the levels of Decision 51/2025 */
  offered = levels_offered (editor);
  expected = g_strdup_printf ("%s\n%s\n", ntm_level_get_label (NTM_LEVEL_NTM_DECISION_51),
                              ntm_level_get_label (NTM_LEVEL_MODERN_NTM));
  g_assert_cmpstr (offered, ==, expected);

  /* the old Kim Hoa's decision "đợt 2/2023" of 17/01/2024 is not this
   * unit's; but a decision for 2025 dated in 2026 is judged by its year:
   * the levels of 2021–2025 */
  ntm_test_type_into (ntm_test_find_row (editor, _("_Year recognised (empty: the year of the decision date)")), "2025");
  ntm_test_type_into (ntm_test_find_row (editor, _("Decision _date (day/month/year)")), "17/01/2026");
  g_clear_pointer (&offered, g_free);
  g_clear_pointer (&expected, g_free);
  offered = levels_offered (editor);
  expected = g_strdup_printf ("%s\n%s\n%s\n", ntm_level_get_label (NTM_LEVEL_NTM),
                              ntm_level_get_label (NTM_LEVEL_ADVANCED), ntm_level_get_label (NTM_LEVEL_MODEL));
  g_assert_cmpstr (offered, ==, expected);

  /* saved for 2025, with its date of 2026 */
  ntm_combo_row_select_value (ADW_COMBO_ROW (ntm_test_find_row (editor, _("_Level"))), NTM_LEVEL_NTM);
  ntm_test_type_into (ntm_test_find_row (editor, _("Decision _number")), "15/QĐ-UBND");
  ntm_test_press (ntm_test_find_button (editor, _("_Save Decision")));
  ntm_test_settle ();
  sql = g_strdup_printf ("SELECT count(*) FROM recognition WHERE unit_code = '%s' AND year = 2025"
                         " AND decision_date = '2026-01-17' AND level = 'ntm'", code);
  g_assert_cmpint (ntm_test_count (db, sql), ==, 1);

  /* the form is empty again; no year given: the date's, and its levels */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ntm_test_find_row (editor, _("_Year recognised (empty: the year of the decision date)")))), ==, "");
  ntm_test_type_into (ntm_test_find_row (editor, _("Decision _date (day/month/year)")), "30/06/2025");
  g_clear_pointer (&offered, g_free);
  offered = levels_offered (editor);
  g_assert_cmpstr (offered, ==, expected);
  ntm_test_type_into (ntm_test_find_row (editor, _("Decision _date (day/month/year)")), "");
  g_clear_pointer (&offered, g_free);
  g_clear_pointer (&expected, g_free);
  offered = levels_offered (editor);
  expected = g_strdup_printf ("%s\n%s\n", ntm_level_get_label (NTM_LEVEL_NTM_DECISION_51),
                              ntm_level_get_label (NTM_LEVEL_MODERN_NTM));
  g_assert_cmpstr (offered, ==, expected);

  ntm_test_save_screenshot (editor, ntm_test_gui_is_vietnamese () ? "years-recognitions-vi.png"
                                                                   : "years-recognitions-en.png");
  ntm_test_close_window (GTK_WINDOW (editor));
  ntm_test_exec (db, "DELETE FROM recognition WHERE decision_number = '15/QĐ-UBND'");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---------------------------------------------------------------------- */
/* Overview                                                               */
/* ---------------------------------------------------------------------- */

/* The line the Overview gives a level: its count on record beside the
 * total reported, as core counts it. */
static char *
expected_count_line (int      year,
                     NtmLevel level)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);
  g_autofree char *count_text = NULL;
  NtmLevelCount count;
  char *line;

  g_assert_true (ntm_database_count_against_reported (db, level, NULL, year_end, &count, &error));
  g_assert_no_error (error);
  g_assert_true (count.has_reported);
  count_text = ntm_level_count_format (&count);
  line = g_strdup_printf (_("%s: %s"), ntm_level_get_label (level), count_text);
  ntm_level_count_clear (&count);
  return line;
}

/* 2023 and 2024: the communes on record at each level beside the totals
 * reported; 2026: the levels of 2026–2030, no district card or chart. */
static void
test_overview_follows_year (void)
{
  NtmWindow *window = ntm_test_open_window (app, db, "overview", 2024);
  NtmOverviewPage *page = NTM_OVERVIEW_PAGE (ntm_window_get_page (window, "overview"));
  const NtmLevel levels[] = { NTM_LEVEL_NTM, NTM_LEVEL_ADVANCED, NTM_LEVEL_MODEL };

  for (int year = 2024; year >= 2023; year--)
    {
      g_autofree char *text = NULL;

      ntm_window_set_year (window, year);
      text = ntm_overview_page_dup_text (page);
      for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
        {
          g_autofree char *line = expected_count_line (year, levels[i]);
          g_assert_nonnull (strstr (text, line));
        }
      g_assert_nonnull (strstr (text, _("Advanced · model communes")));
      g_assert_nonnull (strstr (text, _("Districts meeting NTM or completing the task")));
      g_assert_nonnull (strstr (text, _("Wards and townships civilised urban")));
      if (year == 2024)
        save_screenshot (window, "overview", 2024);
    }

  ntm_window_set_year (window, 2026);
  {
    g_autofree char *text = ntm_overview_page_dup_text (page);

    g_assert_nonnull (strstr (text, _("Modern NTM communes (pilot)")));
    g_assert_null (strstr (text, _("Advanced · model communes")));
    g_assert_null (strstr (text, _("Districts meeting NTM or completing the task")));
    g_assert_null (strstr (text, _("Communes by recognised level, by district")));
    /* no township is left after July 2025 */
    g_assert_nonnull (strstr (text, _("Wards civilised urban")));
    g_assert_null (strstr (text, _("Wards and townships civilised urban")));
    /* Sơn Kim 1 and 2, left as they were in 2025, keep their decisions of
     * 2021–2025, which are not levels of 2026–2030 */
    g_assert_cmpuint (ntm_overview_get_headline (ntm_overview_page_get_overview (page))->communes_earlier_level, ==, 2);
    {
      g_autofree char *more = g_strdup_printf (ngettext ("by recognised level; %u more recognised under earlier criteria",
                                                         "by recognised level; %u more recognised under earlier criteria",
                                                         2), 2);
      g_assert_nonnull (strstr (text, more));
    }
  }
  save_screenshot (window, "overview", 2026);
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
  g_test_add_func ("/years/new-unit-page", test_new_unit_page);
  g_test_add_func ("/years/lineage-notes", test_lineage_notes_in_language);
  g_test_add_func ("/years/commune-group", test_commune_group);
  g_test_add_func ("/years/recognition-levels", test_recognition_levels_by_period);
  g_test_add_func ("/years/overview", test_overview_follows_year);

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
