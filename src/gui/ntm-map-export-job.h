/* ntm-map-export-job.h: the map written to PNG or PDF, off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-classification.h"
#include "ntm-database.h"
#include "ntm-job.h"

G_BEGIN_DECLS

NtmJob *ntm_map_export_job_start (GtkWidget    *parent,
                                  NtmDatabase  *database,
                                  int           year,
                                  NtmUnitLayer  layer,
                                  NtmMapMode    mode,
                                  const char   *indicator,
                                  int           since_year,
                                  const char   *district,
                                  GFile        *file);

G_END_DECLS
