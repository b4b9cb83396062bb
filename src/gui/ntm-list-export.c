/* ntm-list-export.c: a list written as XLSX or CSV, from the window
 *
 * The Export buttons of the Water, OCOP, Funds and Overview views: a file
 * chooser, then the list written by src/io in a worker thread (an NtmJob,
 * its progress and Cancel in the window's job bar). The rows are read on
 * the main thread, whose database connection is not shared with the
 * worker; the worker only writes the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-error.h"
#include "ntm-export.h"
#include "ntm-list-export.h"
#include "ntm-table.h"

typedef struct {
  GtkWidget   *parent;
  NtmDatabase *database;
  char        *name;
  int          year;
} Choosing;

typedef struct {
  NtmTable *table;
  char     *path;
} Writing;

static void
choosing_free (gpointer data)
{
  Choosing *c = data;

  g_clear_object (&c->parent);
  g_clear_object (&c->database);
  g_free (c->name);
  g_free (c);
}

static void
writing_free (gpointer data)
{
  Writing *w = data;

  g_clear_object (&w->table);
  g_free (w->path);
  g_free (w);
}

/* In the worker thread. */
static gboolean
write_list (NtmJob        *job,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  Writing *w = data;

  return ntm_export_write (w->table, w->path, cancellable, ntm_job_progress_cb, job, error);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  Choosing *c = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        ntm_list_export_start (c->parent, c->database, c->name, c->year, path);
      else
        ntm_error_show (c->parent, _("The list could not be exported"),
                        _("The place chosen is not a folder on this computer. Choose a folder on this computer’s disk or on a USB stick, then copy the file where it should go."));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * ntm_list_export_choose:
 * @parent: the widget whose window the chooser belongs to
 * @database: the database
 * @name: the list (see ntm_table_list_names())
 * @year: the year to export, or 0 for every year
 *
 * Asks for a file (XLSX or CSV, by its ending), then exports the list to
 * it as ntm_list_export_start() does.
 */
void
ntm_list_export_choose (GtkWidget   *parent,
                        NtmDatabase *database,
                        const char  *name,
                        int          year)
{
  GtkRoot *root;
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *suggested = NULL;
  Choosing *c;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (NTM_IS_DATABASE (database));
  g_return_if_fail (name != NULL);

  c = g_new0 (Choosing, 1);
  c->parent = g_object_ref (parent);
  c->database = g_object_ref (database);
  c->name = g_strdup (name);
  c->year = year;

  root = gtk_widget_get_root (parent);
  chooser = gtk_file_chooser_native_new (_("Export List"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  suggested = year ? g_strdup_printf ("%s-%d.xlsx", name, year) : g_strdup_printf ("%s.xlsx", name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);

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

  g_signal_connect_data (chooser, "response", G_CALLBACK (on_chooser_response_cb), c,
                         (GClosureNotify) (void (*) (void)) choosing_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ntm_list_export_start:
 * @parent: the widget whose window shows the progress and the outcome
 * @database: the database
 * @name: the list (see ntm_table_list_names())
 * @year: the year to export, or 0 for every year
 * @path: the file to write: XLSX or CSV by its ending; ".xlsx" is added
 *   when the name has none
 *
 * Reads the list, then writes it in a worker thread, with its progress
 * and Cancel in the window's job bar; tells the outcome in a toast, or in
 * an error dialog when the file cannot be written.
 *
 * Returns: (transfer none) (nullable): the job, alive while it runs; %NULL
 *   when the list cannot be read (an error dialog says so)
 */
NtmJob *
ntm_list_export_start (GtkWidget   *parent,
                       NtmDatabase *database,
                       const char  *name,
                       int          year,
                       const char  *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmTable) table = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  table = ntm_database_export_list (database, name, year, &error);
  if (table == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);

      ntm_error_show (parent, _("The list could not be exported"), message);
      return NULL;
    }
  return ntm_list_export_start_table (parent, table, path);
}

/**
 * ntm_list_export_start_table:
 * @parent: the widget whose window shows the progress and the outcome
 * @table: the list, already read (on this thread: the database is not
 *   touched by the worker)
 * @path: where to write: XLSX by default, CSV by a ".csv" ending
 *
 * Writes @table in a worker thread, with its progress and Cancel in the
 * window's job bar, then tells the outcome.
 *
 * Returns: (transfer none): the job, alive while it runs
 */
NtmJob *
ntm_list_export_start_table (GtkWidget  *parent,
                             NtmTable   *table,
                             const char *path)
{
  g_autofree char *base_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *done = NULL;
  g_autoptr(NtmJob) job = NULL;
  Writing *w;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (NTM_IS_TABLE (table), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  w = g_new0 (Writing, 1);
  /* A name without an ending gets the spreadsheet format. */
  base_name = g_path_get_basename (path);
  w->path = strchr (base_name, '.') == NULL ? g_strconcat (path, ".xlsx", NULL) : g_strdup (path);
  w->table = g_object_ref (table);

  g_free (base_name);
  base_name = g_path_get_basename (w->path);
  /* Translators: in the window's progress bar; %s is a file name */
  title = g_strdup_printf (_("Exporting “%s”…"), base_name);
  done = g_strdup_printf (_("Exported to %s"), base_name);
  job = ntm_job_new (title, write_list, w, writing_free);
  ntm_job_run_to_file (job, parent, done, _("The list could not be exported"));
  /* the running task holds the job */
  return job;
}
