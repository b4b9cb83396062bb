/* ntm-recognitions-window.h: a unit's recognition decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_RECOGNITIONS_WINDOW (ntm_recognitions_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmRecognitionsWindow, ntm_recognitions_window, NTM, RECOGNITIONS_WINDOW, AdwWindow)

NtmRecognitionsWindow *ntm_recognitions_window_new (GtkWindow   *parent,
                                                    NtmDatabase *database,
                                                    const char  *unit_code,
                                                    int          year);

G_END_DECLS
