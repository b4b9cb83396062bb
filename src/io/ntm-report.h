/* ntm-report.h: printed reports (provincial summary, unit profile)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ntm-database.h"
#include "ntm-progress.h"

G_BEGIN_DECLS

/* A4 in points */
#define NTM_REPORT_PAGE_WIDTH  595.276
#define NTM_REPORT_PAGE_HEIGHT 841.890

#define NTM_TYPE_REPORT (ntm_report_get_type ())
G_DECLARE_FINAL_TYPE (NtmReport, ntm_report, NTM, REPORT, GObject)

NtmReport  *ntm_report_new_summary (NtmDatabase  *db,
                                    int           year,
                                    GError      **error);
NtmReport  *ntm_report_new_unit    (NtmDatabase  *db,
                                    const char   *code,
                                    int           year,
                                    GError      **error);
const char *ntm_report_get_title   (NtmReport    *self);
guint       ntm_report_get_n_pages (NtmReport    *self);
void        ntm_report_draw_page   (NtmReport    *self,
                                    cairo_t      *cr,
                                    guint         page,
                                    double        width,
                                    double        height);
gboolean    ntm_report_write_pdf   (NtmReport       *self,
                                    const char      *path,
                                    GCancellable    *cancellable,
                                    NtmProgressFunc  progress,
                                    gpointer         progress_data,
                                    GError         **error);

G_END_DECLS
