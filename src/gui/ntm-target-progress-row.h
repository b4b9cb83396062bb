/* ntm-target-progress-row.h: a target and how far the year has got
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NTM_TYPE_TARGET_PROGRESS_ROW (ntm_target_progress_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmTargetProgressRow, ntm_target_progress_row, NTM, TARGET_PROGRESS_ROW, GtkListBoxRow)

GtkWidget *ntm_target_progress_row_new (const char *description,
                                        const char *achieved,
                                        const char *detail,
                                        double      fraction,
                                        gboolean    met,
                                        gboolean    reported);

G_END_DECLS
