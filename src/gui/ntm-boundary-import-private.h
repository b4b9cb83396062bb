/* ntm-boundary-import-private.h: what the tests read of NtmBoundaryImport
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-boundary-import.h"
#include "ntm-job.h"

G_BEGIN_DECLS

NtmJob            *ntm_boundary_import_get_job           (NtmBoundaryImport *self);
NtmBoundaryReport *ntm_boundary_import_get_report        (NtmBoundaryImport *self);
AdwMessageDialog  *ntm_boundary_import_get_report_dialog (NtmBoundaryImport *self);

G_END_DECLS
