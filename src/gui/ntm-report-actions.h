/* ntm-report-actions.h: export, PDF and print from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-database.h"

G_BEGIN_DECLS

void ntm_gui_export_list      (GtkWidget   *parent,
                               NtmDatabase *database,
                               const char  *name,
                               int          year);
gboolean ntm_gui_export_list_to_path (GtkWidget   *parent,
                                      NtmDatabase *database,
                                      const char  *name,
                                      int          year,
                                      const char  *path);
void ntm_gui_save_report      (GtkWidget   *parent,
                               NtmDatabase *database,
                               const char  *unit_code,
                               int          year);
gboolean ntm_gui_save_report_to_path (GtkWidget   *parent,
                                      NtmDatabase *database,
                                      const char  *unit_code,
                                      int          year,
                                      const char  *path);
void ntm_gui_print_report     (GtkWidget   *parent,
                               NtmDatabase *database,
                               const char  *unit_code,
                               int          year);
void ntm_gui_show_message     (GtkWidget   *parent,
                               const char  *message);

G_END_DECLS
