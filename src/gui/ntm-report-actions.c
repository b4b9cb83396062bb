/* ntm-report-actions.c: export, PDF and print from the window
 *
 * The Export and Report buttons of the Water, OCOP, Funds and Overview
 * views: a file chooser, then the exporter or the report from src/io; the
 * outcome is told in a toast (or an error dialog when it failed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ntm-export.h"
#include "ntm-report-actions.h"
#include "ntm-report.h"
#include "ntm-table.h"
#include "ntm-window.h"

typedef struct {
  NtmDatabase *database;
  char        *name;        /* list name, or NULL for a report */
  char        *unit_code;   /* report: NULL for the summary */
  int          year;
  GtkWidget   *parent;
} ChooserData;

static void
chooser_data_free (gpointer data)
{
  ChooserData *d = data;

  g_clear_object (&d->database);
  g_free (d->name);
  g_free (d->unit_code);
  g_clear_object (&d->parent);
  g_free (d);
}

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * ntm_gui_show_message:
 * @parent: a widget in the window
 * @message: what to tell
 *
 * Tells @message in a toast of the main window.
 */
void
ntm_gui_show_message (GtkWidget  *parent,
                      const char *message)
{
  GtkWindow *window = parent_window (parent);

  if (NTM_IS_WINDOW (window))
    ntm_window_add_toast (NTM_WINDOW (window), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static void
show_error (GtkWidget  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (parent), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static NtmReport *
build_report (ChooserData  *d,
              GError      **error)
{
  if (d->unit_code != NULL)
    return ntm_report_new_unit (d->database, d->unit_code, d->year, error);
  return ntm_report_new_summary (d->database, d->year, error);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  ChooserData *d = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file ? g_file_get_path (file) : NULL;
  if (path == NULL)
    goto out;

  if (d->name != NULL)
    ntm_gui_export_list_to_path (d->parent, d->database, d->name, d->year, path);
  else
    ntm_gui_save_report_to_path (d->parent, d->database, d->unit_code, d->year, path);

out:
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
run_chooser (ChooserData *d,
             const char  *title,
             const char  *suggested)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  chooser = gtk_file_chooser_native_new (title, parent_window (d->parent), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);

  if (d->name != NULL)
    {
      filter = gtk_file_filter_new ();
      gtk_file_filter_set_name (filter, _("Spreadsheet (XLSX)"));
      gtk_file_filter_add_suffix (filter, "xlsx");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_object_unref (filter);
      filter = gtk_file_filter_new ();
      gtk_file_filter_set_name (filter, _("Comma-separated values (CSV)"));
      gtk_file_filter_add_suffix (filter, "csv");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_object_unref (filter);
    }
  else
    {
      filter = gtk_file_filter_new ();
      gtk_file_filter_set_name (filter, _("PDF document"));
      gtk_file_filter_add_suffix (filter, "pdf");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_object_unref (filter);
    }

  g_signal_connect_data (chooser, "response", G_CALLBACK (on_chooser_response_cb), d,
                         (GClosureNotify) (void (*) (void)) chooser_data_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ntm_gui_export_list_to_path:
 * @parent: the widget whose window tells the outcome
 * @database: the database
 * @name: the list (see ntm_table_list_names())
 * @year: the year to export, or 0 for every year
 * @path: the file to write: XLSX or CSV by its ending; ".xlsx" is added
 *   when the name has none
 *
 * Exports the list to @path, then tells the outcome: a toast when
 * exported, an error dialog when not. This is what the file chooser of
 * ntm_gui_export_list() does once a file is chosen.
 *
 * Returns: %TRUE if the list was written
 */
gboolean
ntm_gui_export_list_to_path (GtkWidget   *parent,
                             NtmDatabase *database,
                             const char  *name,
                             int          year,
                             const char  *path)
{
  g_autoptr(NtmTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base_name = NULL;
  g_autofree char *file = NULL;
  g_autofree char *base = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* A name without an ending gets the spreadsheet format. */
  base_name = g_path_get_basename (path);
  file = strchr (base_name, '.') == NULL ? g_strconcat (path, ".xlsx", NULL) : g_strdup (path);
  table = ntm_database_export_list (database, name, year, &error);
  if (table == NULL || !ntm_export_write (table, file, &error))
    {
      show_error (parent, _("The list could not be exported"), error->message);
      return FALSE;
    }

  base = g_path_get_basename (file);
  text = g_strdup_printf (_("Exported to %s"), base);
  ntm_gui_show_message (parent, text);
  return TRUE;
}

/**
 * ntm_gui_export_list:
 * @parent: the widget whose window the chooser belongs to
 * @database: the database
 * @name: the list (see ntm_table_list_names())
 * @year: the year to export, or 0 for every year
 *
 * Asks for a file (XLSX or CSV, by its ending) and exports the list.
 */
void
ntm_gui_export_list (GtkWidget   *parent,
                     NtmDatabase *database,
                     const char  *name,
                     int          year)
{
  ChooserData *d;
  g_autofree char *suggested = NULL;

  g_return_if_fail (NTM_IS_DATABASE (database));
  g_return_if_fail (name != NULL);

  d = g_new0 (ChooserData, 1);
  d->database = g_object_ref (database);
  d->name = g_strdup (name);
  d->year = year;
  d->parent = g_object_ref (parent);
  suggested = year ? g_strdup_printf ("%s-%d.xlsx", name, year) : g_strdup_printf ("%s.xlsx", name);
  run_chooser (d, _("Export List"), suggested);
}

/**
 * ntm_gui_save_report_to_path:
 * @parent: the widget whose window tells the outcome
 * @database: the database
 * @unit_code: (nullable): a unit for its profile; %NULL for the summary
 * @year: the year
 * @path: the file to write; ".pdf" is added when the name lacks it
 *
 * Writes the report as PDF to @path, then tells the outcome: a toast when
 * saved, an error dialog when not. This is what the file chooser of
 * ntm_gui_save_report() does once a file is chosen.
 *
 * Returns: %TRUE if the report was written
 */
gboolean
ntm_gui_save_report_to_path (GtkWidget   *parent,
                             NtmDatabase *database,
                             const char  *unit_code,
                             int          year,
                             const char  *path)
{
  ChooserData d = { database, NULL, (char *) unit_code, year, parent };
  g_autoptr(NtmReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_str_has_suffix (path, ".pdf") ? g_strdup (path) : g_strconcat (path, ".pdf", NULL);
  report = build_report (&d, &error);
  if (report == NULL || !ntm_report_write_pdf (report, file, &error))
    {
      show_error (parent, _("The report could not be written"), error->message);
      return FALSE;
    }
  else
    {
      g_autofree char *base = g_path_get_basename (file);
      g_autofree char *text = g_strdup_printf (_("Saved the report as %s"), base);

      ntm_gui_show_message (parent, text);
      return TRUE;
    }
}

/**
 * ntm_gui_save_report:
 * @parent: the widget whose window the chooser belongs to
 * @database: the database
 * @unit_code: (nullable): a unit for its profile; %NULL for the summary
 * @year: the year
 *
 * Asks for a file and writes the report as PDF.
 */
void
ntm_gui_save_report (GtkWidget   *parent,
                     NtmDatabase *database,
                     const char  *unit_code,
                     int          year)
{
  ChooserData *d;
  g_autofree char *suggested = NULL;

  g_return_if_fail (NTM_IS_DATABASE (database));

  d = g_new0 (ChooserData, 1);
  d->database = g_object_ref (database);
  d->unit_code = g_strdup (unit_code);
  d->year = year;
  d->parent = g_object_ref (parent);
  suggested = unit_code ? g_strdup_printf ("profile-%s-%d.pdf", unit_code, year)
                        : g_strdup_printf ("summary-%d.pdf", year);
  run_chooser (d, _("Save Report"), suggested);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   NtmReport         *report)
{
  gtk_print_operation_set_n_pages (operation, ntm_report_get_n_pages (report));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 NtmReport         *report)
{
  ntm_report_draw_page (report, gtk_print_context_get_cairo_context (context), page,
                        gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

/**
 * ntm_gui_print_report:
 * @parent: the widget whose window the print dialog belongs to
 * @database: the database
 * @unit_code: (nullable): a unit for its profile; %NULL for the summary
 * @year: the year
 *
 * Lays the report out and opens the print dialog for it.
 */
void
ntm_gui_print_report (GtkWidget   *parent,
                      NtmDatabase *database,
                      const char  *unit_code,
                      int          year)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(NtmReport) report = NULL;
  g_autoptr(GError) error = NULL;
  ChooserData d = { database, NULL, (char *) unit_code, year, parent };

  g_return_if_fail (NTM_IS_DATABASE (database));

  report = build_report (&d, &error);
  if (report == NULL)
    {
      show_error (parent, _("The report could not be prepared"), error->message);
      return;
    }

  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  {
    GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
    gtk_page_setup_set_paper_size (setup, a4);
    gtk_paper_size_free (a4);
  }
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, ntm_report_get_title (report));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb),
                         g_object_ref (report), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), report);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent_window (parent), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (parent, _("The report could not be printed"), error->message);
}
