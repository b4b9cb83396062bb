/* ntm-report-writer.c: the page writer shared by the printed reports
 *
 * A Writer lays content out top to bottom on A4 pages in points, each page a
 * cairo recording surface appended to its NtmReport, in the layout of
 * Vietnamese administrative documents (Decree 30/2020/NĐ-CP, Appendix I):
 *
 * - the heading in two columns: the issuing body under its parent body at
 *   the top left with the document's number ("Số: …/BC-VPĐP"), the
 *   national title and motto at the top right with the place and date;
 * - the kind of document ("BÁO CÁO") and its summary line, centred;
 * - numbered sections in a 13 pt serif (Liberation Serif, which has Times
 *   New Roman's metrics), paragraphs justified with a first-line indent;
 * - tables with ruled cells, their headings repeated on each page they run
 *   onto; a heading is never left alone at the foot of a page;
 * - "Nơi nhận:" (recipients) at the bottom left and the signer's title and
 *   name at the bottom right, kept together on one page;
 * - page numbers at the top centre from the second page on.
 *
 * What the office sets once (issuing body, number prefix, recipients,
 * signer) comes from GSettings when the program's schema is installed, and
 * from the defaults of Hà Tĩnh's coordination office otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ntm-chart.h"
#include "ntm-format.h"
#include "ntm-report-private.h"
#include "ntm-report-writer-private.h"

#define PARAGRAPH_INDENT (10 * MM)
#define LINE_SPACING     1.08

/* ---------------------------------------------------------------------- */
/* Text                                                                   */
/* ---------------------------------------------------------------------- */

/**
 * report_layout:
 * @cr: a cairo context
 * @text: plain text
 * @size: size in points
 * @style: bold, italic, capitals
 *
 * Returns: (transfer full): a layout in the report's serif at 72 dpi
 *   without hinting, so that text measures the same on screen, in PDF and
 *   in print
 */
PangoLayout *
report_layout (cairo_t    *cr,
               const char *text,
               double      size,
               TextStyle   style)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (REPORT_FONT);
  cairo_font_options_t *options = cairo_font_options_create ();
  g_autofree char *upper = NULL;

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (style & TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (style & TEXT_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (style & TEXT_UPPER)
    text = upper = g_utf8_strup (text ? text : "", -1);
  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

double
measure_text (cairo_t    *cr,
              const char *text,
              double      width,
              double      size,
              gboolean    bold)
{
  g_autoptr(PangoLayout) layout = report_layout (cr, text, size, bold ? TEXT_BOLD : TEXT_PLAIN);
  int w, h;

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

/* Draws text in the current source colour; @width 0 does not wrap. */
void
draw_text (cairo_t        *cr,
           const char     *text,
           double          x,
           double          y,
           double          width,
           double          size,
           TextStyle       style,
           PangoAlignment  align,
           double         *height)
{
  g_autoptr(PangoLayout) layout = report_layout (cr, text, size, style);

  ntm_chart_show_layout (cr, layout, x, y, width, style & TEXT_WORDS ? PANGO_WRAP_WORD : PANGO_WRAP_WORD_CHAR,
                         align, height);
}

/* The width of one line of text. */
static double
text_width (cairo_t    *cr,
            const char *text,
            double      size,
            TextStyle   style)
{
  g_autoptr(PangoLayout) layout = report_layout (cr, text, size, style);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

/* ---------------------------------------------------------------------- */
/* Layout                                                                 */
/* ---------------------------------------------------------------------- */

void
set_rgb (cairo_t      *cr,
         const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

void
writer_new_page (Writer *w)
{
  cairo_rectangle_t extents = { 0, 0, PAGE_W, PAGE_H };
  cairo_surface_t *surface;

  if (w->cr != NULL)
    cairo_destroy (w->cr);
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  g_ptr_array_add (ntm_report_get_pages (w->self), surface);
  w->cr = cairo_create (surface);
  w->y = MARGIN_TOP;
  /* from the second page on, the page number takes the top */
  if (ntm_report_get_pages (w->self)->len > 1)
    w->y += BODY_SIZE * 1.6;
}

void
writer_finish (Writer *w)
{
  g_clear_pointer (&w->cr, cairo_destroy);
}

/* Starts a new page unless @height fits on this one. */
void
writer_ensure (Writer *w,
               double  height)
{
  if (w->y + height > BOTTOM && w->y > MARGIN_TOP + BODY_SIZE * 2)
    writer_new_page (w);
}

void
writer_text (Writer       *w,
             const char   *text,
             double        size,
             gboolean      bold,
             const double *rgb,
             double        space_after)
{
  double h = measure_text (w->cr, text, CONTENT_W, size, bold);

  writer_ensure (w, h);
  set_rgb (w->cr, rgb);
  draw_text (w->cr, text, MARGIN, w->y, CONTENT_W, size, bold ? TEXT_BOLD : TEXT_PLAIN, PANGO_ALIGN_LEFT, NULL);
  w->y += h + space_after;
}

static PangoLayout *
paragraph_layout (Writer     *w,
                  const char *text,
                  double      size)
{
  PangoLayout *layout = report_layout (w->cr, text, size, TEXT_PLAIN);

  pango_layout_set_width (layout, (int) (CONTENT_W * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_justify (layout, TRUE);
  pango_layout_set_indent (layout, (int) (PARAGRAPH_INDENT * PANGO_SCALE));
  pango_layout_set_spacing (layout, (int) (size * (LINE_SPACING - 1) * PANGO_SCALE));
  return layout;
}

double
paragraph_height (Writer     *w,
                  const char *text)
{
  g_autoptr(PangoLayout) layout = paragraph_layout (w, text, BODY_SIZE);
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double) height / PANGO_SCALE;
}

/* A paragraph of the body: justified, its first line indented, split
 * between pages by lines, never leaving a single line behind. */
static void
write_paragraph (Writer       *w,
                 const char   *text,
                 double        size,
                 const double *rgb)
{
  g_autoptr(PangoLayout) layout = paragraph_layout (w, text, size);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int n_lines = pango_layout_get_line_count (layout);
  int line = 0;
  double top = w->y;
  double page_offset = 0;   /* the layout's y that sits at @top */

  /* two lines at least together */
  writer_ensure (w, MIN (n_lines, 2) * size * 1.25);
  top = w->y;
  set_rgb (w->cr, rgb);
  do
    {
      PangoRectangle logical;
      PangoLayoutLine *layout_line = pango_layout_iter_get_line_readonly (iter);
      int baseline = pango_layout_iter_get_baseline (iter);
      double line_top, line_bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_top = (double) logical.y / PANGO_SCALE - page_offset;
      line_bottom = line_top + (double) logical.height / PANGO_SCALE;
      /* the last line does not go alone to the next page */
      if (top + line_bottom > BOTTOM || (line == n_lines - 2 && n_lines > 2 &&
                                         top + line_bottom + (double) logical.height / PANGO_SCALE > BOTTOM))
        {
          writer_new_page (w);
          set_rgb (w->cr, rgb);
          page_offset = (double) logical.y / PANGO_SCALE;
          top = w->y;
          line_top = 0;
          line_bottom = (double) logical.height / PANGO_SCALE;
        }
      cairo_move_to (w->cr, MARGIN + (double) logical.x / PANGO_SCALE,
                     top + (double) baseline / PANGO_SCALE - page_offset);
      pango_cairo_show_layout_line (w->cr, layout_line);
      w->y = top + line_bottom;
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  cairo_new_path (w->cr);
  w->y += size * 0.45;
}

void
writer_paragraph (Writer     *w,
                  const char *text)
{
  write_paragraph (w, text, BODY_SIZE, ink);
}

/* A note under a table or a figure: smaller, in italics. */
void
writer_note (Writer     *w,
             const char *text)
{
  double h;
  g_autoptr(PangoLayout) layout = report_layout (w->cr, text, NOTE_SIZE, TEXT_ITALIC);
  int width, height;

  pango_layout_set_width (layout, (int) (CONTENT_W * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_size (layout, &width, &height);
  h = (double) height / PANGO_SCALE;
  writer_ensure (w, h);
  set_rgb (w->cr, dim);
  cairo_move_to (w->cr, MARGIN, w->y);
  pango_cairo_show_layout (w->cr, layout);
  w->y += h + 4;
}

/* A numbered section's heading, in bold: never alone at the foot of a
 * page, @keep_with is the height of what must follow it on the page. */
void
writer_heading (Writer     *w,
                const char *text,
                double      keep_with)
{
  double h = measure_text (w->cr, text, CONTENT_W, BODY_SIZE, TRUE);

  w->y += BODY_SIZE * 0.5;
  writer_ensure (w, h + 4 + keep_with);
  set_rgb (w->cr, ink);
  draw_text (w->cr, text, MARGIN, w->y, CONTENT_W, BODY_SIZE, TEXT_BOLD, PANGO_ALIGN_LEFT, NULL);
  w->y += h + 4;
}

/* A heading within a section (a table's or a figure's title). */
void
writer_subheading (Writer     *w,
                   const char *text,
                   double      keep_with)
{
  double h = measure_text (w->cr, text, CONTENT_W, BODY_SIZE, FALSE);

  writer_ensure (w, h + 3 + keep_with);
  set_rgb (w->cr, ink);
  draw_text (w->cr, text, MARGIN, w->y, CONTENT_W, BODY_SIZE, TEXT_ITALIC, PANGO_ALIGN_LEFT, NULL);
  w->y += h + 3;
}

static void
column_widths (Writer       *w,
               const Column *columns,
               guint         n_columns,
               double       *widths)
{
  double weight_sum = 0;
  double table_w = w->width > 0 ? w->width : CONTENT_W;

  for (guint c = 0; c < n_columns; c++)
    weight_sum += columns[c].weight;
  for (guint c = 0; c < n_columns; c++)
    widths[c] = table_w * columns[c].weight / weight_sum;
}

static double
row_height (Writer       *w,
            const double *widths,
            guint         n_columns,
            char * const *cells,
            double        size,
            gboolean      bold)
{
  double h = 0;

  for (guint c = 0; c < n_columns; c++)
    h = MAX (h, measure_text (w->cr, cells[c] ? cells[c] : "", widths[c] - 2 * CELL_PAD, size, bold));
  return MAX (h, size * 1.2) + 2 * CELL_PAD;
}

/* Column headings: a little smaller than the cells, bold, wrapped
 * between words only. */
#define HEADING_SIZE(size) ((size) - 1.0)

static double
heading_height (cairo_t    *cr,
                const char *text,
                double      width,
                double      size)
{
  g_autoptr(PangoLayout) layout = report_layout (cr, text, HEADING_SIZE (size), TEXT_BOLD);
  int w, h;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static double
header_height (Writer       *w,
               const Column *columns,
               const double *widths,
               guint         n_columns,
               double        size)
{
  double h = 0;

  for (guint c = 0; c < n_columns; c++)
    h = MAX (h, heading_height (w->cr, columns[c].heading, widths[c] - 2 * CELL_PAD, size));
  return h + 2 * CELL_PAD;
}

/* The height a table needs on a page to begin there: its headings and
 * first row. */
double
table_first_height (Writer       *w,
                    const Column *columns,
                    guint         n_columns,
                    GPtrArray    *rows,
                    double        size)
{
  double widths[16];

  g_assert (n_columns <= G_N_ELEMENTS (widths));
  column_widths (w, columns, n_columns, widths);
  return header_height (w, columns, widths, n_columns, size) +
         (rows->len > 0 ? row_height (w, widths, n_columns, g_ptr_array_index (rows, 0), size, FALSE) : 0);
}

static void
rule_cells (cairo_t      *cr,
            double        x,
            double        y,
            const double *widths,
            guint         n_columns,
            double        height)
{
  double at = x;

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  for (guint c = 0; c < n_columns; c++)
    {
      cairo_rectangle (cr, at, y, widths[c], height);
      at += widths[c];
    }
  cairo_stroke (cr);
}

/* Rows are arrays of n_columns strings, in ruled cells. The last row is
 * bold when @total_row is set. Headings repeat on each page the table
 * runs onto. */
void
writer_table (Writer       *w,
              const Column *columns,
              guint         n_columns,
              GPtrArray    *rows,
              double        size,
              gboolean      total_row)
{
  double widths[16];
  double head_h;
  gboolean need_header = TRUE;

  g_assert (n_columns <= G_N_ELEMENTS (widths));
  column_widths (w, columns, n_columns, widths);
  head_h = header_height (w, columns, widths, n_columns, size);

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      gboolean bold = total_row && r == rows->len - 1;
      double row_h = row_height (w, widths, n_columns, cells, size, bold), x;

      if (w->y + row_h + (need_header ? head_h : 0) > BOTTOM)
        {
          writer_new_page (w);
          need_header = TRUE;
        }

      if (need_header)
        {
          x = MARGIN;
          for (guint c = 0; c < n_columns; c++)
            {
              set_rgb (w->cr, ink);
              draw_text (w->cr, columns[c].heading, x + CELL_PAD, w->y + CELL_PAD, widths[c] - 2 * CELL_PAD,
                         HEADING_SIZE (size), TEXT_BOLD | TEXT_WORDS, PANGO_ALIGN_CENTER, NULL);
              x += widths[c];
            }
          rule_cells (w->cr, MARGIN, w->y, widths, n_columns, head_h);
          w->y += head_h;
          need_header = FALSE;
        }

      x = MARGIN;
      for (guint c = 0; c < n_columns; c++)
        {
          set_rgb (w->cr, ink);
          draw_text (w->cr, cells[c] ? cells[c] : "", x + CELL_PAD, w->y + CELL_PAD, widths[c] - 2 * CELL_PAD,
                     size, bold ? TEXT_BOLD : TEXT_PLAIN, columns[c].align, NULL);
          x += widths[c];
        }
      rule_cells (w->cr, MARGIN, w->y, widths, n_columns, row_h);
      w->y += row_h;
    }
  w->y += 8;
}

char **
row_new (guint n, ...)
{
  char **row = g_new0 (char *, n + 1);
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    row[i] = va_arg (args, char *);   /* takes ownership */
  va_end (args);
  return row;
}

GPtrArray *
rows_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* Page numbers at the top centre, from the second page on. */
void
draw_page_numbers (NtmReport *self)
{
  GPtrArray *pages = ntm_report_get_pages (self);

  for (guint i = 1; i < pages->len; i++)
    {
      cairo_t *cr = cairo_create (g_ptr_array_index (pages, i));
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      set_rgb (cr, ink);
      draw_text (cr, number, MARGIN, MARGIN_TOP - BODY_SIZE * 0.4, CONTENT_W, BODY_SIZE, TEXT_PLAIN,
                 PANGO_ALIGN_CENTER, NULL);
      cairo_destroy (cr);
    }
}

/* ---------------------------------------------------------------------- */
/* The parts of an administrative document                                */
/* ---------------------------------------------------------------------- */

static char *
setting_or (GSettings  *settings,
            const char *key,
            const char *fallback)
{
  g_autofree char *value = settings ? g_settings_get_string (settings, key) : NULL;

  return g_strdup (value != NULL ? g_strstrip (value) : fallback);
}

/**
 * document_header_load:
 * @header: (out caller-allocates): what the office set in Preferences
 *
 * Reads the issuing body, number prefix, place, recipients and signer
 * from GSettings when the program's schema is installed; the defaults of
 * Hà Tĩnh's coordination office otherwise.
 */
void
document_header_load (DocumentHeader *header)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;

  if (schema != NULL && g_settings_schema_has_key (schema, "report-issuing-body"))
    settings = g_settings_new (APPLICATION_ID);

  header->parent_body = setting_or (settings, "report-parent-body", "UBND TỈNH HÀ TĨNH");
  header->issuing_body = setting_or (settings, "report-issuing-body", "VĂN PHÒNG ĐIỀU PHỐI NTM");
  header->number_prefix = setting_or (settings, "report-number-prefix", "BC-VPĐP");
  header->place = setting_or (settings, "report-place", "Hà Tĩnh");
  header->recipients = setting_or (settings, "report-recipients",
                                   "Ban Chỉ đạo các CTMTQG tỉnh (b/c)\nUBND tỉnh (b/c)\nLưu: VT, VPĐP.");
  header->signer_authority = setting_or (settings, "report-signer-authority", "");
  header->signer_title = setting_or (settings, "report-signer-title", "CHÁNH VĂN PHÒNG");
  header->signer_name = setting_or (settings, "report-signer-name", "");
}

void
document_header_clear (DocumentHeader *header)
{
  g_clear_pointer (&header->parent_body, g_free);
  g_clear_pointer (&header->issuing_body, g_free);
  g_clear_pointer (&header->number_prefix, g_free);
  g_clear_pointer (&header->place, g_free);
  g_clear_pointer (&header->recipients, g_free);
  g_clear_pointer (&header->signer_authority, g_free);
  g_clear_pointer (&header->signer_title, g_free);
  g_clear_pointer (&header->signer_name, g_free);
}

/**
 * format_place_and_date:
 * @self: the report
 * @place: the place name
 * @when: the date
 *
 * Returns: (transfer full): "Hà Tĩnh, ngày 03 tháng 12 năm 2026" in
 *   Vietnamese (day and month on two digits, as the decree asks),
 *   "Hà Tĩnh, 3 December 2026" in English
 */
char *
format_place_and_date (NtmReport  *self,
                       const char *place,
                       GDateTime  *when)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
  };
  int day = g_date_time_get_day_of_month (when), month = g_date_time_get_month (when);
  int year = g_date_time_get_year (when);

  if (ntm_report_get_language (self) == NTM_LANGUAGE_VIETNAMESE)
    return g_strdup_printf ("%s, ngày %02d tháng %02d năm %d", place, day, month, year);
  return g_strdup_printf ("%s, %d %s %d", place, day, months[month - 1], year);
}

/* The top of the first page, in two columns: the issuing body and the
 * document's number on the left, the national title, motto, place and
 * date on the right; then the kind of document and its summary line. */
void
writer_document_head (Writer               *w,
                      const DocumentHeader *header,
                      const char           *kind,
                      const char           *summary)
{
  /* two columns that never meet: the national title at 12 pt just fits
   * the right one */
  const double left_w = CONTENT_W * 0.38, right_x = MARGIN + CONTENT_W * 0.38 + 4, right_w = CONTENT_W * 0.62 - 4;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date_line = format_place_and_date (w->self, header->place, now);
  /* Translators: the document number's line; the number is written in by hand */
  g_autofree char *number = g_strdup_printf (_("No.: …/%s"), header->number_prefix);
  double y = w->y, h, rule_w, left_y, right_y;

  set_rgb (w->cr, ink);

  /* left: parent body, issuing body (bold), a short rule, the number */
  draw_text (w->cr, header->parent_body, MARGIN, y, left_w, 12, TEXT_UPPER, PANGO_ALIGN_CENTER, &h);
  left_y = y + h;
  draw_text (w->cr, header->issuing_body, MARGIN, left_y, left_w, 12, TEXT_BOLD | TEXT_UPPER,
             PANGO_ALIGN_CENTER, &h);
  left_y += h + 2;
  rule_w = left_w / 3;
  cairo_set_line_width (w->cr, 0.6);
  cairo_move_to (w->cr, MARGIN + (left_w - rule_w) / 2, left_y);
  cairo_line_to (w->cr, MARGIN + (left_w + rule_w) / 2, left_y);
  cairo_stroke (w->cr);
  left_y += 6;
  draw_text (w->cr, number, MARGIN, left_y, left_w, BODY_SIZE, TEXT_PLAIN, PANGO_ALIGN_CENTER, &h);
  left_y += h;

  /* right: the national title, the motto underlined as wide as it is,
   * then the place and date in italics */
  draw_text (w->cr, _("SOCIALIST REPUBLIC OF VIET NAM"), right_x, y, right_w, 12, TEXT_BOLD,
             PANGO_ALIGN_CENTER, &h);
  right_y = y + h;
  draw_text (w->cr, _("Independence - Freedom - Happiness"), right_x, right_y, right_w, BODY_SIZE, TEXT_BOLD,
             PANGO_ALIGN_CENTER, &h);
  right_y += h + 2;
  rule_w = text_width (w->cr, _("Independence - Freedom - Happiness"), BODY_SIZE, TEXT_BOLD);
  cairo_move_to (w->cr, right_x + (right_w - rule_w) / 2, right_y);
  cairo_line_to (w->cr, right_x + (right_w + rule_w) / 2, right_y);
  cairo_stroke (w->cr);
  right_y += 6;
  draw_text (w->cr, date_line, right_x, right_y, right_w, BODY_SIZE, TEXT_ITALIC, PANGO_ALIGN_CENTER, &h);
  right_y += h;

  w->y = MAX (left_y, right_y) + BODY_SIZE * 1.6;

  /* the kind of document and its summary line, centred, a rule under */
  draw_text (w->cr, kind, MARGIN, w->y, CONTENT_W, 14, TEXT_BOLD | TEXT_UPPER, PANGO_ALIGN_CENTER, &h);
  w->y += h;
  draw_text (w->cr, summary, MARGIN + CONTENT_W * 0.08, w->y, CONTENT_W * 0.84, 14, TEXT_BOLD,
             PANGO_ALIGN_CENTER, &h);
  w->y += h + 3;
  rule_w = CONTENT_W * 0.25;
  cairo_move_to (w->cr, MARGIN + (CONTENT_W - rule_w) / 2, w->y);
  cairo_line_to (w->cr, MARGIN + (CONTENT_W + rule_w) / 2, w->y);
  cairo_stroke (w->cr);
  w->y += BODY_SIZE * 1.4;
}

/* The foot of the document, kept together: "Nơi nhận:" and the list at
 * the bottom left; the signer's authority, title, room to sign and name
 * at the bottom right. */
void
writer_signature (Writer               *w,
                  const DocumentHeader *header)
{
  g_auto(GStrv) lines = g_strsplit (header->recipients ? header->recipients : "", "\n", -1);
  g_autoptr(GString) list = g_string_new (NULL);
  g_autoptr(GString) title = g_string_new (NULL);
  const double left_w = CONTENT_W * 0.45, right_x = MARGIN + CONTENT_W * 0.45, right_w = CONTENT_W * 0.55;
  const double sign_space = 22 * MM;
  double list_h, title_h, name_h, block_h, y, h;
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (lines[i]));

      if (*item == '\0')
        continue;
      if (g_str_has_prefix (item, "- "))
        memmove (item, item + 2, strlen (item) - 1);
      /* each line "- …;", the last as written (it ends the list) */
      if (n++ > 0)
        g_string_append (list, ";\n");
      g_string_append_printf (list, "- %s", item);
    }
  if (header->signer_authority != NULL && *header->signer_authority != '\0')
    g_string_append_printf (title, "%s\n", header->signer_authority);
  g_string_append (title, header->signer_title ? header->signer_title : "");

  list_h = measure_text (w->cr, list->str, left_w, 11, FALSE) + measure_text (w->cr, _("Recipients:"), 0, 12, TRUE);
  title_h = measure_text (w->cr, title->str, right_w, BODY_SIZE, TRUE);
  name_h = measure_text (w->cr, header->signer_name && *header->signer_name ? header->signer_name : " ",
                         right_w, BODY_SIZE, TRUE);
  block_h = MAX (list_h, title_h + sign_space + name_h);

  w->y += BODY_SIZE * 0.8;
  writer_ensure (w, block_h);
  y = w->y;

  set_rgb (w->cr, ink);
  draw_text (w->cr, _("Recipients:"), MARGIN, y, left_w, 12, TEXT_BOLD | TEXT_ITALIC, PANGO_ALIGN_LEFT, &h);
  draw_text (w->cr, list->str, MARGIN, y + h, left_w, 11, TEXT_PLAIN, PANGO_ALIGN_LEFT, NULL);

  draw_text (w->cr, title->str, right_x, y, right_w, BODY_SIZE, TEXT_BOLD | TEXT_UPPER, PANGO_ALIGN_CENTER, NULL);
  if (header->signer_name && *header->signer_name)
    draw_text (w->cr, header->signer_name, right_x, y + title_h + sign_space, right_w, BODY_SIZE, TEXT_BOLD,
               PANGO_ALIGN_CENTER, NULL);
  w->y = y + block_h;
}

/**
 * section_heading:
 * @number: the section's number, from 1
 * @text: its title
 *
 * Returns: (transfer full): "II. RESULTS BY DISTRICT": a Roman numeral and
 *   the title in capitals, as sections of administrative documents go
 */
char *
section_heading (guint       number,
                 const char *text)
{
  static const char * const roman[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
  g_autofree char *upper = g_utf8_strup (text, -1);

  g_return_val_if_fail (number >= 1 && number <= G_N_ELEMENTS (roman), NULL);
  return g_strdup_printf ("%s. %s", roman[number - 1], upper);
}

/* ---------------------------------------------------------------------- */
/* Figures as text                                                        */
/* ---------------------------------------------------------------------- */

char *
format_count (NtmReport *self,
              double     value)
{
  if (fabs (value - round (value)) < 1e-9)
    return ntm_format_integer ((gint64) llround (value), ntm_report_get_language (self));
  return ntm_format_decimal (value, 1, ntm_report_get_language (self));
}

/* @number, already written, as a percentage */
char *
percent_of (const char *number)
{
  /* a no-break space: the sign stays with its number */
  return g_strdup_printf ("%s\u00a0%%", number);
}

char *
format_percent (NtmReport *self,
                double     value)
{
  g_autofree char *number = ntm_format_decimal (value, 1, ntm_report_get_language (self));

  return percent_of (number);
}

/* An empty figure, in words: never a dash or a lone zero. */
const char *
no_data_text (void)
{
  /* Translators: in a report, for a figure without records */
  return _("no data yet");
}
