/* ntm-window-private.h: what the tests read of NtmWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-window.h"

G_BEGIN_DECLS

NtmCommunesPage *ntm_window_get_communes_page (NtmWindow *self);
NtmJobBar   *ntm_window_get_job_bar  (NtmWindow      *self);
GtkWidget   *ntm_window_get_page     (NtmWindow      *self,
                                      const char     *name);

G_END_DECLS
