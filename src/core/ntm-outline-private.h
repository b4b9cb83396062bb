/* ntm-outline-private.h: the outlines' migration data step, and what the tests read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-database.h"

G_BEGIN_DECLS

gboolean ntm_outline_seed_default (NtmDatabase  *db,
                                   gpointer      user_data,
                                   GError      **error);

/* What only the tests read. */
gboolean    ntm_database_store_outlines        (NtmDatabase  *db,
                                                const char   *source_key,
                                                const char   *file_name,
                                                const char   *geojson,
                                                gsize         length,
                                                GError      **error);

G_END_DECLS
