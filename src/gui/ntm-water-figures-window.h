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
int                    ntm_water_figures_window_get_year         (NtmWaterFiguresWindow *self);
const char            *ntm_water_figures_window_get_district     (NtmWaterFiguresWindow *self);
GtkDropDown           *ntm_water_figures_window_get_district_dropdown (NtmWaterFiguresWindow *self);
GtkWidget             *ntm_water_figures_window_get_entry        (NtmWaterFiguresWindow *self,
                                                                  const char            *unit_code,
                                                                  NtmWaterFigure         figure);
GtkWidget             *ntm_water_figures_window_get_error_label  (NtmWaterFiguresWindow *self,
                                                                  const char            *unit_code);
const char            *ntm_water_figures_window_get_share_text   (NtmWaterFiguresWindow *self,
                                                                  const char            *unit_code,
                                                                  NtmWaterFigure         figure);
const char            *ntm_water_figures_window_get_summary      (NtmWaterFiguresWindow *self);
GtkWidget             *ntm_water_figures_window_get_save_button  (NtmWaterFiguresWindow *self);
gboolean               ntm_water_figures_window_has_errors       (NtmWaterFiguresWindow *self);
gboolean               ntm_water_figures_window_is_modified      (NtmWaterFiguresWindow *self);
gboolean               ntm_water_figures_window_can_undo         (NtmWaterFiguresWindow *self);
gboolean               ntm_water_figures_window_undo             (NtmWaterFiguresWindow *self);

G_END_DECLS
