/* ntm-geometry-private.h: reading stored boundaries, for the model layer and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-geometry.h"

G_BEGIN_DECLS

GPtrArray *ntm_database_read_boundaries (NtmDatabase  *db,
                                         const char   *sql,
                                         guint         band,
                                         GError      **error);

/* What only the tests read. */
guint              ntm_database_count_boundaries   (NtmDatabase   *db,
                                                    GError       **error);
GPtrArray         *ntm_database_load_boundaries    (NtmDatabase   *db,
                                                    guint          band,
                                                    GError       **error);
NtmShape          *ntm_shape_new_from_rings        (const double  *points,
                                                    const guint   *ring_sizes,
                                                    guint          n_rings);
GBytes            *ntm_shape_to_wkb                (const NtmShape *shape);

G_END_DECLS
