/* ntm-scheme-window-private.h: what the tests read of NtmSchemeWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-scheme-window.h"

G_BEGIN_DECLS

GtkWidget       *ntm_scheme_window_get_field       (NtmSchemeWindow *self,
                                                    const char      *key);
const char      *ntm_scheme_window_get_problem     (NtmSchemeWindow *self,
                                                    const char      *key);
GtkWidget       *ntm_scheme_window_get_save_button (NtmSchemeWindow *self);
gint64           ntm_scheme_window_get_scheme_id   (NtmSchemeWindow *self);

G_END_DECLS
