/* ntm-threshold.h: the threshold an indicator is held to, per region and year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_THRESHOLD (ntm_threshold_get_type ())
G_DECLARE_FINAL_TYPE (NtmThreshold, ntm_threshold, NTM, THRESHOLD, GObject)

gint64       ntm_threshold_get_id            (NtmThreshold  *self);
gint64       ntm_threshold_get_indicator_id  (NtmThreshold  *self);
const char  *ntm_threshold_get_region        (NtmThreshold  *self);
int          ntm_threshold_get_year_from     (NtmThreshold  *self);
int          ntm_threshold_get_year_to       (NtmThreshold  *self);
gboolean     ntm_threshold_get_value         (NtmThreshold  *self,
                                              double        *value);
const char  *ntm_threshold_get_note          (NtmThreshold  *self);

NtmThreshold *ntm_database_get_threshold     (NtmDatabase   *db,
                                              gint64         indicator_id,
                                              const char    *region,
                                              int            year,
                                              GError       **error);
gboolean     ntm_database_set_threshold      (NtmDatabase   *db,
                                              gint64         indicator_id,
                                              const char    *region,
                                              int            year,
                                              gboolean       has_value,
                                              double         value,
                                              const char    *note,
                                              GError       **error);
gboolean     ntm_database_update_indicator   (NtmDatabase   *db,
                                              gint64         indicator_id,
                                              const char    *name,
                                              const char    *unit,
                                              NtmComparison  comparison,
                                              GError       **error);
char       **ntm_database_list_regions       (NtmDatabase   *db,
                                              char        ***names,
                                              GError       **error);

G_END_DECLS
