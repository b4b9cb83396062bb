/* ntm-boundary-report-dialog.h: what importing a boundary file would do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-boundary-report.h"
#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_BOUNDARY_REPORT_DIALOG (ntm_boundary_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NtmBoundaryReportDialog, ntm_boundary_report_dialog, NTM, BOUNDARY_REPORT_DIALOG,
                      AdwMessageDialog)

NtmBoundaryReportDialog *ntm_boundary_report_dialog_new        (GtkWindow               *parent,
                                                                NtmDatabase             *db,
                                                                NtmBoundaryReport       *report);
NtmBoundaryReport       *ntm_boundary_report_dialog_get_report (NtmBoundaryReportDialog *self);

G_END_DECLS
