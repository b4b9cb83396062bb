/* ntm-report-private.h: what the report builders need from NtmReport
 *
 * The page writer and the two builders (the provincial summary and the unit
 * profile) lay pages out into an NtmReport; ntm-report.c creates the object
 * and calls the builder for the report asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-format.h"
#include "ntm-overview.h"
#include "ntm-report.h"
#include "ntm-unit.h"

G_BEGIN_DECLS

/* The pages laid out so far, of cairo_surface_t (recording, A4 in points);
 * the writer appends to it. */
GPtrArray   *ntm_report_get_pages     (NtmReport    *self);
/* The language figures are formatted in */
NtmLanguage  ntm_report_get_language  (NtmReport    *self);

/* ntm-report-summary.c */
void         ntm_report_build_summary (NtmReport    *self,
                                       NtmOverview  *o);
/* ntm-report-unit.c */
gboolean     ntm_report_build_unit    (NtmReport    *self,
                                       NtmOverview  *o,
                                       NtmUnit      *unit,
                                       GError      **error);

G_END_DECLS
