/* ntm-command-line.c: the tasks run from the command line, without a window
 *
 * --check, --report, --export-list, --import-boundaries, --import-data,
 * --derive-boundaries, --export-map, --backup, --list-backups and
 * --restore: each opens the database itself, writes what it made on
 * standard output and what went wrong on standard error, in words, and
 * returns the exit status: 0 when done, 1 when it could not be done (a file
 * that cannot be read or written, a database refused), 2 when what was
 * asked makes no sense (an unknown name, a bad ending, an output that would
 * overwrite the database).
 *
 * The options are read here for the program and for its window alike:
 * `ntm` (main.c) runs the task asked for without loading GTK, and only
 * when none is asked for loads the window (ntm-gui-main.c), whose
 * NtmApplication reads the same options again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-backup.h"
#include "ntm-boundary-derivation.h"
#include "ntm-boundary-report.h"
#include "ntm-check.h"
#include "ntm-clock.h"
#include "ntm-command-line.h"
#include "ntm-export.h"
#include "ntm-import.h"
#include "ntm-map-export.h"
#include "ntm-outline.h"
#include "ntm-output-file.h"
#include "ntm-report.h"
#include "ntm-table.h"
#include "ntm-unit.h"
#include "ntm-workbook-file.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* Says @error on standard error. Returns @status, the task's exit status. */
static int
say_error (const GError *error,
           int           status)
{
  g_printerr ("%s\n", error->message);
  return status;
}

static char *
get_database_path (const NtmCommandOptions *self)
{
  if (self->database_path != NULL)
    return g_strdup (self->database_path);
  return ntm_database_get_default_path ();
}

static NtmDatabase *
open_database (const NtmCommandOptions  *self,
               GError                  **error)
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
open_database_for_command (const NtmCommandOptions *self)
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
output_is_allowed (const NtmCommandOptions *self,
                   const char              *output)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *database = get_database_path (self);

  if (ntm_output_check_path (output, database, &error))
    return TRUE;
  g_printerr ("%s\n", error->message);
  return FALSE;
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
get_year_or_current (const NtmCommandOptions *self)
{
  if (self->year != 0)
    return self->year;
  return ntm_clock_get_year ();
}

/* ---------------------------------------------------------------------- */
/* Tasks                                                                  */
/* ---------------------------------------------------------------------- */

static int
ntm_command_check (const NtmCommandOptions *self)
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
    return say_error (error, 1);

  g_print ("%s", report);
  return healthy ? 0 : 1;
}



/* ntm --report summary|unit:CODE [--year YEAR] --output FILE.pdf */
static int
ntm_command_report (const NtmCommandOptions *self,
                    const char              *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmReport) report = NULL;
  int year = get_year_or_current (self);

  if (!g_str_equal (name, "summary") && !g_str_has_prefix (name, "unit:"))
    {
      g_printerr (_("There is no report called “%s”. Use --report summary or --report unit:CODE.\n"),
                  name);
      return 2;
    }
  if (g_str_has_prefix (name, "unit:") && name[5] == '\0')
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

  if (g_str_equal (name, "summary"))
    report = ntm_report_new_summary (db, year, &error);
  else
    report = ntm_report_new_unit (db, name + 5, year, &error);
  if (report == NULL || !ntm_report_write_pdf (report, self->output, NULL, NULL, NULL, &error))
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
ntm_command_export_list (const NtmCommandOptions *self,
                         const char              *list)
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

  table = ntm_database_export_list_for_set (db, list, self->year, self->set_code, &error);
  if (table == NULL)
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND) ||
             g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID) ? 2 : 1;
    }
  if (!ntm_export_write (table, self->output, NULL, NULL, NULL, &error))
    return say_error (error, 1);

  g_print (ngettext ("Wrote %s (%u row).\n", "Wrote %s (%u rows).\n", ntm_table_get_n_rows (table)),
           self->output, ntm_table_get_n_rows (table));
  return 0;
}

static int
ntm_command_import_boundaries (const NtmCommandOptions *self,
                               const char              *path,
                               gboolean                 dry_run)
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
        return say_error (error, 1);
      g_printerr (_("“%s” does not exist, and a dry run creates nothing: the file is matched against Ntm’s built-in units.\n"),
                  display);
    }
  else
    db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  file = ntm_boundary_file_read (path, NULL, NULL, &error);
  if (file == NULL)
    return say_error (error, 1);

  report = ntm_boundary_report_new_for_year (file, db, get_year_or_current (self), &error);
  if (report == NULL)
    return say_error (error, 1);

  text = ntm_boundary_report_to_text (report);
  g_print ("%s", text);

  if (dry_run)
    return 0;

  if (!ntm_boundary_report_commit (report, &error))
    return say_error (error, 1);
  g_print ("committed: %u\n", ntm_boundary_report_get_n_units_matched (report));
  return 0;
}

/* ntm --import-data FILE [--year YEAR] [--dry-run] */
static int
ntm_command_import_data (const NtmCommandOptions *self,
                         const char              *path,
                         gboolean                 dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmWorkbook) workbook = NULL;
  g_autoptr(NtmImport) import = NULL;
  g_autofree char *text = NULL;

  workbook = ntm_workbook_read (path, NULL, NULL, &error);
  if (workbook == NULL)
    return say_error (error, 1);

  db = open_database_for_command (self);
  if (db == NULL)
    return 1;

  import = ntm_import_new_for_year (db, workbook, self->year, 0, &error);
  if (import == NULL)
    return say_error (error, 1);

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
    return say_error (error, 1);
  g_print ("committed: %u\n", ntm_import_get_counts (import)->inserted + ntm_import_get_counts (import)->updated);
  return 0;
}

/* ntm --derive-boundaries [--dry-run] [--year YEAR] */
static int
ntm_command_derive_boundaries (const NtmCommandOptions *self,
                               gboolean                 dry_run)
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
    return say_error (error, 1);

  text = ntm_boundary_derivation_to_text (derivation);
  g_print ("%s", text);
  if (dry_run)
    return 0;

  if (!ntm_boundary_derivation_commit (derivation, &error))
    return say_error (error, 1);
  g_print ("committed: %u\n", ntm_boundary_derivation_count (derivation, NTM_DERIVATION_DERIVED));
  return 0;
}

static int
ntm_command_export_map (const NtmCommandOptions *self,
                        const char              *path,
                        const char              *mode_text,
                        const char              *layer_text,
                        const char              *size_text,
                        int                      since_year)
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
    return say_error (error, 2);
  if (!ntm_unit_layer_supports_mode (layer, mode))
    {
      if (mode == NTM_MAP_MODE_GROUP)
        g_printerr ("%s\n", _("Only communes have a commune group, not districts. "
                               "Use --layer communes with --mode group, or another mode for the districts."));
      else
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
      !ntm_map_export_write (renderer, db, year, NULL, path, width, height, NULL, NULL, NULL, &error))
    return say_error (error, 1);
  return 0;
}

/* ntm --backup [--output FILE] */
static int
ntm_command_backup (const NtmCommandOptions *self)
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
        return say_error (error, 1);
      g_print (_("Wrote a copy of the database to %s.\n"), display);
    }
  else
    {
      g_autoptr(NtmBackup) backup = ntm_backup_make (db, NTM_BACKUP_REASON_MANUAL, &error);
      g_autofree char *display = NULL;
      g_autofree char *size = NULL;

      if (backup == NULL)
        return say_error (error, 1);
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
ntm_command_list_backups (const NtmCommandOptions *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *database = get_database_path (self);
  g_autofree char *folder = ntm_backup_get_folder (database);
  g_autoptr(GListModel) backups = ntm_backup_list (database, &error);
  guint n;

  if (backups == NULL)
    return say_error (error, 1);

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
ntm_command_restore (const NtmCommandOptions *self,
                     const char              *backup_path)
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
    return say_error (error, 1);

  g_print (_("Restored %s from %s.\n"), display, backup_display);
  if (saved != NULL)
    {
      g_autofree char *saved_display = g_filename_display_name (ntm_backup_get_path (saved));
      g_print (_("The data as it was before is kept in %s.\n"), saved_display);
    }
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Options                                                                */
/* ---------------------------------------------------------------------- */

/**
 * ntm_command_line_add_options:
 * @application: the program's #GApplication, or the window's
 *
 * Gives @application every option of `ntm`, with the summary its --help
 * prints.
 */
void
ntm_command_line_add_options (GApplication *application)
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

  g_return_if_fail (G_IS_APPLICATION (application));

  g_application_add_main_option_entries (application, entries);
  g_application_set_option_context_parameter_string (application, NULL);
  g_application_set_option_context_summary (application,
                                            _("Ntm tracks the New Rural Development programme of Hà Tĩnh province."));
}

static char *
lookup_path (GVariantDict *options,
             const char   *name)
{
  const char *path = NULL;

  if (!g_variant_dict_lookup (options, name, "^&ay", &path))
    return NULL;
  return g_canonicalize_filename (path, NULL);
}

/**
 * ntm_command_options_read:
 * @self: options to fill, cleared
 * @options: the options given, as #GApplication::handle-local-options has them
 *
 * Reads what the tasks and the window take, and checks the year and the
 * layer.
 *
 * Returns: -1 when they can be used, else the exit status (2), after
 *   saying on standard error what is wrong
 */
int
ntm_command_options_read (NtmCommandOptions *self,
                          GVariantDict      *options)
{
  ntm_command_options_clear (self);
  self->database_path = lookup_path (options, "database");
  self->output = lookup_path (options, "output");
  self->screenshot_path = lookup_path (options, "screenshot");
  g_variant_dict_lookup (options, "set", "s", &self->set_code);
  g_variant_dict_lookup (options, "view", "s", &self->view);
  g_variant_dict_lookup (options, "unit", "s", &self->unit);

  if (g_variant_dict_lookup (options, "layer", "s", &self->layer) && !g_variant_dict_contains (options, "export-map"))
    {
      g_autoptr(GError) error = NULL;
      NtmUnitLayer layer;

      /* --export-map says what is wrong with its own */
      if (!ntm_unit_layer_parse (self->layer, &layer, &error))
        return say_error (error, 2);
    }
  if (g_variant_dict_lookup (options, "year", "i", &self->year) &&
      (self->year < 2000 || self->year > 2100))
    {
      g_printerr (_("The year must be between 2000 and 2100.\n"));
      return 2;
    }
  return -1;
}

void
ntm_command_options_clear (NtmCommandOptions *self)
{
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->output, g_free);
  g_clear_pointer (&self->set_code, g_free);
  g_clear_pointer (&self->screenshot_path, g_free);
  g_clear_pointer (&self->view, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->layer, g_free);
  self->year = 0;
}

/**
 * ntm_command_line_run:
 * @self: the options, as ntm_command_options_read() read them
 * @options: the options given
 *
 * Runs the task the options ask for, if any.
 *
 * Returns: the task's exit status, or -1 when no task is asked for
 */
int
ntm_command_line_run (const NtmCommandOptions *self,
                      GVariantDict            *options)
{
  const char *report = NULL, *list = NULL, *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("ntm %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "check"))
    return ntm_command_check (self);

  if (g_variant_dict_contains (options, "backup"))
    return ntm_command_backup (self);
  if (g_variant_dict_contains (options, "list-backups"))
    return ntm_command_list_backups (self);
  if (g_variant_dict_lookup (options, "restore", "^&ay", &path))
    {
      g_autofree char *backup = g_canonicalize_filename (path, NULL);
      return ntm_command_restore (self, backup);
    }

  g_variant_dict_lookup (options, "report", "&s", &report);
  g_variant_dict_lookup (options, "export-list", "&s", &list);
  if (report != NULL && list != NULL)
    {
      g_printerr (_("Give either --report or --export-list, not both.\n"));
      return 2;
    }
  if (report != NULL)
    return ntm_command_report (self, report);
  if (list != NULL)
    return ntm_command_export_list (self, list);

  if (g_variant_dict_lookup (options, "import-data", "^&ay", &path))
    return ntm_command_import_data (self, path, g_variant_dict_contains (options, "dry-run"));

  if (g_variant_dict_lookup (options, "import-boundaries", "^&ay", &path))
    return ntm_command_import_boundaries (self, path, g_variant_dict_contains (options, "dry-run"));
  if (g_variant_dict_contains (options, "derive-boundaries"))
    return ntm_command_derive_boundaries (self, g_variant_dict_contains (options, "dry-run"));

  if (g_variant_dict_lookup (options, "export-map", "^&ay", &path))
    {
      const char *mode = NULL, *size = NULL, *layer = NULL;
      int since = 0;

      g_variant_dict_lookup (options, "mode", "&s", &mode);
      g_variant_dict_lookup (options, "size", "&s", &size);
      g_variant_dict_lookup (options, "layer", "&s", &layer);
      if (g_variant_dict_lookup (options, "compare", "i", &since) && since == 0)
        since = -1;   /* a year that is none, refused as such */
      return ntm_command_export_map (self, path, mode, layer, size, since);
    }

  return -1;
}
