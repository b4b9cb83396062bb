/* test-jobs.c: exports and reports run off the main thread, in a real
 * window under Xvfb
 *
 * A list export, the map export and the summary report, each started as
 * its button's file chooser starts it: while the file is written the main
 * loop keeps answering (a timer fires) and the window's job bar shows the
 * work; the job bar's Cancel stops it and leaves no file behind, and says
 * nothing is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ntm-job-bar.h"
#include "ntm-job-private.h"
#include "ntm-list-export.h"
#include "ntm-map-page.h"
#include "ntm-report-actions.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-window-private.h"

static char *dir;
static NtmApplication *app;
static NtmDatabase *db;

/* Enough funds records that writing them takes a while: the main loop
 * must go on answering meanwhile. */
#define N_FUNDS 10000

typedef struct {
  NtmJob    *job;
  NtmJobBar *bar;
  guint      ticks;         /* while the job ran */
  gboolean   bar_showed;    /* the job, in the window's job bar */
} Watch;

static gboolean
on_tick_cb (gpointer user_data)
{
  Watch *w = user_data;

  if (ntm_job_is_running (w->job))
    {
      w->ticks++;
      w->bar_showed |= ntm_job_bar_get_job (w->bar) == w->job;
    }
  return G_SOURCE_CONTINUE;
}

/* Waits for @job while a timer ticks; asserts it ticked meanwhile, and
 * that the window showed the job. Returns whether the job did its work. */
static gboolean
wait_responsive (NtmWindow *window,
                 NtmJob    *job)
{
  Watch w = { job, ntm_window_get_job_bar (window), 0, FALSE };
  guint id;
  gboolean done;

  g_assert_nonnull (job);
  g_object_ref (job);
  g_assert_true (ntm_job_is_running (job));
  id = g_timeout_add (5, on_tick_cb, &w);
  done = ntm_test_wait_for_job (job);
  g_source_remove (id);

  g_test_message ("%s: the main loop answered %u times", ntm_job_get_title (job), w.ticks);
  g_assert_cmpuint (w.ticks, >=, 1);
  g_assert_true (w.bar_showed);
  /* once over, the bar is gone */
  g_assert_null (ntm_job_bar_get_job (w.bar));
  g_object_unref (job);
  return done;
}

/* Clicks the job bar's Cancel at once, as a person would a moment after
 * choosing the file (before the work is done), and waits for the job to
 * stop. The caller holds the job first (ntm_job_hold_next_for_testing()),
 * so that its work cannot be over before the click on a busy machine. */
static void
cancel_from_bar (NtmWindow *window,
                 NtmJob    *job)
{
  GtkWidget *bar = GTK_WIDGET (ntm_window_get_job_bar (window));

  g_assert_nonnull (job);
  g_object_ref (job);
  g_assert_true (ntm_job_bar_get_job (NTM_JOB_BAR (bar)) == job);
  ntm_test_click (ntm_test_find_button (bar, _("_Cancel")));
  g_assert_false (ntm_test_wait_for_job (job));
  g_assert_error ((GError *) ntm_job_get_error (job), G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* a cancel is not a failure: no message to read */
  g_assert_null (ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_object_unref (job);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The files in @folder, sorted, one a line. */
static char *
list_folder (const char *folder)
{
  g_autoptr(GDir) d = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, (gpointer) g_intern_string (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static char *
new_folder (const char *name)
{
  char *folder = g_build_filename (dir, name, NULL);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  return folder;
}

/* ---------------------------------------------------------------------- */

static void
test_list_export (void)
{
  g_autofree char *folder = new_folder ("lists");
  g_autofree char *xlsx = g_build_filename (folder, "funds.xlsx", NULL);
  g_autofree char *cancelled = g_build_filename (folder, "cancelled.xlsx", NULL);
  g_autofree char *csv = g_build_filename (folder, "cancelled.csv", NULL);
  g_autofree char *files = NULL;
  NtmWindow *window = ntm_test_open_window (app, db, "funds", 2024);

  /* written while the window answers, in full */
  g_assert_true (wait_responsive (window, ntm_list_export_start (GTK_WIDGET (window), db, "funds", 0, xlsx)));
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));

  /* cancelled: no file, and nothing half-written beside it */
  ntm_job_hold_next_for_testing ();
  cancel_from_bar (window, ntm_list_export_start (GTK_WIDGET (window), db, "funds", 0, cancelled));
  ntm_job_hold_next_for_testing ();
  cancel_from_bar (window, ntm_list_export_start (GTK_WIDGET (window), db, "funds", 0, csv));
  files = list_folder (folder);
  g_assert_cmpstr (files, ==, "funds.xlsx");

  ntm_test_close_window (GTK_WINDOW (window));
}

static void
test_map_export (void)
{
  g_autofree char *folder = new_folder ("maps");
  g_autofree char *png = g_build_filename (folder, "map.png", NULL);
  g_autofree char *pdf = g_build_filename (folder, "map.pdf", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) bare_file = NULL;
  g_autofree char *bare = g_build_filename (folder, "cancelled", NULL);
  g_autofree char *files = NULL;
  NtmWindow *window = ntm_test_open_window (app, db, "map", 2024);
  NtmMapPage *page = NTM_MAP_PAGE (ntm_test_find_descendant (GTK_WIDGET (window), NTM_TYPE_MAP_PAGE));

  g_assert_true (wait_responsive (window, ntm_map_page_export_to_file (page, png_file)));
  g_assert_true (wait_responsive (window, ntm_map_page_export_to_file (page, pdf_file)));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  bare_file = g_file_new_for_path (bare);
  ntm_job_hold_next_for_testing ();
  cancel_from_bar (window, ntm_map_page_export_to_file (page, bare_file));
  files = list_folder (folder);
  g_assert_cmpstr (files, ==, "map.pdf\nmap.png");

  ntm_test_close_window (GTK_WINDOW (window));
}

static void
test_report (void)
{
  g_autofree char *folder = new_folder ("reports");
  g_autofree char *pdf = g_build_filename (folder, "summary.pdf", NULL);
  g_autofree char *cancelled = g_build_filename (folder, "cancelled.pdf", NULL);
  g_autofree char *files = NULL;
  NtmWindow *window = ntm_test_open_window (app, db, "overview", 2024);

  g_assert_true (wait_responsive (window, ntm_report_save (GTK_WIDGET (window), db, NULL, 2024, pdf)));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  ntm_job_hold_next_for_testing ();

  cancel_from_bar (window, ntm_report_save (GTK_WIDGET (window), db, "18088", 2024, cancelled));
  files = list_folder (folder);
  g_assert_cmpstr (files, ==, "summary.pdf");

  ntm_test_close_window (GTK_WINDOW (window));
}

/* A file that cannot be written: the job fails, says why in a message that
 * stays, and leaves nothing. */
static void
test_failure (void)
{
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "funds.xlsx", NULL);
  NtmWindow *window = ntm_test_open_window (app, db, "funds", 2024);
  GtkWidget *dialog;

  g_assert_false (ntm_test_wait_for_job (ntm_list_export_start (GTK_WIDGET (window), db, "funds", 2024, nowhere)));
  dialog = ntm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("The list could not be exported"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "no-such-folder"));
  ntm_test_close_window (GTK_WINDOW (dialog));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  ntm_test_close_window (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autofree char *insert = NULL;
  int ret;

  ntm_test_gui_init (&argc, &argv);
  dir = ntm_test_make_temp_dir ();
  db = ntm_test_open_database (dir, "jobs.db");
  insert = g_strdup_printf ("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
                            " INSERT INTO fund (year, unit_code, source, sponsor, planned, actual, note)"
                            " SELECT 2000 + i %% 25, '42', 'sponsorship', 'Nhà tài trợ ' || i, i * 1000, i * 900,"
                            " 'Ghi chú số ' || i FROM n", N_FUNDS);
  ntm_test_exec (db, insert);
  app = ntm_test_gui_application_new ();

  g_test_add_func ("/jobs/list-export", test_list_export);
  g_test_add_func ("/jobs/map-export", test_map_export);
  g_test_add_func ("/jobs/report", test_report);
  g_test_add_func ("/jobs/failure", test_failure);

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
