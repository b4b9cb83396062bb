/* ntm-unit-private.h: what the tests read of the units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-unit.h"

G_BEGIN_DECLS

int          ntm_database_get_commune_group (NtmDatabase *db,
                                        const char   *code,
                                        int           year,
                                        GError      **error);

G_END_DECLS
