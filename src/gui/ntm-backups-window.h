/* ntm-backups-window.h: the database's backups, made and restored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_BACKUPS_WINDOW (ntm_backups_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmBackupsWindow, ntm_backups_window, NTM, BACKUPS_WINDOW, AdwWindow)

NtmBackupsWindow *ntm_backups_window_new              (GtkWindow        *parent,
                                                       NtmDatabase      *database);
NtmBackupsWindow *ntm_backups_window_new_for_file     (GtkWindow        *parent,
                                                       const char       *database_path);
guint             ntm_backups_window_get_n_backups    (NtmBackupsWindow *self);
AdwMessageDialog *ntm_backups_window_get_confirmation (NtmBackupsWindow *self);

G_END_DECLS
