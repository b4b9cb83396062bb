/* ntm-report.c: printed reports (provincial summary, unit profile)
 *
 * A report is laid out once, page by page, into cairo recording surfaces
 * of A4 size in points. Writing a PDF replays them onto a PDF surface;
 * printing replays one page per GtkPrintOperation::draw-page, scaled to the
 * printer's page. Text goes through Pango, in the user's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ntm-chart.h"
#include "ntm-format.h"
#include "ntm-fund.h"
#include "ntm-indicator-values.h"
#include "ntm-ocop-product.h"
#include "ntm-overview.h"
#include "ntm-recognition.h"
#include "ntm-report-map.h"
#include "ntm-report.h"
#include "ntm-unit.h"

#define PAGE_W     NTM_REPORT_PAGE_WIDTH
#define PAGE_H     NTM_REPORT_PAGE_HEIGHT
#define MARGIN     48.0
#define CONTENT_W  (PAGE_W - 2 * MARGIN)
#define BOTTOM     (PAGE_H - 60.0)
#define BODY_SIZE  9.0
#define CELL_PAD   3.0

static const double ink[3] = { 0.13, 0.13, 0.13 };
static const double dim[3] = { 0.40, 0.40, 0.40 };
static const double accent[3] = { 0.10, 0.30, 0.55 };

struct _NtmReport
{
  GObject      parent_instance;

  char        *title;
  GPtrArray   *pages;    /* of cairo_surface_t (recording, A4 in points) */
  NtmLanguage  language;
};

G_DEFINE_FINAL_TYPE (NtmReport, ntm_report, G_TYPE_OBJECT)

typedef struct {
  NtmReport *self;
  cairo_t   *cr;
  double     y;
  double     width;   /* of tables; 0 for the full width */
} Writer;

typedef struct {
  const char     *heading;
  double          weight;
  PangoAlignment  align;
  gboolean        bar;      /* cells are "fraction;label" */
} Column;

/* ---------------------------------------------------------------------- */
/* Layout                                                                 */
/* ---------------------------------------------------------------------- */

static void
set_rgb (cairo_t      *cr,
         const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static void
writer_new_page (Writer *w)
{
  cairo_rectangle_t extents = { 0, 0, PAGE_W, PAGE_H };
  cairo_surface_t *surface;

  if (w->cr != NULL)
    cairo_destroy (w->cr);
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  g_ptr_array_add (w->self->pages, surface);
  w->cr = cairo_create (surface);
  w->y = MARGIN;
}

static void
writer_finish (Writer *w)
{
  g_clear_pointer (&w->cr, cairo_destroy);
}

static void
writer_ensure (Writer *w,
               double  height)
{
  if (w->y + height > BOTTOM && w->y > MARGIN + 1)
    writer_new_page (w);
}

static double
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

static void
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

static void
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
static void
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

static char **
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

static GPtrArray *
rows_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

static void
draw_footers (NtmReport *self)
{
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint n = self->pages->len;

  today = g_date_time_format (now, "%d/%m/%Y");
  for (guint i = 0; i < n; i++)
    {
      cairo_t *cr = cairo_create (g_ptr_array_index (self->pages, i));
      /* Translators: report footer: page number, number of pages */
      g_autofree char *page = g_strdup_printf (_("Page %u of %u"), i + 1, n);
      /* Translators: report footer: the report's title, the date it was made */
      g_autofree char *left = g_strdup_printf (_("%s · made with Ntm on %s"), self->title, today);

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

static void
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

static char *
format_count (NtmReport *self,
              double     value)
{
  if (fabs (value - round (value)) < 1e-9)
    return ntm_format_integer ((gint64) llround (value), self->language);
  return ntm_format_decimal (value, 1, self->language);
}

static char *
format_percent (NtmReport *self,
                double     value)
{
  g_autofree char *number = ntm_format_decimal (value, 1, self->language);

  return g_strdup_printf ("%s %%", number);
}

static char *
format_target_value (NtmReport *self,
                     NtmTarget *target)
{
  g_autofree char *number = format_count (self, ntm_target_get_value (target));

  switch (ntm_target_get_kind (target))
    {
    case NTM_TARGET_NEW:
      /* Translators: a target of so many more in the year, e.g. "20 more" */
      return g_strdup_printf (_("%s more"), number);
    case NTM_TARGET_PERCENT:
      return g_strdup_printf ("%s %%", number);
    case NTM_TARGET_TOTAL:
    default:
      return g_steal_pointer (&number);
    }
}

static char *
format_achieved (NtmReport               *self,
                 const NtmTargetProgress *p)
{
  g_autofree char *main_text = NULL;

  switch (p->source)
    {
    case NTM_FIGURE_NO_DATA:
      return g_strdup (_("No records yet"));
    case NTM_FIGURE_REPORTED:
      main_text = ntm_target_get_kind (p->target) == NTM_TARGET_PERCENT ? format_percent (self, p->achieved)
                                                                        : format_count (self, p->achieved);
      /* Translators: a figure taken from a report, e.g. "10 (reported)" */
      return g_strdup_printf (_("%s (reported)"), main_text);
    case NTM_FIGURE_RECORDS:
    default:
      if (ntm_target_get_kind (p->target) == NTM_TARGET_PERCENT)
        {
          g_autofree char *percent = format_percent (self, p->achieved);
          main_text = g_strdup_printf ("%u/%u (%s)", p->numerator, p->denominator, percent);
        }
      else
        main_text = format_count (self, p->achieved);
      if (p->has_reported)
        {
          g_autofree char *reported = ntm_target_get_kind (p->target) == NTM_TARGET_PERCENT ?
                                      format_percent (self, p->reported) : format_count (self, p->reported);
          /* Translators: a figure from the records, then the figure a report gave */
          return g_strdup_printf (_("%s\nreported: %s"), main_text, reported);
        }
      return g_steal_pointer (&main_text);
    }
}

static char *
format_reported_value (NtmReport               *self,
                       const NtmReportedFigure *f)
{
  if (g_str_has_prefix (f->metric, "funds_"))
    return ntm_format_money ((gint64) llround (f->value), self->language);
  return format_count (self, f->value);
}

static char *
target_label (NtmTarget *target)
{
  const char *label = ntm_target_metric_get_label (ntm_target_get_metric (target));
  const char *scope = ntm_target_get_scope_name (target);

  if (scope != NULL && !g_str_equal (ntm_target_get_scope_code (target), "42"))
    /* Translators: a target's metric and the district it applies to */
    return g_strdup_printf (_("%s — %s"), label, scope);
  return g_strdup (label);
}

/* ---------------------------------------------------------------------- */
/* The provincial summary                                                 */
/* ---------------------------------------------------------------------- */

static void
draw_headline_box (cairo_t    *cr,
                   double      x,
                   double      y,
                   double      width,
                   double      height,
                   const char *value,
                   const char *label,
                   const char *detail)
{
  double h, at;

  cairo_set_source_rgb (cr, 0.96, 0.97, 0.99);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.80, 0.84, 0.90);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  set_rgb (cr, accent);
  ntm_chart_draw_text (cr, value, x + 7, y + 5, width - 14, 15, TRUE, PANGO_ALIGN_LEFT, &h);
  at = y + 6 + h;
  set_rgb (cr, ink);
  ntm_chart_draw_text (cr, label, x + 7, at, width - 14, 8, TRUE, PANGO_ALIGN_LEFT, &h);
  at += h + 2;
  if (detail)
    {
      set_rgb (cr, dim);
      ntm_chart_draw_text (cr, detail, x + 7, at, width - 14, 7, FALSE, PANGO_ALIGN_LEFT, NULL);
    }
}

static void
write_headline (Writer      *w,
                NtmOverview *o)
{
  NtmReport *self = w->self;
  const NtmHeadline *h = ntm_overview_get_headline (o);
  guint ntm_plus = h->communes_by_level[1] + h->communes_by_level[2] + h->communes_by_level[3];
  guint advanced_plus = h->communes_by_level[2] + h->communes_by_level[3];
  const double gap = 8, box_w = (CONTENT_W - 2 * gap) / 3, box_h = 70;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  const char *labels[9];
  gint64 mobilised;

  g_ptr_array_add (values, g_strdup_printf ("%u/%u", ntm_plus, h->communes));
  labels[0] = _("Communes meeting the NTM standard");
  g_ptr_array_add (details, g_strdup (_("by recognised level")));

  g_ptr_array_add (values, g_strdup_printf ("%u · %u", h->communes_by_level[2], h->communes_by_level[3]));
  labels[1] = _("Advanced · model communes");
  g_ptr_array_add (details, g_strdup_printf (_("%u communes at advanced level or above"), advanced_plus));

  if (h->communes_with_criteria > 0)
    {
      g_autofree char *avg = ntm_format_decimal (h->average_criteria, 1, self->language);
      g_ptr_array_add (values, g_strdup_printf ("%s/%u", avg, h->criteria_per_commune));
      g_ptr_array_add (details, g_strdup_printf (ngettext ("from %u commune with data", "from %u communes with data",
                                                           h->communes_with_criteria),
                                                 h->communes_with_criteria));
    }
  else
    {
      g_ptr_array_add (values, g_strdup ("–"));
      g_ptr_array_add (details, g_strdup (_("no criteria data for the year")));
    }
  labels[2] = _("Average criteria met per commune");

  g_ptr_array_add (values, g_strdup_printf ("%u/%u", h->urban_civilised, h->urban));
  labels[3] = _("Wards and townships civilised urban");
  g_ptr_array_add (details, NULL);

  g_ptr_array_add (values, g_strdup_printf ("%u/%u", h->districts_ntm, h->districts));
  labels[4] = _("Districts meeting NTM or completing the task");
  g_ptr_array_add (details, g_strdup_printf (_("%u advanced NTM districts"), h->districts_advanced));

  g_ptr_array_add (values, g_strdup_printf ("%u", h->ocop_valid));
  labels[5] = _("OCOP products with a valid rating");
  g_ptr_array_add (details, g_strdup_printf (_("3★ %u · 4★ %u · 5★ %u · %u new in the year"),
                                             h->ocop_by_stars[3], h->ocop_by_stars[4], h->ocop_by_stars[5],
                                             h->ocop_new));

  mobilised = h->funds_total.actual;
  if (h->funds_total.n_records > 0)
    {
      g_autofree char *planned = ntm_format_money (h->funds_total.planned, self->language);
      g_ptr_array_add (values, ntm_format_money (mobilised, self->language));
      g_ptr_array_add (details, g_strdup_printf (_("planned: %s"), planned));
    }
  else if (h->sponsorship_source == NTM_FIGURE_REPORTED)
    {
      g_ptr_array_add (values, ntm_format_money (h->sponsorship_reported, self->language));
      g_ptr_array_add (details, g_strdup (_("sponsorship, as reported; no fund records")));
    }
  else
    {
      g_ptr_array_add (values, g_strdup ("–"));
      g_ptr_array_add (details, g_strdup (_("no fund records for the year")));
    }
  labels[6] = _("Funds mobilised");

  if (h->water_source != NTM_FIGURE_NO_DATA)
    {
      g_autofree char *served = ntm_format_integer ((gint64) h->water_households, self->language);
      g_autofree char *rural = ntm_format_integer ((gint64) h->rural_households, self->language);
      g_ptr_array_add (values, format_percent (self, 100.0 * h->water_households / h->rural_households));
      if (h->water_source == NTM_FIGURE_RECORDS)
        g_ptr_array_add (details, g_strdup_printf (ngettext ("%s of %s households, from the figures of %u commune",
                                                             "%s of %s households, from the figures of %u communes",
                                                             h->water_communes),
                                                   served, rural, h->water_communes));
      else
        g_ptr_array_add (details, g_strdup_printf (_("%s of %s households (reported)"), served, rural));
    }
  else
    {
      g_ptr_array_add (values, g_strdup ("–"));
      g_ptr_array_add (details, g_strdup (_("no water figures for the year")));
    }
  labels[7] = h->water_source == NTM_FIGURE_RECORDS ? _("Rural households using clean water")
                                                      : _("Rural households on centralised water schemes");

  g_ptr_array_add (values, g_strdup_printf ("%u", h->ocop_expiring));
  labels[8] = _("OCOP ratings expiring within 90 days of the year’s end");
  g_ptr_array_add (details, NULL);

  writer_ensure (w, 3 * box_h + 2 * gap);
  for (guint i = 0; i < 9; i++)
    draw_headline_box (w->cr, MARGIN + (i % 3) * (box_w + gap), w->y + (i / 3) * (box_h + gap),
                       box_w, box_h, g_ptr_array_index (values, i), labels[i],
                       g_ptr_array_index (details, i));
  w->y += 3 * box_h + 2 * gap + 6;
}

static void
write_targets (Writer      *w,
               NtmOverview *o)
{
  NtmReport *self = w->self;
  const Column columns[] = {
    { _("Target"), 3.2, PANGO_ALIGN_LEFT, FALSE },
    { _("Set for the year"), 1.2, PANGO_ALIGN_RIGHT, FALSE },
    { _("Achieved"), 1.7, PANGO_ALIGN_RIGHT, FALSE },
    { _("Progress"), 2.2, PANGO_ALIGN_LEFT, TRUE },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  if (ntm_overview_get_n_targets (o) == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No targets are recorded for %d."), ntm_overview_get_year (o));
      writer_text (w, text, BODY_SIZE, FALSE, dim, 6);
      return;
    }

  for (guint i = 0; i < ntm_overview_get_n_targets (o); i++)
    {
      const NtmTargetProgress *p = ntm_overview_get_progress (o, i);
      g_autofree char *percent = format_percent (self, 100 * p->fraction);
      char *bar = p->source == NTM_FIGURE_NO_DATA ? g_strdup ("0;–") :
                  g_strdup_printf ("%.4f;%s%s", p->fraction, percent, p->met ? " ✓" : "");

      g_ptr_array_add (rows, row_new (4, target_label (p->target), format_target_value (self, p->target),
                                      format_achieved (self, p), bar));
      if (p->source == NTM_FIGURE_REPORTED && p->reported_source &&
          !g_ptr_array_find_with_equal_func (sources, p->reported_source, g_str_equal, NULL))
        g_ptr_array_add (sources, (gpointer) p->reported_source);
    }
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, BODY_SIZE, FALSE);

  writer_text (w, _("Achieved figures are counted from the records: units by the level last recognised, OCOP products by their rating decisions. Where the records are missing, the reported figure is shown and marked “reported”."),
               7.5, FALSE, dim, 3);
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *text = g_strdup_printf (_("Reported: %s"), (const char *) g_ptr_array_index (sources, i));
      writer_text (w, text, 7.5, FALSE, dim, 3);
    }
}

static void
write_districts (Writer      *w,
                 NtmOverview *o)
{
  NtmReport *self = w->self;
  const Column columns[] = {
    { _("District"), 2.1, PANGO_ALIGN_LEFT, FALSE },
    { _("Communes"), 1.2, PANGO_ALIGN_RIGHT, FALSE },
    { _("Meeting NTM"), 1.0, PANGO_ALIGN_RIGHT, FALSE },
    { _("Advanced"), 1.0, PANGO_ALIGN_RIGHT, FALSE },
    { _("Model"), 0.9, PANGO_ALIGN_RIGHT, FALSE },
    { _("Civilised urban"), 1.1, PANGO_ALIGN_RIGHT, FALSE },
    { _("District level"), 1.8, PANGO_ALIGN_LEFT, FALSE },
    { _("OCOP"), 0.8, PANGO_ALIGN_RIGHT, FALSE },
    { _("Funds mobilised"), 1.6, PANGO_ALIGN_RIGHT, FALSE },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  const NtmHeadline *h = ntm_overview_get_headline (o);

  for (guint i = 0; i < ntm_overview_get_n_districts (o); i++)
    {
      const NtmDistrictSummary *d = ntm_overview_get_district (o, i);
      guint ntm = d->communes_by_level[1] + d->communes_by_level[2] + d->communes_by_level[3];

      g_ptr_array_add (rows, row_new (9, g_strdup (d->name),
                                      g_strdup_printf ("%u", d->communes),
                                      g_strdup_printf ("%u", ntm),
                                      g_strdup_printf ("%u", d->communes_by_level[2] + d->communes_by_level[3]),
                                      g_strdup_printf ("%u", d->communes_by_level[3]),
                                      d->urban ? g_strdup_printf ("%u/%u", d->urban_civilised, d->urban) : g_strdup ("–"),
                                      g_strdup (d->level == NTM_LEVEL_NO_DATA ? "–" : ntm_level_get_label (d->level)),
                                      g_strdup_printf ("%u", d->ocop_valid),
                                      d->funds.n_records ? ntm_format_money (d->funds.actual, self->language) : g_strdup ("–")));
    }
  g_ptr_array_add (rows, row_new (9, g_strdup (_("Province")),
                                  g_strdup_printf ("%u", h->communes),
                                  g_strdup_printf ("%u", h->communes_by_level[1] + h->communes_by_level[2] + h->communes_by_level[3]),
                                  g_strdup_printf ("%u", h->communes_by_level[2] + h->communes_by_level[3]),
                                  g_strdup_printf ("%u", h->communes_by_level[3]),
                                  g_strdup_printf ("%u/%u", h->urban_civilised, h->urban),
                                  g_strdup_printf (_("%u of %u recognised"), h->districts_ntm, h->districts),
                                  g_strdup_printf ("%u", h->ocop_valid),
                                  h->funds_total.n_records ? ntm_format_money (h->funds_total.actual, self->language) : g_strdup ("–")));
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, 8, TRUE);
  writer_text (w, _("Communes by the level last recognised; advanced and model communes also meet the NTM standard. Funds: amounts mobilised by the district and its communes."),
               7.5, FALSE, dim, 4);
}

static char *
format_count_cb (double   value,
                 gpointer user_data)
{
  return g_strdup_printf ("%.0f", value);
}

static void
write_level_chart (Writer      *w,
                   NtmOverview *o)
{
  guint n = ntm_overview_get_n_districts (o);
  g_autofree const char **names = g_new0 (const char *, n + 1);
  g_autofree double *values = g_new0 (double, n * 4);
  const char *series[4] = { _("Not recognised"), ntm_level_get_label (NTM_LEVEL_NTM),
                            ntm_level_get_label (NTM_LEVEL_ADVANCED), ntm_level_get_label (NTM_LEVEL_MODEL) };
  const NtmLevel levels[4] = { NTM_LEVEL_NO_DATA, NTM_LEVEL_NTM, NTM_LEVEL_ADVANCED, NTM_LEVEL_MODEL };
  double colours[12];
  NtmChartData data = { 0 };
  cairo_rectangle_t area;
  double height = 30 + n * 15;

  for (guint s = 0; s < 4; s++)
    ntm_level_get_colour (levels[s], colours + 3 * s);
  for (guint i = 0; i < n; i++)
    {
      const NtmDistrictSummary *d = ntm_overview_get_district (o, i);

      names[i] = d->name;
      for (guint s = 0; s < 4; s++)
        values[i * 4 + s] = d->communes_by_level[s];
    }

  data.n_categories = n;
  data.categories = names;
  data.n_series = 4;
  data.series = series;
  data.colours = colours;
  data.values = values;
  data.format_total = format_count_cb;
  memcpy (data.foreground, ink, sizeof ink);
  data.font_size = 7.5;

  writer_ensure (w, height + 20);
  writer_text (w, _("Communes by recognised level, by district"), 9, TRUE, ink, 4);
  area = (cairo_rectangle_t) { MARGIN, w->y, CONTENT_W, height };
  ntm_chart_draw_bars (w->cr, &area, &data);
  w->y += height + 8;
}

static void
write_funds (Writer      *w,
             NtmOverview *o)
{
  NtmReport *self = w->self;
  const NtmHeadline *h = ntm_overview_get_headline (o);
  const Column columns[] = {
    { _("Source"), 3.0, PANGO_ALIGN_LEFT, FALSE },
    { _("Planned"), 1.5, PANGO_ALIGN_RIGHT, FALSE },
    { _("Mobilised"), 1.5, PANGO_ALIGN_RIGHT, FALSE },
    { _("Of plan"), 1.0, PANGO_ALIGN_RIGHT, FALSE },
  };
  g_autoptr(GPtrArray) rows = rows_new ();

  if (h->funds_total.n_records == 0)
    {
      g_autofree char *text = NULL;

      if (h->sponsorship_source == NTM_FIGURE_REPORTED)
        {
          g_autofree char *money = ntm_format_money (h->sponsorship_reported, self->language);
          text = g_strdup_printf (_("No fund records are entered for %d. Reported: %s mobilised through sponsorship."),
                                  ntm_overview_get_year (o), money);
        }
      else
        text = g_strdup_printf (_("No fund records are entered for %d."), ntm_overview_get_year (o));
      writer_text (w, text, BODY_SIZE, FALSE, ink, 6);
      return;
    }

  for (int s = 0; s <= NTM_FUND_N_SOURCES; s++)
    {
      const NtmFundSum *sum = s < NTM_FUND_N_SOURCES ? &h->funds_by_source[s] : &h->funds_total;

      if (s < NTM_FUND_N_SOURCES && sum->n_records == 0)
        continue;
      g_ptr_array_add (rows, row_new (4, g_strdup (s < NTM_FUND_N_SOURCES ? ntm_fund_source_get_label (s) : _("Total")),
                                      ntm_format_money (sum->planned, self->language),
                                      ntm_format_money (sum->actual, self->language),
                                      sum->planned > 0 ? format_percent (self, 100.0 * sum->actual / sum->planned)
                                                       : g_strdup ("–")));
    }
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, BODY_SIZE, TRUE);
}

static void
write_ocop (Writer      *w,
            NtmOverview *o)
{
  const Column columns[] = {
    { _("Year rated"), 1.2, PANGO_ALIGN_LEFT, FALSE },
    { _("3 stars"), 1.0, PANGO_ALIGN_RIGHT, FALSE },
    { _("4 stars"), 1.0, PANGO_ALIGN_RIGHT, FALSE },
    { _("5 stars"), 1.0, PANGO_ALIGN_RIGHT, FALSE },
    { _("Total"), 1.0, PANGO_ALIGN_RIGHT, FALSE },
  };
  g_autoptr(GPtrArray) rows = rows_new ();

  if (ntm_overview_get_n_ocop_years (o) == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No OCOP products are registered up to %d."), ntm_overview_get_year (o));
      writer_text (w, text, BODY_SIZE, FALSE, ink, 6);
      return;
    }
  for (guint i = 0; i < ntm_overview_get_n_ocop_years (o); i++)
    {
      const NtmOcopYear *y = ntm_overview_get_ocop_year (o, i);

      g_ptr_array_add (rows, row_new (5, g_strdup_printf ("%d", y->year),
                                      g_strdup_printf ("%u", y->by_stars[0]),
                                      g_strdup_printf ("%u", y->by_stars[1]),
                                      g_strdup_printf ("%u", y->by_stars[2]),
                                      g_strdup_printf ("%u", y->by_stars[0] + y->by_stars[1] + y->by_stars[2])));
    }
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, BODY_SIZE, FALSE);
}

static void
write_reported (Writer      *w,
                NtmOverview *o)
{
  NtmReport *self = w->self;
  const Column columns[] = {
    { _("Figure"), 2.6, PANGO_ALIGN_LEFT, FALSE },
    { _("Value"), 1.3, PANGO_ALIGN_RIGHT, FALSE },
    { _("Note"), 3.4, PANGO_ALIGN_LEFT, FALSE },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  for (guint i = 0; i < ntm_overview_get_n_reported (o); i++)
    {
      const NtmReportedFigure *f = ntm_overview_get_reported (o, i);

      g_ptr_array_add (rows, row_new (3, g_strdup (ntm_metric_get_label (f->metric)),
                                      format_reported_value (self, f), g_strdup (f->note)));
      if (!g_ptr_array_find_with_equal_func (sources, f->source, g_str_equal, NULL))
        g_ptr_array_add (sources, f->source);
    }
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, 8, FALSE);
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *text = g_strdup_printf (_("Source: %s"), (const char *) g_ptr_array_index (sources, i));
      writer_text (w, text, 7.5, FALSE, dim, 3);
    }
}

static void
build_summary (NtmReport   *self,
               NtmOverview *o)
{
  Writer w = { self, NULL, 0, 0 };
  int year = ntm_overview_get_year (o);
  g_autofree char *subtitle = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d/%m/%Y");
  cairo_rectangle_t map;
  guint section = 1;
  char *heading;

  writer_new_page (&w);
  subtitle = g_strdup_printf (_("Figures at the end of %d, from the records of the New Rural Development office, as of %s."),
                              year, today);
  writer_title (&w, _("Hà Tĩnh province · National Target Programme on New Rural Development"),
                self->title, subtitle);

  heading = g_strdup_printf (_("%u. Headline figures"), section++);
  writer_heading (&w, heading);
  g_free (heading);
  write_headline (&w, o);

  heading = g_strdup_printf (_("%u. Map of communes by recognised level"), section++);
  writer_heading (&w, heading);
  g_free (heading);
  writer_ensure (&w, 300);
  map = (cairo_rectangle_t) { MARGIN, w.y, CONTENT_W, MIN (330, BOTTOM - w.y) };
  ntm_report_draw_map (w.cr, &map, o, NULL, TRUE);
  w.y += map.height + 6;

  heading = g_strdup_printf (_("%u. Targets and progress"), section++);
  writer_heading (&w, heading);
  g_free (heading);
  write_targets (&w, o);

  heading = g_strdup_printf (_("%u. Results by district"), section++);
  writer_heading (&w, heading);
  g_free (heading);
  write_districts (&w, o);
  write_level_chart (&w, o);

  heading = g_strdup_printf (_("%u. Funds mobilised by source"), section++);
  writer_heading (&w, heading);
  g_free (heading);
  write_funds (&w, o);

  heading = g_strdup_printf (_("%u. OCOP products by year of rating"), section++);
  writer_heading (&w, heading);
  g_free (heading);
  write_ocop (&w, o);

  if (ntm_overview_get_n_reported (o) > 0)
    {
      heading = g_strdup_printf (_("%u. Figures reported for %d"), section++, year);
      writer_heading (&w, heading);
      g_free (heading);
      write_reported (&w, o);
    }

  writer_finish (&w);
}

/* ---------------------------------------------------------------------- */
/* The unit profile                                                       */
/* ---------------------------------------------------------------------- */

static NtmLevel
main_set_level (NtmUnitKind kind)
{
  if (kind == NTM_UNIT_KIND_COMMUNE)
    return NTM_LEVEL_NTM;
  if (kind == NTM_UNIT_KIND_WARD || kind == NTM_UNIT_KIND_TOWNSHIP)
    return NTM_LEVEL_CIVILISED;
  if (ntm_unit_kind_is_district_level (kind))
    return NTM_LEVEL_DISTRICT_NTM;
  return NTM_LEVEL_TASK_COMPLETED;
}

static gboolean
build_unit (NtmReport    *self,
            NtmOverview  *o,
            NtmUnit      *unit,
            GError      **error)
{
  NtmDatabase *db = ntm_overview_get_database (o);
  NtmEvaluation *evaluation = ntm_overview_get_evaluation (o);
  const char *code = ntm_unit_get_code (unit);
  NtmUnitKind kind = ntm_unit_get_kind (unit);
  int year = ntm_overview_get_year (o);
  Writer w = { self, NULL, 0, 0 };
  g_autoptr(GListModel) recognitions = NULL;
  g_autoptr(GListModel) products = NULL;
  g_autoptr(GListModel) funds = NULL;
  g_autoptr(NtmUnit) parent = NULL;
  g_autoptr(GPtrArray) facts = rows_new ();
  g_autofree char *subtitle = NULL;
  const NtmCriterionResult *results;
  guint n_results = 0;
  NtmTally tally;
  NtmLevel level;
  double facts_top, map_size = 150;
  cairo_rectangle_t inset;
  NtmFundSum sum;
  guint n_products = 0;

  recognitions = ntm_database_list_recognitions (db, code, error);
  if (recognitions == NULL)
    return FALSE;
  products = ntm_database_list_ocop_products (db, error);
  if (products == NULL)
    return FALSE;
  funds = ntm_database_list_funds (db, year, error);
  if (funds == NULL)
    return FALSE;
  if (ntm_unit_get_parent_code (unit) != NULL)
    parent = ntm_database_get_unit (db, ntm_unit_get_parent_code (unit), NULL);

  writer_new_page (&w);
  /* Translators: a unit profile's subtitle: kind, district, code, year */
  subtitle = g_strdup_printf (_("%s · %s · code %s · year %d"), ntm_unit_kind_get_label (kind),
                              parent ? ntm_unit_get_name (parent) : "", code, year);
  writer_title (&w, _("Unit profile · New Rural Development programme, Hà Tĩnh province"),
                ntm_unit_get_name (unit), subtitle);

  /* key facts beside the map inset */
  level = ntm_evaluation_get_recognised_level (evaluation, code);
  tally = ntm_evaluation_get_set_tally (evaluation, code, main_set_level (kind));
  {
    NtmRecognition *last = NULL;
    g_autofree char *decision = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (recognitions); i++)
      {
        g_autoptr(NtmRecognition) r = g_list_model_get_item (recognitions, i);
        if (ntm_recognition_get_year (r) <= year && ntm_recognition_get_revoked_on (r) == NULL)
          {
            g_clear_object (&last);
            last = g_object_ref (r);
          }
      }
    if (last != NULL && ntm_recognition_get_decision_number (last) != NULL)
      {
        g_autofree char *date = ntm_format_date (ntm_recognition_get_decision_date (last));
        decision = g_strdup_printf (_("Decision %s of %s"), ntm_recognition_get_decision_number (last), date);
      }
    else if (last != NULL)
      decision = g_strdup_printf (_("Known from a report (%d); no decision number on file"),
                                  ntm_recognition_get_year (last));
    else
      decision = g_strdup (_("No recognition on file"));
    g_clear_object (&last);

    g_ptr_array_add (facts, row_new (2, g_strdup (_("Recognised level")), g_strdup (ntm_level_get_label (level))));
    g_ptr_array_add (facts, row_new (2, g_strdup (_("Recognition")), g_steal_pointer (&decision)));
    g_ptr_array_add (facts, row_new (2, g_strdup (_("Level the criteria support")),
                                     g_strdup (ntm_level_get_label (ntm_evaluation_get_computed_level (evaluation, code)))));
    if (tally.met + tally.basically_met + tally.not_met > 0)
      g_ptr_array_add (facts, row_new (2, g_strdup (_("Criteria met")),
                                       g_strdup_printf (_("%u of %u (%u basically met, %u not met)"),
                                                        tally.met, tally.total, tally.basically_met, tally.not_met)));
    else
      g_ptr_array_add (facts, row_new (2, g_strdup (_("Criteria met")),
                                       g_strdup_printf (_("no data for %d (%u criteria)"), year, tally.total)));
  }
  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(NtmOcopProduct) p = g_list_model_get_item (products, i);
      if (g_strcmp0 (ntm_ocop_product_get_commune_code (p), code) == 0 ||
          g_strcmp0 (ntm_ocop_product_get_district_code (p), code) == 0)
        n_products++;
    }
  g_ptr_array_add (facts, row_new (2, g_strdup (_("OCOP products")), g_strdup_printf ("%u", n_products)));
  ntm_database_sum_funds (db, year, code, NTM_FUND_ANY_SOURCE, &sum, NULL);
  g_ptr_array_add (facts, row_new (2, g_strdup (_("Funds mobilised in the year")),
                                   sum.n_records ? ntm_format_money (sum.actual, self->language)
                                                 : g_strdup (_("no records"))));

  facts_top = w.y;
  {
    /* the facts table, narrowed to leave room for the inset */
    double saved_y;
    const Column columns[] = {
      { _("Item"), 1.3, PANGO_ALIGN_LEFT, FALSE },
      { _("Status"), 2.2, PANGO_ALIGN_LEFT, FALSE },
    };
    w.width = CONTENT_W - map_size - 12;
    writer_table (&w, columns, G_N_ELEMENTS (columns), facts, 8.5, FALSE);
    w.width = 0;
    saved_y = w.y;
    inset = (cairo_rectangle_t) { MARGIN + CONTENT_W - map_size, facts_top, map_size, map_size };
    ntm_report_draw_map (w.cr, &inset, o, code, FALSE);
    w.y = MAX (saved_y, facts_top + map_size + 6);
  }

  /* criteria, in two columns to keep the profile on one page */
  writer_heading (&w, _("Criteria"));
  results = ntm_evaluation_get_criteria (evaluation, code, &n_results);
  {
    const Column columns[] = {
      { _("No."), 0.4, PANGO_ALIGN_LEFT, FALSE },
      { _("Criterion"), 2.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Status"), 1.1, PANGO_ALIGN_LEFT, FALSE },
      { _("No."), 0.4, PANGO_ALIGN_LEFT, FALSE },
      { _("Criterion"), 2.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Status"), 1.1, PANGO_ALIGN_LEFT, FALSE },
    };
    g_autoptr(GPtrArray) rows = rows_new ();
    g_autoptr(GPtrArray) cells = g_ptr_array_new ();
    NtmLevel set = main_set_level (kind);
    guint half;

    for (guint i = 0; i < n_results; i++)
      if (results[i].set_level == set)
        g_ptr_array_add (cells, (gpointer) &results[i]);
    half = (cells->len + 1) / 2;
    for (guint i = 0; i < half; i++)
      {
        char **row = g_new0 (char *, 7);

        for (guint side = 0; side < 2; side++)
          {
            const NtmCriterionResult *r = i + side * half < cells->len ? g_ptr_array_index (cells, i + side * half) : NULL;

            if (r == NULL)
              {
                for (guint k = 0; k < 3; k++)
                  row[side * 3 + k] = g_strdup ("");
                continue;
              }
            row[side * 3] = g_strdup (r->number);
            row[side * 3 + 1] = g_strdup (r->name);
            row[side * 3 + 2] = r->reported ? g_strdup_printf (_("%s (reported)"), ntm_status_get_label (r->status))
                                            : g_strdup (ntm_status_get_label (r->status));
          }
        g_ptr_array_add (rows, row);
      }
    if (rows->len > 0)
      writer_table (&w, columns, G_N_ELEMENTS (columns), rows, 7, FALSE);
    else
      writer_text (&w, _("No criteria apply to this unit for the year."), BODY_SIZE, FALSE, dim, 4);
  }

  /* recognitions */
  writer_heading (&w, _("Recognitions"));
  {
    const Column columns[] = {
      { _("Level"), 1.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Year"), 0.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Decision"), 1.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Source"), 3.6, PANGO_ALIGN_LEFT, FALSE },
    };
    g_autoptr(GPtrArray) rows = rows_new ();

    for (guint i = 0; i < g_list_model_get_n_items (recognitions); i++)
      {
        g_autoptr(NtmRecognition) r = g_list_model_get_item (recognitions, i);
        g_autofree char *date = ntm_format_date (ntm_recognition_get_decision_date (r));
        const char *number = ntm_recognition_get_decision_number (r);

        g_ptr_array_add (rows, row_new (4, g_strdup (ntm_level_get_label (ntm_recognition_get_level (r))),
                                        g_strdup_printf ("%d", ntm_recognition_get_year (r)),
                                        number ? g_strdup_printf ("%s %s", number, date) : g_strdup ("–"),
                                        g_strdup (ntm_recognition_get_source (r))));
      }
    if (rows->len > 0)
      writer_table (&w, columns, G_N_ELEMENTS (columns), rows, 7.5, FALSE);
    else
      writer_text (&w, _("No recognition on file."), BODY_SIZE, FALSE, dim, 4);
  }

  /* water */
  writer_heading (&w, _("Clean water"));
  {
    g_autoptr(GHashTable) values = ntm_database_get_indicator_values (db, "318-ntm", "17.1", year, NULL);
    double *value = values ? g_hash_table_lookup (values, code) : NULL;
    g_autofree char *text = NULL;

    if (value != NULL)
      {
        g_autofree char *percent = format_percent (self, *value);
        text = g_strdup_printf (_("Households using hygienic and clean water (indicator 17.1): %s in %d."), percent, year);
      }
    else
      text = g_strdup_printf (_("No value of indicator 17.1 (households using hygienic and clean water) is entered for %d."), year);
    writer_text (&w, text, BODY_SIZE, FALSE, ink, 4);
  }

  /* OCOP */
  writer_heading (&w, _("OCOP products"));
  {
    const Column columns[] = {
      { _("Product"), 3.0, PANGO_ALIGN_LEFT, FALSE },
      { _("Producer"), 2.4, PANGO_ALIGN_LEFT, FALSE },
      { _("Stars"), 0.7, PANGO_ALIGN_RIGHT, FALSE },
      { _("Rated on"), 1.1, PANGO_ALIGN_LEFT, FALSE },
      { _("Expires on"), 1.1, PANGO_ALIGN_LEFT, FALSE },
    };
    g_autoptr(GPtrArray) rows = rows_new ();

    for (guint i = 0; i < g_list_model_get_n_items (products); i++)
      {
        g_autoptr(NtmOcopProduct) p = g_list_model_get_item (products, i);
        g_autofree char *expiry = NULL;

        if (g_strcmp0 (ntm_ocop_product_get_commune_code (p), code) != 0 &&
            g_strcmp0 (ntm_ocop_product_get_district_code (p), code) != 0)
          continue;
        expiry = ntm_ocop_product_dup_expiry_date (p);
        g_ptr_array_add (rows, row_new (5, g_strdup (ntm_ocop_product_get_name (p)),
                                        g_strdup (ntm_ocop_product_get_producer (p)),
                                        g_strdup_printf ("%d★", ntm_ocop_product_get_stars (p)),
                                        ntm_format_date (ntm_ocop_product_get_decision_date (p)),
                                        ntm_format_date (expiry)));
      }
    if (rows->len > 0)
      writer_table (&w, columns, G_N_ELEMENTS (columns), rows, 8, FALSE);
    else
      writer_text (&w, _("No OCOP product is registered here."), BODY_SIZE, FALSE, dim, 4);
  }

  /* funds */
  writer_heading (&w, _("Funds mobilised"));
  {
    const Column columns[] = {
      { _("Source"), 2.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Sponsor"), 2.0, PANGO_ALIGN_LEFT, FALSE },
      { _("Planned"), 1.4, PANGO_ALIGN_RIGHT, FALSE },
      { _("Mobilised"), 1.4, PANGO_ALIGN_RIGHT, FALSE },
    };
    g_autoptr(GPtrArray) rows = rows_new ();

    for (guint i = 0; i < g_list_model_get_n_items (funds); i++)
      {
        g_autoptr(NtmFund) f = g_list_model_get_item (funds, i);
        gint64 planned, actual;
        gboolean has_planned, has_actual;

        if (g_strcmp0 (ntm_fund_get_unit_code (f), code) != 0)
          continue;
        has_planned = ntm_fund_get_planned (f, &planned);
        has_actual = ntm_fund_get_actual (f, &actual);
        g_ptr_array_add (rows, row_new (4, g_strdup (ntm_fund_source_get_label (ntm_fund_get_source (f))),
                                        g_strdup (ntm_fund_get_sponsor (f)),
                                        has_planned ? ntm_format_money (planned, self->language) : g_strdup ("–"),
                                        has_actual ? ntm_format_money (actual, self->language) : g_strdup ("–")));
      }
    if (rows->len > 0)
      writer_table (&w, columns, G_N_ELEMENTS (columns), rows, 8, FALSE);
    else
      {
        g_autofree char *text = g_strdup_printf (_("No funds are recorded for this unit in %d."), year);
        writer_text (&w, text, BODY_SIZE, FALSE, dim, 4);
      }
  }

  writer_finish (&w);
  return TRUE;
}

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
  build_summary (self, overview);
  draw_footers (self);
  return g_steal_pointer (&self);
}

/**
 * ntm_report_new_unit:
 * @db: a #NtmDatabase
 * @code: a unit's code
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

  unit = ntm_database_get_unit (db, code, error);
  if (unit == NULL)
    return NULL;
  overview = ntm_overview_new (db, year, error);
  if (overview == NULL)
    return NULL;

  self = g_object_new (NTM_TYPE_REPORT, NULL);
  /* Translators: a unit profile's title: unit name, year */
  self->title = g_strdup_printf (_("%s: profile %d"), ntm_unit_get_name (unit), year);
  if (!build_unit (self, overview, unit, error))
    return NULL;
  draw_footers (self);
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
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ntm_report_write_pdf (NtmReport   *self,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (NTM_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  tmp = g_strconcat (path, ".part", NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Cannot write “%s”: the folder does not exist."), display);
      return FALSE;
    }

  surface = cairo_pdf_surface_create (tmp, PAGE_W, PAGE_H);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ntm " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      cairo_set_source_surface (cr, g_ptr_array_index (self->pages, i), 0, 0);
      cairo_paint (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);
      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
