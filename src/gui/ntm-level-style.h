/* ntm-level-style.h: how levels and statuses look in lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-attainment.h"

G_BEGIN_DECLS

const char *ntm_level_get_css_class  (NtmLevel        level);
const char *ntm_status_get_css_class (NtmStatus       status);
void        ntm_level_badge_set      (GtkLabel       *badge,
                                      NtmLevel        level);
void        ntm_recognised_badge_set (GtkLabel       *badge,
                                      NtmLevel        level);
void        ntm_status_label_set     (GtkLabel       *label,
                                      NtmStatus       status);
char       *ntm_tally_format         (const NtmTally *tally);
const char *ntm_comparison_get_sign  (NtmComparison   comparison);
const char *ntm_comparison_get_label (NtmComparison   comparison);

G_END_DECLS
