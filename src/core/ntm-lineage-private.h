/* ntm-lineage-private.h: what the tests read of the units' lineage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-lineage.h"

G_BEGIN_DECLS

gboolean    ntm_database_derive_level            (NtmDatabase      *db,
                                                  const char       *code,
                                                  int               year,
                                                  NtmDerivedLevel  *out,
                                                  GError          **error);

G_END_DECLS
