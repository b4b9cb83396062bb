/* ntm-map-export-job.c: the map written to PNG or PDF, off the main thread
 *
 * The export draws the whole province at print size, which takes long
 * enough to freeze a window. It runs as an NtmJob: the worker reads
 * through a database connection of its own, builds a renderer for the mode,
 * layer and year shown (so the map on screen is never drawn from two
 * threads), and writes the file; Cancel leaves no file behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-error.h"
#include "ntm-map-export.h"
#include "ntm-map-export-job.h"

/* The page sizes of an exported map: Full HD for a slide, A3 landscape
 * (in points) for print. */
#define PNG_WIDTH  1920
#define PNG_HEIGHT 1080
#define PDF_WIDTH  1191
#define PDF_HEIGHT 842

typedef struct {
  NtmDatabase  *reader;         /* the worker's connection */
  int           year;
  NtmUnitLayer  layer;
  NtmMapMode    mode;
  int           since_year;     /* for NTM_MAP_MODE_CHANGE */
  char         *indicator;
  char         *district;
  char         *path;
  gboolean      pdf;
} MapExport;

static void
map_export_free (gpointer data)
{
  MapExport *e = data;

  g_clear_object (&e->reader);
  g_free (e->indicator);
  g_free (e->district);
  g_free (e->path);
  g_free (e);
}

/* In the worker thread. */
static gboolean
export_map (NtmJob        *job,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  MapExport *e = data;
  g_autoptr(NtmMapRenderer) renderer = NULL;

  ntm_job_begin_step (job, 0.0, 0.4);
  if (e->mode == NTM_MAP_MODE_CHANGE)
    renderer = ntm_map_export_new_renderer_change (e->reader, e->year, e->layer, e->since_year, error);
  else
    renderer = ntm_map_export_new_renderer_for_layer (e->reader, e->year, e->layer, e->mode, e->indicator, error);
  if (renderer == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  ntm_job_begin_step (job, 0.4, 1.0);
  return ntm_map_export_write (renderer, e->reader, e->year, e->district, e->path,
                               e->pdf ? PDF_WIDTH : PNG_WIDTH, e->pdf ? PDF_HEIGHT : PNG_HEIGHT,
                               cancellable, ntm_job_progress_cb, job, error);
}

/**
 * ntm_map_export_job_start:
 * @parent: the widget whose window shows the progress and the outcome
 * @database: the database shown
 * @year: the year shown
 * @layer: the layer shown
 * @mode: what the colours show
 * @indicator: (nullable): for %NTM_MAP_MODE_INDICATOR, "SET:CODE"
 * @since_year: for %NTM_MAP_MODE_CHANGE, the year compared with
 * @district: (nullable): the district framed, or %NULL for the province
 * @file: where to write: PDF by a ".pdf" ending, PNG otherwise (".png" is
 *   added to a name without it)
 *
 * Exports the map in a worker thread, with its progress and Cancel in the
 * window's job bar, then tells the outcome.
 *
 * Returns: (transfer none) (nullable): the job, alive while it runs; %NULL
 *   when @file is not on a disk or the database cannot be read (an error
 *   dialog says so)
 */
NtmJob *
ntm_map_export_job_start (GtkWidget    *parent,
                          NtmDatabase  *database,
                          int           year,
                          NtmUnitLayer  layer,
                          NtmMapMode    mode,
                          const char   *indicator,
                          int           since_year,
                          const char   *district,
                          GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) reader = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  g_autofree char *done = NULL;
  g_autoptr(NtmJob) job = NULL;
  MapExport *e;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      ntm_error_show (parent, _("The map could not be exported"),
                      _("The place chosen is not a folder on this computer. Choose a folder on this computer’s disk or on a USB stick, then copy the file where it should go."));
      return NULL;
    }

  reader = ntm_database_open_reader (database, &error);
  if (reader == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      ntm_error_show (parent, _("The map could not be exported"), message);
      return NULL;
    }

  e = g_new0 (MapExport, 1);
  e->reader = g_steal_pointer (&reader);
  lower = g_ascii_strdown (path, -1);
  e->pdf = g_str_has_suffix (lower, ".pdf");
  e->path = e->pdf || g_str_has_suffix (lower, ".png") ? g_strdup (path) : g_strconcat (path, ".png", NULL);
  e->year = year;
  e->layer = layer;
  e->mode = mode;
  e->since_year = since_year;
  e->indicator = g_strdup (indicator);
  e->district = g_strdup (district);

  base = g_path_get_basename (e->path);
  /* Translators: in the window's progress bar; %s is a file name */
  title = g_strdup_printf (_("Exporting the map to “%s”…"), base);
  done = g_strdup_printf (_("Map saved as “%s”"), base);
  job = ntm_job_new (title, export_map, e, map_export_free);
  ntm_job_run_to_file (job, parent, done, _("The map could not be exported"));
  /* the window's job bar holds it while it runs */
  return job;
}
