/* ntm-unit-match.h: which unit of one year is which unit of another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

GPtrArray *ntm_unit_match_in_year (NtmDatabase  *db,
                                   const char   *code,
                                   int           from_year,
                                   int           to_year,
                                   GError      **error);

G_END_DECLS
