/* ntm-report.c: printed reports (provincial summary, unit profile)
 *
 * A report is laid out once, page by page, into cairo recording surfaces
 * of A4 size in points. Writing a PDF replays them onto a PDF surface;
 * printing replays one page per GtkPrintOperation::draw-page, scaled to the
 * printer's page. Text goes through Pango, in the user's language.
 *
 * This file holds the NtmReport object and its public API. The page writer
 * is in ntm-report-writer.c, the provincial summary in ntm-report-summary.c
 * and the unit profile in ntm-report-unit.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "ntm-overview.h"
#include "ntm-output-file.h"
#include "ntm-report-private.h"
#include "ntm-report-writer-private.h"
#include "ntm-unit.h"

struct _NtmReport
{
  GObject      parent_instance;

  char        *title;
  GPtrArray   *pages;    /* of cairo_surface_t (recording, A4 in points) */
  NtmLanguage  language;
};

G_DEFINE_FINAL_TYPE (NtmReport, ntm_report, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_report_finalize (GObject *object)
{
  NtmReport *self = NTM_REPORT (object);

  g_free (self->title);
  g_ptr_array_unref (self->pages);

  G_OBJECT_CLASS (ntm_report_parent_class)->finalize (object);
}

static void
ntm_report_class_init (NtmReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_report_finalize;
}

static void
ntm_report_init (NtmReport *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  self->language = ntm_language_get_default ();
}

/* ---------------------------------------------------------------------- */
/* Internal API (ntm-report-private.h)                                    */
/* ---------------------------------------------------------------------- */

GPtrArray *
ntm_report_get_pages (NtmReport *self)
{
  g_assert (NTM_IS_REPORT (self));
  return self->pages;
}

NtmLanguage
ntm_report_get_language (NtmReport *self)
{
  g_assert (NTM_IS_REPORT (self));
  return self->language;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_report_new_summary:
 * @db: a #NtmDatabase
 * @year: the year
 * @error: return location for a #GError
 *
 * Lays out the provincial summary: headline figures, the map, targets and
 * progress, results by district, funds, OCOP, and the reported figures.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
NtmReport *
ntm_report_new_summary (NtmDatabase  *db,
                        int           year,
                        GError      **error)
{
  g_autoptr(NtmReport) self = NULL;
  g_autoptr(NtmOverview) overview = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  overview = ntm_overview_new (db, year, error);
  if (overview == NULL)
    return NULL;

  self = g_object_new (NTM_TYPE_REPORT, NULL);
  self->title = g_strdup_printf (_("New Rural Development: summary report for %d"), year);
  ntm_report_build_summary (self, overview);
  draw_page_numbers (self);
  return g_steal_pointer (&self);
}

/**
 * ntm_report_new_unit:
 * @db: a #NtmDatabase
 * @code: a unit's code, as people write it in @year (see
 *   ntm_database_find_unit()), or its key
 * @year: the year
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_NOT_FOUND for
 *   an unknown code)
 *
 * Lays out a unit's one-page profile: map inset, criteria status,
 * recognitions, water, OCOP products and funds.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
NtmReport *
ntm_report_new_unit (NtmDatabase  *db,
                     const char   *code,
                     int           year,
                     GError      **error)
{
  g_autoptr(NtmReport) self = NULL;
  g_autoptr(NtmOverview) overview = NULL;
  g_autoptr(NtmUnit) unit = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  /* The unit that code names in that year (codes are reused), or else the
   * unit whose key it is. */
  unit = ntm_database_find_unit (db, code, year, NULL);
  if (unit == NULL)
    unit = ntm_database_get_unit (db, code, error);
  if (unit == NULL)
    return NULL;
  overview = ntm_overview_new (db, year, error);
  if (overview == NULL)
    return NULL;

  self = g_object_new (NTM_TYPE_REPORT, NULL);
  /* Translators: a unit profile's title: unit name, year */
  self->title = g_strdup_printf (_("%s: profile %d"), ntm_unit_get_name (unit), year);
  if (!ntm_report_build_unit (self, overview, unit, error))
    return NULL;
  draw_page_numbers (self);
  return g_steal_pointer (&self);
}

const char *
ntm_report_get_title (NtmReport *self)
{
  g_return_val_if_fail (NTM_IS_REPORT (self), NULL);
  return self->title;
}

guint
ntm_report_get_n_pages (NtmReport *self)
{
  g_return_val_if_fail (NTM_IS_REPORT (self), 0);
  return self->pages->len;
}

/**
 * ntm_report_draw_page:
 * @self: a #NtmReport
 * @cr: where to draw
 * @page: the page, from 0
 * @width: the width available, in @cr's units
 * @height: the height available
 *
 * Draws one A4 page, scaled to fit @width × @height and centred.
 */
void
ntm_report_draw_page (NtmReport *self,
                      cairo_t   *cr,
                      guint      page,
                      double     width,
                      double     height)
{
  double scale;

  g_return_if_fail (NTM_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  scale = MIN (width / PAGE_W, height / PAGE_H);
  cairo_save (cr);
  cairo_translate (cr, (width - PAGE_W * scale) / 2, (height - PAGE_H * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, g_ptr_array_index (self->pages, page), 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/**
 * ntm_report_write_pdf:
 * @self: a #NtmReport
 * @path: the PDF file to write
 * @cancellable: (nullable): stops writing between pages; then no file is
 *   left behind
 * @progress: (nullable): told the share of pages written, from the calling
 *   thread
 * @progress_data: for @progress
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ntm_report_write_pdf (NtmReport        *self,
                      const char       *path,
                      GCancellable     *cancellable,
                      NtmProgressFunc   progress,
                      gpointer          progress_data,
                      GError          **error)
{
  g_autofree char *dir = NULL;
  g_autoptr(NtmOutputFile) output = NULL;
  const char *tmp;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (NTM_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Cannot write “%s”: the folder does not exist."), display);
      return FALSE;
    }
  output = ntm_output_file_new (path, error);
  if (output == NULL)
    return FALSE;
  tmp = ntm_output_file_get_temp_path (output);

  surface = cairo_pdf_surface_create (tmp, PAGE_W, PAGE_H);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ntm " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      cairo_set_source_surface (cr, g_ptr_array_index (self->pages, i), 0, 0);
      cairo_paint (cr);
      cairo_show_page (cr);
      ntm_progress_report (progress, progress_data, 0.9 * (i + 1) / self->pages->len);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* cancelled: the temporary file goes with the output */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }
  if (!ntm_output_file_commit (output, error))
    return FALSE;
  ntm_progress_report (progress, progress_data, 1.0);
  return TRUE;
}
