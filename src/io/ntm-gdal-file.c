/* ntm-gdal-file.c: opening a file through GDAL, what went wrong in words
 *
 * GDAL says what went wrong through an error handler of the calling
 * thread, not with the call that failed. The readers of files (a
 * spreadsheet, ntm-workbook-file.c; a boundary file, ntm-boundary-file.c)
 * open theirs through an NtmGdalFile: GDAL's drivers are registered once
 * for the process, every failure reported from ntm_gdal_file_begin() to
 * ntm_gdal_file_end() is kept as one line that a message to a person can
 * quote, and the end closes the dataset and removes the handler. Each
 * reader words its own errors from that.
 *
 * Both readers also run the same way in a worker thread:
 * ntm_file_read_in_thread().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cpl_error.h>

#include "ntm-gdal-file-private.h"

/* What GDAL says is kept up to this length: enough for a message. */
#define MAX_MESSAGES 2000

typedef struct {
  char          *path;
  NtmFileReader  reader;
  gint          *progress;
} ReadData;

static gpointer
register_drivers (gpointer data)
{
  GDALAllRegister ();
  return NULL;
}

static void CPL_STDCALL
collect_error (CPLErr      level,
               CPLErrorNum number,
               const char *message)
{
  NtmGdalFile *file = CPLGetErrorHandlerUserData ();

  if (level < CE_Failure || file == NULL)
    return;
  file->failures++;
  if (file->messages->len < MAX_MESSAGES)
    {
      if (file->messages->len > 0)
        g_string_append (file->messages, "; ");
      g_string_append (file->messages, message);
    }
}

static void
read_data_free (gpointer data)
{
  ReadData *d = data;

  g_free (d->path);
  g_free (d);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadData *data = task_data;
  GError *error = NULL;
  gpointer result = data->reader (data->path, cancellable, data->progress, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, g_object_unref);
}

/**
 * ntm_gdal_file_begin:
 * @file: an #NtmGdalFile on the stack
 *
 * Registers GDAL's drivers (once for the process) and collects, from now
 * on and in this thread, the failures GDAL reports into @file. End with
 * ntm_gdal_file_end().
 */
void
ntm_gdal_file_begin (NtmGdalFile *file)
{
  static GOnce drivers_once = G_ONCE_INIT;

  g_return_if_fail (file != NULL);

  g_once (&drivers_once, register_drivers, NULL);
  file->dataset = NULL;
  file->messages = g_string_new (NULL);
  file->failures = 0;
  CPLPushErrorHandlerEx (collect_error, file);
}

/**
 * ntm_gdal_file_open:
 * @file: an #NtmGdalFile, begun
 * @path: the file
 * @drivers: the GDAL drivers that may read it
 * @options: (nullable): the drivers' open options
 *
 * Opens @path read-only as vector data, into @file->dataset.
 *
 * Returns: %TRUE if opened; otherwise @file->messages may say why
 */
gboolean
ntm_gdal_file_open (NtmGdalFile        *file,
                    const char         *path,
                    const char * const *drivers,
                    const char * const *options)
{
  g_return_val_if_fail (file != NULL && file->messages != NULL, FALSE);
  g_return_val_if_fail (file->dataset == NULL, FALSE);

  file->dataset = GDALOpenEx (path, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, NULL);
  return file->dataset != NULL;
}

/**
 * ntm_gdal_file_end:
 * @file: an #NtmGdalFile, begun
 *
 * Closes the dataset, if open, and stops collecting GDAL's failures.
 */
void
ntm_gdal_file_end (NtmGdalFile *file)
{
  g_return_if_fail (file != NULL && file->messages != NULL);

  if (file->dataset != NULL)
    GDALClose (file->dataset);
  file->dataset = NULL;
  CPLPopErrorHandler ();
  g_string_free (g_steal_pointer (&file->messages), TRUE);
}

/**
 * ntm_file_read_in_thread:
 * @path: the file
 * @reader: what reads it, in the worker thread
 * @source_tag: the asynchronous function, for its _finish() to check
 * @progress_permille: (nullable): given to @reader; must stay valid until
 *   @callback runs
 * @cancellable: (nullable): to stop reading
 * @callback: called in the caller's main context when done
 * @user_data: for @callback
 *
 * Runs @reader in a worker thread; the task returns the object it read
 * (g_task_propagate_pointer()) or its error.
 */
void
ntm_file_read_in_thread (const char          *path,
                         NtmFileReader        reader,
                         gpointer             source_tag,
                         gint                *progress_permille,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadData *data;

  g_return_if_fail (path != NULL);
  g_return_if_fail (reader != NULL);

  data = g_new0 (ReadData, 1);
  data->path = g_strdup (path);
  data->reader = reader;
  data->progress = progress_permille;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, read_data_free);
  g_task_run_in_thread (task, read_thread);
}
