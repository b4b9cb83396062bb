/* ntm-overview-page.c: the programme for the window's year
 *
 * Headline figures, each target with its progress bar (from the records,
 * or the reported figure marked as reported), charts drawn with cairo
 * (levels by district, funds by source, OCOP by year) and the figures
 * reported for the year. Buttons write or print the provincial summary and
 * export the targets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "ntm-chart.h"
#include "ntm-format.h"
#include "ntm-overview-page.h"
#include "ntm-list-export.h"
#include "ntm-report-actions.h"
#include "ntm-targets-window.h"

struct _NtmOverviewPage
{
  NtmPage      parent_instance;

  GtkWidget   *scrolled;
  GtkWidget   *content;

  NtmOverview *overview;
  guint        n_target_rows;
};

G_DEFINE_FINAL_TYPE (NtmOverviewPage, ntm_overview_page, NTM_TYPE_PAGE)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

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

static GtkWidget *
card_new (const char *value,
          const char *label,
          const char *detail)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "ntm-figure-card");
  gtk_box_append (GTK_BOX (box), label_new (value, "title-2"));
  gtk_box_append (GTK_BOX (box), label_new (label, "heading"));
  if (detail != NULL)
    {
      GtkWidget *d = label_new (detail, "caption");
      gtk_widget_add_css_class (d, "dim-label");
      gtk_box_append (GTK_BOX (box), d);
    }
  return box;
}

static GtkWidget *
section_title (const char *text)
{
  GtkWidget *title = label_new (text, "title-4");

  gtk_widget_set_margin_top (title, 6);
  return title;
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
  guint n = ntm_overview_get_n_districts (self->overview);
  g_autofree const char **names = g_new0 (const char *, n + 1);
  g_autofree double *values = g_new0 (double, n * 4);
  const NtmLevel levels[4] = { NTM_LEVEL_NO_DATA, NTM_LEVEL_NTM, NTM_LEVEL_ADVANCED, NTM_LEVEL_MODEL };
  const char *series[4] = { _("Not recognised"), ntm_level_get_label (NTM_LEVEL_NTM),
                            ntm_level_get_label (NTM_LEVEL_ADVANCED), ntm_level_get_label (NTM_LEVEL_MODEL) };
  double colours[12];
  NtmChartData data = { 0 };
  cairo_rectangle_t rect = { 0, 0, width, height };

  for (guint s = 0; s < 4; s++)
    ntm_level_get_colour (levels[s], colours + 3 * s);
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
  const NtmHeadline *h = ntm_overview_get_headline (self->overview);
  const char *names[NTM_FUND_N_SOURCES + 1] = { NULL };
  double values[NTM_FUND_N_SOURCES] = { 0 };
  const double colour[3] = { 0.21, 0.52, 0.89 };
  double colours[3];
  g_autofree char *reported_label = NULL;
  NtmChartData data = { 0 };
  cairo_rectangle_t rect = { 0, 0, width, height };
  guint n = 0;

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
  guint n = ntm_overview_get_n_ocop_years (self->overview);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new0 (double, MAX (n, 1) * 3);
  const char *series[3] = { _("3 stars"), _("4 stars"), _("5 stars") };
  const double colours[9] = { 0.95, 0.76, 0.07,  0.90, 0.38, 0.00,  0.75, 0.11, 0.16 };
  NtmChartData data = { 0 };
  cairo_rectangle_t rect = { 0, 0, width, height };

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

static GtkWidget *
chart_card_new (NtmOverviewPage           *self,
                const char                *title,
                int                        height,
                GtkDrawingAreaDrawFunc     draw)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "ntm-chart-card");
  gtk_box_append (GTK_BOX (box), label_new (title, "heading"));
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), height);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw, self, NULL);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (box), area);
  return box;
}

/* ---------------------------------------------------------------------- */
/* Building the page                                                      */
/* ---------------------------------------------------------------------- */

static void
on_report_clicked_cb (GtkButton *button,
                      NtmPage   *page)
{
  ntm_report_choose_file (GTK_WIDGET (page), ntm_page_get_database (page), NULL, ntm_page_get_year (page));
}

static void
on_print_clicked_cb (GtkButton *button,
                     NtmPage   *page)
{
  ntm_report_print (GTK_WIDGET (page), ntm_page_get_database (page), NULL, ntm_page_get_year (page));
}

static void
on_targets_clicked_cb (GtkButton *button,
                       NtmPage   *page)
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
on_export_clicked_cb (GtkButton *button,
                      NtmPage   *page)
{
  ntm_list_export_choose (GTK_WIDGET (page), ntm_page_get_database (page), "targets", ntm_page_get_year (page));
}

static GtkWidget *
button_new (const char *icon,
            const char *label,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
add_header (NtmOverviewPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char *title = g_strdup_printf (_("Overview of %d"), ntm_page_get_year (NTM_PAGE (self)));
  GtkWidget *label = label_new (title, "title-1");
  GtkWidget *button;

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  button = button_new ("document-save-symbolic", _("_Report (PDF)…"),
                       _("Save the provincial summary for the year as a PDF file"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_report_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);
  button = button_new ("printer-symbolic", _("_Print…"), _("Print the provincial summary for the year"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_print_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);
  button = button_new ("document-edit-symbolic", _("_Targets…"),
                       _("Add, correct or delete the year’s targets"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_targets_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);
  button = button_new ("x-office-spreadsheet-symbolic", _("_Export Targets…"),
                       _("Export the year’s targets as a spreadsheet (XLSX) or CSV file"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_export_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);

  gtk_box_append (GTK_BOX (self->content), box);
}

static void
add_headline (NtmOverviewPage *self)
{
  const NtmHeadline *h = ntm_overview_get_headline (self->overview);
  NtmLanguage language = ntm_language_get_default ();
  GtkWidget *flow = gtk_flow_box_new ();
  guint ntm_plus = h->communes_by_level[1] + h->communes_by_level[2] + h->communes_by_level[3];
  g_autofree char *v1 = g_strdup_printf ("%u/%u", ntm_plus, h->communes);
  g_autofree char *v2 = g_strdup_printf ("%u · %u", h->communes_by_level[2], h->communes_by_level[3]);
  g_autofree char *v3 = NULL, *d3 = NULL;
  g_autofree char *v4 = g_strdup_printf ("%u/%u", h->urban_civilised, h->urban);
  g_autofree char *v5 = g_strdup_printf ("%u/%u", h->districts_ntm, h->districts);
  g_autofree char *d5 = g_strdup_printf (_("%u advanced NTM districts"), h->districts_advanced);
  g_autofree char *v6 = g_strdup_printf ("%u", h->ocop_valid);
  g_autofree char *d6 = g_strdup_printf (_("3★ %u · 4★ %u · 5★ %u · %u new in the year"),
                                         h->ocop_by_stars[3], h->ocop_by_stars[4], h->ocop_by_stars[5], h->ocop_new);
  g_autofree char *v7 = NULL, *d7 = NULL;
  g_autofree char *v8 = NULL, *d8 = NULL;

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);

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

  gtk_flow_box_append (GTK_FLOW_BOX (flow), card_new (v1, _("Communes meeting the NTM standard"), _("by recognised level")));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), card_new (v2, _("Advanced · model communes"), NULL));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), card_new (v3, _("Average criteria met per commune"), d3));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), card_new (v4, _("Wards and townships civilised urban"), NULL));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), card_new (v5, _("Districts meeting NTM or completing the task"), d5));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), card_new (v6, _("OCOP products with a valid rating"), d6));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), card_new (v7, _("Funds mobilised"), d7));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), card_new (v8, h->water_source == NTM_FIGURE_RECORDS
                                                              ? _("Rural households using clean water")
                                                              : _("Rural households on centralised water schemes"),
                                                              d8));

  gtk_box_append (GTK_BOX (self->content), flow);
}

static void
add_targets (NtmOverviewPage *self)
{
  guint n = ntm_overview_get_n_targets (self->overview);
  g_autofree char *title = g_strdup_printf (_("Targets for %d"), ntm_page_get_year (NTM_PAGE (self)));
  GtkWidget *list;

  gtk_box_append (GTK_BOX (self->content), section_title (title));
  self->n_target_rows = 0;
  if (n == 0)
    {
      gtk_box_append (GTK_BOX (self->content), label_new (_("No targets are recorded for this year."), "dim-label"));
      return;
    }

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < n; i++)
    {
      const NtmTargetProgress *p = ntm_overview_get_progress (self->overview, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *bar = gtk_progress_bar_new ();
      g_autofree char *description = ntm_target_dup_description (p->target);
      g_autofree char *achieved = NULL;
      g_autofree char *detail = NULL;
      GtkWidget *label, *value, *caption;

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

      label = label_new (description, NULL);
      gtk_widget_set_hexpand (label, TRUE);
      value = label_new (achieved, "heading");
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      if (p->met)
        gtk_widget_add_css_class (value, "success");
      gtk_box_append (GTK_BOX (top), label);
      gtk_box_append (GTK_BOX (top), value);
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), p->fraction);
      if (p->source == NTM_FIGURE_REPORTED)
        gtk_widget_add_css_class (bar, "ntm-reported");
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      caption = label_new (detail, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      if (p->source == NTM_FIGURE_REPORTED)
        gtk_widget_add_css_class (caption, "ntm-reported-label");

      gtk_box_append (GTK_BOX (box), top);
      gtk_box_append (GTK_BOX (box), bar);
      gtk_box_append (GTK_BOX (box), caption);
      gtk_widget_set_margin_top (box, 10);
      gtk_widget_set_margin_bottom (box, 10);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_list_box_append (GTK_LIST_BOX (list), box);
      self->n_target_rows++;
    }
  gtk_box_append (GTK_BOX (self->content), list);
}

static void
add_charts (NtmOverviewPage *self)
{
  GtkWidget *grid = gtk_grid_new ();
  int district_height = 40 + 26 * (int) ntm_overview_get_n_districts (self->overview);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_attach (GTK_GRID (grid),
                   chart_card_new (self, _("Communes by recognised level, by district"), district_height, draw_levels_cb),
                   0, 0, 1, 2);
  gtk_grid_attach (GTK_GRID (grid), chart_card_new (self, _("Funds mobilised by source"), 220, draw_funds_cb), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), chart_card_new (self, _("OCOP products by year of rating"), 200, draw_ocop_cb), 1, 1, 1, 1);

  gtk_box_append (GTK_BOX (self->content), section_title (_("Charts")));
  gtk_box_append (GTK_BOX (self->content), grid);
}

static void
add_reported (NtmOverviewPage *self)
{
  guint n = ntm_overview_get_n_reported (self->overview);
  NtmLanguage language = ntm_language_get_default ();
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  GtkWidget *list;

  if (n == 0)
    return;

  title = g_strdup_printf (_("Figures reported for %d"), ntm_page_get_year (NTM_PAGE (self)));
  gtk_box_append (GTK_BOX (self->content), section_title (title));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < n; i++)
    {
      const NtmReportedFigure *f = ntm_overview_get_reported (self->overview, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *value = g_str_has_prefix (f->metric, "funds_")
                               ? ntm_format_money ((gint64) llround (f->value), language)
                               : format_count (f->value);
      GtkWidget *value_label = label_new (value, "heading");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ntm_metric_get_label (f->metric));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), f->note);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      if (!g_ptr_array_find_with_equal_func (sources, f->source, g_str_equal, NULL))
        g_ptr_array_add (sources, f->source);
    }
  gtk_box_append (GTK_BOX (self->content), list);
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *text = g_strdup_printf (_("Source: %s"), (const char *) g_ptr_array_index (sources, i));
      GtkWidget *label = label_new (text, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (self->content), label);
    }
}

static void
ntm_overview_page_reload (NtmPage *page)
{
  NtmOverviewPage *self = NTM_OVERVIEW_PAGE (page);
  NtmDatabase *database = ntm_page_get_database (page);
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
  g_clear_object (&self->overview);
  self->n_target_rows = 0;

  if (database == NULL)
    return;

  self->overview = ntm_overview_new (database, ntm_page_get_year (page), &error);
  if (self->overview == NULL)
    {
      gtk_box_append (GTK_BOX (self->content), label_new (error->message, "error"));
      return;
    }

  add_header (self);
  add_headline (self);
  add_targets (self);
  add_charts (self);
  add_reported (self);
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
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

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->overview);

  G_OBJECT_CLASS (ntm_overview_page_parent_class)->dispose (object);
}

static void
ntm_overview_page_class_init (NtmOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_overview_page_dispose;
  page_class->reload = ntm_overview_page_reload;
  page_class->depends_on = NTM_AREA_ALL & ~(NTM_AREA_BOUNDARIES | NTM_AREA_SETTINGS);
}

static void
ntm_overview_page_init (NtmOverviewPage *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (self->content, 24);
  gtk_widget_set_margin_bottom (self->content, 24);
  gtk_widget_set_margin_start (self->content, 12);
  gtk_widget_set_margin_end (self->content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1200);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
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
