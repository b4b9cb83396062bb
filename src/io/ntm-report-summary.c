/* ntm-report-summary.c: the provincial summary report
 *
 * A report the office can sign and send: the heading of an administrative
 * document, "BÁO CÁO" and its summary line, an opening paragraph, then
 * numbered sections (the key results, the map of communes by level,
 * targets and progress, results by district with the level chart, funds
 * by source, OCOP products, the figures taken from reports), and the
 * recipients and signature. A figure without records reads "no data yet"
 * in words.
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
#include "ntm-level-palette.h"
#include "ntm-outline.h"
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
      return percent_of (number);
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
      return g_strdup (no_data_text ());
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
format_progress (NtmReport               *self,
                 const NtmTargetProgress *p)
{
  g_autofree char *percent = NULL;

  if (p->source == NTM_FIGURE_NO_DATA)
    return g_strdup (no_data_text ());
  percent = format_percent (self, 100 * p->fraction);
  if (p->met)
    /* Translators: a target's progress when it is met, e.g. "100,0 % (met)" */
    return g_strdup_printf (_("%s (met)"), percent);
  return g_steal_pointer (&percent);
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

static char *
row_number (guint n)
{
  return g_strdup_printf ("%u", n);
}

/* ---------------------------------------------------------------------- */
/* The sections                                                           */
/* ---------------------------------------------------------------------- */

/* The record is incomplete: each count of units by level stands beside
 * the total a source reported (ntm_database_count_against_reported()). */
static void
write_record_counts (Writer            *w,
                     const NtmHeadline *h)
{
  const Column columns[] = {
    { _("No."), 0.45, PANGO_ALIGN_CENTER },
    { _("Level"), 3.2, PANGO_ALIGN_LEFT },
    { _("On record and reported"), 3.0, PANGO_ALIGN_LEFT },
  };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) sources = NULL;

  if (h->n_level_counts == 0)
    return;
  rows = rows_new ();
  sources = g_ptr_array_new ();
  for (guint i = 0; i < h->n_level_counts; i++)
    {
      const NtmLevelCount *c = &h->level_counts[i];

      g_ptr_array_add (rows, row_new (3, row_number (i + 1), g_strdup (ntm_level_get_label (c->metric->level)),
                                      ntm_level_count_format (c)));
      if (c->source != NULL && !g_ptr_array_find_with_equal_func (sources, c->source, g_str_equal, NULL))
        g_ptr_array_add (sources, c->source);
    }
  writer_subheading (w, _("Units on record beside the totals reported"),
                     table_first_height (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE));
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE, FALSE);
  writer_note (w, _("The records hold only the decisions found so far; the totals are those the sources reported."));
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *text = g_strdup_printf (_("Reported: %s"), (const char *) g_ptr_array_index (sources, i));
      writer_note (w, text);
    }
}

static void
write_key_results (Writer      *w,
                   NtmOverview *o,
                   guint        section)
{
  NtmReport *self = w->self;
  NtmLanguage language = ntm_report_get_language (self);
  const NtmHeadline *h = ntm_overview_get_headline (o);
  guint ntm_plus = h->communes_by_level[1] + h->communes_by_level[2] + h->communes_by_level[3];
  const Column columns[] = {
    { _("No."), 0.45, PANGO_ALIGN_CENTER },
    { _("Indicator"), 3.2, PANGO_ALIGN_LEFT },
    { _("Result"), 3.0, PANGO_ALIGN_LEFT },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autofree char *heading = section_heading (section, _("Key results"));
  guint n = 1;

  {
    g_autofree char *percent = h->communes > 0 ? format_percent (self, 100.0 * ntm_plus / h->communes) : NULL;
    g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Communes meeting the NTM standard, by recognised level")),
                                    h->communes > 0 ? g_strdup_printf (_("%u of %u communes (%s)"), ntm_plus, h->communes, percent)
                                                    : g_strdup (no_data_text ())));
  }
  if (h->commune_levels[3] == NTM_LEVEL_NO_DATA)
    /* 2026–2030: above NTM there is only the modern NTM commune (pilot) */
    g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Communes at the modern NTM level (pilot)")),
                                    g_strdup_printf (ngettext ("%u commune", "%u communes", h->communes_by_level[2]),
                                                     h->communes_by_level[2])));
  else
    {
      g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Communes at the advanced NTM level")),
                                      g_strdup_printf (ngettext ("%u commune", "%u communes", h->communes_by_level[2]),
                                                       h->communes_by_level[2])));
      g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Communes at the model NTM level")),
                                      g_strdup_printf (ngettext ("%u commune", "%u communes", h->communes_by_level[3]),
                                                       h->communes_by_level[3])));
    }
  if (h->communes_with_criteria > 0)
    {
      g_autofree char *avg = ntm_format_decimal (h->average_criteria, 1, language);
      g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Average criteria met per commune")),
                                      g_strdup_printf (ngettext ("%s of %u (from %u commune with data)",
                                                                 "%s of %u (from %u communes with data)",
                                                                 h->communes_with_criteria),
                                                       avg, h->criteria_per_commune, h->communes_with_criteria)));
    }
  else
    g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Average criteria met per commune")),
                                    g_strdup (no_data_text ())));
  g_ptr_array_add (rows, row_new (3, row_number (n++),
                                  g_strdup (h->townships > 0 ? _("Wards and townships recognised civilised urban")
                                                             : _("Wards recognised civilised urban")),
                                  g_strdup_printf (_("%u of %u"), h->urban_civilised, h->urban)));
  if (h->districts > 0)
    g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Districts meeting NTM or completing the task")),
                                    g_strdup_printf (ngettext ("%u of %u (%u advanced NTM district)",
                                                               "%u of %u (%u advanced NTM districts)",
                                                               h->districts_advanced),
                                                     h->districts_ntm, h->districts, h->districts_advanced)));
  g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("OCOP products with a valid rating")),
                                  g_strdup_printf (_("%u (3 stars: %u; 4 stars: %u; 5 stars: %u; %u new in the year)"),
                                                   h->ocop_valid, h->ocop_by_stars[3], h->ocop_by_stars[4],
                                                   h->ocop_by_stars[5], h->ocop_new)));
  if (h->funds_total.n_records > 0)
    {
      g_autofree char *actual = ntm_format_money (h->funds_total.actual, language);
      g_autofree char *planned = ntm_format_money (h->funds_total.planned, language);
      g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Funds mobilised")),
                                      g_strdup_printf (_("%s (planned: %s)"), actual, planned)));
    }
  else if (h->sponsorship_source == NTM_FIGURE_REPORTED)
    {
      g_autofree char *money = ntm_format_money (h->sponsorship_reported, language);
      g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Funds mobilised")),
                                      g_strdup_printf (_("%s through sponsorship, as reported; no fund records"), money)));
    }
  else
    g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Funds mobilised")), g_strdup (no_data_text ())));
  if (h->water_source != NTM_FIGURE_NO_DATA && h->rural_households > 0)
    {
      g_autofree char *served = ntm_format_integer ((gint64) h->water_households, language);
      g_autofree char *rural = ntm_format_integer ((gint64) h->rural_households, language);
      g_autofree char *percent = format_percent (self, 100.0 * h->water_households / h->rural_households);
      g_ptr_array_add (rows, row_new (3, row_number (n++),
                                      g_strdup (h->water_source == NTM_FIGURE_RECORDS ? _("Rural households using clean water")
                                                                                      : _("Rural households on centralised water schemes")),
                                      h->water_source == NTM_FIGURE_RECORDS
                                        ? g_strdup_printf (ngettext ("%s (%s of %s households, from the figures of %u commune)",
                                                                     "%s (%s of %s households, from the figures of %u communes)",
                                                                     h->water_communes),
                                                           percent, served, rural, h->water_communes)
                                        : g_strdup_printf (_("%s (%s of %s households, reported)"), percent, served, rural)));
    }
  else
    g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("Rural households using clean water")),
                                    g_strdup (no_data_text ())));
  g_ptr_array_add (rows, row_new (3, row_number (n++), g_strdup (_("OCOP ratings expiring within 90 days of the year’s end")),
                                  g_strdup_printf ("%u", h->ocop_expiring)));

  writer_heading (w, heading, table_first_height (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE));
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE, FALSE);
  if (h->commune_levels[3] != NTM_LEVEL_NO_DATA)
    writer_note (w, _("Communes and districts by the level in force by decision; advanced and model communes also meet the NTM standard."));
  else
    {
      /* 2026–2030: no district; a decision of the earlier criteria is not one of the period's levels */
      g_autoptr(GString) note = g_string_new (_("Communes by the level in force by decision; modern NTM communes (pilot) also meet the NTM standard."));

      if (h->communes_earlier_level > 0)
        {
          g_string_append_c (note, ' ');
          g_string_append_printf (note, ngettext ("%u more commune keeps a recognition under earlier criteria and is not counted.",
                                                  "%u more communes keep a recognition under earlier criteria and are not counted.",
                                                  h->communes_earlier_level),
                                  h->communes_earlier_level);
        }
      writer_note (w, note->str);
    }
  write_record_counts (w, h);
}

static void
write_map (Writer      *w,
           NtmOverview *o,
           guint        section)
{
  g_autofree char *heading = section_heading (section, _("Map of communes by recognised level"));
  g_autofree char *attribution = ntm_database_dup_outline_attribution (ntm_overview_get_database (o));
  double heading_h = measure_text (w->cr, heading, CONTENT_W, BODY_SIZE, TRUE) + 4 + BODY_SIZE * 0.5;
  double room = BOTTOM - w->y - heading_h - NOTE_SIZE * 3;
  /* the map takes the rest of the page when that is enough to read it */
  double height = room >= 160 ? MIN (room, 340) : 340;
  cairo_rectangle_t map;

  writer_heading (w, heading, height);
  writer_ensure (w, height);
  map = (cairo_rectangle_t) { MARGIN, w->y, CONTENT_W, MIN (height, BOTTOM - w->y) };
  ntm_report_draw_map (w->cr, &map, o, NULL, TRUE);
  w->y += map.height + 4;
  if (attribution != NULL)
    writer_note (w, attribution);
}

static void
write_targets (Writer      *w,
               NtmOverview *o,
               guint        section)
{
  NtmReport *self = w->self;
  const Column columns[] = {
    { _("No."), 0.45, PANGO_ALIGN_CENTER },
    { _("Target"), 3.0, PANGO_ALIGN_LEFT },
    { _("Set for the year"), 1.3, PANGO_ALIGN_RIGHT },
    { _("Achieved"), 1.6, PANGO_ALIGN_RIGHT },
    { _("Progress"), 1.4, PANGO_ALIGN_RIGHT },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autofree char *heading = section_heading (section, _("Targets and progress"));

  if (ntm_overview_get_n_targets (o) == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No targets are recorded for %d."), ntm_overview_get_year (o));
      writer_heading (w, heading, paragraph_height (w, text));
      writer_paragraph (w, text);
      return;
    }

  for (guint i = 0; i < ntm_overview_get_n_targets (o); i++)
    {
      const NtmTargetProgress *p = ntm_overview_get_progress (o, i);

      g_ptr_array_add (rows, row_new (5, row_number (i + 1), target_label (p->target),
                                      format_target_value (self, p->target), format_achieved (self, p),
                                      format_progress (self, p)));
      if (p->source == NTM_FIGURE_REPORTED && p->reported_source &&
          !g_ptr_array_find_with_equal_func (sources, p->reported_source, g_str_equal, NULL))
        g_ptr_array_add (sources, (gpointer) p->reported_source);
    }
  writer_heading (w, heading, table_first_height (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE));
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE, FALSE);

  writer_note (w, _("Achieved figures are counted from the records: units by the level in force by decision, OCOP products by their rating decisions. Where the records are missing, the reported figure is shown and marked “reported”."));
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *text = g_strdup_printf (_("Reported: %s"), (const char *) g_ptr_array_index (sources, i));
      writer_note (w, text);
    }
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
  double height = 36 + n * 17;

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
  data.font_size = NOTE_SIZE;
  data.font_family = REPORT_FONT;

  writer_subheading (w, _("Communes by recognised level, by district"), height);
  area = (cairo_rectangle_t) { MARGIN, w->y, CONTENT_W, height };
  ntm_chart_draw_bars (w->cr, &area, &data);
  w->y += height + 8;
}

static void
write_districts (Writer      *w,
                 NtmOverview *o,
                 guint        section)
{
  NtmReport *self = w->self;
  NtmLanguage language = ntm_report_get_language (self);
  const Column columns[] = {
    { _("District"), 2.0, PANGO_ALIGN_LEFT },
    { _("Communes"), 1.1, PANGO_ALIGN_RIGHT },
    { _("Meeting NTM"), 1.0, PANGO_ALIGN_RIGHT },
    { _("Advanced"), 1.05, PANGO_ALIGN_RIGHT },
    { _("Model"), 0.85, PANGO_ALIGN_RIGHT },
    { _("Civilised urban"), 1.05, PANGO_ALIGN_RIGHT },
    { _("District level"), 1.6, PANGO_ALIGN_LEFT },
    { _("OCOP"), 0.85, PANGO_ALIGN_RIGHT },
    { _("Funds mobilised"), 1.6, PANGO_ALIGN_RIGHT },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  const NtmHeadline *h = ntm_overview_get_headline (o);
  g_autofree char *heading = section_heading (section, _("Results by district"));

  for (guint i = 0; i < ntm_overview_get_n_districts (o); i++)
    {
      const NtmDistrictSummary *d = ntm_overview_get_district (o, i);
      guint ntm = d->communes_by_level[1] + d->communes_by_level[2] + d->communes_by_level[3];

      g_ptr_array_add (rows, row_new (9, g_strdup (d->name),
                                      g_strdup_printf ("%u", d->communes),
                                      g_strdup_printf ("%u", ntm),
                                      g_strdup_printf ("%u", d->communes_by_level[2] + d->communes_by_level[3]),
                                      g_strdup_printf ("%u", d->communes_by_level[3]),
                                      /* Translators: a district without wards or townships */
                                      d->urban ? g_strdup_printf ("%u/%u", d->urban_civilised, d->urban) : g_strdup (_("none")),
                                      g_strdup (d->level == NTM_LEVEL_NO_DATA ? no_data_text ()
                                                                              : ntm_level_palette_get_name (d->level)),
                                      g_strdup_printf ("%u", d->ocop_valid),
                                      d->funds.n_records ? ntm_format_money (d->funds.actual, language)
                                                         : g_strdup (no_data_text ())));
    }
  g_ptr_array_add (rows, row_new (9, g_strdup (_("Province")),
                                  g_strdup_printf ("%u", h->communes),
                                  g_strdup_printf ("%u", h->communes_by_level[1] + h->communes_by_level[2] + h->communes_by_level[3]),
                                  g_strdup_printf ("%u", h->communes_by_level[2] + h->communes_by_level[3]),
                                  g_strdup_printf ("%u", h->communes_by_level[3]),
                                  g_strdup_printf ("%u/%u", h->urban_civilised, h->urban),
                                  g_strdup_printf (_("%u of %u recognised"), h->districts_ntm, h->districts),
                                  g_strdup_printf ("%u", h->ocop_valid),
                                  h->funds_total.n_records ? ntm_format_money (h->funds_total.actual, language)
                                                           : g_strdup (no_data_text ())));
  writer_heading (w, heading, table_first_height (w, columns, G_N_ELEMENTS (columns), rows, 10));
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, 10, TRUE);
  writer_note (w, _("Communes by the level in force by decision; advanced and model communes also meet the NTM standard. Funds: amounts mobilised by the district and its communes."));
  write_level_chart (w, o);
}

static void
write_funds (Writer      *w,
             NtmOverview *o,
             guint        section)
{
  NtmReport *self = w->self;
  NtmLanguage language = ntm_report_get_language (self);
  const NtmHeadline *h = ntm_overview_get_headline (o);
  const Column columns[] = {
    { _("Source"), 3.0, PANGO_ALIGN_LEFT },
    { _("Planned"), 1.5, PANGO_ALIGN_RIGHT },
    { _("Mobilised"), 1.5, PANGO_ALIGN_RIGHT },
    { _("Of plan"), 1.1, PANGO_ALIGN_RIGHT },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autofree char *heading = section_heading (section, _("Funds mobilised by source"));

  if (h->funds_total.n_records == 0)
    {
      g_autofree char *text = NULL;

      if (h->sponsorship_source == NTM_FIGURE_REPORTED)
        {
          g_autofree char *money = ntm_format_money (h->sponsorship_reported, language);
          text = g_strdup_printf (_("No fund records are entered for %d. Reported: %s mobilised through sponsorship."),
                                  ntm_overview_get_year (o), money);
        }
      else
        text = g_strdup_printf (_("No fund records are entered for %d."), ntm_overview_get_year (o));
      writer_heading (w, heading, paragraph_height (w, text));
      writer_paragraph (w, text);
      return;
    }

  for (int s = 0; s <= NTM_FUND_N_SOURCES; s++)
    {
      const NtmFundSum *sum = s < NTM_FUND_N_SOURCES ? &h->funds_by_source[s] : &h->funds_total;

      if (s < NTM_FUND_N_SOURCES && sum->n_records == 0)
        continue;
      g_ptr_array_add (rows, row_new (4, g_strdup (s < NTM_FUND_N_SOURCES ? ntm_fund_source_get_label (s) : _("Total")),
                                      ntm_format_money (sum->planned, language),
                                      ntm_format_money (sum->actual, language),
                                      /* Translators: a share of the plan when nothing was planned */
                                      sum->planned > 0 ? format_percent (self, 100.0 * sum->actual / sum->planned)
                                                       : g_strdup (_("no plan"))));
    }
  writer_heading (w, heading, table_first_height (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE));
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE, TRUE);
}

static void
write_ocop (Writer      *w,
            NtmOverview *o,
            guint        section)
{
  const Column columns[] = {
    { _("Year rated"), 1.2, PANGO_ALIGN_LEFT },
    { _("3 stars"), 1.0, PANGO_ALIGN_RIGHT },
    { _("4 stars"), 1.0, PANGO_ALIGN_RIGHT },
    { _("5 stars"), 1.0, PANGO_ALIGN_RIGHT },
    { _("Total"), 1.0, PANGO_ALIGN_RIGHT },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autofree char *heading = section_heading (section, _("OCOP products by year of rating"));

  if (ntm_overview_get_n_ocop_years (o) == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No OCOP products are registered up to %d."), ntm_overview_get_year (o));
      writer_heading (w, heading, paragraph_height (w, text));
      writer_paragraph (w, text);
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
  writer_heading (w, heading, table_first_height (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE));
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE, FALSE);
}

static void
write_reported (Writer      *w,
                NtmOverview *o,
                guint        section)
{
  NtmReport *self = w->self;
  const Column columns[] = {
    { _("Figure"), 2.6, PANGO_ALIGN_LEFT },
    { _("Value"), 1.3, PANGO_ALIGN_RIGHT },
    { _("Note"), 3.4, PANGO_ALIGN_LEFT },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autofree char *title = g_strdup_printf (_("Figures reported for %d"), ntm_overview_get_year (o));
  g_autofree char *heading = section_heading (section, title);

  for (guint i = 0; i < ntm_overview_get_n_reported (o); i++)
    {
      const NtmReportedFigure *f = ntm_overview_get_reported (o, i);

      g_ptr_array_add (rows, row_new (3, g_strdup (ntm_metric_get_label (f->metric)),
                                      format_reported_value (self, f), g_strdup (f->note)));
      if (!g_ptr_array_find_with_equal_func (sources, f->source, g_str_equal, NULL))
        g_ptr_array_add (sources, f->source);
    }
  writer_heading (w, heading, table_first_height (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE));
  writer_table (w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE, FALSE);
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *text = g_strdup_printf (_("Source: %s"), (const char *) g_ptr_array_index (sources, i));
      writer_note (w, text);
    }
}

void
ntm_report_build_summary (NtmReport   *self,
                          NtmOverview *o)
{
  Writer w = { self, NULL, 0, 0 };
  int year = ntm_overview_get_year (o);
  g_autofree char *summary = NULL;
  g_autofree char *opening = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d/%m/%Y");
  DocumentHeader header = { 0 };
  guint section = 1;

  document_header_load (&header);
  writer_new_page (&w);
  /* Translators: the summary line under "REPORT" */
  summary = g_strdup_printf (_("Results of the National Target Programme on New Rural Development in Hà Tĩnh province in %d"),
                             year);
  writer_document_head (&w, &header, _("Report"), summary);
  opening = g_strdup_printf (_("This report sets out the results of building new rural areas in the province at the end of %d, from the records of the New Rural Development office as of %s, as follows:"),
                             year, today);
  writer_paragraph (&w, opening);

  write_key_results (&w, o, section++);
  write_map (&w, o, section++);
  write_targets (&w, o, section++);
  /* from July 2025 there are no districts to report by */
  if (ntm_overview_get_headline (o)->districts > 0)
    write_districts (&w, o, section++);
  write_funds (&w, o, section++);
  write_ocop (&w, o, section++);
  if (ntm_overview_get_n_reported (o) > 0)
    write_reported (&w, o, section++);

  writer_signature (&w, &header);
  writer_finish (&w);
  document_header_clear (&header);
}
