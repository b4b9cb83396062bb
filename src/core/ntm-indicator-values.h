/* ntm-indicator-values.h: one indicator's values across units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ntm-database.h"

G_BEGIN_DECLS

GHashTable *ntm_database_get_indicator_values (NtmDatabase  *db,
                                               const char   *set_code,
                                               const char   *indicator_code,
                                               int           year,
                                               GError      **error);
GHashTable *ntm_database_get_figure_values    (NtmDatabase  *db,
                                               const char   *set_code,
                                               const char   *indicator_code,
                                               int           year,
                                               const char   *unit_code,
                                               GError      **error);

G_END_DECLS
