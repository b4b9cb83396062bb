/* ntm-chart.h: bar charts drawn with cairo, for pages and reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "ntm-attainment.h"

G_BEGIN_DECLS

typedef char *(*NtmChartFormatFunc) (double   value,
                                     gpointer user_data);

typedef struct {
  guint                n_categories;
  const char * const  *categories;   /* one label per bar */
  guint                n_series;
  const char * const  *series;       /* one label per stacked part */
  const double        *colours;      /* n_series × RGB, 0–1 */
  const double        *values;       /* n_categories × n_series */
  NtmChartFormatFunc   format_total; /* (nullable) label at a bar's end */
  gpointer             user_data;
  double               foreground[3];
  double               font_size;    /* in user units */
  const char          *font_family;  /* (nullable) "Sans" when unset */
} NtmChartData;

void  ntm_chart_draw_bars     (cairo_t                 *cr,
                               const cairo_rectangle_t *area,
                               const NtmChartData      *data);
void  ntm_chart_draw_columns  (cairo_t                 *cr,
                               const cairo_rectangle_t *area,
                               const NtmChartData      *data);
void  ntm_level_get_colour    (NtmLevel                 level,
                               double                  *rgb);

/* The parts of a bar of communes by recognised level: not yet NTM, NTM,
 * advanced, model. */
#define NTM_CHART_N_COMMUNE_LEVELS 4
NtmLevel ntm_chart_commune_level (guint                  part);
void  ntm_chart_commune_level_series (const char      **names,
                                      double           *colours);
PangoLayout *ntm_chart_create_layout (cairo_t    *cr,
                                    const char *text,
                                    double      font_size,
                                    gboolean    bold);
void  ntm_chart_show_layout   (cairo_t                 *cr,
                               PangoLayout             *layout,
                               double                   x,
                               double                   y,
                               double                   width,
                               PangoWrapMode            wrap,
                               PangoAlignment           align,
                               double                  *height);
void  ntm_chart_draw_text     (cairo_t                 *cr,
                               const char              *text,
                               double                   x,
                               double                   y,
                               double                   width,
                               double                   font_size,
                               gboolean                 bold,
                               PangoAlignment           align,
                               double                  *height);

G_END_DECLS
