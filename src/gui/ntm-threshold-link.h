/* ntm-threshold-link.h: from a value to the threshold it stands against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-criteria-window.h"
#include "ntm-database.h"

G_BEGIN_DECLS

NtmCriteriaWindow *ntm_threshold_link_open (GtkWidget   *from,
                                            NtmDatabase *database,
                                            int          year,
                                            const char  *unit_code,
                                            const char  *set_code,
                                            const char  *indicator_code);

G_END_DECLS
