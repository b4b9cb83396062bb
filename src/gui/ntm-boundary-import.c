/* ntm-boundary-import.c: importing boundaries, from the file to the commit
 *
 * One import, start to end: the file chooser, the file read in a worker
 * thread (an NtmJob, shown with its progress and Cancel in the window's
 * job bar, the window answering meanwhile), then a report of what would
 * happen (NtmBoundaryReportDialog) before anything is written. Nothing
 * reaches the database until the person presses Import.
 *
 * The object keeps itself alive while its job runs or its dialog is open,
 * so the caller may drop its reference at any time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-boundary-import.h"
#include "ntm-boundary-import-private.h"
#include "ntm-boundary-report-dialog.h"
#include "ntm-error.h"
#include "ntm-job.h"

struct _NtmBoundaryImport
{
  GObject                  parent_instance;

  GtkWindow               *parent;          /* weak */
  NtmDatabase             *db;
  GSettings               *settings;

  NtmJob                  *job;             /* while the file is read */
  NtmBoundaryReportDialog *report_dialog;   /* weak: the question asked */
};

G_DEFINE_FINAL_TYPE (NtmBoundaryImport, ntm_boundary_import, G_TYPE_OBJECT)

enum {
  COMMITTED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the worker reads, and what it gives back */
typedef struct {
  char            *path;
  NtmBoundaryFile *file;
} Reading;

static void
reading_free (Reading *r)
{
  g_free (r->path);
  g_clear_object (&r->file);
  g_free (r);
}

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
finish (NtmBoundaryImport *self)
{
  g_signal_emit (self, signals[FINISHED], 0);
}

/* ---------------------------------------------------------------------- */
/* The report                                                             */
/* ---------------------------------------------------------------------- */

static void
on_report_response_cb (NtmBoundaryReportDialog *dialog,
                       const char              *response,
                       gpointer                 user_data)
{
  g_autoptr(NtmBoundaryImport) self = user_data;
  g_autoptr(NtmBoundaryReport) report = g_object_ref (ntm_boundary_report_dialog_get_report (dialog));

  g_signal_handlers_disconnect_by_func (dialog, on_report_response_cb, user_data);
  g_clear_weak_pointer (&self->report_dialog);
  if (g_strcmp0 (response, "import") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!ntm_boundary_report_commit (report, &error))
        ntm_error_show (GTK_WIDGET (self->parent), _("The boundaries could not be imported"), error->message);
      else
        g_signal_emit (self, signals[COMMITTED], 0, ntm_boundary_report_get_n_units_matched (report));
    }
  finish (self);
}

static void
show_report (NtmBoundaryImport *self,
             NtmBoundaryReport *report)
{
  NtmBoundaryReportDialog *dialog = ntm_boundary_report_dialog_new (self->parent, self->db, report);

  g_set_weak_pointer (&self->report_dialog, dialog);
  /* the dialog holds the import until it is answered */
  g_signal_connect (dialog, "response", G_CALLBACK (on_report_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                */
/* ---------------------------------------------------------------------- */

/* In the worker thread */
static gboolean
read_file (NtmJob        *job,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  Reading *r = data;

  r->file = ntm_boundary_file_read (r->path, cancellable, ntm_job_get_permille (job), error);
  return r->file != NULL;
}

static void
on_read_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(NtmBoundaryImport) self = user_data;
  g_autoptr(NtmJob) job = g_steal_pointer (&self->job);
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryReport) report = NULL;
  Reading *r = g_object_get_data (G_OBJECT (job), "ntm-reading");

  if (!ntm_job_run_finish (job, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ntm_error_show (GTK_WIDGET (self->parent), _("The boundaries could not be read"), error->message);
      finish (self);
      return;
    }

  report = ntm_boundary_report_new (r->file, self->db, &error);
  if (report == NULL)
    {
      ntm_error_show (GTK_WIDGET (self->parent), _("The boundaries could not be matched"), error->message);
      finish (self);
      return;
    }
  show_report (self, report);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(NtmBoundaryImport) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      ntm_boundary_import_start (self, file);
    }
  else
    finish (self);
  g_object_unref (chooser);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_boundary_import_dispose (GObject *object)
{
  NtmBoundaryImport *self = NTM_BOUNDARY_IMPORT (object);

  if (self->job != NULL)
    ntm_job_cancel (self->job);
  g_clear_object (&self->job);
  g_clear_weak_pointer (&self->parent);
  g_clear_weak_pointer (&self->report_dialog);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ntm_boundary_import_parent_class)->dispose (object);
}

static void
ntm_boundary_import_class_init (NtmBoundaryImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ntm_boundary_import_dispose;

  /**
   * NtmBoundaryImport::committed:
   * @self: the import
   * @n_units: how many units got a boundary
   *
   * The boundaries are in the database.
   */
  signals[COMMITTED] = g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * NtmBoundaryImport::finished:
   * @self: the import
   *
   * The import is over: committed, declined, cancelled or failed (the
   * error is shown to the person already).
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ntm_boundary_import_init (NtmBoundaryImport *self)
{
  self->settings = g_settings_new (APPLICATION_ID);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_boundary_import_new:
 * @parent: (nullable): the window the dialogs belong to
 * @db: the database the boundaries go into
 *
 * Returns: (transfer full): an import that has not started
 */
NtmBoundaryImport *
ntm_boundary_import_new (GtkWindow   *parent,
                         NtmDatabase *db)
{
  NtmBoundaryImport *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  self = g_object_new (NTM_TYPE_BOUNDARY_IMPORT, NULL);
  g_set_weak_pointer (&self->parent, parent);
  self->db = g_object_ref (db);
  return self;
}

/**
 * ntm_boundary_import_choose_file:
 * @self: a #NtmBoundaryImport
 *
 * Asks for a boundary file in the folder used last, then imports it.
 */
void
ntm_boundary_import_choose_file (NtmBoundaryImport *self)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *folder = NULL;

  g_return_if_fail (NTM_IS_BOUNDARY_IMPORT (self));

  chooser = gtk_file_chooser_native_new (_("Import Boundaries"), self->parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Boundary files (GeoJSON, Shapefile, GeoPackage, KML, MapInfo)"));
  for (const char * const *p = (const char * const[]) { "*.geojson", "*.json", "*.shp", "*.gpkg", "*.kml",
                                                         "*.tab", "*.mif", NULL }; *p; p++)
    gtk_file_filter_add_suffix (filter, *p + 2);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

  folder = g_settings_get_string (self->settings, "last-import-folder");
  if (*folder)
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ntm_boundary_import_start:
 * @self: a #NtmBoundaryImport
 * @file: a boundary file on disk
 *
 * Reads @file in a worker thread, shown in the window's job bar with its
 * progress and Cancel, then shows the match report; the boundaries are
 * written only when the person confirms. Remembers the file's folder for
 * the next file chooser.
 */
void
ntm_boundary_import_start (NtmBoundaryImport *self,
                           GFile             *file)
{
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *folder_path = NULL;
  Reading *r;

  g_return_if_fail (NTM_IS_BOUNDARY_IMPORT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->job == NULL);

  r = g_new0 (Reading, 1);
  r->path = g_file_get_path (file);
  if (r->path == NULL)
    {
      reading_free (r);
      finish (self);
      return;
    }
  base = g_file_get_basename (file);
  folder = g_file_get_parent (file);
  folder_path = folder ? g_file_get_path (folder) : NULL;
  if (folder_path != NULL)
    g_settings_set_string (self->settings, "last-import-folder", folder_path);

  /* Translators: %s is the name of a boundary file */
  title = g_strdup_printf (_("Reading boundaries from “%s”…"), base);
  self->job = ntm_job_new (title, read_file, r, NULL);
  g_object_set_data_full (G_OBJECT (self->job), "ntm-reading", r, (GDestroyNotify) reading_free);
  if (self->parent != NULL)
    ntm_job_run_for_widget (self->job, GTK_WIDGET (self->parent), on_read_done_cb, g_object_ref (self));
  else
    ntm_job_run_async (self->job, on_read_done_cb, g_object_ref (self));
}

/**
 * ntm_boundary_import_cancel:
 * @self: a #NtmBoundaryImport
 *
 * Stops reading, as the job bar's Cancel does. Nothing is written.
 */
void
ntm_boundary_import_cancel (NtmBoundaryImport *self)
{
  g_return_if_fail (NTM_IS_BOUNDARY_IMPORT (self));

  if (self->job != NULL)
    ntm_job_cancel (self->job);
}

/**
 * ntm_boundary_import_is_reading:
 * @self: a #NtmBoundaryImport
 *
 * Returns: %TRUE while the file is being read
 */
gboolean
ntm_boundary_import_is_reading (NtmBoundaryImport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_IMPORT (self), FALSE);
  return self->job != NULL;
}

/**
 * ntm_boundary_import_get_job:
 * @self: a #NtmBoundaryImport
 *
 * Returns: (transfer none) (nullable): the reading of the file, while it
 *   runs
 */
NtmJob *
ntm_boundary_import_get_job (NtmBoundaryImport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_IMPORT (self), NULL);
  return self->job;
}

/**
 * ntm_boundary_import_get_report:
 * @self: a #NtmBoundaryImport
 *
 * Returns: (transfer none) (nullable): the report the person is asked to
 *   confirm, with the fields chosen now
 */
NtmBoundaryReport *
ntm_boundary_import_get_report (NtmBoundaryImport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_IMPORT (self), NULL);
  return self->report_dialog ? ntm_boundary_report_dialog_get_report (self->report_dialog) : NULL;
}

/**
 * ntm_boundary_import_get_report_dialog:
 * @self: a #NtmBoundaryImport
 *
 * Returns: (transfer none) (nullable): the dialog asking whether to import,
 *   while it is open; its responses are "import" and "cancel"
 */
AdwMessageDialog *
ntm_boundary_import_get_report_dialog (NtmBoundaryImport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_IMPORT (self), NULL);
  return self->report_dialog ? ADW_MESSAGE_DIALOG (self->report_dialog) : NULL;
}
