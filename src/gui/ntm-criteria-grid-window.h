/* ntm-criteria-grid-window.h: the criteria of a district's communes, as a grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"
#include "ntm-status-cell.h"

#include "ntm-job.h"

G_BEGIN_DECLS

#define NTM_TYPE_CRITERIA_GRID_WINDOW (ntm_criteria_grid_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmCriteriaGridWindow, ntm_criteria_grid_window, NTM, CRITERIA_GRID_WINDOW, AdwWindow)

NtmCriteriaGridWindow *ntm_criteria_grid_window_new         (GtkWindow             *parent,
                                                             NtmDatabase           *database,
                                                             int                    year,
                                                             const char            *district_code);
int                    ntm_criteria_grid_window_get_year    (NtmCriteriaGridWindow *self);
const char            *ntm_criteria_grid_window_get_set_code (NtmCriteriaGridWindow *self);
gboolean               ntm_criteria_grid_window_select_set  (NtmCriteriaGridWindow *self,
                                                             const char            *set_code);
gboolean               ntm_criteria_grid_window_select_district (NtmCriteriaGridWindow *self,
                                                             const char            *district_code);
guint                  ntm_criteria_grid_window_get_n_rows  (NtmCriteriaGridWindow *self);
guint                  ntm_criteria_grid_window_get_n_columns (NtmCriteriaGridWindow *self);
NtmStatusCell         *ntm_criteria_grid_window_get_cell    (NtmCriteriaGridWindow *self,
                                                             const char            *unit_code,
                                                             const char            *criterion_number);
const char            *ntm_criteria_grid_window_get_row_count (NtmCriteriaGridWindow *self,
                                                             const char            *unit_code);
const char            *ntm_criteria_grid_window_get_column_count (NtmCriteriaGridWindow *self,
                                                             const char            *criterion_number);
gboolean               ntm_criteria_grid_window_is_modified (NtmCriteriaGridWindow *self);
gboolean               ntm_criteria_grid_window_save        (NtmCriteriaGridWindow *self);
gboolean               ntm_criteria_grid_window_can_undo    (NtmCriteriaGridWindow *self);
gboolean               ntm_criteria_grid_window_undo        (NtmCriteriaGridWindow *self);
guint                  ntm_criteria_grid_window_copy_previous_year (NtmCriteriaGridWindow *self);
NtmJob                *ntm_criteria_grid_window_export      (NtmCriteriaGridWindow *self,
                                                             const char            *path,
                                                             gboolean               template);

G_END_DECLS
