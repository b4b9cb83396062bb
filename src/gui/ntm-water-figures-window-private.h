/* ntm-water-figures-window-private.h: what the tests read of NtmWaterFiguresWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-water-figures-window.h"

G_BEGIN_DECLS

gboolean               ntm_water_figures_window_can_undo         (NtmWaterFiguresWindow *self);
const char            *ntm_water_figures_window_get_district     (NtmWaterFiguresWindow *self);
GtkDropDown           *ntm_water_figures_window_get_district_dropdown (NtmWaterFiguresWindow *self);
GtkWidget             *ntm_water_figures_window_get_entry        (NtmWaterFiguresWindow *self,
                                                                  const char            *unit_code,
                                                                  NtmWaterFigure         figure);
GtkWidget             *ntm_water_figures_window_get_error_label  (NtmWaterFiguresWindow *self,
                                                                  const char            *unit_code);
GtkWidget             *ntm_water_figures_window_get_save_button  (NtmWaterFiguresWindow *self);
const char            *ntm_water_figures_window_get_share_text   (NtmWaterFiguresWindow *self,
                                                                  const char            *unit_code,
                                                                  NtmWaterFigure         figure);
const char            *ntm_water_figures_window_get_summary      (NtmWaterFiguresWindow *self);
int                    ntm_water_figures_window_get_year         (NtmWaterFiguresWindow *self);
gboolean               ntm_water_figures_window_has_errors       (NtmWaterFiguresWindow *self);
gboolean               ntm_water_figures_window_is_modified      (NtmWaterFiguresWindow *self);

G_END_DECLS
