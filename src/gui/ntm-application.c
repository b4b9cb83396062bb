/* ntm-application.c: command line, database and windows
 *
 * The command line's tasks exit with 0 when done, 1 when they could not be
 * done (a file that cannot be read or written, a database refused), and 2
 * when what was asked makes no sense (an unknown name, a bad ending, an
 * output that would overwrite the database). Each says why on standard
 * error, in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-application.h"
#include "ntm-backup.h"
#include "ntm-boundary-derivation.h"
#include "ntm-outline.h"
#include "ntm-boundary-report.h"
#include "ntm-check.h"
#include "ntm-clock.h"
#include "ntm-export.h"
#include "ntm-import.h"
#include "ntm-map-export.h"
#include "ntm-output-file.h"
#include "ntm-preferences-window.h"
#include "ntm-report.h"
#include "ntm-table.h"
#include "ntm-screenshot.h"
#include "ntm-unit.h"
#include "ntm-window.h"
#include "ntm-workbook-file.h"

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

static char *
get_database_path (NtmApplication *self)
{
  if (self->database_path != NULL)
    return g_strdup (self->database_path);
  return ntm_database_get_default_path ();
}

static NtmDatabase *
open_database (NtmApplication  *self,
               GError         **error)
{
  g_autofree char *path = get_database_path (self);

  return ntm_database_open (path, error);
}

static void
on_command_database_busy_cb (NtmDatabase *db,
                             GParamSpec  *pspec,
                             gpointer     user_data)
{
  gboolean *said = user_data;

  if (ntm_database_is_busy (db) && !*said)
    {
      g_autofree char *display = g_filename_display_name (ntm_database_get_path (db));
      g_printerr (_("Waiting for another program (another Ntm window, or an import) to finish writing to “%s”…\n"),
                  display);
      *said = TRUE;
    }
}

/* For the command-line tasks: the database, or NULL after saying why on
 * standard error. A write that has to wait for another program says so,
 * once. */
static NtmDatabase *
open_database_for_command (NtmApplication *self)
{
  static gboolean said_waiting;
  g_autoptr(GError) error = NULL;
  NtmDatabase *db = open_database (self, &error);

  if (db == NULL)
    g_printerr ("%s\n", error->message);
  else
    g_signal_connect (db, "notify::busy", G_CALLBACK (on_command_database_busy_cb), &said_waiting);
  return db;
}

/* An output must not be the database: refused (status 2) before any work. */
static gboolean
output_is_allowed (NtmApplication *self,
                   const char     *output)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *database = get_database_path (self);

  if (ntm_output_check_path (output, database, &error))
    return TRUE;
  g_printerr ("%s\n", error->message);
  return FALSE;
}

static int get_year_or_current (NtmApplication *self);

static int
run_check (NtmApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autofree char *report = NULL;
  gboolean healthy = FALSE;

  db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  report = ntm_check_report (db, get_year_or_current (self), &healthy, &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%s", report);
  return healthy ? 0 : 1;
}

static gboolean
has_suffix_nocase (const char *path,
                   const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

/* The year asked for with --year, or today's (ntm_clock_get_year()): the
 * one default of --check, --report, --export-map, --export-list units,
 * --import-boundaries, --derive-boundaries and the window. */
static int
get_year_or_current (NtmApplication *self)
{
  if (self->year != 0)
    return self->year;
  return ntm_clock_get_year ();
}

/* ntm --report summary|unit:CODE [--year YEAR] --output FILE.pdf */
static int
run_report (NtmApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmReport) report = NULL;
  int year = get_year_or_current (self);

  if (!g_str_equal (self->report, "summary") && !g_str_has_prefix (self->report, "unit:"))
    {
      g_printerr (_("There is no report called “%s”. Use --report summary or --report unit:CODE.\n"),
                  self->report);
      return 2;
    }
  if (g_str_has_prefix (self->report, "unit:") && self->report[5] == '\0')
    {
      g_printerr (_("Give the unit’s code after “unit:”, for example --report unit:18088.\n"));
      return 2;
    }
  if (self->output == NULL || !has_suffix_nocase (self->output, ".pdf"))
    {
      g_printerr (_("A report is written as PDF: add --output FILE.pdf.\n"));
      return 2;
    }
  if (!output_is_allowed (self, self->output))
    return 2;

  db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  if (g_str_equal (self->report, "summary"))
    report = ntm_report_new_summary (db, year, &error);
  else
    report = ntm_report_new_unit (db, self->report + 5, year, &error);
  if (report == NULL || !ntm_report_write_pdf (report, self->output, &error))
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND) ? 2 : 1;
    }

  g_print (ngettext ("Wrote %s (%u page).\n", "Wrote %s (%u pages).\n", ntm_report_get_n_pages (report)),
           self->output, ntm_report_get_n_pages (report));
  return 0;
}

/* ntm --export-list NAME [--year YEAR] --output FILE.csv|FILE.xlsx */
static int
run_export (NtmApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmTable) table = NULL;

  if (self->output == NULL ||
      !(has_suffix_nocase (self->output, ".csv") || has_suffix_nocase (self->output, ".xlsx")))
    {
      g_printerr (_("A list is exported as CSV or XLSX: add --output FILE.csv or --output FILE.xlsx.\n"));
      return 2;
    }
  if (!output_is_allowed (self, self->output))
    return 2;

  db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  table = ntm_database_export_list_for_set (db, self->export_list, self->year, self->set_code, &error);
  if (table == NULL)
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND) ||
             g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID) ? 2 : 1;
    }
  if (!ntm_export_write (table, self->output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print (ngettext ("Wrote %s (%u row).\n", "Wrote %s (%u rows).\n", ntm_table_get_n_rows (table)),
           self->output, ntm_table_get_n_rows (table));
  return 0;
}

static int
run_import_boundaries (NtmApplication *self,
                       const char     *path,
                       gboolean        dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmBoundaryFile) file = NULL;
  g_autoptr(NtmBoundaryReport) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *database = get_database_path (self);

  /* A dry run creates nothing: with no database yet, the file is matched
   * against the built-in units in a scratch database. */
  if (dry_run && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (database);

      db = ntm_database_open_scratch (&error);
      if (db == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_printerr (_("“%s” does not exist, and a dry run creates nothing: the file is matched against Ntm’s built-in units.\n"),
                  display);
    }
  else
    db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  file = ntm_boundary_file_read (path, NULL, NULL, &error);
  if (file == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  report = ntm_boundary_report_new_for_year (file, db, get_year_or_current (self), &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  text = ntm_boundary_report_to_text (report);
  g_print ("%s", text);

  if (dry_run)
    return 0;

  if (!ntm_boundary_report_commit (report, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("committed: %u\n", ntm_boundary_report_get_n_units_matched (report));
  return 0;
}

/* ntm --import-data FILE [--year YEAR] [--dry-run] */
static int
run_import_data (NtmApplication *self,
                 const char     *path,
                 gboolean        dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmWorkbook) workbook = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *text = NULL;

  workbook = ntm_workbook_read (path, NULL, NULL, &error);
  if (workbook == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  import = ntm_import_new_for_year (db, workbook, self->year, 0, &error);
  if (import == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  text = ntm_import_to_text (import);
  g_print ("%s", text);
  if (ntm_import_get_counts (import)->errors > 0)
    {
      g_printerr ("%s\n", _("Nothing was imported: correct the errors listed and import the file again."));
      return 1;
    }
  if (dry_run)
    return 0;

  if (!ntm_import_commit (import, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("committed: %u\n", ntm_import_get_counts (import)->inserted + ntm_import_get_counts (import)->updated);
  return 0;
}

/* ntm --derive-boundaries [--dry-run] [--year YEAR] */
static int
run_derive_boundaries (NtmApplication *self,
                       gboolean        dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmBoundaryDerivation) derivation = NULL;
  g_autofree char *text = NULL;

  db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  derivation = ntm_boundary_derivation_new (db, get_year_or_current (self), &error);
  if (derivation == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  text = ntm_boundary_derivation_to_text (derivation);
  g_print ("%s", text);
  if (dry_run)
    return 0;

  if (!ntm_boundary_derivation_commit (derivation, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("committed: %u\n", ntm_boundary_derivation_count (derivation, NTM_DERIVATION_DERIVED));
  return 0;
}

static int
run_export_map (NtmApplication *self,
                const char     *path,
                const char     *mode_text,
                const char     *layer_text,
                const char     *size_text,
                int             since_year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmMapRenderer) renderer = NULL;
  g_autofree char *indicator = NULL;
  NtmMapMode mode;
  NtmUnitLayer layer;
  int width = 1600, height = 1200;
  int year = get_year_or_current (self);

  if (!ntm_map_mode_parse (mode_text ? mode_text : "level", &mode, &indicator, &error) ||
      !ntm_unit_layer_parse (layer_text ? layer_text : "communes", &layer, &error) ||
      (size_text != NULL && !ntm_map_export_parse_size (size_text, &width, &height, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (!ntm_unit_layer_supports_mode (layer, mode))
    {
      g_printerr ("%s\n", _("Indicators are measured in communes, wards and townships, not in districts. "
                             "Use --layer communes with --mode indicator:CODE, or another mode for the districts."));
      return 2;
    }
  if (!output_is_allowed (self, path))
    return 2;

  if (since_year != 0 && mode_text != NULL)
    {
      g_printerr ("%s\n", _("--compare colours the map by the change of the recognised level: leave out --mode."));
      return 2;
    }
  if (since_year != 0 && (since_year < 2000 || since_year >= year))
    {
      /* Translators: %d are years */
      g_printerr (_("--compare needs a year before the year shown (%d), from 2000 on; %d is not one."), year,
                  since_year);
      g_printerr ("\n");
      return 2;
    }

  db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  if (since_year != 0)
    renderer = ntm_map_export_new_renderer_change (db, year, layer, since_year, &error);
  else
    renderer = ntm_map_export_new_renderer_for_layer (db, year, layer, mode, indicator, &error);
  if (renderer == NULL ||
      !ntm_map_export_write (renderer, db, year, NULL, path, width, height, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

/* ntm --backup [--output FILE] */
static int
run_backup (NtmApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;

  if (self->output != NULL && !output_is_allowed (self, self->output))
    return 2;

  db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  if (self->output != NULL)
    {
      g_autofree char *display = g_filename_display_name (self->output);

      if (!ntm_backup_write_copy (db, self->output, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print (_("Wrote a copy of the database to %s.\n"), display);
    }
  else
    {
      g_autoptr(NtmBackup) backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
      g_autofree char *display = NULL;
      g_autofree char *size = NULL;

      if (backup == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      display = g_filename_display_name (ntm_backup_get_path (backup));
      size = g_format_size (ntm_backup_get_size (backup));
      g_print (_("Backed up to %s (%s).\n"), display, size);
    }
  return 0;
}

/* ntm --list-backups: one line per backup, newest first: date, reason,
 * size and file, separated by tabs. Works without opening the database,
 * so also when it is damaged. */
static int
run_list_backups (NtmApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *database = get_database_path (self);
  g_autofree char *folder = ntm_backup_get_folder (database);
  g_autoptr(GListModel) backups = ntm_backup_list (database, &error);
  guint n;

  if (backups == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  n = g_list_model_get_n_items (backups);
  g_print ("folder: %s\n", folder);
  g_print ("backups: %u\n", n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmBackup) backup = g_list_model_get_item (backups, i);
      g_autofree char *date = g_date_time_format (ntm_backup_get_date (backup), "%Y-%m-%d %H:%M:%S");
      g_autofree char *size = g_format_size (ntm_backup_get_size (backup));

      g_print ("%s\t%s\t%s\t%s\n", date, ntm_backup_reason_to_string (ntm_backup_get_reason (backup)),
               size, ntm_backup_get_path (backup));
    }
  if (n == 0)
    g_printerr (_("There are no backups of this database yet.\n"));
  return 0;
}

/* ntm --restore FILE: the current data is backed up first; a damaged
 * database is kept among the backups and replaced. */
static int
run_restore (NtmApplication *self,
             const char     *backup_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmBackup) saved = NULL;
  g_autofree char *database = get_database_path (self);
  g_autofree char *display = g_filename_display_name (database);
  g_autofree char *backup_display = g_filename_display_name (backup_path);
  gboolean said_waiting = FALSE;
  gboolean ok;

  db = ntm_database_open (database, &error);
  if (db != NULL)
    {
      g_signal_connect (db, "notify::busy", G_CALLBACK (on_command_database_busy_cb), &said_waiting);
      ok = ntm_backup_restore (db, backup_path, &saved, &error);
    }
  else if (g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_CORRUPT))
    {
      g_clear_error (&error);
      ok = ntm_backup_restore_file (database, backup_path, &saved, &error);
    }
  else
    ok = FALSE;

  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print (_("Restored %s from %s.\n"), display, backup_display);
  if (saved != NULL)
    {
      g_autofree char *saved_display = g_filename_display_name (ntm_backup_get_path (saved));
      g_print (_("The data as it was before is kept in %s.\n"), saved_display);
    }
  return 0;
}

static void
show_error_window (NtmApplication *self,
                   const GError   *error)
{
  GtkWidget *window;
  GtkWidget *status;

  window = adw_application_window_new (GTK_APPLICATION (self));
  gtk_window_set_title (GTK_WINDOW (window), _("Ntm"));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 420);

  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The database cannot be opened"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);

  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
    gtk_widget_set_vexpand (status, TRUE);
    gtk_box_append (GTK_BOX (box), status);
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  }

  gtk_window_present (GTK_WINDOW (window));
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
                "copyright", "© 2026 The Ntm developers",
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

  if (g_variant_dict_contains (options, "check"))
    return run_check (self);

  if (g_variant_dict_contains (options, "backup"))
    return run_backup (self);
  if (g_variant_dict_contains (options, "list-backups"))
    return run_list_backups (self);
  if (g_variant_dict_lookup (options, "restore", "^&ay", &path))
    {
      g_autofree char *backup = g_canonicalize_filename (path, NULL);
      return run_restore (self, backup);
    }

  g_variant_dict_lookup (options, "report", "s", &self->report);
  g_variant_dict_lookup (options, "export-list", "s", &self->export_list);
  g_variant_dict_lookup (options, "set", "s", &self->set_code);
  if (self->report != NULL && self->export_list != NULL)
    {
      g_printerr (_("Give either --report or --export-list, not both.\n"));
      return 2;
    }
  if (self->report != NULL)
    return run_report (self);
  if (self->export_list != NULL)
    return run_export (self);

  if (g_variant_dict_lookup (options, "import-data", "^&ay", &path))
    return run_import_data (self, path, g_variant_dict_contains (options, "dry-run"));

  if (g_variant_dict_lookup (options, "import-boundaries", "^&ay", &path))
    return run_import_boundaries (self, path, g_variant_dict_contains (options, "dry-run"));
  if (g_variant_dict_contains (options, "derive-boundaries"))
    return run_derive_boundaries (self, g_variant_dict_contains (options, "dry-run"));

  if (g_variant_dict_lookup (options, "export-map", "^&ay", &path))
    {
      const char *mode = NULL, *size = NULL, *layer = NULL;
      int since = 0;

      g_variant_dict_lookup (options, "mode", "&s", &mode);
      g_variant_dict_lookup (options, "size", "&s", &size);
      g_variant_dict_lookup (options, "layer", "&s", &layer);
      if (g_variant_dict_lookup (options, "compare", "i", &since) && since == 0)
        since = -1;   /* a year that is none, refused as such */
      return run_export_map (self, path, mode, layer, size, since);
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
      show_error_window (self, error);
      return;
    }

  window = GTK_WINDOW (ntm_window_new (self, self->database));
  /* the year asked for, else today's */
  ntm_window_set_year (NTM_WINDOW (window), get_year_or_current (self));
  if (self->view != NULL)
    ntm_window_show_view (NTM_WINDOW (window), self->view);
  if (self->layer != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "map.layer", "s", self->layer);
  if (self->unit != NULL)
    ntm_window_show_unit (NTM_WINDOW (window), self->unit);
  gtk_window_present (window);

  if (self->screenshot_path != NULL)
    {
      gint64 rest = g_get_monotonic_time () + 400 * 1000;

      ntm_widget_wait_for_frame (GTK_WIDGET (window));
      /* past the map's settling after its first fit (its tiles are
       * stretched for a moment after a change of zoom) */
      while (g_get_monotonic_time () < rest)
        g_main_context_iteration (NULL, FALSE);
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
      N_("Open on a view: map, communes, water, ocop, funds or overview"), N_("NAME") },
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
      N_("With --export-map: what the colours show: level, readiness, one-short, criteria or indicator:CODE"), N_("MODE") },
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
