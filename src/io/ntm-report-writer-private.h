/* ntm-report-writer-private.h: the page writer shared by the printed reports
 *
 * Page geometry after Decree 30/2020/NĐ-CP (A4, margins 20 mm top and
 * bottom, 30 mm left, 15 mm right, a Times New Roman-compatible serif at
 * 13 pt), the Writer that lays content out top to bottom on the pages of
 * an NtmReport, the parts of an administrative document (heading, title,
 * numbered sections, recipients and signature), tables, and figures as
 * text in the report's language. See ntm-report-writer.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ntm-report.h"

G_BEGIN_DECLS

#define MM            (72.0 / 25.4)
#define PAGE_W        NTM_REPORT_PAGE_WIDTH
#define PAGE_H        NTM_REPORT_PAGE_HEIGHT
#define MARGIN_TOP    (20 * MM)
#define MARGIN_BOTTOM (20 * MM)
#define MARGIN        (30 * MM)    /* left */
#define MARGIN_RIGHT  (15 * MM)
#define CONTENT_W     (PAGE_W - MARGIN - MARGIN_RIGHT)
#define BOTTOM        (PAGE_H - MARGIN_BOTTOM)
#define BODY_SIZE     13.0
#define TABLE_SIZE    11.0
#define NOTE_SIZE     10.5
#define CELL_PAD      3.0

/* Liberation Serif has Times New Roman's metrics: the page breaks where
 * it would in Times New Roman, which offices expect. */
#define REPORT_FONT   "Liberation Serif, Tinos, Times New Roman, serif"

static const double ink[3] = { 0.0, 0.0, 0.0 };
static const double dim[3] = { 0.30, 0.30, 0.30 };

typedef enum {
  TEXT_PLAIN   = 0,
  TEXT_BOLD    = 1 << 0,
  TEXT_ITALIC  = 1 << 1,
  TEXT_UPPER   = 1 << 2,   /* in capitals */
  TEXT_WORDS   = 1 << 3,   /* wrapped between words only (headings of narrow columns) */
} TextStyle;

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
} Column;

/* What the office sets once in Preferences (GSettings), for every report. */
typedef struct {
  char *parent_body;     /* "UBND TỈNH HÀ TĨNH" */
  char *issuing_body;    /* "VĂN PHÒNG ĐIỀU PHỐI NTM" */
  char *number_prefix;   /* "BC-VPĐP" */
  char *place;           /* "Hà Tĩnh" */
  char *recipients;      /* one a line */
  char *signer_authority;  /* "KT. CHÁNH VĂN PHÒNG", may be empty */
  char *signer_title;    /* "PHÓ CHÁNH VĂN PHÒNG" */
  char *signer_name;
} DocumentHeader;

/* Text */
PangoLayout *report_layout     (cairo_t      *cr,
                                const char   *text,
                                double        size,
                                TextStyle     style);
double     measure_text        (cairo_t      *cr,
                                const char   *text,
                                double        width,
                                double        size,
                                gboolean      bold);
void       draw_text           (cairo_t      *cr,
                                const char   *text,
                                double        x,
                                double        y,
                                double        width,
                                double        size,
                                TextStyle     style,
                                PangoAlignment align,
                                double       *height);

/* Layout */
void       set_rgb             (cairo_t      *cr,
                                const double *rgb);
void       writer_new_page     (Writer       *w);
void       writer_finish       (Writer       *w);
void       writer_ensure       (Writer       *w,
                                double        height);
void       writer_text         (Writer       *w,
                                const char   *text,
                                double        size,
                                gboolean      bold,
                                const double *rgb,
                                double        space_after);
void       writer_paragraph    (Writer       *w,
                                const char   *text);
void       writer_note         (Writer       *w,
                                const char   *text);
double     paragraph_height    (Writer       *w,
                                const char   *text);
void       writer_heading      (Writer       *w,
                                const char   *text,
                                double        keep_with);
void       writer_subheading   (Writer       *w,
                                const char   *text,
                                double        keep_with);
double     table_first_height  (Writer       *w,
                                const Column *columns,
                                guint         n_columns,
                                GPtrArray    *rows,
                                double        size);
void       writer_table        (Writer       *w,
                                const Column *columns,
                                guint         n_columns,
                                GPtrArray    *rows,
                                double        size,
                                gboolean      total_row);
char     **row_new             (guint         n,
                                ...);
GPtrArray *rows_new            (void);
void       draw_page_numbers   (NtmReport    *self);

/* The parts of an administrative document */
void       document_header_load  (DocumentHeader *header);
void       document_header_clear (DocumentHeader *header);
void       writer_document_head  (Writer       *w,
                                  const DocumentHeader *header,
                                  const char   *kind,
                                  const char   *summary);
void       writer_signature      (Writer       *w,
                                  const DocumentHeader *header);
char      *format_place_and_date (NtmReport    *self,
                                  const char   *place,
                                  GDateTime    *when);
char      *section_heading       (guint         number,
                                  const char   *text);

/* Figures as text */
char      *format_count        (NtmReport    *self,
                                double        value);
char      *format_percent      (NtmReport    *self,
                                double        value);
char      *percent_of          (const char   *number);
const char *no_data_text       (void);

G_END_DECLS
