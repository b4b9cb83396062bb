/* ntm-report-actions.c: the printed reports, saved as PDF or printed
 *
 * The provincial summary (Overview view) and a unit's profile (Communes
 * view): laid out and written by src/io in a worker thread (an NtmJob,
 * with its progress and Cancel in the window's job bar). Laying a report
 * out reads the whole year's data, so the worker reads through a database
 * connection of its own. Printing lays the report out the same way, then
 * opens the print dialog on the main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-error.h"
#include "ntm-report-actions.h"
#include "ntm-report.h"
#include "ntm-window.h"

/* What the worker needs: nothing of the main thread's (no widget, not its
 * database connection), as the job may be let go of in either thread. */
typedef struct {
  NtmDatabase *reader;      /* the worker's connection */
  char      *unit_code;     /* NULL for the summary */
  int        year;
  char      *path;          /* NULL to print */
  NtmReport *report;        /* laid out by the worker */
} Report;

/* What the main thread needs around the job. */
typedef struct {
  GtkWidget   *parent;
  NtmDatabase *database;
  char        *unit_code;
  int          year;
} Asking;

static void
report_free (gpointer data)
{
  Report *r = data;

  g_clear_object (&r->report);
  g_clear_object (&r->reader);
  g_free (r->unit_code);
  g_free (r->path);
  g_free (r);
}

/* Returns: (nullable): the report to make, or %NULL when the database
 * cannot be read (an error dialog says so) */
static Report *
report_new (GtkWidget   *parent,
            NtmDatabase *database,
            const char  *unit_code,
            int          year)
{
  g_autoptr(GError) error = NULL;
  NtmDatabase *reader = ntm_database_open_reader (database, &error);
  Report *r;

  if (reader == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      ntm_error_show (parent, _("The report could not be prepared"), message);
      return NULL;
    }
  r = g_new0 (Report, 1);
  r->reader = reader;
  r->unit_code = g_strdup (unit_code);
  r->year = year;
  return r;
}

static Asking *
asking_new (GtkWidget   *parent,
            NtmDatabase *database,
            const char  *unit_code,
            int          year)
{
  Asking *a = g_new0 (Asking, 1);

  a->parent = g_object_ref (parent);
  a->database = g_object_ref (database);
  a->unit_code = g_strdup (unit_code);
  a->year = year;
  return a;
}

static void
asking_free (gpointer data)
{
  Asking *a = data;

  g_clear_object (&a->parent);
  g_clear_object (&a->database);
  g_free (a->unit_code);
  g_free (a);
}

/* In the worker thread: lays the report out, and writes it when it has a
 * file to go to. */
static gboolean
make_report (NtmJob        *job,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Report *r = data;

  ntm_job_begin_step (job, 0.0, 0.6);
  if (r->unit_code != NULL)
    r->report = ntm_report_new_unit (r->reader, r->unit_code, r->year, error);
  else
    r->report = ntm_report_new_summary (r->reader, r->year, error);
  if (r->report == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (r->path == NULL)
    return TRUE;
  ntm_job_begin_step (job, 0.6, 1.0);
  return ntm_report_write_pdf (r->report, r->path, cancellable, ntm_job_progress_cb, job, error);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  Asking *a = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        ntm_report_save (a->parent, a->database, a->unit_code, a->year, path);
      else
        ntm_error_show (a->parent, _("The report could not be written"),
                        _("The place chosen is not a folder on this computer. Choose a folder on this computer’s disk or on a USB stick, then copy the file where it should go."));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * ntm_report_choose_file:
 * @parent: the widget whose window the chooser belongs to
 * @database: the database
 * @unit_code: (nullable): a unit for its profile; %NULL for the summary
 * @year: the year
 *
 * Asks for a file, then writes the report to it as ntm_report_save() does.
 */
void
ntm_report_choose_file (GtkWidget   *parent,
                        NtmDatabase *database,
                        const char  *unit_code,
                        int          year)
{
  GtkRoot *root;
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *suggested = NULL;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (NTM_IS_DATABASE (database));

  root = gtk_widget_get_root (parent);
  chooser = gtk_file_chooser_native_new (_("Save Report"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  suggested = unit_code ? g_strdup_printf ("profile-%s-%d.pdf", unit_code, year)
                        : g_strdup_printf ("summary-%d.pdf", year);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF document"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

  g_signal_connect_data (chooser, "response", G_CALLBACK (on_chooser_response_cb),
                         asking_new (parent, database, unit_code, year),
                         (GClosureNotify) (void (*) (void)) asking_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ntm_report_save:
 * @parent: the widget whose window shows the progress and the outcome
 * @database: the database
 * @unit_code: (nullable): a unit for its profile; %NULL for the summary
 * @year: the year
 * @path: the file to write; ".pdf" is added when the name lacks it
 *
 * Lays the report out and writes it as PDF in a worker thread, with its
 * progress and Cancel in the window's job bar; tells the outcome in a
 * toast, or in an error dialog when it could not be written.
 *
 * Returns: (transfer none) (nullable): the job, alive while it runs; %NULL
 *   when the database cannot be read (an error dialog says so)
 */
NtmJob *
ntm_report_save (GtkWidget   *parent,
                 NtmDatabase *database,
                 const char  *unit_code,
                 int          year,
                 const char  *path)
{
  g_autoptr(NtmJob) job = NULL;
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  g_autofree char *done = NULL;
  Report *r;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  r = report_new (parent, database, unit_code, year);
  if (r == NULL)
    return NULL;
  r->path = g_str_has_suffix (path, ".pdf") ? g_strdup (path) : g_strconcat (path, ".pdf", NULL);
  base = g_path_get_basename (r->path);
  /* Translators: in the window's progress bar; %s is a file name */
  title = g_strdup_printf (_("Writing the report “%s”…"), base);
  done = g_strdup_printf (_("Saved the report as %s"), base);
  job = ntm_job_new (title, make_report, r, report_free);
  ntm_job_run_to_file (job, parent, done, _("The report could not be written"));
  /* the running task holds the job */
  return job;
}

/* ---------------------------------------------------------------------- */
/* Printing                                                               */
/* ---------------------------------------------------------------------- */

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

/* Back on the main thread with the report laid out: the print dialog. */
static void
on_laid_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Asking *a = user_data;
  Report *r = g_object_get_data (source, "ntm-report");
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GError) error = NULL;
  GtkPaperSize *a4;
  GtkRoot *root;

  if (!ntm_job_run_finish (NTM_JOB (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ntm_error_show (a->parent, _("The report could not be prepared"), error->message);
      asking_free (a);
      return;
    }

  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_paper_size_free (a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, ntm_report_get_title (r->report));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb),
                         g_object_ref (r->report), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb),
                         g_object_ref (r->report), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  root = gtk_widget_get_root (a->parent);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    ntm_error_show (a->parent, _("The report could not be printed"), error->message);
  asking_free (a);
}

/**
 * ntm_report_print:
 * @parent: the widget whose window the print dialog belongs to
 * @database: the database
 * @unit_code: (nullable): a unit for its profile; %NULL for the summary
 * @year: the year
 *
 * Lays the report out in a worker thread, then opens the print dialog for
 * it.
 *
 * Returns: (transfer none) (nullable): the job laying the report out,
 *   alive while it runs; %NULL when the database cannot be read
 */
NtmJob *
ntm_report_print (GtkWidget   *parent,
                  NtmDatabase *database,
                  const char  *unit_code,
                  int          year)
{
  g_autoptr(NtmJob) job = NULL;
  Report *r;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  r = report_new (parent, database, unit_code, year);
  if (r == NULL)
    return NULL;
  job = ntm_job_new (_("Preparing the report for printing…"), make_report, r, report_free);
  /* the report laid out is the job's; the callback finds it there */
  g_object_set_data (G_OBJECT (job), "ntm-report", r);
  ntm_job_run_for_widget (job, parent, on_laid_out_cb, asking_new (parent, database, unit_code, year));
  /* the running task holds the job */
  return job;
}
