/* ntm-scheme-window.h: the form of a clean-water scheme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_SCHEME_WINDOW (ntm_scheme_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmSchemeWindow, ntm_scheme_window, NTM, SCHEME_WINDOW, AdwWindow)

NtmSchemeWindow *ntm_scheme_window_new             (GtkWindow       *parent,
                                                    NtmDatabase     *database,
                                                    gint64           scheme_id,
                                                    GError         **error);
gboolean         ntm_scheme_window_add_commune     (NtmSchemeWindow *self,
                                                    const char      *unit_code);
void             ntm_scheme_window_add_investment  (NtmSchemeWindow *self,
                                                    int              year,
                                                    const char      *source,
                                                    const char      *amount_text);

G_END_DECLS
