/* ntm-check.h: the database's health and contents as key: value lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-database.h"

G_BEGIN_DECLS

char *ntm_check_report (NtmDatabase  *db,
                        int           year,
                        gboolean     *healthy,
                        GError      **error);

G_END_DECLS
