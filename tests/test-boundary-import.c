/* test-boundary-import.c: importing boundaries through the Map view, and
 * presentation mode by its shortcut, in a real window under Xvfb
 *
 * The import is started on a fixture file (the file chooser is the one step
 * left out): the worker thread reads it, shown in the window's job bar,
 * while the main loop goes on answering; the report dialog shows what would
 * happen, and only Import writes. The job bar's Cancel stops the reading
 * with nothing written and nothing to read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>


#include "ntm-application.h"
#include "ntm-boundary-import-private.h"
#include "ntm-job-bar.h"
#include "ntm-map-page-private.h"
#include "ntm-screenshot.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-window-private.h"

static char *dir;
static NtmApplication *app;

typedef struct {
  guint    n_committed;
  guint    committed_units;
  gboolean finished;
} Outcome;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* How many labels under @root start with @prefix. */
static guint
count_labels (GtkWidget  *root,
              const char *prefix)
{
  guint n = 0;

  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (root)), prefix))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, prefix);
  return n;
}

static gboolean
has_label_line (GtkWidget  *root,
                const char *line)
{
  if (GTK_IS_LABEL (root))
    {
      g_auto(GStrv) lines = g_strsplit (gtk_label_get_label (GTK_LABEL (root)), "\n", -1);
      if (g_strv_contains ((const char * const *) lines, line))
        return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (has_label_line (child, line))
      return TRUE;
  return FALSE;
}

static void
wait_for_report (NtmBoundaryImport *import)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (ntm_boundary_import_get_report_dialog (import) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (ntm_boundary_import_get_report_dialog (import));
  g_assert_false (ntm_boundary_import_is_reading (import));
}

static void
on_committed_cb (NtmBoundaryImport *import,
                 guint              n_units,
                 Outcome           *outcome)
{
  outcome->n_committed++;
  outcome->committed_units = n_units;
}

static void
on_finished_cb (NtmBoundaryImport *import,
                Outcome           *outcome)
{
  outcome->finished = TRUE;
}

static void
watch (NtmBoundaryImport *import,
       Outcome           *outcome)
{
  g_signal_connect (import, "committed", G_CALLBACK (on_committed_cb), outcome);
  g_signal_connect (import, "finished", G_CALLBACK (on_finished_cb), outcome);
}

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("NTM_FIXTURES"), name, NULL);

  return g_file_new_for_path (path);
}

static NtmWindow *
open_map (NtmDatabase  *db,
          NtmMapPage  **page)
{
  NtmWindow *window = ntm_test_open_window (app, db, "map", 0);

  *page = NTM_MAP_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_MAP_PAGE));
  g_assert_nonnull (*page);
  return window;
}

/* Enough squares that reading them takes a while (a few hundred
 * milliseconds), so that the main loop is seen answering meanwhile. */
#define N_SQUARES 6000

/* A GeoJSON file of @n small squares, none of them a unit's. */
static GFile *
big_file (const char *name,
          guint       n)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GString) json = g_string_new ("{\"type\": \"FeatureCollection\", \"features\": [");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      double x = 105.5 + (i % 200) * 0.001, y = 18.0 + (i / 200) * 0.001;

      g_string_append_printf (json, "%s{\"type\": \"Feature\", \"properties\": {\"ma_xa\": \"x%u\", \"ten_xa\": \"Ô %u\"},"
                              " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[%.4f, %.4f], [%.4f, %.4f],"
                              " [%.4f, %.4f], [%.4f, %.4f], [%.4f, %.4f]]]}}",
                              i ? ", " : "", i, i, x, y, x + 0.0005, y, x + 0.0005, y + 0.0005, x, y + 0.0005, x, y);
    }
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, json->len, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

typedef struct {
  NtmBoundaryImport *import;
  NtmJobBar         *bar;
  guint              ticks;        /* while reading */
  gboolean           bar_showed;   /* the reading, in the window's job bar */
} Ticks;

static gboolean
on_tick_cb (gpointer user_data)
{
  Ticks *t = user_data;

  if (ntm_boundary_import_is_reading (t->import))
    {
      t->ticks++;
      t->bar_showed |= ntm_job_bar_get_job (t->bar) == ntm_boundary_import_get_job (t->import);
    }
  return G_SOURCE_CONTINUE;
}

/* What the stored boundaries are, in a few figures. */
static char *
fingerprint (NtmDatabase *db)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                          ntm_test_count (db, "SELECT count(*) FROM unit_boundary_shape"),
                          ntm_test_count (db, "SELECT total(n_points) FROM unit_boundary_shape"),
                          ntm_test_count (db, "SELECT total(length(wkb)) FROM unit_boundary_shape"),
                          ntm_test_count (db, "SELECT max(import_id) FROM unit_boundary"));
}

static gint64
count_boundaries (NtmDatabase *db)
{
  return ntm_test_count (db, "SELECT count(*) FROM unit_boundary");
}

/* ---------------------------------------------------------------------- */
/* Import                                                                 */
/* ---------------------------------------------------------------------- */

static void
test_import_confirm (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "confirm.db");
  g_autoptr(GFile) file = fixture ("boundaries-good.geojson");
  g_autofree char *shot = NULL;
  g_autofree char *line = NULL;
  g_autofree char *title = NULL;
  g_autofree char *not_matched = g_strdup_printf ("%s: ", _("Not matched"));
  g_autoptr(GError) error = NULL;
  NtmMapPage *page;
  NtmWindow *window = open_map (db, &page);
  NtmMapRenderer *renderer = ntm_map_view_get_renderer (ntm_map_page_get_map_view (page));
  NtmBoundaryImport *import;
  NtmBoundaryReport *report;
  AdwMessageDialog *dialog;
  Outcome outcome = { 0 };

  g_assert_cmpint (count_boundaries (db), ==, 0);
  g_assert_cmpuint (ntm_map_renderer_get_n_shapes (renderer), ==, 0);

  import = ntm_map_page_import_file (page, file);
  g_assert_nonnull (import);
  watch (import, &outcome);

  /* the worker reads, shown in the window's job bar; a second import waits */
  g_assert_true (ntm_boundary_import_is_reading (import));
  g_assert_true (ntm_job_bar_get_job (ntm_window_get_job_bar (window)) == ntm_boundary_import_get_job (import));
  title = g_strdup_printf (_("Reading boundaries from “%s”…"), "boundaries-good.geojson");
  g_assert_cmpstr (ntm_job_get_title (ntm_boundary_import_get_job (import)), ==, title);
  g_assert_null (ntm_map_page_import_file (page, file));

  wait_for_report (import);
  g_assert_null (ntm_job_bar_get_job (ntm_window_get_job_bar (window)));
  dialog = ntm_boundary_import_get_report_dialog (import);
  report = ntm_boundary_import_get_report (import);

  /* the counts, in the report and in the dialog the person reads */
  g_assert_cmpuint (ntm_boundary_report_get_n_features (report), ==, 13);
  g_assert_cmpuint (ntm_boundary_report_get_n_matched (report), ==, 9);
  g_assert_cmpuint (ntm_boundary_report_get_n_unmatched (report), ==, 2);
  g_assert_cmpuint (ntm_boundary_report_get_n_units_without (report), ==, 216 - 9);
  line = g_strdup_printf (_("Features in the file: %u"), 13);
  g_assert_true (has_label_line (GTK_WIDGET (dialog), line));
  g_free (line);
  line = g_strdup_printf (_("Matched to a unit: %u"), 9);
  g_assert_true (has_label_line (GTK_WIDGET (dialog), line));
  g_free (line);
  line = g_strdup_printf (_("Not matched: %u"), 2);
  g_assert_true (has_label_line (GTK_WIDGET (dialog), line));
  g_free (line);
  line = g_strdup_printf (_("Units left without a boundary: %u"), 216 - 9);
  g_assert_true (has_label_line (GTK_WIDGET (dialog), line));
  g_assert_cmpuint (count_labels (GTK_WIDGET (dialog), not_matched), ==, 2);
  /* 4 problems and 207 units without a boundary: 200 lines, and a word on the rest */
  g_free (line);
  line = g_strdup_printf (ngettext ("… and %u more line. Save the report as CSV to see every line.",
                                    "… and %u more lines. Save the report as CSV to see every line.", 11), 11);
  g_assert_true (has_label_line (GTK_WIDGET (dialog), line));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "import"));
  /* nothing is written while the person reads */
  g_assert_cmpint (count_boundaries (db), ==, 0);

  ntm_widget_wait_for_frame (GTK_WIDGET (dialog));
  shot = ntm_test_screenshot_path (g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0 ? "boundary-report-vi.png"
                                                                        : "boundary-report-en.png");
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (dialog), shot, &error));
  g_assert_no_error (error);

  adw_message_dialog_response (dialog, "import");
  ntm_test_spin_until (&outcome.finished);
  g_assert_cmpuint (outcome.n_committed, ==, 1);
  g_assert_cmpuint (outcome.committed_units, ==, 9);
  g_assert_null (ntm_boundary_import_get_report_dialog (import));
  g_assert_cmpint (count_boundaries (db), ==, 9);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM unit_boundary WHERE unit_code = '18769'"), ==, 1);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM boundary_import"), ==, 1);

  /* the map shows them */
  ntm_test_spin_for (50);
  g_assert_cmpuint (ntm_map_renderer_get_n_shapes (renderer), ==, 9);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_cancel_at_report (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "cancel.db");
  g_autoptr(GFile) good = fixture ("boundaries-good.geojson");
  g_autoptr(GFile) one = fixture ("boundaries-one.geojson");
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryFile) file = NULL;
  g_autoptr(NtmBoundaryReport) existing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  NtmMapPage *page;
  NtmWindow *window;
  NtmBoundaryImport *import;
  Outcome outcome = { 0 };

  /* boundaries stored already, which an import would replace */
  file = ntm_boundary_file_read (g_file_peek_path (good), NULL, NULL, &error);
  g_assert_no_error (error);
  existing = ntm_boundary_report_new (file, db, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_boundary_report_commit (existing, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_boundaries (db), ==, 9);
  before = fingerprint (db);

  window = open_map (db, &page);
  import = ntm_map_page_import_file (page, one);
  g_assert_nonnull (import);
  watch (import, &outcome);
  wait_for_report (import);
  /* this file would change what is stored */
  g_assert_cmpuint (ntm_boundary_report_get_n_matched (ntm_boundary_import_get_report (import)), >, 0);

  adw_message_dialog_response (ntm_boundary_import_get_report_dialog (import), "cancel");
  ntm_test_spin_until (&outcome.finished);
  g_assert_cmpuint (outcome.n_committed, ==, 0);
  g_assert_null (ntm_boundary_import_get_report_dialog (import));

  g_assert_cmpint (count_boundaries (db), ==, 9);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM boundary_import"), ==, 1);
  after = fingerprint (db);
  g_assert_cmpstr (after, ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_unreadable (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "unreadable.db");
  g_autoptr(GFile) file = fixture ("not-geodata.geojson");
  NtmMapPage *page;
  NtmWindow *window = open_map (db, &page);
  NtmBoundaryImport *import;
  AdwMessageDialog *error_dialog;
  Outcome outcome = { 0 };

  import = ntm_map_page_import_file (page, file);
  g_assert_nonnull (import);
  watch (import, &outcome);
  ntm_test_spin_until (&outcome.finished);

  /* a clear error, no report, nothing written */
  g_assert_null (ntm_boundary_import_get_report_dialog (import));
  g_assert_null (ntm_job_bar_get_job (ntm_window_get_job_bar (window)));
  error_dialog = ntm_test_find_dialog (GTK_WINDOW (window), _("The boundaries could not be read"));
  g_assert_nonnull (error_dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (error_dialog), !=, "");
  g_assert_cmpuint (outcome.n_committed, ==, 0);
  g_assert_cmpint (count_boundaries (db), ==, 0);
  g_assert_cmpint (ntm_test_count (db, "SELECT count(*) FROM boundary_import"), ==, 0);

  /* and the next import may start */
  gtk_window_destroy (GTK_WINDOW (error_dialog));
  g_assert_false (ntm_boundary_import_is_reading (import));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A large file: the main loop answers while it is read, then the report */
static void
test_import_responsive (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "responsive.db");
  g_autoptr(GFile) file = big_file ("squares.geojson", N_SQUARES);
  NtmMapPage *page;
  NtmWindow *window = open_map (db, &page);
  Ticks t = { NULL, ntm_window_get_job_bar (window), 0, FALSE };
  Outcome outcome = { 0 };
  guint id;

  t.import = ntm_map_page_import_file (page, file);
  g_assert_nonnull (t.import);
  watch (t.import, &outcome);
  id = g_timeout_add (5, on_tick_cb, &t);
  wait_for_report (t.import);
  g_source_remove (id);
  g_test_message ("the main loop answered %u times while the file was read", t.ticks);
  g_assert_cmpuint (t.ticks, >=, 1);
  g_assert_true (t.bar_showed);
  g_assert_cmpuint (ntm_boundary_report_get_n_features (ntm_boundary_import_get_report (t.import)), ==, N_SQUARES);

  adw_message_dialog_response (ntm_boundary_import_get_report_dialog (t.import), "cancel");
  ntm_test_spin_until (&outcome.finished);
  g_assert_cmpint (count_boundaries (db), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The job bar's Cancel while the file is read: no report, no message,
 * nothing written, and the next import may start */
static void
test_import_cancel_reading (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "cancel-reading.db");
  g_autoptr(GFile) file = big_file ("squares-cancelled.geojson", N_SQUARES);
  NtmMapPage *page;
  NtmWindow *window = open_map (db, &page);
  GtkWidget *bar = GTK_WIDGET (ntm_window_get_job_bar (window));
  NtmBoundaryImport *import;
  Outcome outcome = { 0 };

  import = ntm_map_page_import_file (page, file);
  g_assert_nonnull (import);
  watch (import, &outcome);
  g_assert_true (ntm_boundary_import_is_reading (import));
  ntm_test_click (ntm_test_find_button (bar, _("_Cancel")));
  ntm_test_spin_until (&outcome.finished);

  g_assert_false (ntm_boundary_import_is_reading (import));
  g_assert_null (ntm_boundary_import_get_report_dialog (import));
  g_assert_null (ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (ntm_job_bar_get_job (NTM_JOB_BAR (bar)));
  g_assert_cmpuint (outcome.n_committed, ==, 0);
  g_assert_cmpint (count_boundaries (db), ==, 0);

  /* the next import may start (and is cancelled from the code, likewise) */
  import = ntm_map_page_import_file (page, file);
  g_assert_nonnull (import);
  outcome.finished = FALSE;
  watch (import, &outcome);
  ntm_boundary_import_cancel (import);
  ntm_test_spin_until (&outcome.finished);
  g_assert_null (ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---------------------------------------------------------------------- */
/* Presentation mode from the keyboard                                    */
/* ---------------------------------------------------------------------- */

/* Presses @keyval the way the window's shortcut machinery would: the first
 * shortcut controller on the way from @focus up to the window that has a
 * shortcut for it runs that shortcut's action on the controller's widget.
 * (The window's own controller, which repeats its widgets' global shortcuts
 * without saying whose they are, is left out.) */
static gboolean
press_shortcut (GtkWidget *focus,
                guint      keyval)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, 0);

  for (GtkWidget *widget = focus; widget != NULL && !GTK_IS_ROOT (widget); widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

              if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                gtk_event_controller_get_widget (controller),
                                                gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }
  return FALSE;
}

static void
test_presentation_key (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "presentation.db");
  NtmMapPage *page;
  NtmWindow *window = open_map (db, &page);
  GtkRevealer *toolbar = GTK_REVEALER (ntm_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_REVEALER));
  GtkWidget *search = ntm_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (toolbar);
  g_assert_nonnull (search);
  g_assert_true (gtk_revealer_get_reveal_child (toolbar));
  g_assert_false (ntm_map_page_get_presentation (page));

  /* F11 works wherever the focus is in the window: put it in the search */
  gtk_widget_grab_focus (search);
  g_assert_true (press_shortcut (gtk_window_get_focus (GTK_WINDOW (window)), GDK_KEY_F11));
  g_assert_true (ntm_map_page_get_presentation (page));
  g_assert_false (gtk_revealer_get_reveal_child (toolbar));

  /* the window asked to go full screen; under Xvfb there is no window
   * manager to grant it, so that state cannot be read back here */
  ntm_widget_wait_for_frame (GTK_WIDGET (window));

  g_assert_true (press_shortcut (gtk_window_get_focus (GTK_WINDOW (window)), GDK_KEY_F11));
  g_assert_false (ntm_map_page_get_presentation (page));
  g_assert_true (gtk_revealer_get_reveal_child (toolbar));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  /* the menu's action does the same */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "map.presentation", NULL));
  g_assert_true (ntm_map_page_get_presentation (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "map.presentation", NULL));
  g_assert_false (ntm_map_page_get_presentation (page));

  /* on another view, F11 is not the map's */
  ntm_window_show_view (window, "communes");
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_false (press_shortcut (GTK_WIDGET (page), GDK_KEY_F11));
  g_assert_false (ntm_map_page_get_presentation (page));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int ret;

  ntm_test_gui_init (&argc, &argv);

  dir = ntm_test_make_temp_dir ();
  app = ntm_test_gui_application_new ();

  g_test_add_func ("/boundary-import/confirm", test_import_confirm);
  g_test_add_func ("/boundary-import/cancel-at-report", test_import_cancel_at_report);
  g_test_add_func ("/boundary-import/unreadable", test_import_unreadable);
  g_test_add_func ("/boundary-import/responsive", test_import_responsive);
  g_test_add_func ("/boundary-import/cancel-reading", test_import_cancel_reading);
  g_test_add_func ("/map/presentation-key", test_presentation_key);

  ret = g_test_run ();

  g_clear_object (&app);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
