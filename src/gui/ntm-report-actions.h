/* ntm-report-actions.h: the printed reports, saved as PDF or printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-database.h"
#include "ntm-job.h"

G_BEGIN_DECLS

void    ntm_report_choose_file (GtkWidget   *parent,
                                NtmDatabase *database,
                                const char  *unit_code,
                                int          year);
NtmJob *ntm_report_save        (GtkWidget   *parent,
                                NtmDatabase *database,
                                const char  *unit_code,
                                int          year,
                                const char  *path);
NtmJob *ntm_report_print       (GtkWidget   *parent,
                                NtmDatabase *database,
                                const char  *unit_code,
                                int          year);

G_END_DECLS
