/* ntm-targets-window-private.h: what the tests read of NtmTargetsWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-targets-window.h"

G_BEGIN_DECLS

guint             ntm_targets_window_get_n_targets (NtmTargetsWindow *self);

G_END_DECLS
