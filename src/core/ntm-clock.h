/* ntm-clock.h: today, and the year the program shows by default
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void      ntm_clock_get_today      (GDate       *date);
int       ntm_clock_get_year       (void);

G_END_DECLS
