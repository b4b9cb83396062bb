/* ntm-report-summary.c: the provincial summary report
 *
 * Lays out the summary's sections on the page writer: title, headline
 * figures, the map of communes by level, targets and progress, results by
 * district with the level chart, funds by source, OCOP products by year of
 * rating, and the figures taken from reports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ntm-chart.h"
#include "ntm-format.h"
#include "ntm-fund.h"
#include "ntm-overview.h"
#include "ntm-report-map.h"
#include "ntm-report-private.h"
#include "ntm-report-writer-private.h"

/* ---------------------------------------------------------------------- */
/* Figures as text                                                        */
/* ---------------------------------------------------------------------- */

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
    return ntm_format_money ((gint64) llround (f->value), ntm_report_get_language (self));
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
      g_autofree char *avg = ntm_format_decimal (h->average_criteria, 1, ntm_report_get_language (self));
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
      g_autofree char *planned = ntm_format_money (h->funds_total.planned, ntm_report_get_language (self));
      g_ptr_array_add (values, ntm_format_money (mobilised, ntm_report_get_language (self)));
      g_ptr_array_add (details, g_strdup_printf (_("planned: %s"), planned));
    }
  else if (h->sponsorship_source == NTM_FIGURE_REPORTED)
    {
      g_ptr_array_add (values, ntm_format_money (h->sponsorship_reported, ntm_report_get_language (self)));
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
      g_autofree char *served = ntm_format_integer ((gint64) h->water_households, ntm_report_get_language (self));
      g_autofree char *rural = ntm_format_integer ((gint64) h->rural_households, ntm_report_get_language (self));
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
                                      d->funds.n_records ? ntm_format_money (d->funds.actual, ntm_report_get_language (self)) : g_strdup ("–")));
    }
  g_ptr_array_add (rows, row_new (9, g_strdup (_("Province")),
                                  g_strdup_printf ("%u", h->communes),
                                  g_strdup_printf ("%u", h->communes_by_level[1] + h->communes_by_level[2] + h->communes_by_level[3]),
                                  g_strdup_printf ("%u", h->communes_by_level[2] + h->communes_by_level[3]),
                                  g_strdup_printf ("%u", h->communes_by_level[3]),
                                  g_strdup_printf ("%u/%u", h->urban_civilised, h->urban),
                                  g_strdup_printf (_("%u of %u recognised"), h->districts_ntm, h->districts),
                                  g_strdup_printf ("%u", h->ocop_valid),
                                  h->funds_total.n_records ? ntm_format_money (h->funds_total.actual, ntm_report_get_language (self)) : g_strdup ("–")));
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
  const char *series[NTM_CHART_N_COMMUNE_LEVELS];
  double colours[12];
  NtmChartData data = { 0 };
  cairo_rectangle_t area;
  double height = 30 + n * 15;

  /* named and coloured as the map's legend */
  ntm_chart_commune_level_series (series, colours);
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
          g_autofree char *money = ntm_format_money (h->sponsorship_reported, ntm_report_get_language (self));
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
                                      ntm_format_money (sum->planned, ntm_report_get_language (self)),
                                      ntm_format_money (sum->actual, ntm_report_get_language (self)),
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

void
ntm_report_build_summary (NtmReport   *self,
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
                ntm_report_get_title (self), subtitle);

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
