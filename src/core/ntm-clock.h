/* ntm-clock.h: today, and the year the program shows by default
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void      ntm_clock_get_today      (GDate       *date);
char     *ntm_clock_dup_today_iso  (void);
int       ntm_clock_get_year       (void);
gboolean  ntm_clock_set_today      (const char  *iso_date);

G_END_DECLS
