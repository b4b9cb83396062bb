/* ntm-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NTM_TYPE_PREFERENCES_WINDOW (ntm_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmPreferencesWindow, ntm_preferences_window, NTM, PREFERENCES_WINDOW, AdwPreferencesWindow)

NtmPreferencesWindow *ntm_preferences_window_new (GtkWindow *parent);

G_END_DECLS
