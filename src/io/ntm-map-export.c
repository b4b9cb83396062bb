/* ntm-map-export.c: the map as a PNG or PDF file
 *
 * A page a steering committee can read on paper or on the wall: a title
 * saying what and when, the map drawn by the same renderer as the screen,
 * its legend with counts, a scale bar, the export date and where the data
 * and the boundaries come from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "ntm-evaluation.h"
#include "ntm-geometry.h"
#include "ntm-map-export.h"
#include "ntm-unit.h"

G_DEFINE_QUARK (ntm-map-export-error-quark, ntm_map_export_error)

#define MIN_SIDE 200
#define MAX_SIDE 10000

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static PangoLayout *
text_layout (cairo_t    *cr,
             const char *font_name,
             double      size,
             const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (font_name);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static char *
source_line (NtmDatabase *db)
{
  g_autofree char *file = NULL;
  g_autofree char *when = NULL;
  g_autofree char *db_name = g_path_get_basename (ntm_database_get_path (db));

  if (ntm_database_get_boundary_source (db, &file, &when, NULL))
    {
      g_autofree char *day = g_strndup (when, 10);
      /* Translators: the data-source line of an exported map */
      return g_strdup_printf (_("Data: Ntm database “%s”. Boundaries: “%s”, imported %s."),
                              db_name, file, day);
    }
  return g_strdup_printf (_("Data: Ntm database “%s”. No boundaries imported: each unit is shown at its location."),
                          db_name);
}

static void
draw_page (NtmMapRenderer *renderer,
           NtmDatabase    *db,
           int             year,
           const char     *district,
           cairo_t        *cr,
           double          width,
           double          height)
{
  NtmClassification *classification = ntm_map_renderer_get_classification (renderer);
  double s = MAX (0.6, MIN (width, height) / 900.0);
  double margin = 24 * s, top, bottom, map_w, map_h, legend_w, legend_h;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *title_text = NULL;
  g_autofree char *footer_text = NULL;
  g_autofree char *source = source_line (db);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  NtmMapTransform transform;
  int tw, th, fw, fh;
  cairo_surface_t *probe;
  cairo_t *measure;

  /* white page */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  /* Translators: title of an exported map: "Hà Tĩnh province — Recognised level, 2024" */
  title_text = g_strdup_printf (_("Hà Tĩnh province — %s, %d"),
                                classification ? ntm_classification_get_title (classification) : "", year);
  title = text_layout (cr, "Sans Bold", 22 * s, title_text);
  pango_layout_set_width (title, (width - 2 * margin) * PANGO_SCALE);
  pango_layout_set_wrap (title, PANGO_WRAP_WORD);
  pango_layout_get_pixel_size (title, &tw, &th);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_move_to (cr, margin, margin);
  pango_cairo_show_layout (cr, title);
  top = margin + th + 12 * s;

  /* Translators: the footer of an exported map; %s is a date */
  footer_text = g_strdup_printf (_("Exported on %s. %s"), today, source);
  footer = text_layout (cr, "Sans", 11 * s, footer_text);
  pango_layout_set_width (footer, (width - 2 * margin) * PANGO_SCALE);
  pango_layout_set_wrap (footer, PANGO_WRAP_WORD);
  pango_layout_get_pixel_size (footer, &fw, &fh);
  bottom = height - margin - fh - 8 * s;
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, margin, height - margin - fh);
  pango_cairo_show_layout (cr, footer);

  /* the legend's size decides the map's room */
  probe = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  measure = cairo_create (probe);
  ntm_map_renderer_draw_legend (renderer, measure, 0, 0, s * 1.1, &legend_w, &legend_h);
  cairo_destroy (measure);
  cairo_surface_destroy (probe);

  map_w = width - 2 * margin;
  map_h = bottom - top;
  if (map_w <= 10 || map_h <= 10)
    return;

  cairo_save (cr);
  cairo_translate (cr, margin, top);
  ntm_map_renderer_fit (renderer, district, map_w - legend_w - 12 * s, map_h, 16 * s, &transform);
  ntm_map_renderer_draw (renderer, cr, &transform, map_w, map_h, NTM_MAP_DRAW_ALL);
  cairo_rectangle (cr, 0.5, 0.5, map_w - 1, map_h - 1);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  ntm_map_renderer_draw_legend (renderer, cr, map_w - legend_w - 10 * s, 10 * s, s * 1.1, NULL, NULL);
  ntm_map_renderer_draw_scale_bar (renderer, cr, &transform, 16 * s, map_h - 16 * s, map_w / 4, s * 1.1);
  cairo_restore (cr);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_map_export_parse_size:
 * @text: "WIDTHxHEIGHT", e.g. "1600x1200"
 * @width: (out): the width
 * @height: (out): the height
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @text is a size between 200 and 10000 on each side
 */
gboolean
ntm_map_export_parse_size (const char  *text,
                           int         *width,
                           int         *height,
                           GError     **error)
{
  g_auto(GStrv) parts = NULL;
  guint64 w = 0, h = 0;

  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (text != NULL)
    parts = g_strsplit (text, "x", 2);
  if (parts == NULL || g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, MIN_SIDE, MAX_SIDE, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, MIN_SIDE, MAX_SIDE, &h, NULL))
    {
      g_set_error (error, NTM_MAP_EXPORT_ERROR, NTM_MAP_EXPORT_ERROR_SIZE,
                   _("“%s” is not a size. Write WIDTHxHEIGHT in pixels, each between %d and %d, for example 1600x1200."),
                   text ? text : "", MIN_SIDE, MAX_SIDE);
      return FALSE;
    }
  *width = w;
  *height = h;
  return TRUE;
}

/**
 * ntm_map_export_new_renderer:
 * @db: the database
 * @year: the year
 * @mode: what the colours say
 * @indicator: (nullable): the indicator, for the indicator mode
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a renderer loaded and classified as the
 *   window's map would be
 */
NtmMapRenderer *
ntm_map_export_new_renderer (NtmDatabase  *db,
                             int           year,
                             NtmMapMode    mode,
                             const char   *indicator,
                             GError      **error)
{
  g_autoptr(NtmMapRenderer) renderer = ntm_map_renderer_new ();
  g_autoptr(NtmEvaluation) evaluation = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GListStore) commune_level = g_list_store_new (NTM_TYPE_UNIT);
  g_autoptr(NtmClassification) classification = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  if (!ntm_map_renderer_load (renderer, db, error))
    return NULL;
  evaluation = ntm_evaluation_new (db, year, error);
  if (evaluation == NULL)
    return NULL;
  units = ntm_database_list_units (db, error);
  if (units == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      if (ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        g_list_store_append (commune_level, unit);
    }
  classification = ntm_classification_new (db, evaluation, G_LIST_MODEL (commune_level), mode, indicator, error);
  if (classification == NULL)
    return NULL;
  ntm_map_renderer_set_classification (renderer, classification);
  return g_steal_pointer (&renderer);
}

/**
 * ntm_map_export_write:
 * @renderer: a loaded, classified renderer
 * @db: the database (for the data-source line)
 * @year: the year shown
 * @district: (nullable): frame this district
 * @path: a file ending in .png or .pdf
 * @width: page width (pixels for PNG, points for PDF)
 * @height: page height
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ntm_map_export_write (NtmMapRenderer  *renderer,
                      NtmDatabase     *db,
                      int              year,
                      const char      *district,
                      const char      *path,
                      int              width,
                      int              height,
                      GError         **error)
{
  g_autofree char *lower = NULL;
  g_autofree char *display = NULL;
  g_autofree char *tmp = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean pdf;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (renderer), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  display = g_filename_display_name (path);
  if (g_str_has_suffix (lower, ".pdf"))
    pdf = TRUE;
  else if (g_str_has_suffix (lower, ".png"))
    pdf = FALSE;
  else
    {
      g_set_error (error, NTM_MAP_EXPORT_ERROR, NTM_MAP_EXPORT_ERROR_FORMAT,
                   _("“%s” does not end in .png or .pdf: choose one of these formats."), display);
      return FALSE;
    }
  if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE)
    {
      g_set_error (error, NTM_MAP_EXPORT_ERROR, NTM_MAP_EXPORT_ERROR_SIZE,
                   _("The map must be between %d and %d on each side."), MIN_SIDE, MAX_SIDE);
      return FALSE;
    }

  /* write beside the target, then move it into place */
  tmp = g_strconcat (path, ".part", NULL);
  if (pdf)
    surface = cairo_pdf_surface_create (tmp, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);

  cr = cairo_create (surface);
  draw_page (renderer, db, year, district, cr, width, height);
  cairo_destroy (cr);

  if (pdf)
    cairo_surface_finish (surface);
  else
    {
      cairo_surface_flush (surface);
    }
  status = cairo_surface_status (surface);
  if (!pdf && status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png (surface, tmp);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || !g_file_test (tmp, G_FILE_TEST_IS_REGULAR) ||
      g_rename (tmp, path) != 0)
    {
      g_unlink (tmp);
      g_set_error (error, NTM_MAP_EXPORT_ERROR, NTM_MAP_EXPORT_ERROR_WRITE,
                   _("The map could not be written to “%s”. Check that the folder exists and can be written to."),
                   display);
      return FALSE;
    }

  return TRUE;
}
