/* ntm-report-writer-private.h: the page writer shared by the printed reports
 *
 * Page geometry and colours, the Writer that lays content out top to bottom
 * on A4 pages of an NtmReport, table columns, and figures formatted as text
 * in the report's language. See ntm-report-writer.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ntm-report.h"

G_BEGIN_DECLS

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

/* Layout */
void       set_rgb         (cairo_t      *cr,
                            const double *rgb);
void       writer_new_page (Writer       *w);
void       writer_finish   (Writer       *w);
void       writer_ensure   (Writer       *w,
                            double        height);
double     measure_text    (cairo_t      *cr,
                            const char   *text,
                            double        width,
                            double        size,
                            gboolean      bold);
void       writer_text     (Writer       *w,
                            const char   *text,
                            double        size,
                            gboolean      bold,
                            const double *rgb,
                            double        space_after);
void       writer_heading  (Writer       *w,
                            const char   *text);
void       writer_table    (Writer       *w,
                            const Column *columns,
                            guint         n_columns,
                            GPtrArray    *rows,
                            double        size,
                            gboolean      total_row);
char     **row_new         (guint         n,
                            ...);
GPtrArray *rows_new        (void);
void       draw_footers    (NtmReport    *self);
void       writer_title    (Writer       *w,
                            const char   *overline,
                            const char   *title,
                            const char   *subtitle);

/* Figures as text */
char      *format_count    (NtmReport    *self,
                            double        value);
char      *format_percent  (NtmReport    *self,
                            double        value);

G_END_DECLS
