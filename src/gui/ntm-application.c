/* ntm-application.c: the options, the database and the windows
 *
 * Reads the options of the window (ntm-command-line.c reads them for it:
 * the tasks given on the command line are run by `ntm` before the window
 * is loaded), opens the database and the main window, or says in a
 * window why the database cannot be opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-application.h"
#include "ntm-classification.h"
#include "ntm-clock.h"
#include "ntm-command-line.h"
#include "ntm-outline.h"
#include "ntm-preferences-window.h"
#include "ntm-screenshot.h"
#include "ntm-start-error-window.h"
#include "ntm-window.h"

struct _NtmApplication
{
  AdwApplication  parent_instance;

  NtmDatabase      *database;
  NtmCommandOptions options;
  int               screenshot_status;
};

G_DEFINE_FINAL_TYPE (NtmApplication, ntm_application, ADW_TYPE_APPLICATION)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* The database asked for, else the default one. */
static char *
database_path (NtmApplication *self)
{
  if (self->options.database_path != NULL)
    return g_strdup (self->options.database_path);
  return ntm_database_get_default_path ();
}

static NtmDatabase *
open_database (NtmApplication  *self,
               GError         **error)
{
  g_autofree char *path = database_path (self);

  return ntm_database_open (path, error);
}

/* A backup was restored from the window that said the database could not
 * be opened: that window goes, and the database is opened again. */
static void
on_start_error_restored_cb (NtmStartErrorWindow *window,
                            NtmApplication      *self)
{
  g_application_hold (G_APPLICATION (self));
  gtk_window_destroy (GTK_WINDOW (window));
  g_application_activate (G_APPLICATION (self));
  g_application_release (G_APPLICATION (self));
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                */
/* ---------------------------------------------------------------------- */

static void
on_about_action_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  NtmApplication *self = user_data;
  const char *developers[] = { _("The Ntm developers"), NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "transient-for", window,
                "application-name", _("Ntm"),
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "comments", _("Tracks the New Rural Development programme of Hà Tĩnh province: criteria, levels, clean water, OCOP products, funds and targets, on a map of its communes."),
                "developer-name", _("The Ntm developers"),
                "developers", developers,
                /* Translators: the year stays as it is */
                "copyright", _("© 2026 The Ntm developers"),
                "license-type", GTK_LICENSE_GPL_3_0,
                /* Translators: put your names here, one per line */
                "translator-credits", _("translator-credits"),
                NULL);
  /* the province and district outlines shipped with Ntm, as their licence asks */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Province and district outlines"),
                                      ntm_outline_get_attribution (NTM_OUTLINE_SOURCE_GEOBOUNDARIES),
                                      GTK_LICENSE_CUSTOM,
                                      _("Creative Commons Attribution-ShareAlike 4.0 International "
                                        "(https://creativecommons.org/licenses/by-sa/4.0/). Source: "
                                        "geoBoundaries gbOpen VNM ADM1 and ADM2, boundary year 2016 "
                                        "(https://www.geoboundaries.org)."));
  /* the serif of the printed reports, bundled in the Flatpak */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Report font: Liberation Serif"),
                                      "© 2010 Google Corporation; © 2012 Red Hat, Inc.",
                                      GTK_LICENSE_CUSTOM,
                                      _("SIL Open Font License 1.1 (https://openfontlicense.org)."));
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_preferences_action_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  NtmApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  NtmPreferencesWindow *prefs = ntm_preferences_window_new (window);

  gtk_window_present (GTK_WINDOW (prefs));
}

static void
on_quit_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  NtmApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window lets it ask about unsaved changes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static const GActionEntry app_actions[] = {
  { "about", on_about_action_cb },
  { "preferences", on_preferences_action_cb },
  { "quit", on_quit_action_cb },
};

/* ---------------------------------------------------------------------- */
/* GApplication                                                           */
/* ---------------------------------------------------------------------- */

static int
ntm_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  NtmApplication *self = NTM_APPLICATION (application);

  return ntm_command_options_read (&self->options, options);
}

static void
ntm_application_startup (GApplication *application)
{
  NtmApplication *self = NTM_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (ntm_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
}

static void
on_rested_cb (gpointer user_data)
{
  gboolean *rested = user_data;

  *rested = TRUE;
}

static void
ntm_application_activate (GApplication *application)
{
  NtmApplication *self = NTM_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->database == NULL)
    self->database = open_database (self, &error);

  if (self->database == NULL)
    {
      g_warning ("%s", error->message);
      g_autofree char *path = database_path (self);
      NtmStartErrorWindow *start_error = ntm_start_error_window_new (GTK_APPLICATION (self), path, error);

      g_signal_connect_object (start_error, "restored", G_CALLBACK (on_start_error_restored_cb), self, 0);
      gtk_window_present (GTK_WINDOW (start_error));
      return;
    }

  window = GTK_WINDOW (ntm_window_new (self, self->database));
  /* the year asked for, else today's */
  ntm_window_set_year (NTM_WINDOW (window), self->options.year != 0 ? self->options.year : ntm_clock_get_year ());
  if (self->options.view != NULL)
    ntm_window_show_view (NTM_WINDOW (window), self->options.view);
  if (self->options.layer != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "map.layer", "s", self->options.layer);
  if (self->options.unit != NULL)
    ntm_window_show_unit (NTM_WINDOW (window), self->options.unit);
  gtk_window_present (window);

  if (self->options.screenshot_path != NULL)
    {
      gboolean rested = FALSE;

      ntm_widget_wait_for_frame (GTK_WIDGET (window));
      /* past the map's settling after its first fit (its tiles are
       * stretched for a moment after a change of zoom), without spinning */
      g_timeout_add_once (400, on_rested_cb, &rested);
      while (!rested)
        g_main_context_iteration (NULL, TRUE);
      ntm_widget_wait_for_frame (GTK_WIDGET (window));
      if (!ntm_widget_save_png (GTK_WIDGET (window), self->options.screenshot_path, &error))
        {
          g_printerr ("%s\n", error->message);
          self->screenshot_status = 1;
        }
      gtk_window_destroy (window);
    }
}


static void
ntm_application_finalize (GObject *object)
{
  NtmApplication *self = NTM_APPLICATION (object);

  g_clear_object (&self->database);
  ntm_command_options_clear (&self->options);

  G_OBJECT_CLASS (ntm_application_parent_class)->finalize (object);
}

static void
ntm_application_class_init (NtmApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ntm_application_finalize;
  app_class->handle_local_options = ntm_application_handle_local_options;
  app_class->startup = ntm_application_startup;
  app_class->activate = ntm_application_activate;
}

static void
ntm_application_init (NtmApplication *self)
{
  ntm_command_line_add_options (G_APPLICATION (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

NtmApplication *
ntm_application_new (void)
{
  return g_object_new (NTM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/com/example/Ntm",
                       NULL);
}

/**
 * ntm_application_get_database:
 * @self: a #NtmApplication
 *
 * Returns: (transfer none) (nullable): the open database
 */
NtmDatabase *
ntm_application_get_database (NtmApplication *self)
{
  g_return_val_if_fail (NTM_IS_APPLICATION (self), NULL);
  return self->database;
}

/**
 * ntm_application_get_exit_status:
 * @self: a #NtmApplication
 *
 * Returns: non-zero when a task asked for on the command line failed
 */
int
ntm_application_get_exit_status (NtmApplication *self)
{
  g_return_val_if_fail (NTM_IS_APPLICATION (self), 1);
  return self->screenshot_status;
}
