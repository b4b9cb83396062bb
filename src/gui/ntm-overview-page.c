/* ntm-overview-page.c: the programme for the window's year
 *
 * Headline figures, each target with its progress bar (from the records,
 * or the reported figure marked as reported), charts drawn with cairo
 * (levels by district, funds by source, OCOP by year) and the figures
 * reported for the year. The record is incomplete and the page says so:
 * beneath the communes (and, until 2025, the districts) at each level of
 * the year's programme stands the count on record beside the total a
 * source reported for it ("52 on record of 60 reported (17/01/2024)"),
 * counted on the day that total describes
 * (ntm_database_count_against_reported(), in the headline). The cards
 * follow the programme of the year: advanced and model communes until
 * 2025, modern NTM communes from 2026; no district card or district chart
 * in a year without districts. The view's bottom bar writes or prints the
 * provincial summary, edits and exports the targets. The layout is in
 * ntm-overview-page.ui (NtmFigureCard, NtmTargetProgressRow and NtmInfoRow
 * for what repeats); this file says what they show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "ntm-chart.h"
#include "ntm-error.h"
#include "ntm-figure-card.h"
#include "ntm-format.h"
#include "ntm-info-row.h"
#include "ntm-overview-page.h"
#include "ntm-overview-page-private.h"
#include "ntm-list-export.h"
#include "ntm-report-actions.h"
#include "ntm-target-progress-row.h"
#include "ntm-targets-window.h"

struct _NtmOverviewPage
{
  NtmPage        parent_instance;

  /* template widgets */
  GtkWidget     *box;
  GtkStack      *stack;
  AdwStatusPage *error_page;
  GtkWidget     *content;
  GtkLabel      *title_label;
  NtmFigureCard *communes_card;
  NtmFigureCard *advanced_card;
  NtmFigureCard *criteria_card;
  NtmFigureCard *urban_card;
  NtmFigureCard *districts_card;
  NtmFigureCard *ocop_card;
  NtmFigureCard *funds_card;
  NtmFigureCard *water_card;
  GtkLabel      *targets_title;
  GtkWidget     *targets_empty;
  GtkListBox    *targets_list;
  GtkDrawingArea *levels_area;
  GtkDrawingArea *funds_area;
  GtkDrawingArea *ocop_area;
  GtkWidget     *levels_card;
  GtkLabel      *reported_title;
  GtkListBox    *reported_list;
  GtkLabel      *sources_label;

  NtmOverview   *overview;
  guint          n_target_rows;
};

G_DEFINE_FINAL_TYPE (NtmOverviewPage, ntm_overview_page, NTM_TYPE_PAGE)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char *
format_count (double value)
{
  NtmLanguage language = ntm_language_get_default ();

  if (fabs (value - round (value)) < 1e-9)
    return ntm_format_integer ((gint64) llround (value), language);
  return ntm_format_decimal (value, 1, language);
}

static char *
format_percent (double value)
{
  g_autofree char *number = ntm_format_decimal (value, 1, ntm_language_get_default ());

  return g_strdup_printf ("%s %%", number);
}

static void
foreground_of (GtkWidget *widget,
               double    *rgb)
{
  GdkRGBA colour;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &colour);
G_GNUC_END_IGNORE_DEPRECATIONS
  rgb[0] = colour.red;
  rgb[1] = colour.green;
  rgb[2] = colour.blue;
}

/* ---------------------------------------------------------------------- */
/* Charts                                                                 */
/* ---------------------------------------------------------------------- */

static char *
format_chart_count_cb (double   value,
                       gpointer user_data)
{
  return g_strdup_printf ("%.0f", value);
}

static char *
format_chart_money_cb (double   value,
                       gpointer user_data)
{
  return ntm_format_money ((gint64) llround (value), ntm_language_get_default ());
}

static void
draw_levels_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  NtmOverviewPage *self = user_data;
  guint n = self->overview ? ntm_overview_get_n_districts (self->overview) : 0;
  g_autofree const char **names = g_new0 (const char *, n + 1);
  g_autofree double *values = g_new0 (double, n * 4);
  const char *series[NTM_CHART_N_COMMUNE_LEVELS];
  double colours[12];
  NtmChartData data = { 0 };
  cairo_rectangle_t rect = { 0, 0, width, height };

  if (self->overview == NULL)
    return;

  /* named and coloured as the map's legend */
  ntm_chart_commune_level_series (series, colours);
  for (guint i = 0; i < n; i++)
    {
      const NtmDistrictSummary *d = ntm_overview_get_district (self->overview, i);
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
  data.format_total = format_chart_count_cb;
  data.font_size = 12;
  foreground_of (GTK_WIDGET (area), data.foreground);
  ntm_chart_draw_bars (cr, &rect, &data);
}

static void
draw_funds_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  NtmOverviewPage *self = user_data;
  const NtmHeadline *h = self->overview ? ntm_overview_get_headline (self->overview) : NULL;
  const char *names[NTM_FUND_N_SOURCES + 1] = { NULL };
  double values[NTM_FUND_N_SOURCES] = { 0 };
  const double colour[3] = { 0.21, 0.52, 0.89 };
  double colours[3];
  g_autofree char *reported_label = NULL;
  NtmChartData data = { 0 };
  cairo_rectangle_t rect = { 0, 0, width, height };
  guint n = 0;

  if (self->overview == NULL)
    return;

  memcpy (colours, colour, sizeof colour);
  if (h->funds_total.n_records > 0)
    for (int s = 0; s < NTM_FUND_N_SOURCES; s++)
      {
        names[n] = ntm_fund_source_get_label (s);
        values[n++] = h->funds_by_source[s].actual;
      }
  else if (h->sponsorship_source == NTM_FIGURE_REPORTED)
    {
      /* Translators: a chart bar for a figure that comes from a report */
      reported_label = g_strdup_printf (_("%s (reported)"), ntm_fund_source_get_label (NTM_FUND_SPONSORSHIP));
      names[n] = reported_label;
      values[n++] = h->sponsorship_reported;
    }

  foreground_of (GTK_WIDGET (area), data.foreground);
  if (n == 0)
    {
      cairo_set_source_rgba (cr, data.foreground[0], data.foreground[1], data.foreground[2], 0.6);
      ntm_chart_draw_text (cr, _("No fund records for this year."), 0, 0, width, 12, FALSE,
                           PANGO_ALIGN_LEFT, NULL);
      return;
    }
  data.n_categories = n;
  data.categories = names;
  data.n_series = 1;
  data.series = names;
  data.colours = colours;
  data.values = values;
  data.format_total = format_chart_money_cb;
  data.font_size = 12;
  ntm_chart_draw_bars (cr, &rect, &data);
}

static void
draw_ocop_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  NtmOverviewPage *self = user_data;
  guint n = self->overview ? ntm_overview_get_n_ocop_years (self->overview) : 0;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new0 (double, MAX (n, 1) * 3);
  const char *series[3] = { _("3 stars"), _("4 stars"), _("5 stars") };
  const double colours[9] = { 0.95, 0.76, 0.07,  0.90, 0.38, 0.00,  0.75, 0.11, 0.16 };
  NtmChartData data = { 0 };
  cairo_rectangle_t rect = { 0, 0, width, height };

  if (self->overview == NULL)
    return;

  foreground_of (GTK_WIDGET (area), data.foreground);
  if (n == 0)
    {
      cairo_set_source_rgba (cr, data.foreground[0], data.foreground[1], data.foreground[2], 0.6);
      ntm_chart_draw_text (cr, _("No OCOP products registered up to this year."), 0, 0, width, 12, FALSE,
                           PANGO_ALIGN_LEFT, NULL);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      const NtmOcopYear *y = ntm_overview_get_ocop_year (self->overview, i);
      g_ptr_array_add (names, g_strdup_printf ("%d", y->year));
      for (guint s = 0; s < 3; s++)
        values[i * 3 + s] = y->by_stars[s];
    }
  g_ptr_array_add (names, NULL);
  data.n_categories = n;
  data.categories = (const char * const *) names->pdata;
  data.n_series = 3;
  data.series = series;
  data.colours = colours;
  data.values = values;
  data.format_total = format_chart_count_cb;
  data.font_size = 12;
  ntm_chart_draw_columns (cr, &rect, &data);
}

/* ---------------------------------------------------------------------- */
/* Building the page                                                      */
/* ---------------------------------------------------------------------- */

static void
on_report_clicked_cb (NtmPage *page)
{
  if (ntm_page_get_database (page) != NULL)
    ntm_report_choose_file (GTK_WIDGET (page), ntm_page_get_database (page), NULL, ntm_page_get_year (page));
}

static void
on_print_clicked_cb (NtmPage *page)
{
  if (ntm_page_get_database (page) != NULL)
    ntm_report_print (GTK_WIDGET (page), ntm_page_get_database (page), NULL, ntm_page_get_year (page));
}

static void
on_targets_clicked_cb (NtmPage *page)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));
  NtmTargetsWindow *window;

  if (ntm_page_get_database (page) == NULL)
    return;
  window = ntm_targets_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, ntm_page_get_database (page),
                                   ntm_page_get_year (page));
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_export_clicked_cb (NtmPage *page)
{
  if (ntm_page_get_database (page) != NULL)
    ntm_list_export_choose (GTK_WIDGET (page), ntm_page_get_database (page), "targets", ntm_page_get_year (page));
}

/* "Advanced NTM: 52 on record of 60 reported (17/01/2024)", one a line,
 * for the levels of @levels that a source reported a total for; %NULL
 * when none did. */
static char *
format_counts (const NtmHeadline *h,
               const NtmLevel    *levels,
               guint              n_levels)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint l = 0; l < n_levels; l++)
    for (guint i = 0; i < h->n_level_counts; i++)
      {
        const NtmLevelCount *count = &h->level_counts[i];
        g_autofree char *line = NULL;

        if (count->metric->level != levels[l] || !count->has_reported)
          continue;
        line = ntm_level_count_format (count);
        if (text->len > 0)
          g_string_append_c (text, '\n');
        /* Translators: a level, then its count on record beside the one reported */
        g_string_append_printf (text, _("%s: %s"), ntm_level_get_label (levels[l]), line);
      }
  return text->len > 0 ? g_strdup (text->str) : NULL;
}

static void
show_headline (NtmOverviewPage *self)
{
  const NtmHeadline *h = ntm_overview_get_headline (self->overview);
  NtmLanguage language = ntm_language_get_default ();
  guint ntm_plus = h->communes_by_level[1] + h->communes_by_level[2] + h->communes_by_level[3];
  /* a programme without the model level (2026–2030) has the modern NTM pilot */
  gboolean late = !ntm_level_in_period (NTM_LEVEL_MODEL, NTM_UNIT_KIND_COMMUNE,
                                        ntm_overview_get_year (self->overview));
  g_autofree char *v1 = g_strdup_printf ("%u/%u", ntm_plus, h->communes);
  g_autofree char *d1 = format_counts (h, &h->commune_levels[1], 1);
  g_autofree char *v2 = late ? g_strdup_printf ("%u", h->communes_by_level[2])
                             : g_strdup_printf ("%u · %u", h->communes_by_level[2], h->communes_by_level[3]);
  g_autofree char *d2 = format_counts (h, &h->commune_levels[2], 2);
  g_autofree char *d5_counts = format_counts (h, (NtmLevel[]) { NTM_LEVEL_DISTRICT_NTM }, 1);
  g_autofree char *v3 = NULL, *d3 = NULL;
  g_autofree char *v4 = g_strdup_printf ("%u/%u", h->urban_civilised, h->urban);
  g_autofree char *v5 = g_strdup_printf ("%u/%u", h->districts_ntm, h->districts);
  g_autofree char *d5 = g_strdup_printf (_("%u advanced NTM districts"), h->districts_advanced);
  g_autofree char *v6 = g_strdup_printf ("%u", h->ocop_valid);
  g_autofree char *d6 = g_strdup_printf (_("3★ %u · 4★ %u · 5★ %u · %u new in the year"),
                                         h->ocop_by_stars[3], h->ocop_by_stars[4], h->ocop_by_stars[5], h->ocop_new);
  g_autofree char *v7 = NULL, *d7 = NULL;
  g_autofree char *v8 = NULL, *d8 = NULL;

  if (h->communes_with_criteria > 0)
    {
      g_autofree char *avg = ntm_format_decimal (h->average_criteria, 1, language);
      v3 = g_strdup_printf ("%s/%u", avg, h->criteria_per_commune);
      d3 = g_strdup_printf (ngettext ("from %u commune with data", "from %u communes with data",
                                      h->communes_with_criteria), h->communes_with_criteria);
    }
  else
    {
      v3 = g_strdup ("–");
      d3 = g_strdup (_("no criteria data for the year"));
    }

  if (h->funds_total.n_records > 0)
    {
      g_autofree char *planned = ntm_format_money (h->funds_total.planned, language);
      v7 = ntm_format_money (h->funds_total.actual, language);
      d7 = g_strdup_printf (_("planned: %s"), planned);
    }
  else if (h->sponsorship_source == NTM_FIGURE_REPORTED)
    {
      v7 = ntm_format_money (h->sponsorship_reported, language);
      d7 = g_strdup (_("sponsorship, as reported; no fund records"));
    }
  else
    {
      v7 = g_strdup ("–");
      d7 = g_strdup (_("no fund records for the year"));
    }

  if (h->water_source != NTM_FIGURE_NO_DATA)
    {
      g_autofree char *served = ntm_format_integer ((gint64) h->water_households, language);
      g_autofree char *rural = ntm_format_integer ((gint64) h->rural_households, language);
      v8 = format_percent (100.0 * h->water_households / h->rural_households);
      if (h->water_source == NTM_FIGURE_RECORDS)
        d8 = g_strdup_printf (ngettext ("%s of %s households, from the figures of %u commune",
                                        "%s of %s households, from the figures of %u communes",
                                        h->water_communes),
                              served, rural, h->water_communes);
      else
        d8 = g_strdup_printf (_("%s of %s households (reported)"), served, rural);
    }
  else
    {
      v8 = g_strdup ("–");
      d8 = g_strdup (_("no water figures for the year"));
    }

  if (d5_counts != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", d5, d5_counts);

      g_free (d5);
      d5 = g_steal_pointer (&both);
    }

  if (d1 == NULL && h->communes_earlier_level > 0)
    d1 = g_strdup_printf (ngettext ("by recognised level; %u more recognised under earlier criteria",
                                    "by recognised level; %u more recognised under earlier criteria",
                                    h->communes_earlier_level),
                          h->communes_earlier_level);
  ntm_figure_card_set (self->communes_card, v1, _("Communes meeting the NTM standard"),
                       d1 ? d1 : _("by recognised level"));
  ntm_figure_card_set (self->advanced_card, v2,
                       late ? _("Modern NTM communes (pilot)") : _("Advanced · model communes"), d2);
  ntm_figure_card_set (self->criteria_card, v3, _("Average criteria met per commune"), d3);
  /* from July 2025 there are no townships */
  ntm_figure_card_set (self->urban_card, v4,
                       h->townships > 0 ? _("Wards and townships civilised urban") : _("Wards civilised urban"), NULL);
  ntm_figure_card_set (self->districts_card, v5, _("Districts meeting NTM or completing the task"), d5);
  /* from July 2025 there are no districts */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->districts_card)), h->districts > 0);
  ntm_figure_card_set (self->ocop_card, v6, _("OCOP products with a valid rating"), d6);
  ntm_figure_card_set (self->funds_card, v7, _("Funds mobilised"), d7);
  ntm_figure_card_set (self->water_card, v8, h->water_source == NTM_FIGURE_RECORDS
                                               ? _("Rural households using clean water")
                                               : _("Rural households on centralised water schemes"),
                       d8);
}

static void
show_targets (NtmOverviewPage *self)
{
  guint n = ntm_overview_get_n_targets (self->overview);
  g_autofree char *title = g_strdup_printf (_("Targets for %d"), ntm_page_get_year (NTM_PAGE (self)));

  gtk_label_set_label (self->targets_title, title);
  gtk_widget_set_visible (self->targets_empty, n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->targets_list), n > 0);
  for (guint i = 0; i < n; i++)
    {
      const NtmTargetProgress *p = ntm_overview_get_progress (self->overview, i);
      g_autofree char *description = ntm_target_dup_description (p->target);
      g_autofree char *achieved = NULL;
      g_autofree char *detail = NULL;

      if (ntm_target_get_scope_name (p->target) && !g_str_equal (ntm_target_get_scope_code (p->target), "42"))
        {
          char *with = g_strdup_printf (_("%s — %s"), description, ntm_target_get_scope_name (p->target));
          g_free (description);
          description = with;
        }

      if (p->source == NTM_FIGURE_NO_DATA)
        achieved = g_strdup (_("No records yet"));
      else if (ntm_target_get_kind (p->target) == NTM_TARGET_PERCENT)
        achieved = format_percent (p->achieved);
      else
        {
          g_autofree char *a = format_count (p->achieved);
          g_autofree char *goal = format_count (ntm_target_get_value (p->target));
          /* Translators: progress towards a target, e.g. "3 of 50" */
          achieved = g_strdup_printf (_("%s of %s"), a, goal);
        }

      switch (p->source)
        {
        case NTM_FIGURE_REPORTED:
          detail = g_strdup_printf (_("As reported: %s"), p->reported_source ? p->reported_source : "");
          break;
        case NTM_FIGURE_RECORDS:
          if (p->has_reported)
            {
              g_autofree char *reported = ntm_target_get_kind (p->target) == NTM_TARGET_PERCENT ?
                                          format_percent (p->reported) : format_count (p->reported);
              detail = g_strdup_printf (_("From the records; a report gave %s"), reported);
            }
          else if (ntm_target_get_kind (p->target) == NTM_TARGET_PERCENT)
            detail = g_strdup_printf (_("From the records: %u of %u"), p->numerator, p->denominator);
          else
            detail = g_strdup (_("From the records"));
          break;
        case NTM_FIGURE_NO_DATA:
        default:
          detail = g_strdup (_("Nothing on record for this target and no reported figure"));
          break;
        }

      gtk_list_box_append (self->targets_list,
                           ntm_target_progress_row_new (description, achieved, detail, p->fraction, p->met,
                                                        p->source == NTM_FIGURE_REPORTED));
      self->n_target_rows++;
    }
}

static void
show_charts (NtmOverviewPage *self)
{
  /* the levels by district, while there are districts */
  gtk_widget_set_visible (self->levels_card, ntm_overview_get_n_districts (self->overview) > 0);
  /* a bar per district, however many there are */
  gtk_drawing_area_set_content_height (self->levels_area,
                                       40 + 26 * (int) ntm_overview_get_n_districts (self->overview));
  gtk_widget_queue_draw (GTK_WIDGET (self->levels_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->funds_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->ocop_area));
}

static void
show_reported (NtmOverviewPage *self)
{
  guint n = ntm_overview_get_n_reported (self->overview);
  NtmLanguage language = ntm_language_get_default ();
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autoptr(GString) sources_text = g_string_new (NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->reported_title), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->reported_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->sources_label), n > 0);
  if (n == 0)
    return;

  title = g_strdup_printf (_("Figures reported for %d"), ntm_page_get_year (NTM_PAGE (self)));
  gtk_label_set_label (self->reported_title, title);
  for (guint i = 0; i < n; i++)
    {
      const NtmReportedFigure *f = ntm_overview_get_reported (self->overview, i);
      g_autofree char *value = g_str_has_prefix (f->metric, "funds_")
                               ? ntm_format_money ((gint64) llround (f->value), language)
                               : format_count (f->value);
      GtkWidget *row = ntm_info_row_new (ntm_metric_get_label (f->metric), f->note);

      ntm_info_row_set_value (NTM_INFO_ROW (row), value);
      gtk_list_box_append (self->reported_list, row);
      if (!g_ptr_array_find_with_equal_func (sources, f->source, g_str_equal, NULL))
        g_ptr_array_add (sources, f->source);
    }
  for (guint i = 0; i < sources->len; i++)
    {
      if (i > 0)
        g_string_append_c (sources_text, '\n');
      g_string_append_printf (sources_text, _("Source: %s"), (const char *) g_ptr_array_index (sources, i));
    }
  gtk_label_set_label (self->sources_label, sources_text->str);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *row;

  while ((row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))) != NULL)
    gtk_list_box_remove (list, row);
}

static void
ntm_overview_page_reload (NtmPage *page)
{
  NtmOverviewPage *self = NTM_OVERVIEW_PAGE (page);
  NtmDatabase *database = ntm_page_get_database (page);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  clear_list (self->targets_list);
  clear_list (self->reported_list);
  g_clear_object (&self->overview);
  self->n_target_rows = 0;

  if (database == NULL)
    return;

  self->overview = ntm_overview_new (database, ntm_page_get_year (page), &error);
  if (self->overview == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);

      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "overview");

  title = g_strdup_printf (_("Overview of %d"), ntm_page_get_year (page));
  gtk_label_set_label (self->title_label, title);
  show_headline (self);
  show_targets (self);
  show_charts (self);
  show_reported (self);
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  else if (ADW_IS_PREFERENCES_ROW (widget))
    {
      g_string_append (out, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_text (c, out);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_overview_page_dispose (GObject *object)
{
  NtmOverviewPage *self = NTM_OVERVIEW_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->overview);

  G_OBJECT_CLASS (ntm_overview_page_parent_class)->dispose (object);
}

static void
ntm_overview_page_class_init (NtmOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_overview_page_dispose;
  page_class->reload = ntm_overview_page_reload;
  page_class->depends_on = NTM_AREA_ALL & ~(NTM_AREA_BOUNDARIES | NTM_AREA_SETTINGS);

  g_type_ensure (NTM_TYPE_FIGURE_CARD);
  g_type_ensure (NTM_TYPE_INFO_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, box);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, content);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, communes_card);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, advanced_card);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, criteria_card);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, urban_card);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, districts_card);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, ocop_card);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, funds_card);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, water_card);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, targets_title);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, targets_empty);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, targets_list);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, levels_area);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, funds_area);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, ocop_area);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, levels_card);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, reported_title);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, reported_list);
  gtk_widget_class_bind_template_child (widget_class, NtmOverviewPage, sources_label);
  gtk_widget_class_bind_template_callback (widget_class, on_report_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_targets_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
}

static void
ntm_overview_page_init (NtmOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->levels_area, draw_levels_cb, self, NULL);
  gtk_drawing_area_set_draw_func (self->funds_area, draw_funds_cb, self, NULL);
  gtk_drawing_area_set_draw_func (self->ocop_area, draw_ocop_cb, self, NULL);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_overview_page_get_overview:
 * @self: a #NtmOverviewPage
 *
 * Returns: (transfer none) (nullable): the figures shown
 */
NtmOverview *
ntm_overview_page_get_overview (NtmOverviewPage *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW_PAGE (self), NULL);
  return self->overview;
}

guint
ntm_overview_page_get_n_targets (NtmOverviewPage *self)
{
  g_return_val_if_fail (NTM_IS_OVERVIEW_PAGE (self), 0);
  return self->n_target_rows;
}

/**
 * ntm_overview_page_dup_text:
 * @self: a #NtmOverviewPage
 *
 * Returns: (transfer full): every text the page shows, one a line
 */
char *
ntm_overview_page_dup_text (NtmOverviewPage *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (NTM_IS_OVERVIEW_PAGE (self), NULL);
  collect_text (self->content, out);
  return g_string_free (out, FALSE);
}
