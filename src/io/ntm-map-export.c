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
#include "ntm-outline.h"
#include "ntm-output-file.h"
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

/* Where the data and the boundaries come from: the database, the file
 * of the last import, and the attribution of the shipped outlines that
 * are still drawn; %NULL when the boundaries' source cannot be read. */
static char *
source_line (NtmDatabase  *db,
             GError      **error)
{
  g_autofree char *file = NULL;
  g_autofree char *when = NULL;
  g_autofree char *db_name = g_path_get_basename (ntm_database_get_path (db));
  g_autofree char *shipped = ntm_database_dup_outline_attribution (db);
  g_autoptr(GString) out = g_string_new (NULL);
  GError *local = NULL;

  /* Translators: the data-source line of an exported map */
  g_string_append_printf (out, _("Data: Ntm database “%s”."), db_name);
  if (ntm_database_get_boundary_source (db, &file, &when, &local))
    {
      g_autofree char *day = g_strndup (when, 10);
      g_string_append_c (out, ' ');
      /* Translators: the boundaries an office imported, on an exported map */
      g_string_append_printf (out, _("Boundaries: “%s”, imported %s."), file, day);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  if (shipped != NULL)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, shipped);
    }
  if (shipped == NULL && file == NULL)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, _("No boundaries: each unit is shown at its location."));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Labels read from the back of a room: at 1920×1080 their text is more
 * than 1.5 % of the picture's height (11 px × 1.5 × 1.1 = 18 px). */
#define EXPORT_LABEL_SCALE 1.1

typedef struct {
  double          s, margin, top, map_w, map_h, legend_w, legend_h;
  NtmMapTransform transform;
} Layout;

static void
compute_layout (NtmMapRenderer *renderer,
                const char     *district,
                cairo_t        *cr,
                double          width,
                double          height,
                const char     *title_text,
                const char     *footer_text,
                Layout         *layout)
{
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  cairo_surface_t *probe;
  cairo_t *measure;
  int tw, th, fw, fh;

  /* title, legend, labels and symbols follow the size of the page */
  layout->s = ntm_map_output_scale (width, height);
  layout->margin = 24 * layout->s;
  ntm_map_renderer_set_label_scale (renderer, layout->s * EXPORT_LABEL_SCALE);

  title = text_layout (cr, "Sans Bold", 22 * layout->s, title_text);
  pango_layout_set_width (title, (width - 2 * layout->margin) * PANGO_SCALE);
  pango_layout_set_wrap (title, PANGO_WRAP_WORD);
  pango_layout_get_pixel_size (title, &tw, &th);
  layout->top = layout->margin + th + 12 * layout->s;

  footer = text_layout (cr, "Sans", 11 * layout->s, footer_text);
  pango_layout_set_width (footer, (width - 2 * layout->margin) * PANGO_SCALE);
  pango_layout_set_wrap (footer, PANGO_WRAP_WORD);
  pango_layout_get_pixel_size (footer, &fw, &fh);

  probe = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  measure = cairo_create (probe);
  ntm_map_renderer_draw_legend (renderer, measure, 0, 0, layout->s, &layout->legend_w, &layout->legend_h);
  cairo_destroy (measure);
  cairo_surface_destroy (probe);

  layout->map_w = width - 2 * layout->margin;
  layout->map_h = height - layout->margin - fh - 8 * layout->s - layout->top;
  ntm_map_renderer_fit (renderer, district, layout->map_w - layout->legend_w - 12 * layout->s, layout->map_h,
                        16 * layout->s, &layout->transform);

  /* no label under the legend or the scale bar */
  {
    cairo_rectangle_t keep_clear[2] = {
      { layout->map_w - layout->legend_w - 10 * layout->s, 10 * layout->s, layout->legend_w, layout->legend_h },
      { 0, layout->map_h - 16 * layout->s - 30 * layout->s, layout->map_w / 4 + 32 * layout->s, 30 * layout->s + 16 * layout->s },
    };
    ntm_map_renderer_set_label_obstacles (renderer, keep_clear, G_N_ELEMENTS (keep_clear));
  }
}

static char *
page_title (NtmMapRenderer *renderer,
            int             year)
{
  NtmClassification *classification = ntm_map_renderer_get_classification (renderer);

  /* Translators: title of an exported map: "Hà Tĩnh province — Recognised level, 2024" */
  return g_strdup_printf (_("Hà Tĩnh province — %s, %d"),
                          classification ? ntm_classification_get_title (classification) : "", year);
}

static char *
page_footer (NtmDatabase  *db,
             GError      **error)
{
  g_autofree char *source = source_line (db, error);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  if (source == NULL)
    return NULL;
  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");

  /* Translators: the footer of an exported map; the first %s is a date */
  return g_strdup_printf (_("Exported on %s. %s"), today, source);
}

static void
draw_page (NtmMapRenderer *renderer,
           const char     *footer_text,
           int             year,
           const char     *district,
           cairo_t        *cr,
           double          width,
           double          height)
{
  g_autofree char *title_text = page_title (renderer, year);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  Layout l;
  int fw, fh;

  compute_layout (renderer, district, cr, width, height, title_text, footer_text, &l);

  /* white page */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  title = text_layout (cr, "Sans Bold", 22 * l.s, title_text);
  pango_layout_set_width (title, (width - 2 * l.margin) * PANGO_SCALE);
  pango_layout_set_wrap (title, PANGO_WRAP_WORD);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_move_to (cr, l.margin, l.margin);
  pango_cairo_show_layout (cr, title);

  footer = text_layout (cr, "Sans", 11 * l.s, footer_text);
  pango_layout_set_width (footer, (width - 2 * l.margin) * PANGO_SCALE);
  pango_layout_set_wrap (footer, PANGO_WRAP_WORD);
  pango_layout_get_pixel_size (footer, &fw, &fh);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, l.margin, height - l.margin - fh);
  pango_cairo_show_layout (cr, footer);

  if (l.map_w <= 10 || l.map_h <= 10)
    return;

  cairo_save (cr);
  cairo_translate (cr, l.margin, l.top);
  ntm_map_renderer_draw (renderer, cr, &l.transform, l.map_w, l.map_h, NTM_MAP_DRAW_ALL);
  cairo_rectangle (cr, 0.5, 0.5, l.map_w - 1, l.map_h - 1);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  ntm_map_renderer_draw_legend (renderer, cr, l.map_w - l.legend_w - 10 * l.s, 10 * l.s, l.s, NULL, NULL);
  ntm_map_renderer_draw_scale_bar (renderer, cr, &l.transform, 16 * l.s, l.map_h - 16 * l.s, l.map_w / 4, l.s);
  cairo_restore (cr);
}

/* A renderer loaded for @year, showing @layer, its colours saying what
 * @mode says or, for a @change, how each unit's level moved since
 * @since_year. */
static NtmMapRenderer *
new_renderer (NtmDatabase   *db,
              int            year,
              NtmUnitLayer   layer,
              NtmMapMode     mode,
              const char    *indicator,
              gboolean       change,
              int            since_year,
              GError       **error)
{
  g_autoptr(NtmMapRenderer) renderer = ntm_map_renderer_new ();
  g_autoptr(NtmEvaluation) evaluation = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(NtmClassification) classification = NULL;

  if (!ntm_map_renderer_load (renderer, db, error))
    return NULL;
  ntm_map_renderer_set_year (renderer, year);
  ntm_map_renderer_set_layer (renderer, layer);
  evaluation = ntm_evaluation_new (db, year, error);
  if (evaluation == NULL)
    return NULL;
  units = g_object_ref (ntm_evaluation_get_units (evaluation));
  if (change)
    classification = ntm_classification_new_change (db, evaluation, units, layer, since_year, error);
  else
    classification = ntm_classification_new_for_layer (db, evaluation, units, layer, mode, indicator, error);
  if (classification == NULL)
    return NULL;
  ntm_map_renderer_set_classification (renderer, classification);
  return g_steal_pointer (&renderer);
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
 *   window's map would be, showing the communes
 */
NtmMapRenderer *
ntm_map_export_new_renderer (NtmDatabase  *db,
                             int           year,
                             NtmMapMode    mode,
                             const char   *indicator,
                             GError      **error)
{
  return ntm_map_export_new_renderer_for_layer (db, year, NTM_UNIT_LAYER_COMMUNES, mode, indicator, error);
}

/**
 * ntm_map_export_new_renderer_for_layer:
 * @db: the database
 * @year: the year
 * @layer: the communes or the districts
 * @mode: what the colours say
 * @indicator: (nullable): the indicator, for the indicator mode
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a renderer loaded, showing @layer and
 *   classified as the window's map would be; %NULL with @error set when
 *   the mode does not apply to the layer
 */
NtmMapRenderer *
ntm_map_export_new_renderer_for_layer (NtmDatabase   *db,
                                       int            year,
                                       NtmUnitLayer   layer,
                                       NtmMapMode     mode,
                                       const char    *indicator,
                                       GError       **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  return new_renderer (db, year, layer, mode, indicator, FALSE, 0, error);
}

/**
 * ntm_map_export_new_renderer_change:
 * @db: the database
 * @year: the year shown
 * @layer: the communes or the districts
 * @since_year: the year compared with
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a renderer showing @layer coloured by whether
 *   each unit's recognised level rose, held or fell since @since_year;
 *   %NULL with @error set (%NTM_CLASSIFIER_ERROR_BAD_YEAR for a year that
 *   is not before @year)
 */
NtmMapRenderer *
ntm_map_export_new_renderer_change (NtmDatabase   *db,
                                    int            year,
                                    NtmUnitLayer   layer,
                                    int            since_year,
                                    GError       **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  return new_renderer (db, year, layer, 0, NULL, TRUE, since_year, error);
}

/**
 * ntm_map_export_locate_unit:
 * @renderer: a loaded renderer
 * @db: the database
 * @year: the year shown
 * @district: (nullable): the district framed
 * @width: page width
 * @height: page height
 * @code: a unit code
 * @x: (out): where the unit's point lands on the page
 * @y: (out): …
 *
 * Returns: %FALSE if the unit is not on the map
 */
gboolean
ntm_map_export_locate_unit (NtmMapRenderer *renderer,
                            NtmDatabase    *db,
                            int             year,
                            const char     *district,
                            int             width,
                            int             height,
                            const char     *code,
                            double         *x,
                            double         *y)
{
  g_autofree char *title_text = page_title (renderer, year);
  g_autoptr(GError) error = NULL;
  /* for the room the footer takes only: a footer that cannot be read is
   * reported by the export itself */
  g_autofree char *footer_text = page_footer (db, &error);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double mx, my;
  Layout l;

  g_return_val_if_fail (NTM_IS_MAP_RENDERER (renderer), FALSE);

  compute_layout (renderer, district, cr, width, height, title_text, footer_text ? footer_text : "", &l);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (!ntm_map_renderer_get_unit_point (renderer, code, &mx, &my))
    return FALSE;
  *x = l.margin + mx * l.transform.scale - l.transform.x0;
  *y = l.top + my * l.transform.scale - l.transform.y0;
  return TRUE;
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
 * @cancellable: (nullable): stops the export once the map is drawn; then
 *   no file is left behind
 * @progress: (nullable): told the share done, from the calling thread
 * @progress_data: for @progress
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ntm_map_export_write (NtmMapRenderer   *renderer,
                      NtmDatabase      *db,
                      int               year,
                      const char       *district,
                      const char       *path,
                      int               width,
                      int               height,
                      GCancellable     *cancellable,
                      NtmProgressFunc   progress,
                      gpointer          progress_data,
                      GError          **error)
{
  g_autofree char *lower = NULL;
  g_autofree char *display = NULL;
  g_autoptr(NtmOutputFile) output = NULL;
  g_autofree char *footer = NULL;
  const char *tmp;
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

  footer = page_footer (db, error);
  if (footer == NULL)
    return FALSE;

  /* write beside the target, then move it into place */
  output = ntm_output_file_new (path, error);
  if (output == NULL)
    return FALSE;
  tmp = ntm_output_file_get_temp_path (output);
  if (pdf)
    surface = cairo_pdf_surface_create (tmp, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);

  cr = cairo_create (surface);
  ntm_progress_report (progress, progress_data, 0.1);
  draw_page (renderer, footer, year, district, cr, width, height);
  cairo_destroy (cr);
  ntm_progress_report (progress, progress_data, 0.7);

  if (pdf)
    cairo_surface_finish (surface);
  else
    {
      cairo_surface_flush (surface);
    }
  status = cairo_surface_status (surface);
  if (!pdf && status == CAIRO_STATUS_SUCCESS && !g_cancellable_is_cancelled (cancellable))
    status = cairo_surface_write_to_png (surface, tmp);
  cairo_surface_destroy (surface);

  /* cancelled: the temporary file goes with the output */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS || !g_file_test (tmp, G_FILE_TEST_IS_REGULAR) ||
      !ntm_output_file_commit (output, NULL))
    {
      g_set_error (error, NTM_MAP_EXPORT_ERROR, NTM_MAP_EXPORT_ERROR_WRITE,
                   _("The map could not be written to “%s”. Check that the folder exists and can be written to."),
                   display);
      return FALSE;
    }

  ntm_progress_report (progress, progress_data, 1.0);
  return TRUE;
}
