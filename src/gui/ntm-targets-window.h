/* ntm-targets-window.h: the year's targets, to add, correct and delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"
#include "ntm-record-form.h"

G_BEGIN_DECLS

#define NTM_TYPE_TARGETS_WINDOW (ntm_targets_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmTargetsWindow, ntm_targets_window, NTM, TARGETS_WINDOW, AdwWindow)

NtmTargetsWindow *ntm_targets_window_new          (GtkWindow        *parent,
                                                   NtmDatabase      *database,
                                                   int               year);
NtmRecordForm    *ntm_targets_window_add          (NtmTargetsWindow *self);
NtmRecordForm    *ntm_targets_window_edit         (NtmTargetsWindow *self,
                                                   guint             index);
gboolean          ntm_targets_window_delete       (NtmTargetsWindow *self,
                                                   guint             index);
gboolean          ntm_targets_window_undo_delete  (NtmTargetsWindow *self);

G_END_DECLS
