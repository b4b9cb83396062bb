/* ntm-water-figures-row.h: one commune's household water figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The three figures of a commune, in the order of the form's columns */
typedef enum {
  NTM_WATER_FIGURE_TOTAL,
  NTM_WATER_FIGURE_HYGIENIC,
  NTM_WATER_FIGURE_CLEAN,
} NtmWaterFigure;

#define NTM_TYPE_WATER_FIGURES_ROW (ntm_water_figures_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmWaterFiguresRow, ntm_water_figures_row, NTM, WATER_FIGURES_ROW, GtkWidget)

/* The columns, for the window's size groups that line them up. */
typedef enum {
  NTM_WATER_COLUMN_NAME,
  NTM_WATER_COLUMN_TOTAL,
  NTM_WATER_COLUMN_HYGIENIC,
  NTM_WATER_COLUMN_CLEAN,
  NTM_WATER_COLUMN_HYGIENIC_SHARE,
  NTM_WATER_COLUMN_CLEAN_SHARE,
  NTM_WATER_N_COLUMNS,
} NtmWaterColumn;

const char *ntm_water_figure_get_label       (NtmWaterFigure      figure);
GtkWidget *ntm_water_figures_row_new          (const char         *name,
                                               const char         *code,
                                               GtkSizeGroup      **columns);
GtkEntry  *ntm_water_figures_row_get_entry    (NtmWaterFiguresRow *self,
                                               NtmWaterFigure      figure);
GtkLabel  *ntm_water_figures_row_get_error    (NtmWaterFiguresRow *self);
GtkLabel  *ntm_water_figures_row_get_share    (NtmWaterFiguresRow *self,
                                               NtmWaterFigure      figure);
void       ntm_water_figures_row_set_problem  (NtmWaterFiguresRow *self,
                                               const char         *message,
                                               const gboolean     *wrong);

G_END_DECLS
