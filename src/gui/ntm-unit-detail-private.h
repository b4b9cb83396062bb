/* ntm-unit-detail-private.h: what the tests do with NtmUnitDetail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-unit-detail.h"

G_BEGIN_DECLS

void ntm_unit_detail_show_history_now (NtmUnitDetail *self);

G_END_DECLS
