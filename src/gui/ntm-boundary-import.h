/* ntm-boundary-import.h: importing boundaries, from the file to the commit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-boundary-report.h"
#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_BOUNDARY_IMPORT (ntm_boundary_import_get_type ())
G_DECLARE_FINAL_TYPE (NtmBoundaryImport, ntm_boundary_import, NTM, BOUNDARY_IMPORT, GObject)

NtmBoundaryImport *ntm_boundary_import_new               (GtkWindow         *parent,
                                                          NtmDatabase       *db);
void               ntm_boundary_import_choose_file       (NtmBoundaryImport *self);
void               ntm_boundary_import_start             (NtmBoundaryImport *self,
                                                          GFile             *file);
void               ntm_boundary_import_cancel            (NtmBoundaryImport *self);
gboolean           ntm_boundary_import_is_reading        (NtmBoundaryImport *self);

G_END_DECLS
