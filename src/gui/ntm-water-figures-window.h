/* ntm-water-figures-window.h: the household water figures of a district's communes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"
#include "ntm-water-figures-row.h"

G_BEGIN_DECLS

#define NTM_TYPE_WATER_FIGURES_WINDOW (ntm_water_figures_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmWaterFiguresWindow, ntm_water_figures_window, NTM, WATER_FIGURES_WINDOW, AdwWindow)

NtmWaterFiguresWindow *ntm_water_figures_window_new              (GtkWindow             *parent,
                                                                  NtmDatabase           *database,
                                                                  int                    year,
                                                                  const char            *district_code);
gboolean               ntm_water_figures_window_undo             (NtmWaterFiguresWindow *self);

G_END_DECLS
