/* ntm-report-writer.c: the page writer shared by the printed reports
 *
 * A Writer lays content out top to bottom on A4 pages in points, each page a
 * cairo recording surface appended to its NtmReport: running text, section
 * headings, tables (with bar cells and headings repeated on each page the
 * table runs onto), the title block and the page footers. It also formats
 * figures as text in the report's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ntm-chart.h"
#include "ntm-format.h"
#include "ntm-report-private.h"
#include "ntm-report-writer-private.h"

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
  w->y = MARGIN;
}

void
writer_finish (Writer *w)
{
  g_clear_pointer (&w->cr, cairo_destroy);
}

void
writer_ensure (Writer *w,
               double  height)
{
  if (w->y + height > BOTTOM && w->y > MARGIN + 1)
    writer_new_page (w);
}

double
measure_text (cairo_t    *cr,
              const char *text,
              double      width,
              double      size,
              gboolean    bold)
{
  g_autoptr(PangoLayout) layout = ntm_chart_create_layout (cr, text ? text : "", size, bold);
  int w, h;

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
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
  ntm_chart_draw_text (w->cr, text, MARGIN, w->y, CONTENT_W, size, bold, PANGO_ALIGN_LEFT, NULL);
  w->y += h + space_after;
}

void
writer_heading (Writer     *w,
                const char *text)
{
  double h = measure_text (w->cr, text, CONTENT_W, 12, TRUE);

  w->y += 6;
  writer_ensure (w, h + 40);
  set_rgb (w->cr, accent);
  ntm_chart_draw_text (w->cr, text, MARGIN, w->y, CONTENT_W, 12, TRUE, PANGO_ALIGN_LEFT, NULL);
  w->y += h + 2;
  cairo_set_line_width (w->cr, 0.8);
  cairo_move_to (w->cr, MARGIN, w->y);
  cairo_line_to (w->cr, MARGIN + CONTENT_W, w->y);
  cairo_stroke (w->cr);
  w->y += 6;
}

static void
draw_bar_cell (cairo_t    *cr,
               const char *cell,
               double      x,
               double      y,
               double      width,
               double      size)
{
  char *end = NULL;
  double fraction = g_ascii_strtod (cell, &end);
  const char *label = end && *end == ';' ? end + 1 : "";
  double bar_w = width * 0.58;
  double bar_h = size * 0.9;

  fraction = CLAMP (fraction, 0, 1);
  cairo_set_source_rgb (cr, 0.90, 0.91, 0.93);
  cairo_rectangle (cr, x, y + 2, bar_w, bar_h);
  cairo_fill (cr);
  if (fraction >= 1)
    cairo_set_source_rgb (cr, 0.15, 0.63, 0.41);
  else
    cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
  cairo_rectangle (cr, x, y + 2, bar_w * fraction, bar_h);
  cairo_fill (cr);
  set_rgb (cr, ink);
  ntm_chart_draw_text (cr, label, x + bar_w + 4, y, width - bar_w - 4, size, FALSE, PANGO_ALIGN_LEFT, NULL);
}

/* Rows are arrays of n_columns strings. The last row is bold when
 * @total_row is set. Headings repeat on each page the table runs onto. */
void
writer_table (Writer       *w,
              const Column *columns,
              guint         n_columns,
              GPtrArray    *rows,
              double        size,
              gboolean      total_row)
{
  double widths[16];
  double weight_sum = 0;
  double header_h = 0;
  double table_w = w->width > 0 ? w->width : CONTENT_W;
  gboolean need_header = TRUE;

  g_assert (n_columns <= G_N_ELEMENTS (widths));

  for (guint c = 0; c < n_columns; c++)
    weight_sum += columns[c].weight;
  for (guint c = 0; c < n_columns; c++)
    {
      widths[c] = table_w * columns[c].weight / weight_sum;
      header_h = MAX (header_h, measure_text (w->cr, columns[c].heading, widths[c] - 2 * CELL_PAD, size, TRUE));
    }
  header_h += 2 * CELL_PAD;

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      gboolean bold = total_row && r == rows->len - 1;
      double row_h = 0, x;

      for (guint c = 0; c < n_columns; c++)
        if (!columns[c].bar)
          row_h = MAX (row_h, measure_text (w->cr, cells[c], widths[c] - 2 * CELL_PAD, size, bold));
      row_h = MAX (row_h, size * 1.25) + 2 * CELL_PAD;

      if (w->y + row_h + (need_header ? header_h : 0) > BOTTOM)
        {
          writer_new_page (w);
          need_header = TRUE;
        }

      if (need_header)
        {
          x = MARGIN;
          cairo_set_source_rgb (w->cr, 0.91, 0.93, 0.96);
          cairo_rectangle (w->cr, MARGIN, w->y, table_w, header_h);
          cairo_fill (w->cr);
          set_rgb (w->cr, ink);
          for (guint c = 0; c < n_columns; c++)
            {
              ntm_chart_draw_text (w->cr, columns[c].heading, x + CELL_PAD, w->y + CELL_PAD,
                                   widths[c] - 2 * CELL_PAD, size, TRUE,
                                   columns[c].bar ? PANGO_ALIGN_LEFT : columns[c].align, NULL);
              x += widths[c];
            }
          w->y += header_h;
          need_header = FALSE;
        }

      x = MARGIN;
      for (guint c = 0; c < n_columns; c++)
        {
          if (columns[c].bar)
            draw_bar_cell (w->cr, cells[c] ? cells[c] : "0;", x + CELL_PAD, w->y + CELL_PAD,
                           widths[c] - 2 * CELL_PAD, size);
          else
            {
              set_rgb (w->cr, ink);
              ntm_chart_draw_text (w->cr, cells[c] ? cells[c] : "", x + CELL_PAD, w->y + CELL_PAD,
                                   widths[c] - 2 * CELL_PAD, size, bold, columns[c].align, NULL);
            }
          x += widths[c];
        }
      w->y += row_h;
      cairo_set_source_rgb (w->cr, 0.82, 0.83, 0.85);
      cairo_set_line_width (w->cr, bold ? 0.9 : 0.4);
      cairo_move_to (w->cr, MARGIN, w->y);
      cairo_line_to (w->cr, MARGIN + table_w, w->y);
      cairo_stroke (w->cr);
    }
  w->y += 6;
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

void
draw_footers (NtmReport *self)
{
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GPtrArray *pages = ntm_report_get_pages (self);
  guint n = pages->len;

  today = g_date_time_format (now, "%d/%m/%Y");
  for (guint i = 0; i < n; i++)
    {
      cairo_t *cr = cairo_create (g_ptr_array_index (pages, i));
      /* Translators: report footer: page number, number of pages */
      g_autofree char *page = g_strdup_printf (_("Page %u of %u"), i + 1, n);
      /* Translators: report footer: the report's title, the date it was made */
      g_autofree char *left = g_strdup_printf (_("%s · made with Ntm on %s"), ntm_report_get_title (self), today);

      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN, PAGE_H - 44);
      cairo_line_to (cr, PAGE_W - MARGIN, PAGE_H - 44);
      cairo_stroke (cr);
      set_rgb (cr, dim);
      ntm_chart_draw_text (cr, left, MARGIN, PAGE_H - 40, CONTENT_W * 0.75, 7.5, FALSE, PANGO_ALIGN_LEFT, NULL);
      ntm_chart_draw_text (cr, page, MARGIN, PAGE_H - 40, CONTENT_W, 7.5, FALSE, PANGO_ALIGN_RIGHT, NULL);
      cairo_destroy (cr);
    }
}

void
writer_title (Writer     *w,
              const char *overline,
              const char *title,
              const char *subtitle)
{
  writer_text (w, overline, 8.5, FALSE, dim, 4);
  writer_text (w, title, 18, TRUE, ink, 3);
  if (subtitle)
    writer_text (w, subtitle, 9, FALSE, dim, 6);
  cairo_set_source_rgb (w->cr, accent[0], accent[1], accent[2]);
  cairo_rectangle (w->cr, MARGIN, w->y, CONTENT_W, 2);
  cairo_fill (w->cr);
  w->y += 10;
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

char *
format_percent (NtmReport *self,
                double     value)
{
  g_autofree char *number = ntm_format_decimal (value, 1, ntm_report_get_language (self));

  return g_strdup_printf ("%s %%", number);
}
