/* ntm-export.c: lists written as CSV or XLSX files
 *
 * CSV is RFC 4180 (ntm-csv), UTF-8 with a byte-order mark so that
 * spreadsheet programs read Vietnamese correctly. XLSX stores numbers as
 * numbers and dates as dates. Either file appears whole or not at all, and
 * never over the database: both are written through NtmOutputFile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "ntm-csv.h"
#include "ntm-export.h"
#include "ntm-format.h"
#include "ntm-output-file.h"

G_DEFINE_QUARK (ntm-export-error-quark, ntm_export_error)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
has_suffix_nocase (const char *path,
                   const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, NTM_EXPORT_ERROR, NTM_EXPORT_ERROR_WRITE,
               _("Cannot write “%s”: %s"), display, reason);
}

/* A sheet name: at most 31 characters, none of []:*?/\ */
static char *
sheet_name (const char *title)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = title; *p && n < 31; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (strchr ("[]:*?/\\", (int) c) != NULL && c < 128)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  if (out->len == 0)
    g_string_append (out, "Sheet1");
  return g_string_free (out, FALSE);
}

static double
column_width (NtmTable *table,
              guint     column)
{
  glong widest = g_utf8_strlen (ntm_table_get_heading (table, column), -1);

  for (guint r = 0; r < MIN (ntm_table_get_n_rows (table), 500); r++)
    {
      const char *cell = ntm_table_get_cell (table, r, column);

      if (cell != NULL)
        widest = MAX (widest, g_utf8_strlen (cell, -1));
    }
  if (ntm_table_get_column_type (table, column) == NTM_COLUMN_DATE)
    widest = MAX (widest, 10);
  return CLAMP (widest + 2, 8, 60);
}

/* A drop-down list on every cell of a column with choices, as many rows
 * as the table has and as many again for rows added by hand. */
static void
add_choices (NtmTable      *table,
             lxw_worksheet *sheet)
{
  guint last_row = MAX (ntm_table_get_n_rows (table) * 2, 500);

  for (guint c = 0; c < ntm_table_get_n_columns (table); c++)
    {
      const char * const *choices = ntm_table_get_column_choices (table, c);
      lxw_data_validation validation = { 0 };

      if (choices == NULL)
        continue;
      validation.validate = LXW_VALIDATION_TYPE_LIST;
      validation.value_list = (char **) choices;
      validation.ignore_blank = LXW_VALIDATION_ON;
      validation.show_error = LXW_VALIDATION_ON;
      validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
      validation.error_title = _("Not a status");
      validation.error_message = _("Choose a status from the list, or leave the cell empty.");
      worksheet_data_validation_range (sheet, 1, c, last_row, c, &validation);
    }
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_export_write_csv:
 * @table: the list
 * @path: the file to write
 * @error: return location for a #GError
 *
 * Writes a heading row and one row per record. Numbers are written with a
 * dot and no grouping, dates as YYYY-MM-DD.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ntm_export_write_csv (NtmTable         *table,
                      const char       *path,
                      GCancellable     *cancellable,
                      NtmProgressFunc   progress,
                      gpointer          progress_data,
                      GError          **error)
{
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(NtmOutputFile) output = NULL;
  guint n_columns;

  g_return_val_if_fail (NTM_IS_TABLE (table), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_columns = ntm_table_get_n_columns (table);
  g_ptr_array_set_size (fields, n_columns);

  for (guint c = 0; c < n_columns; c++)
    fields->pdata[c] = (gpointer) ntm_table_get_heading (table, c);
  ntm_csv_append_row (out, (const char * const *) fields->pdata, n_columns);

  for (guint r = 0; r < ntm_table_get_n_rows (table); r++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      for (guint c = 0; c < n_columns; c++)
        fields->pdata[c] = (gpointer) ntm_table_get_cell (table, r, c);
      ntm_csv_append_row (out, (const char * const *) fields->pdata, n_columns);
      ntm_progress_report (progress, progress_data, 0.9 * (r + 1) / ntm_table_get_n_rows (table));
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  output = ntm_output_file_new (path, error);
  if (output == NULL ||
      !ntm_output_file_write (output, out->str, out->len, error) ||
      !ntm_output_file_commit (output, error))
    return FALSE;
  ntm_progress_report (progress, progress_data, 1.0);
  return TRUE;
}

/**
 * ntm_export_write_xlsx:
 * @table: the list
 * @path: the file to write
 * @error: return location for a #GError
 *
 * Writes one worksheet named after the list: a bold, frozen heading row,
 * then the records. A column with choices gets a drop-down list on every
 * cell; key columns stay in view and locked (the sheet is protected, every
 * other cell open). Integer and number columns hold numbers, date columns
 * Excel dates (shown dd/mm/yyyy), the rest text.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ntm_export_write_xlsx (NtmTable         *table,
                       const char       *path,
                       GCancellable     *cancellable,
                       NtmProgressFunc   progress,
                       gpointer          progress_data,
                       GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(NtmOutputFile) output = NULL;
  const char *tmp;
  g_autofree char *name = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = NULL };
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *heading, *date_format, *integer_format, *unlocked, *unlocked_integer;
  guint n_keys;
  lxw_error rc;
  guint n_columns;

  g_return_val_if_fail (NTM_IS_TABLE (table), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      set_write_error (error, path, _("the folder does not exist"));
      return FALSE;
    }
  output = ntm_output_file_new (path, error);
  if (output == NULL)
    return FALSE;
  tmp = ntm_output_file_get_temp_path (output);

  workbook = workbook_new_opt (tmp, &options);
  if (workbook == NULL)
    {
      set_write_error (error, path, _("the spreadsheet could not be created"));
      return FALSE;
    }

  name = sheet_name (ntm_table_get_title (table));
  sheet = workbook_add_worksheet (workbook, name);
  heading = workbook_add_format (workbook);
  format_set_bold (heading);
  format_set_text_wrap (heading);
  format_set_bottom (heading, LXW_BORDER_THIN);
  date_format = workbook_add_format (workbook);
  format_set_num_format (date_format, "dd/mm/yyyy");
  integer_format = workbook_add_format (workbook);
  format_set_num_format (integer_format, "#,##0");

  n_columns = ntm_table_get_n_columns (table);
  n_keys = ntm_table_get_n_key_columns (table);
  /* with key columns, the sheet is protected and every other cell open */
  unlocked = workbook_add_format (workbook);
  format_set_unlocked (unlocked);
  unlocked_integer = workbook_add_format (workbook);
  format_set_unlocked (unlocked_integer);
  format_set_num_format (unlocked_integer, "#,##0");
  for (guint c = 0; c < n_columns; c++)
    {
      worksheet_write_string (sheet, 0, c, ntm_table_get_heading (table, c), heading);
      worksheet_set_column (sheet, c, c, column_width (table, c), n_keys > 0 && c >= n_keys ? unlocked : NULL);
    }
  worksheet_freeze_panes (sheet, 1, n_keys);
  add_choices (table, sheet);
  if (n_keys > 0)
    {
      lxw_protection protection = { 0 };

      protection.format_cells = LXW_TRUE;
      protection.format_columns = LXW_TRUE;
      protection.format_rows = LXW_TRUE;
      protection.sort = LXW_TRUE;
      protection.autofilter = LXW_TRUE;
      worksheet_protect (sheet, NULL, &protection);
    }

  /* a cancelled export stops here; its temporary file goes with output */
  for (guint r = 0; r < ntm_table_get_n_rows (table) && !g_cancellable_is_cancelled (cancellable); r++)
    {
      ntm_progress_report (progress, progress_data, 0.8 * r / ntm_table_get_n_rows (table));
      for (guint c = 0; c < n_columns; c++)
        {
          const char *cell = ntm_table_get_cell (table, r, c);
          NtmColumnType type = ntm_table_get_column_type (table, c);
          GDate date;
          char *end = NULL;
          double number;

          if (cell == NULL || *cell == '\0')
            continue;

          switch (type)
            {
            case NTM_COLUMN_INTEGER:
            case NTM_COLUMN_NUMBER:
              number = g_ascii_strtod (cell, &end);
              if (end != NULL && *end == '\0')
                {
                  worksheet_write_number (sheet, r + 1, c, number,
                                          n_keys > 0 && c >= n_keys
                                          ? (type == NTM_COLUMN_INTEGER ? unlocked_integer : unlocked)
                                          : type == NTM_COLUMN_INTEGER ? integer_format : NULL);
                  continue;
                }
              break;
            case NTM_COLUMN_DATE:
              if (ntm_parse_iso_date (cell, &date))
                {
                  lxw_datetime when = { g_date_get_year (&date), g_date_get_month (&date),
                                        g_date_get_day (&date), 0, 0, 0 };
                  worksheet_write_datetime (sheet, r + 1, c, &when, date_format);
                  continue;
                }
              break;
            case NTM_COLUMN_TEXT:
            default:
              break;
            }
          worksheet_write_string (sheet, r + 1, c, cell, n_keys > 0 && c >= n_keys ? unlocked : NULL);
        }
    }

  rc = workbook_close (workbook);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (rc != LXW_NO_ERROR)
    {
      set_write_error (error, path, lxw_strerror (rc));
      return FALSE;
    }

  if (!ntm_output_file_commit (output, error))
    return FALSE;
  ntm_progress_report (progress, progress_data, 1.0);
  return TRUE;
}

/**
 * ntm_export_write:
 * @table: the list
 * @path: a file name ending in .csv or .xlsx
 * @cancellable: (nullable): stops the export; then no file is left behind
 * @progress: (nullable): told the share done, from the calling thread
 * @progress_data: for @progress
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the file was written; %NTM_EXPORT_ERROR_FORMAT for
 *   another ending, and nothing is written
 */
gboolean
ntm_export_write (NtmTable         *table,
                  const char       *path,
                  GCancellable     *cancellable,
                  NtmProgressFunc   progress,
                  gpointer          progress_data,
                  GError          **error)
{
  g_return_val_if_fail (NTM_IS_TABLE (table), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (has_suffix_nocase (path, ".csv"))
    return ntm_export_write_csv (table, path, cancellable, progress, progress_data, error);
  if (has_suffix_nocase (path, ".xlsx"))
    return ntm_export_write_xlsx (table, path, cancellable, progress, progress_data, error);

  {
    g_autofree char *display = g_filename_display_name (path);
    g_set_error (error, NTM_EXPORT_ERROR, NTM_EXPORT_ERROR_FORMAT,
                 _("Cannot export to “%s”: the file name must end in .csv or .xlsx."), display);
  }
  return FALSE;
}
