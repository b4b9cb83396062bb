/* ntm-level-count.h: units counted by level, on record and as reported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ntm-attainment.h"
#include "ntm-database.h"

G_BEGIN_DECLS

/* A count of units "at a level or above", under the metric name targets
 * and reported figures use for it. */
typedef struct {
  const char *metric;      /* e.g. "communes_advanced" */
  NtmLevel    level;       /* the level counted (or a higher one of its class) */
  guint       kinds;       /* bit (1 << NtmUnitKind) for each kind counted */
  NtmLevel    levels[3];   /* the levels that count, NTM_LEVEL_NO_DATA-padded */
} NtmLevelMetric;

/* The records beside the figure a source reported for the same count. */
typedef struct {
  const NtmLevelMetric *metric;
  gboolean  has_reported;
  double    reported;
  int       reported_year;   /* the programme year the figure reports on */
  char     *as_of;           /* as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
  char     *source;
  char     *note;
  char     *counted_on;      /* the day the records were counted, YYYY-MM-DD */
  guint     on_record;       /* units holding the level that day, by decision */
  guint     units;           /* units of the kinds counted in scope that day */
} NtmLevelCount;

const NtmLevelMetric *ntm_level_metric_for_level   (NtmLevel         level);
const NtmLevelMetric *ntm_level_metric_lookup      (const char      *metric);
gboolean              ntm_level_metric_counts      (const NtmLevelMetric *metric,
                                                    NtmLevel         held);
gboolean              ntm_level_metric_has_kind    (const NtmLevelMetric *metric,
                                                    NtmUnitKind      kind);
char                 *ntm_period_end_date          (const char      *as_of,
                                                    int              year);

gboolean              ntm_database_count_against_reported (NtmDatabase     *db,
                                                    NtmLevel         level,
                                                    const char      *scope_code,
                                                    const char      *iso_date,
                                                    NtmLevelCount   *out,
                                                    GError         **error);
void                  ntm_level_count_clear        (NtmLevelCount   *count);
char                 *ntm_level_count_format       (const NtmLevelCount *count);

G_END_DECLS
