/* ntm-commune-water-private.h: what the tests read of the commune water figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-commune-water.h"

G_BEGIN_DECLS

gboolean              ntm_database_get_water_shares    (NtmDatabase  *db,
                                                        const char   *unit_code,
                                                        int           year,
                                                        double       *hygienic_percent,
                                                        double       *clean_percent);

G_END_DECLS
