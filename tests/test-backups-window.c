/* test-backups-window.c: main menu → Backups…, and the waiting notice
 *
 * A real window under Xvfb on a real database: a backup is made, the data
 * changed, the backup restored after the question, and the open window
 * shows the restored data at once. A write held up by another program
 * shows the notice while it waits. Screenshots are left in
 * build/screenshots/ (backups-en.png, backups-vi.png, …).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "ntm-application.h"
#include "ntm-backup.h"
#include "ntm-backups-window.h"
#include "ntm-overview-page-private.h"
#include "ntm-screenshot.h"
#include "ntm-start-error-window.h"
#include "ntm-target.h"
#include "ntm-test-utils.h"
#include "ntm-window.h"

static char *dir;
static NtmApplication *app;

static GtkWidget *
find_nth (GtkWidget *root,
          GType      type,
          guint     *n)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      if (*n == 0)
        return root;
      (*n)--;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_nth (child, type, n);
      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *root, GType type, guint index)
{
  return find_nth (root, type, &index);
}

static char *
screenshot_path (const char *name)
{
  g_autofree char *shots = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", NULL);
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, g_strcmp0 (language, "vi") == 0 ? "vi" : "en");

  g_mkdir_with_parents (shots, 0755);
  return g_build_filename (shots, file, NULL);
}

static void
save_screenshot (GtkWidget *widget, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = screenshot_path (name);

  g_assert_true (ntm_widget_save_png (widget, path, &error));
  g_assert_no_error (error);
}

/* A database made earlier, as on another day. */
static NtmDatabase *
open_existing (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  NtmDatabase *db;

  g_object_unref (ntm_test_open_database (dir, name));
  db = ntm_database_open (path, &error);
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

static NtmBackupsWindow *
find_backups_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);
      if (NTM_IS_BACKUPS_WINDOW (item))
        return NTM_BACKUPS_WINDOW (item);
    }
  return NULL;
}

static void
test_back_up_and_restore (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = open_existing ("restore.db");
  g_autoptr(GListModel) targets = NULL;
  g_autoptr(NtmTarget) first = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(NtmBackup) made = NULL;
  NtmWindow *window = open_window (db);
  NtmOverviewPage *overview = NTM_OVERVIEW_PAGE (find_descendant (GTK_WIDGET (window), NTM_TYPE_OVERVIEW_PAGE, 0));
  NtmBackupsWindow *backups_window;
  AdwMessageDialog *question;
  guint n_targets;

  ntm_window_show_view (window, "overview");
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  n_targets = ntm_overview_page_get_n_targets (overview);
  g_assert_cmpuint (n_targets, >, 0);

  /* Main menu → Backups… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-backups", NULL));
  backups_window = find_backups_window ();
  g_assert_nonnull (backups_window);
  ntm_widget_wait_for_frame (GTK_WIDGET (backups_window));
  g_assert_cmpuint (ntm_backups_window_get_n_backups (backups_window), ==, 0);

  /* Back Up Now */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (backups_window), "backups.back-up-now", NULL));
  g_assert_cmpuint (ntm_backups_window_get_n_backups (backups_window), ==, 1);
  backups = ntm_backup_list (ntm_database_get_path (db), &error);
  made = g_list_model_get_item (backups, 0);
  g_assert_cmpint (ntm_backup_get_reason (made), ==, NTM_BACKUP_REASON_MANUAL);

  /* The data changes: the window follows. */
  targets = ntm_database_list_targets (db, 2024, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (targets, 0);
  g_assert_true (ntm_database_delete_target (db, ntm_target_get_id (first), &error));
  g_assert_no_error (error);
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (ntm_overview_page_get_n_targets (overview), ==, n_targets - 1);

  /* Restore… asks first, saying the data now is backed up first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (backups_window), "backups.restore", "s",
                                             ntm_backup_get_path (made)));
  question = ntm_backups_window_get_confirmation (backups_window);
  g_assert_nonnull (question);
  ntm_widget_wait_for_frame (GTK_WIDGET (question));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), _("backed up first")));
  save_screenshot (GTK_WIDGET (question), "backups-restore-question");

  /* Cancel changes nothing; Restore restores. */
  adw_message_dialog_response (question, "cancel");
  g_assert_cmpuint (ntm_overview_page_get_n_targets (overview), ==, n_targets - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (backups_window), "backups.restore", "s",
                                             ntm_backup_get_path (made)));
  question = ntm_backups_window_get_confirmation (backups_window);
  adw_message_dialog_response (question, "restore");

  /* The open window shows the restored data, without reopening. */
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (ntm_overview_page_get_n_targets (overview), ==, n_targets);
  g_assert_cmpuint (ntm_backups_window_get_n_backups (backups_window), ==, 2);
  ntm_widget_wait_for_frame (GTK_WIDGET (backups_window));
  save_screenshot (GTK_WIDGET (backups_window), "backups");

  gtk_window_destroy (GTK_WINDOW (backups_window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---------------------------------------------------------------------- */

typedef struct {
  char     *path;
  gboolean  locked;
  GMutex    lock;
  GCond     cond;
} Holder;

static gpointer
hold_write_lock (gpointer data)
{
  Holder *holder = data;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (holder->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE; DELETE FROM setting WHERE key = 'none'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_mutex_lock (&holder->lock);
  holder->locked = TRUE;
  g_cond_signal (&holder->cond);
  g_mutex_unlock (&holder->lock);
  g_usleep (1500 * 1000);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return NULL;
}

typedef struct {
  NtmDatabase *db;
  NtmWindow   *window;
  GMainLoop   *loop;
  gboolean     saved;
  gboolean     notice_seen;
  gboolean     stack_was_sensitive;
  guint        frames_while_waiting;
} Waiting;

static void
on_busy_cb (NtmDatabase *db, GParamSpec *pspec, Waiting *w)
{
  GtkRevealer *notice = GTK_REVEALER (find_descendant (GTK_WIDGET (w->window), GTK_TYPE_REVEALER, 1));
  GtkWidget *stack = find_descendant (GTK_WIDGET (w->window), ADW_TYPE_VIEW_STACK, 0);

  if (ntm_database_is_busy (db))
    {
      w->notice_seen = gtk_revealer_get_reveal_child (notice);
      w->stack_was_sensitive = gtk_widget_get_sensitive (stack);
    }
}

static void
on_after_paint_cb (GdkFrameClock *clock, Waiting *w)
{
  if (ntm_database_is_busy (w->db))
    w->frames_while_waiting++;
}

static gboolean
take_screenshot_cb (gpointer data)
{
  Waiting *w = data;

  if (ntm_database_is_busy (w->db))
    save_screenshot (GTK_WIDGET (w->window), "busy-notice");
  return G_SOURCE_REMOVE;
}

static gboolean
save_from_main_loop_cb (gpointer data)
{
  Waiting *w = data;
  g_autoptr(GError) error = NULL;

  /* as a form's Save button would, from the main loop */
  w->saved = ntm_database_set_setting (w->db, "office", "saved after waiting", &error);
  g_assert_no_error (error);
  g_main_loop_quit (w->loop);
  return G_SOURCE_REMOVE;
}

static void
test_busy_notice (void)
{
  g_autoptr(NtmDatabase) db = open_existing ("busy.db");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Holder holder = { (char *) ntm_database_get_path (db) };
  Waiting w = { db, NULL, loop };
  GtkRevealer *notice;
  GThread *thread;
  gulong paint_id;

  w.window = open_window (db);
  notice = GTK_REVEALER (find_descendant (GTK_WIDGET (w.window), GTK_TYPE_REVEALER, 1));
  g_assert_false (gtk_revealer_get_reveal_child (notice));
  g_signal_connect (db, "notify::busy", G_CALLBACK (on_busy_cb), &w);
  paint_id = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (w.window)), "after-paint",
                               G_CALLBACK (on_after_paint_cb), &w);

  thread = g_thread_new ("holder", hold_write_lock, &holder);
  g_mutex_lock (&holder.lock);
  while (!holder.locked)
    g_cond_wait (&holder.cond, &holder.lock);
  g_mutex_unlock (&holder.lock);

  g_idle_add (save_from_main_loop_cb, &w);
  g_timeout_add (1000, take_screenshot_cb, &w);
  g_main_loop_run (loop);
  g_thread_join (thread);

  g_assert_true (w.saved);
  g_assert_true (w.notice_seen);
  g_assert_false (w.stack_was_sensitive == TRUE);
  /* the window went on drawing while the change waited */
  g_assert_cmpuint (w.frames_while_waiting, >, 0);
  g_assert_false (gtk_revealer_get_reveal_child (notice));
  g_assert_true (gtk_widget_get_sensitive (find_descendant (GTK_WIDGET (w.window), ADW_TYPE_VIEW_STACK, 0)));

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (w.window)), paint_id);
  g_signal_handlers_disconnect_by_data (db, &w);
  gtk_window_destroy (GTK_WINDOW (w.window));
}

static void
test_screenshot_vietnamese (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = open_existing ("vi.db");
  g_autoptr(NtmBackup) backup = NULL;
  NtmWindow *window = open_window (db);
  NtmBackupsWindow *backups_window;

  backup = ntm_backup_make (db, NTM_BACKUP_REASON_IMPORT, &error);
  g_assert_no_error (error);
  g_clear_object (&backup);
  backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-backups", NULL));
  backups_window = find_backups_window ();
  g_assert_nonnull (backups_window);
  g_assert_cmpuint (ntm_backups_window_get_n_backups (backups_window), ==, 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (backups_window)), !=, "Backups");
  ntm_widget_wait_for_frame (GTK_WIDGET (backups_window));
  save_screenshot (GTK_WIDGET (backups_window), "backups");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (backups_window), "backups.restore", "s",
                                             ntm_backup_get_path (backup)));
  ntm_widget_wait_for_frame (GTK_WIDGET (ntm_backups_window_get_confirmation (backups_window)));
  save_screenshot (GTK_WIDGET (ntm_backups_window_get_confirmation (backups_window)), "backups-restore-question");
  adw_message_dialog_response (ntm_backups_window_get_confirmation (backups_window), "cancel");

  gtk_window_destroy (GTK_WINDOW (backups_window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---------------------------------------------------------------------- */
/* A database that cannot be opened: its backups, from the start window   */
/* ---------------------------------------------------------------------- */

/* Not a database at all: nothing of SQLite's in it. */
static void
write_garbage (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *garbage = g_strnfill (8192, 'x');

  g_assert_true (g_file_set_contents (path, garbage, 8192, &error));
  g_assert_no_error (error);
}

static NtmStartErrorWindow *
open_start_error (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = ntm_database_open (path, &error);
  NtmStartErrorWindow *window;

  g_assert_null (db);
  g_assert_nonnull (error);
  window = ntm_start_error_window_new (GTK_APPLICATION (app), path, error);
  gtk_window_present (GTK_WINDOW (window));
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static void
on_restored_cb (NtmStartErrorWindow *window,
                guint               *count)
{
  (*count)++;
}

/* Opens the backups from the start window and answers the question. */
static NtmBackupsWindow *
restore_from_start (NtmStartErrorWindow *window,
                    const char          *backup_path)
{
  NtmBackupsWindow *backups_window;
  AdwMessageDialog *question;

  g_signal_emit_by_name (ntm_start_error_window_get_restore_button (window), "clicked");
  backups_window = find_backups_window ();
  g_assert_nonnull (backups_window);
  ntm_widget_wait_for_frame (GTK_WIDGET (backups_window));
  /* nothing to back up from a file that does not open */
  gtk_widget_activate_action (GTK_WIDGET (backups_window), "backups.back-up-now", NULL);
  g_assert_cmpuint (ntm_backups_window_get_n_backups (backups_window), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (backups_window), "backups.restore", "s", backup_path));
  question = ntm_backups_window_get_confirmation (backups_window);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "restore");
  return backups_window;
}

static void
test_restore_at_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "damaged.db", NULL);
  g_autoptr(NtmDatabase) db = open_existing ("damaged.db");
  g_autoptr(NtmBackup) made = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_autoptr(GListModel) targets = NULL;
  g_autoptr(NtmDatabase) reopened = NULL;
  g_autoptr(GListModel) backups = NULL;
  NtmStartErrorWindow *window;
  NtmBackupsWindow *backups_window;
  guint n_targets, restored = 0;

  g_assert_no_error (error);
  targets = ntm_database_list_targets (db, 2024, &error);
  g_assert_no_error (error);
  n_targets = g_list_model_get_n_items (targets);
  g_assert_cmpuint (n_targets, >, 0);
  g_clear_object (&db);
  ntm_test_damage_database (path);

  /* The window says why, and offers the backups. */
  window = open_start_error (path);
  g_signal_connect (window, "restored", G_CALLBACK (on_restored_cb), &restored);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (ntm_start_error_window_get_restore_button (window))));
  save_screenshot (GTK_WIDGET (window), "start-error");

  backups_window = restore_from_start (window, ntm_backup_get_path (made));
  while (restored == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (restored, ==, 1);
  /* the backups window closes itself once the backup is in place */
  g_assert_null (find_backups_window ());
  (void) backups_window;

  /* The data is back, and the damaged file is kept among the backups. */
  reopened = ntm_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&targets);
  targets = ntm_database_list_targets (reopened, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, n_targets);
  backups = ntm_backup_list (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_restore_at_start_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "bad-backup.db", NULL);
  g_autofree char *lone = g_build_filename (dir, "no-backups.db", NULL);
  g_autoptr(NtmDatabase) db = open_existing ("bad-backup.db");
  g_autoptr(NtmBackup) made = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  NtmStartErrorWindow *window;
  guint restored = 0;

  g_assert_no_error (error);
  g_clear_object (&db);
  ntm_test_damage_database (path);
  /* the only backup is damaged too */
  ntm_test_damage_database (ntm_backup_get_path (made));
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  window = open_start_error (path);
  g_signal_connect (window, "restored", G_CALLBACK (on_restored_cb), &restored);
  restore_from_start (window, ntm_backup_get_path (made));

  /* Refused, said, and the file left as it was. */
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (restored, ==, 0);
  g_assert_nonnull (find_backups_window ());
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  gtk_window_destroy (GTK_WINDOW (find_backups_window ()));
  gtk_window_destroy (GTK_WINDOW (window));

  /* No backups: nothing is offered. */
  write_garbage (lone);
  window = open_start_error (lone);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (ntm_start_error_window_get_restore_button (window))));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The whole program: started on a damaged database, it shows the window
 * that says so; a backup restored there, it opens its main window on the
 * restored data. */
typedef struct {
  const char          *backup_path;
  NtmStartErrorWindow *start;
  guint                main_windows;
} Reopening;

static void
drive_start_window_cb (gpointer data)
{
  Reopening *r = data;

  ntm_widget_wait_for_frame (GTK_WIDGET (r->start));
  restore_from_start (r->start, r->backup_path);
}

static void
close_window_cb (gpointer data)
{
  ntm_widget_wait_for_frame (GTK_WIDGET (data));
  gtk_window_destroy (GTK_WINDOW (data));
}

static void
on_program_window_added_cb (GtkApplication *program,
                            GtkWindow      *window,
                            Reopening      *r)
{
  if (NTM_IS_START_ERROR_WINDOW (window))
    {
      g_assert_null (r->start);
      r->start = NTM_START_ERROR_WINDOW (window);
      g_idle_add_once (drive_start_window_cb, r);
    }
  else if (NTM_IS_WINDOW (window))
    {
      r->main_windows++;
      /* the main window once drawn closes, and the program ends */
      g_idle_add_once (close_window_cb, window);
    }
}

static void
test_restore_at_start_reopens (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "program.db", NULL);
  g_autoptr(NtmDatabase) db = open_existing ("program.db");
  g_autoptr(NtmBackup) made = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
  g_autoptr(NtmApplication) program = ntm_application_new ();
  g_autoptr(NtmDatabase) reopened = NULL;
  const char *argv[] = { "ntm", "--database", path, NULL };
  Reopening r = { NULL, NULL, 0 };
  GLogLevelFlags fatal;
  int status;

  g_assert_no_error (error);
  r.backup_path = ntm_backup_get_path (made);
  g_clear_object (&db);
  ntm_test_damage_database (path);

  g_signal_connect (program, "window-added", G_CALLBACK (on_program_window_added_cb), &r);
  /* the program logs the database it could not open as a warning */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  status = g_application_run (G_APPLICATION (program), 3, (char **) argv);
  g_log_set_always_fatal (fatal);

  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (r.start);
  g_assert_cmpuint (r.main_windows, ==, 1);
  reopened = ntm_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_check_integrity (reopened, NULL, &error));
  g_assert_no_error (error);
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

  if (g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0)
    g_test_add_func ("/backups-window/vi/screenshot", test_screenshot_vietnamese);
  else
    {
      g_test_add_func ("/backups-window/back-up-and-restore", test_back_up_and_restore);
      g_test_add_func ("/backups-window/busy-notice", test_busy_notice);
      g_test_add_func ("/backups-window/restore-at-start", test_restore_at_start);
      g_test_add_func ("/backups-window/restore-at-start-refused", test_restore_at_start_refused);
      g_test_add_func ("/backups-window/restore-at-start-reopens", test_restore_at_start_reopens);
    }

  ret = g_test_run ();

  g_clear_object (&app);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
