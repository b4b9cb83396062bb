/* ntm-geometry-private.h: reading stored boundaries, for the model layer
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

G_END_DECLS
