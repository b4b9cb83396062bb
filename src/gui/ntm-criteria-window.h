/* ntm-criteria-window.h: a criteria set's indicators and thresholds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-criteria-set-dialog.h"
#include "ntm-criterion-dialog.h"
#include "ntm-database.h"
#include "ntm-import-window.h"
#include "ntm-indicator-dialog.h"
#include "ntm-job.h"

G_BEGIN_DECLS

#define NTM_TYPE_CRITERIA_WINDOW (ntm_criteria_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmCriteriaWindow, ntm_criteria_window, NTM, CRITERIA_WINDOW, AdwWindow)

NtmCriteriaWindow *ntm_criteria_window_new              (GtkWindow         *parent,
                                                         NtmDatabase       *database,
                                                         int                year);
void               ntm_criteria_window_show_set         (NtmCriteriaWindow *self,
                                                         const char        *set_code);
void               ntm_criteria_window_show_commune_group (NtmCriteriaWindow *self,
                                                           int                commune_group);
gboolean           ntm_criteria_window_save             (NtmCriteriaWindow *self);
NtmCriteriaSetDialog *ntm_criteria_window_new_set       (NtmCriteriaWindow *self);
NtmCriterionDialog *ntm_criteria_window_add_criterion   (NtmCriteriaWindow *self);
NtmIndicatorDialog *ntm_criteria_window_add_indicator   (NtmCriteriaWindow *self);
NtmImportWindow   *ntm_criteria_window_import_set       (NtmCriteriaWindow *self,
                                                         GFile             *file);
NtmJob            *ntm_criteria_window_export_set       (NtmCriteriaWindow *self,
                                                         const char        *path);

G_END_DECLS
