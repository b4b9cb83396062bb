/* ntm-list-export.h: a list written as XLSX or CSV, from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-database.h"
#include "ntm-job.h"
#include "ntm-table.h"

G_BEGIN_DECLS

void    ntm_list_export_choose (GtkWidget   *parent,
                                NtmDatabase *database,
                                const char  *name,
                                int          year);
NtmJob *ntm_list_export_start  (GtkWidget   *parent,
                                NtmDatabase *database,
                                const char  *name,
                                int          year,
                                const char  *path);

NtmJob *ntm_list_export_start_table (GtkWidget  *parent,
                                     NtmTable   *table,
                                     const char *path);

G_END_DECLS
