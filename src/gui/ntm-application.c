/* ntm-application.c: the options, the database and the windows
 *
 * Reads the command line; a task given on it (--check, --report,
 * --export-list, --import-boundaries, --import-data, --derive-boundaries,
 * --export-map, --backup, --list-backups, --restore) is run by
 * ntm-command-line.c without a window. Otherwise opens the database and
 * the main window, or says in a window why the database cannot be opened.
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

  NtmDatabase    *database;
  char           *database_path;
  char           *screenshot_path;
  char           *view;
  char           *unit;
  char           *layer;
  char           *output;
  char           *report;
  char           *export_list;
  char           *set_code;
  int             year;
  int             screenshot_status;
};

G_DEFINE_FINAL_TYPE (NtmApplication, ntm_application, ADW_TYPE_APPLICATION)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* The database asked for, else the default one. */
static char *
database_path (NtmApplication *self)
{
  if (self->database_path != NULL)
    return g_strdup (self->database_path);
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

/* What the command-line tasks take from the options. */
static NtmCommandOptions
command_options (NtmApplication *self)
{
  NtmCommandOptions options = { self->database_path, self->output, self->set_code, self->year };

  return options;
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
  NtmCommandOptions command;
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("ntm %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (path, NULL);
    }

  if (g_variant_dict_lookup (options, "screenshot", "^&ay", &path))
    {
      g_free (self->screenshot_path);
      self->screenshot_path = g_canonicalize_filename (path, NULL);
    }
  g_variant_dict_lookup (options, "view", "s", &self->view);
  g_variant_dict_lookup (options, "unit", "s", &self->unit);
  if (g_variant_dict_lookup (options, "layer", "s", &self->layer) && !g_variant_dict_contains (options, "export-map"))
    {
      g_autoptr(GError) error = NULL;
      NtmUnitLayer layer;

      if (!ntm_unit_layer_parse (self->layer, &layer, &error))
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
    }
  if (g_variant_dict_lookup (options, "output", "^&ay", &path))
    {
      g_free (self->output);
      self->output = g_canonicalize_filename (path, NULL);
    }
  if (g_variant_dict_lookup (options, "year", "i", &self->year) &&
      (self->year < 2000 || self->year > 2100))
    {
      g_printerr (_("The year must be between 2000 and 2100.\n"));
      return 2;
    }

  g_variant_dict_lookup (options, "report", "s", &self->report);
  g_variant_dict_lookup (options, "export-list", "s", &self->export_list);
  g_variant_dict_lookup (options, "set", "s", &self->set_code);
  command = command_options (self);

  if (g_variant_dict_contains (options, "check"))
    return ntm_command_check (&command);

  if (g_variant_dict_contains (options, "backup"))
    return ntm_command_backup (&command);
  if (g_variant_dict_contains (options, "list-backups"))
    return ntm_command_list_backups (&command);
  if (g_variant_dict_lookup (options, "restore", "^&ay", &path))
    {
      g_autofree char *backup = g_canonicalize_filename (path, NULL);
      return ntm_command_restore (&command, backup);
    }

  if (self->report != NULL && self->export_list != NULL)
    {
      g_printerr (_("Give either --report or --export-list, not both.\n"));
      return 2;
    }
  if (self->report != NULL)
    return ntm_command_report (&command, self->report);
  if (self->export_list != NULL)
    return ntm_command_export_list (&command, self->export_list);

  if (g_variant_dict_lookup (options, "import-data", "^&ay", &path))
    return ntm_command_import_data (&command, path, g_variant_dict_contains (options, "dry-run"));

  if (g_variant_dict_lookup (options, "import-boundaries", "^&ay", &path))
    return ntm_command_import_boundaries (&command, path, g_variant_dict_contains (options, "dry-run"));
  if (g_variant_dict_contains (options, "derive-boundaries"))
    return ntm_command_derive_boundaries (&command, g_variant_dict_contains (options, "dry-run"));

  if (g_variant_dict_lookup (options, "export-map", "^&ay", &path))
    {
      const char *mode = NULL, *size = NULL, *layer = NULL;
      int since = 0;

      g_variant_dict_lookup (options, "mode", "&s", &mode);
      g_variant_dict_lookup (options, "size", "&s", &size);
      g_variant_dict_lookup (options, "layer", "&s", &layer);
      if (g_variant_dict_lookup (options, "compare", "i", &since) && since == 0)
        since = -1;   /* a year that is none, refused as such */
      return ntm_command_export_map (&command, path, mode, layer, size, since);
    }

  return -1;
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
  ntm_window_set_year (NTM_WINDOW (window), self->year != 0 ? self->year : ntm_clock_get_year ());
  if (self->view != NULL)
    ntm_window_show_view (NTM_WINDOW (window), self->view);
  if (self->layer != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "map.layer", "s", self->layer);
  if (self->unit != NULL)
    ntm_window_show_unit (NTM_WINDOW (window), self->unit);
  gtk_window_present (window);

  if (self->screenshot_path != NULL)
    {
      gboolean rested = FALSE;

      ntm_widget_wait_for_frame (GTK_WIDGET (window));
      /* past the map's settling after its first fit (its tiles are
       * stretched for a moment after a change of zoom), without spinning */
      g_timeout_add_once (400, on_rested_cb, &rested);
      while (!rested)
        g_main_context_iteration (NULL, TRUE);
      ntm_widget_wait_for_frame (GTK_WIDGET (window));
      if (!ntm_widget_save_png (GTK_WIDGET (window), self->screenshot_path, &error))
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
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->screenshot_path, g_free);
  g_clear_pointer (&self->view, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->layer, g_free);
  g_clear_pointer (&self->output, g_free);
  g_clear_pointer (&self->report, g_free);
  g_clear_pointer (&self->export_list, g_free);
  g_clear_pointer (&self->set_code, g_free);

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
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database at PATH instead of the default one (created if missing)"), N_("PATH") },
    { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Open or create the database, upgrade it, check its integrity, print a summary and exit"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { "year", 0, 0, G_OPTION_ARG_INT, NULL,
      N_("The year to show, export or report on"), N_("YEAR") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The file to write a report, list or copy of the database to"), N_("FILE") },
    { "backup", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Back the database up into its backups folder (or to --output FILE) and exit"), NULL },
    { "list-backups", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("List the database’s backups with their date, reason and size, and exit"), NULL },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Replace the database’s data by a backup’s (the current data is backed up first) and exit"), N_("FILE") },
    { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Open on a view: map, communes, water, programme (or ocop, funds) or overview"), N_("NAME") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Open on the unit with this code"), N_("CODE") },
    { "report", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write a report as PDF and exit: “summary” for the province, “unit:CODE” for one unit’s profile (with --output)"), N_("NAME") },
    { "export-list", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export a list as CSV or XLSX and exit: units, assessments, recognitions, ocop, funds, targets, schemes, water-figures, criteria-matrix, criteria-template, criteria-set or lineage (with --output)"), N_("NAME") },
    { "set", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-list criteria-matrix, criteria-template or criteria-set: the criteria set’s code"), N_("CODE") },
    { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Draw the window once, save it as a PNG file and exit"), N_("FILE") },
    { "import-boundaries", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import unit boundaries from a GeoJSON, Shapefile, GeoPackage, KML or MapInfo file, print the match report and exit"), N_("FILE") },
    { "import-data", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import criteria statuses, indicator values, household water figures, recognitions, OCOP products, funds, water schemes, targets or a criteria set from an XLSX, XLS, ODS or CSV file, print the report and exit"), N_("FILE") },
    { "derive-boundaries", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Derive the outlines of units formed from others by dissolving the outlines of the units they took whole, print the report and exit"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --import-boundaries, --import-data or --derive-boundaries: print the report only, change nothing"), NULL },
    { "export-map", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export the map as a PNG or PDF file and exit"), N_("FILE") },
    { "mode", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-map: what the colours show: level, readiness, one-short, criteria, group or indicator:CODE"), N_("MODE") },
    { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-map: the size in pixels, e.g. 1600x1200"), N_("WIDTHxHEIGHT") },
    { "layer", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-map or the Map view: colour the communes (the default) or the districts"), N_("communes|districts") },
    { "compare", 0, 0, G_OPTION_ARG_INT, NULL,
      N_("With --export-map: colour each unit by whether its recognised level rose, held or fell since YEAR"), N_("YEAR") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Ntm tracks the New Rural Development programme of Hà Tĩnh province."));
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
