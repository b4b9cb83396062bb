/* ntm-overview-private.h: what the tests read of NtmOverview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-overview.h"

G_BEGIN_DECLS

GListModel               *ntm_overview_get_units           (NtmOverview      *self);

G_END_DECLS
