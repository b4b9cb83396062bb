/* ntm-boundary-file-private.h: outlines made by Ntm, as imported ones are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <ogr_api.h>

#include "ntm-geometry.h"

G_BEGIN_DECLS

NtmBoundaryRecord *ntm_boundary_record_from_geometry (OGRGeometryH   geometry,
                                                      char         **problem);

G_END_DECLS
