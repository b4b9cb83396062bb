/* ntm-command-line.c: the tasks run from the command line, without a window
 *
 * --check, --report, --export-list, --import-boundaries and --export-map:
 * each opens the database itself, writes what it made on standard output
 * and what went wrong on standard error, and returns the exit status (0
 * done, 1 failed, 2 asked wrongly, with the usage to correct).
 * NtmApplication reads the options and calls these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-boundary-report.h"
#include "ntm-check.h"
#include "ntm-command-line.h"
#include "ntm-export.h"
#include "ntm-map-export.h"
#include "ntm-report.h"
#include "ntm-table.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* The database, or NULL after saying why on standard error. */
static NtmDatabase *
open_database (const char *database_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = database_path ? g_strdup (database_path) : ntm_database_get_default_path ();
  NtmDatabase *db = ntm_database_open (path, &error);

  if (db == NULL)
    g_printerr ("%s\n", error->message);
  return db;
}

static gboolean
has_suffix_nocase (const char *path,
                   const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

static int
get_year_or_current (int year)
{
  g_autoptr(GDateTime) now = NULL;

  if (year != 0)
    return year;
  now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}

/* ---------------------------------------------------------------------- */
/* Tasks                                                                  */
/* ---------------------------------------------------------------------- */

/**
 * ntm_command_check:
 * @database_path: (nullable): the database, %NULL for the default one
 *
 * `ntm --check`: prints what is wrong with the database, if anything.
 *
 * Returns: the exit status: 0 healthy, 1 not (or not readable)
 */
int
ntm_command_check (const char *database_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autofree char *report = NULL;
  gboolean healthy = FALSE;

  db = open_database (database_path);
  if (db == NULL)
    return 1;

  report = ntm_check_report (db, &healthy, &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%s", report);
  return healthy ? 0 : 1;
}

/**
 * ntm_command_report:
 * @database_path: (nullable): the database, %NULL for the default one
 * @name: "summary" or "unit:CODE"
 * @year: the year, 0 for this year
 * @output: (nullable): the PDF file to write
 *
 * `ntm --report summary|unit:CODE [--year YEAR] --output FILE.pdf`
 *
 * Returns: the exit status: 0 written, 1 failed, 2 asked wrongly
 */
int
ntm_command_report (const char *database_path,
                    const char *name,
                    int         year,
                    const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmReport) report = NULL;

  year = get_year_or_current (year);

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
  if (output == NULL || !has_suffix_nocase (output, ".pdf"))
    {
      g_printerr (_("A report is written as PDF: add --output FILE.pdf.\n"));
      return 2;
    }

  db = open_database (database_path);
  if (db == NULL)
    return 1;

  if (g_str_equal (name, "summary"))
    report = ntm_report_new_summary (db, year, &error);
  else
    report = ntm_report_new_unit (db, name + 5, year, &error);
  if (report == NULL || !ntm_report_write_pdf (report, output, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND) ? 2 : 1;
    }

  g_print (ngettext ("Wrote %s (%u page).\n", "Wrote %s (%u pages).\n", ntm_report_get_n_pages (report)),
           output, ntm_report_get_n_pages (report));
  return 0;
}

/**
 * ntm_command_export_list:
 * @database_path: (nullable): the database, %NULL for the default one
 * @list: the list's name (see ntm_database_export_list())
 * @year: the year, for the lists by year
 * @output: (nullable): the CSV or XLSX file to write
 *
 * `ntm --export-list NAME [--year YEAR] --output FILE.csv|FILE.xlsx`
 *
 * Returns: the exit status: 0 written, 1 failed, 2 asked wrongly
 */
int
ntm_command_export_list (const char *database_path,
                         const char *list,
                         int         year,
                         const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmTable) table = NULL;

  if (output == NULL ||
      !(has_suffix_nocase (output, ".csv") || has_suffix_nocase (output, ".xlsx")))
    {
      g_printerr (_("A list is exported as CSV or XLSX: add --output FILE.csv or --output FILE.xlsx.\n"));
      return 2;
    }

  db = open_database (database_path);
  if (db == NULL)
    return 1;

  table = ntm_database_export_list (db, list, year, &error);
  if (table == NULL)
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND) ? 2 : 1;
    }
  if (!ntm_export_write (table, output, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print (ngettext ("Wrote %s (%u row).\n", "Wrote %s (%u rows).\n", ntm_table_get_n_rows (table)),
           output, ntm_table_get_n_rows (table));
  return 0;
}

/**
 * ntm_command_import_boundaries:
 * @database_path: (nullable): the database, %NULL for the default one
 * @path: the boundary file
 * @dry_run: print the match report only
 *
 * `ntm --import-boundaries FILE [--dry-run]`: prints the match report,
 * then stores the boundaries unless @dry_run.
 *
 * Returns: the exit status: 0 done, 1 failed
 */
int
ntm_command_import_boundaries (const char *database_path,
                               const char *path,
                               gboolean    dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmBoundaryFile) file = NULL;
  g_autoptr(NtmBoundaryReport) report = NULL;
  g_autofree char *text = NULL;

  db = open_database (database_path);
  if (db == NULL)
    return 1;

  file = ntm_boundary_file_read (path, NULL, NULL, &error);
  if (file == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  report = ntm_boundary_report_new (file, db, &error);
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

/**
 * ntm_command_export_map:
 * @database_path: (nullable): the database, %NULL for the default one
 * @year: the year, 0 for 2024
 * @path: the PNG or PDF file to write
 * @mode_text: (nullable): what the colours show (see ntm_map_mode_parse())
 * @layer_text: (nullable): "communes" (the default) or "districts"
 * @size_text: (nullable): WIDTHxHEIGHT
 *
 * `ntm --export-map FILE [--mode MODE] [--layer LAYER] [--size WxH] [--year YEAR]`
 *
 * Returns: the exit status: 0 written, 1 failed, 2 asked wrongly
 */
int
ntm_command_export_map (const char *database_path,
                        int         year,
                        const char *path,
                        const char *mode_text,
                        const char *layer_text,
                        const char *size_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;
  g_autoptr(NtmMapRenderer) renderer = NULL;
  g_autofree char *indicator = NULL;
  NtmMapMode mode;
  NtmUnitLayer layer;
  int width = 1600, height = 1200;

  if (year == 0)
    year = 2024;

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

  db = open_database (database_path);
  if (db == NULL)
    return 1;

  renderer = ntm_map_export_new_renderer_for_layer (db, year, layer, mode, indicator, &error);
  if (renderer == NULL ||
      !ntm_map_export_write (renderer, db, year, NULL, path, width, height, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
