/* ntm-unit-in-force.h: whether a unit is in force in a year, from its dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

gboolean    ntm_unit_dates_in_force_in_year (const char   *valid_from,
                                             const char   *valid_to,
                                             int           year);
GListModel *ntm_in_force_list_units         (NtmDatabase  *db,
                                             int           year,
                                             GError      **error);

G_END_DECLS
