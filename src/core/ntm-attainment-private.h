/* ntm-attainment-private.h: what the tests read of the rules of attainment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-attainment.h"

G_BEGIN_DECLS

gboolean     ntm_comparison_is_inclusive (NtmComparison     comparison);

G_END_DECLS
