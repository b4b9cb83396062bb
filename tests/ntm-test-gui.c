/* ntm-test-gui.c: what the window tests share
 *
 * The window tests drive real windows under Xvfb as a person would: they
 * find widgets by what a person sees (a button's label, a row's title),
 * type, press and wait for the main loop. These helpers were copied from
 * test to test; they live here once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ntm-screenshot.h"
#include "ntm-test-gui.h"
#include "ntm-unit-row.h"

/* Long enough for a slow machine under the sanitizers, short enough that a
 * wait that never ends fails the test rather than the test run. */
#define WAIT_SECONDS 60

/* ---------------------------------------------------------------------- */
/* Setting up                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_test_gui_init:
 * @argc: the program's argc
 * @argv: the program's argv
 *
 * GTest, the user's locale and the program's translations, libadwaita,
 * and no animations (a screenshot shows a notice or a field as it ends
 * up, not half-way through sliding in). GLib decides once per process whether to translate, so each language
 * runs in a process of its own (meson runs the window tests twice, once
 * with LANGUAGE=vi).
 */
void
ntm_test_gui_init (int    *argc,
                   char ***argv)
{
  g_test_init (argc, argv, NULL);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NTM_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/**
 * ntm_test_gui_application_new:
 *
 * Returns: (transfer full): the application, registered, for windows to
 *   belong to
 */
NtmApplication *
ntm_test_gui_application_new (void)
{
  g_autoptr(GError) error = NULL;
  NtmApplication *app = ntm_application_new ();

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

gboolean
ntm_test_gui_is_vietnamese (void)
{
  return g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0;
}

/**
 * ntm_test_open_window:
 * @app: the application
 * @db: the database to show
 * @view: (nullable): the view to show
 * @year: the year to show, or 0 for the window's own
 *
 * Returns: (transfer none): the main window, presented and drawn
 */
NtmWindow *
ntm_test_open_window (NtmApplication *app,
                      NtmDatabase    *db,
                      const char     *view,
                      int             year)
{
  NtmWindow *window = ntm_window_new (app, db);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (year != 0)
    ntm_window_set_year (window, year);
  if (view != NULL)
    ntm_window_show_view (window, view);
  gtk_window_present (GTK_WINDOW (window));
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  return window;
}

/* ---------------------------------------------------------------------- */
/* Finding widgets                                                        */
/* ---------------------------------------------------------------------- */

/**
 * ntm_test_find_widget:
 * @root: where to look
 * @match: what to look for
 * @data: for @match
 *
 * Returns: (transfer none) (nullable): the first widget under @root, in
 *   depth-first order and @root included, that @match accepts
 */
GtkWidget *
ntm_test_find_widget (GtkWidget    *root,
                      NtmTestMatch  match,
                      gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = ntm_test_find_widget (c, match, data);
      if (found)
        return found;
    }
  return NULL;
}

guint
ntm_test_count_widgets (GtkWidget    *root,
                        NtmTestMatch  match,
                        gconstpointer data)
{
  guint n = match (root, data) ? 1 : 0;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    n += ntm_test_count_widgets (c, match, data);
  return n;
}

gboolean
ntm_test_is_of_type (GtkWidget     *widget,
                     gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
ntm_test_find_descendant (GtkWidget *root,
                          GType      type)
{
  return ntm_test_find_widget (root, ntm_test_is_of_type, GSIZE_TO_POINTER (type));
}

/* A button showing @label: its own label, its AdwButtonContent's, or its
 * tooltip for a button that shows only an icon. */
gboolean
ntm_test_is_button_labelled (GtkWidget     *widget,
                             gconstpointer  label)
{
  GtkWidget *child;

  if (!GTK_IS_BUTTON (widget))
    return FALSE;
  child = gtk_button_get_child (GTK_BUTTON (widget));
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 ||
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), label) == 0 ||
         (ADW_IS_BUTTON_CONTENT (child) &&
          g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)), label) == 0);
}

gboolean
ntm_test_is_row_titled (GtkWidget     *widget,
                        gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

gboolean
ntm_test_is_row_title_prefixed (GtkWidget     *widget,
                                gconstpointer  prefix)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), prefix);
}

gboolean
ntm_test_is_row_title_containing (GtkWidget     *widget,
                                  gconstpointer  text)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) != NULL;
}

gboolean
ntm_test_is_row_subtitled (GtkWidget     *widget,
                           gconstpointer  subtitle)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), subtitle) == 0;
}

gboolean
ntm_test_is_label_prefixed (GtkWidget     *widget,
                            gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix);
}

gboolean
ntm_test_is_label_containing (GtkWidget     *widget,
                              gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

gboolean
ntm_test_is_unit_row (GtkWidget     *widget,
                      gconstpointer  code)
{
  return NTM_IS_UNIT_ROW (widget) &&
         g_strcmp0 (ntm_unit_get_code (ntm_unit_row_get_unit (NTM_UNIT_ROW (widget))), code) == 0;
}

static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/**
 * ntm_test_find_button:
 * @root: where to look
 * @label: what the button shows (see ntm_test_is_button_labelled())
 *
 * Returns: (transfer none): the button; fails the test when there is none
 */
GtkWidget *
ntm_test_find_button (GtkWidget  *root,
                      const char *label)
{
  GtkWidget *button = ntm_test_find_widget (root, ntm_test_is_button_labelled, label);

  if (button == NULL)
    g_error ("No button “%s” under %s", label, G_OBJECT_TYPE_NAME (root));
  return button;
}

/**
 * ntm_test_find_action_button:
 * @root: where to look
 * @action: a detailed action name, e.g. "unit.save-profile"
 *
 * Returns: (transfer none) (nullable): the button bound to @action
 */
GtkWidget *
ntm_test_find_action_button (GtkWidget  *root,
                             const char *action)
{
  return ntm_test_find_widget (root, is_action_button, action);
}

/**
 * ntm_test_find_row:
 * @root: where to look
 * @title: a preferences row's title
 *
 * Returns: (transfer none): the row; fails the test when there is none
 */
GtkWidget *
ntm_test_find_row (GtkWidget  *root,
                   const char *title)
{
  GtkWidget *row = ntm_test_find_widget (root, ntm_test_is_row_titled, title);

  if (row == NULL)
    g_error ("No row “%s” under %s", title, G_OBJECT_TYPE_NAME (root));
  return row;
}

/**
 * ntm_test_find_toplevel:
 * @type: a window type
 *
 * Returns: (transfer none) (nullable): the newest visible toplevel of
 *   @type (a window just opened, a question just asked)
 */
GtkWidget *
ntm_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        found = GTK_WIDGET (w);
    }
  return found;
}

/**
 * ntm_test_wait_for_toplevel:
 * @type: a window type
 *
 * Runs the main loop until a toplevel of @type shows (a file chooser
 * appears after a round trip), for up to a minute: the wait ends as soon
 * as it shows, and a loaded machine can take seconds.
 *
 * Returns: (transfer none) (nullable): the window, or %NULL when none came
 */
GtkWindow *
ntm_test_wait_for_toplevel (GType type)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  do
    {
      GtkWidget *found;

      ntm_test_settle ();
      found = ntm_test_find_toplevel (type);
      if (found != NULL)
        return GTK_WINDOW (found);
      g_usleep (10000);
    }
  while (g_get_monotonic_time () < deadline);
  return NULL;
}

/**
 * ntm_test_find_dialog:
 * @parent: the window the dialog belongs to
 * @heading: its heading
 *
 * Returns: (transfer none) (nullable): the open message dialog of @parent
 *   with @heading
 */
AdwMessageDialog *
ntm_test_find_dialog (GtkWindow  *parent,
                      const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          gtk_window_get_transient_for (window) == parent &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* ---------------------------------------------------------------------- */
/* Acting                                                                 */
/* ---------------------------------------------------------------------- */

/* Runs what is pending in the main loop, without waiting. */
void
ntm_test_settle (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/**
 * ntm_test_spin_until:
 * @flag: set by a callback
 *
 * Runs the main loop until @flag is set; fails the test after a minute.
 */
void
ntm_test_spin_until (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

/* Runs the main loop for @ms milliseconds. */
void
ntm_test_spin_for (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      ntm_test_settle ();
      g_usleep (2000);
    }
}

static void
on_clicked_cb (GtkButton *button,
               gboolean  *clicked)
{
  *clicked = TRUE;
}

/**
 * ntm_test_press:
 * @button: a sensitive button
 *
 * Activates @button as the keyboard does, and waits for its click.
 */
void
ntm_test_press (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gulong id;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  /* a button of a question goes away with it */
  g_object_ref (button);
  id = g_signal_connect (button, "clicked", G_CALLBACK (on_clicked_cb), &clicked);
  g_assert_true (gtk_widget_activate (button));
  while (!clicked && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (button, id);
  g_object_unref (button);
  g_assert_true (clicked);
  ntm_test_settle ();
}

/* A click on @button, as a mouse makes it. */
void
ntm_test_click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ntm_test_settle ();
}

void
ntm_test_type_into (GtkWidget  *widget,
                    const char *text)
{
  g_assert_nonnull (widget);
  gtk_widget_grab_focus (widget);
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/**
 * ntm_test_press_key:
 * @widget: a widget with shortcuts (a window, say)
 * @keyval: the key
 * @modifiers: with these held
 *
 * Runs @widget's own shortcut for the key, as the key press would.
 *
 * Returns: whether a shortcut took the key
 */
gboolean
ntm_test_press_key (GtkWidget       *widget,
                    guint            keyval,
                    GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean done = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !done; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !done; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            done = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  ntm_test_settle ();
  return done;
}

void
ntm_test_close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  ntm_test_settle ();
}

/**
 * ntm_test_wait_for_job:
 * @job: (nullable): a job started
 *
 * Runs the main loop until @job is over and its outcome told.
 *
 * Returns: %TRUE if @job did its work; %FALSE if it failed, was cancelled
 *   or is %NULL
 */
gboolean
ntm_test_wait_for_job (NtmJob *job)
{
  g_autoptr(NtmJob) held = NULL;
  gboolean done;

  if (job == NULL)
    return FALSE;
  held = g_object_ref (job);
  done = ntm_job_is_done (held);
  if (!done)
    {
      gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

      while (!ntm_job_is_done (held) && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      g_assert_true (ntm_job_is_done (held));
    }
  ntm_test_settle ();
  if (ntm_job_get_error (held) != NULL)
    g_test_message ("%s: %s", ntm_job_get_title (held), ntm_job_get_error (held)->message);
  return ntm_job_get_error (held) == NULL;
}

/* ---------------------------------------------------------------------- */
/* Screenshots                                                            */
/* ---------------------------------------------------------------------- */

/**
 * ntm_test_screenshot_path:
 * @name: a file name ending in .png
 *
 * Returns: (transfer full): where the screenshot @name goes: the build
 *   folder's screenshots/, made if missing
 */
char *
ntm_test_screenshot_path (const char *name)
{
  g_autofree char *shots = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", NULL);

  g_mkdir_with_parents (shots, 0755);
  return g_build_filename (shots, name, NULL);
}

/**
 * ntm_test_save_screenshot:
 * @widget: a widget in a shown window
 * @name: a file name ending in .png
 *
 * Waits for @widget to be drawn and saves it as the screenshot @name.
 */
void
ntm_test_save_screenshot (GtkWidget  *widget,
                          const char *name)
{
  g_autofree char *path = ntm_test_screenshot_path (name);
  g_autoptr(GError) error = NULL;

  gboolean saved;

  ntm_widget_wait_for_frame (widget);
  saved = ntm_widget_save_png (widget, path, &error);
  g_assert_no_error (error);
  g_assert_true (saved);
}
