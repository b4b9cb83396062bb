/* ntm-clock-private.h: what the tests read of the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-clock.h"

G_BEGIN_DECLS

char     *ntm_clock_dup_today_iso  (void);
gboolean  ntm_clock_set_today      (const char  *iso_date);

G_END_DECLS
