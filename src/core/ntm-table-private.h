/* ntm-table-private.h: what the tests read of NtmTable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-table.h"

G_BEGIN_DECLS

const char         *ntm_table_get_name          (NtmTable       *self);

G_END_DECLS
