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
GArray     *ntm_database_get_predecessor_history (NtmDatabase      *db,
                                                  const char       *code,
                                                  int               first_year,
                                                  GError          **error);
GListModel *ntm_database_list_predecessors       (NtmDatabase      *db,
                                                  const char       *code,
                                                  GError          **error);
char       *ntm_derived_level_format             (const NtmDerivedLevel *derived);

G_END_DECLS
