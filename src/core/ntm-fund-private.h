/* ntm-fund-private.h: what the tests read of the funds register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-fund.h"

G_BEGIN_DECLS

GArray        *ntm_database_list_fund_years (NtmDatabase  *db,
                                            GError       **error);
const char    *ntm_fund_get_district_code  (NtmFund       *self);

G_END_DECLS
