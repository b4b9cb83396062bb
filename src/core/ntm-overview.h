/* ntm-overview.h: the programme for one year: headline figures and progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"
#include "ntm-evaluation.h"
#include "ntm-fund.h"
#include "ntm-level-count.h"
#include "ntm-target.h"

G_BEGIN_DECLS

/* Where a figure comes from. */
typedef enum {
  NTM_FIGURE_NO_DATA,    /* neither records nor a reported figure */
  NTM_FIGURE_RECORDS,    /* computed from the records in the database */
  NTM_FIGURE_REPORTED,   /* the figure a report gave, for want of records */
} NtmFigureSource;

typedef struct {
  NtmTarget       *target;
  NtmFigureSource  source;
  double           achieved;      /* a count, or a percentage for percentage targets */
  guint            numerator;     /* from records: units or products counted */
  guint            denominator;   /* from records, percentage targets: units in scope */
  double           fraction;      /* achieved / target value, 0–1 */
  gboolean         met;
  gboolean         has_reported;  /* a reported figure exists too */
  double           reported;
  const char      *reported_source;
} NtmTargetProgress;

/* Communes by recognised level: slot 0 holds those with no level of the
 * year's programme, slots 1–3 the levels of NtmHeadline.commune_levels
 * (NTM, advanced, model until 2025; NTM and modern NTM from 2026). */
#define NTM_OVERVIEW_N_COMMUNE_LEVELS 4

/* Counts on record beside the reported ones: the commune levels of the
 * year's programme, and NTM districts until 2025. */
#define NTM_OVERVIEW_N_COUNTS 4

typedef struct {
  const char  *code;
  const char  *name;
  NtmUnitKind  kind;
  NtmLevel     level;                                     /* recognised */
  guint        communes;
  guint        communes_by_level[NTM_OVERVIEW_N_COMMUNE_LEVELS];
  guint        urban;
  guint        urban_civilised;
  guint        ocop_valid;
  NtmFundSum   funds;
  guint        communes_with_criteria;
  double       average_criteria;
} NtmDistrictSummary;

typedef struct {
  guint            communes;
  guint            communes_by_level[NTM_OVERVIEW_N_COMMUNE_LEVELS];
  guint            communes_earlier_level;  /* in slot 0, recognised at a level of an earlier programme */
  guint            urban;
  guint            urban_civilised;
  guint            townships;            /* among the urban units; none from July 2025 */
  guint            districts;
  guint            districts_ntm;        /* NTM district, advanced, or task completed */
  guint            districts_advanced;
  guint            communes_with_criteria;
  guint            criteria_per_commune;
  double           average_criteria;
  guint            ocop_valid;           /* ratings valid at the end of the year */
  guint            ocop_by_stars[6];     /* index 3, 4, 5 */
  guint            ocop_new;             /* rated in the year */
  guint            ocop_expiring;        /* of the valid ones, expiring within 90 days of the year's end */
  NtmFundSum       funds_by_source[NTM_FUND_N_SOURCES];
  NtmFundSum       funds_total;
  NtmFigureSource  sponsorship_source;   /* reported when no fund records exist for the year */
  gint64           sponsorship_reported;
  NtmFigureSource  water_source;
  double           water_households;     /* records: on clean water; reported: on centralised schemes */
  double           rural_households;
  guint            water_communes;       /* records: communes with figures for the year */
  NtmLevel         commune_levels[NTM_OVERVIEW_N_COMMUNE_LEVELS];  /* what each slot of communes_by_level counts */
  NtmLevelCount    level_counts[NTM_OVERVIEW_N_COUNTS];  /* on record beside reported (ntm_database_count_against_reported()) */
  guint            n_level_counts;
} NtmHeadline;

typedef struct {
  int   year;
  guint by_stars[3];   /* 3★, 4★, 5★ rated in the year */
} NtmOcopYear;

typedef struct {
  char   *metric;
  char   *scope_code;
  double  value;
  char   *source;
  char   *note;
} NtmReportedFigure;

#define NTM_TYPE_OVERVIEW (ntm_overview_get_type ())
G_DECLARE_FINAL_TYPE (NtmOverview, ntm_overview, NTM, OVERVIEW, GObject)

NtmOverview              *ntm_overview_new                 (NtmDatabase      *db,
                                                            int               year,
                                                            GError          **error);
int                       ntm_overview_get_year            (NtmOverview      *self);
NtmDatabase              *ntm_overview_get_database        (NtmOverview      *self);
NtmEvaluation            *ntm_overview_get_evaluation      (NtmOverview      *self);
const NtmHeadline        *ntm_overview_get_headline        (NtmOverview      *self);
guint                     ntm_overview_get_n_targets       (NtmOverview      *self);
const NtmTargetProgress  *ntm_overview_get_progress        (NtmOverview      *self,
                                                            guint             index);
guint                     ntm_overview_get_n_districts     (NtmOverview      *self);
const NtmDistrictSummary *ntm_overview_get_district        (NtmOverview      *self,
                                                            guint             index);
guint                     ntm_overview_get_n_ocop_years    (NtmOverview      *self);
const NtmOcopYear        *ntm_overview_get_ocop_year       (NtmOverview      *self,
                                                            guint             index);
guint                     ntm_overview_get_n_reported      (NtmOverview      *self);
const NtmReportedFigure  *ntm_overview_get_reported        (NtmOverview      *self,
                                                            guint             index);
NtmFigureSource           ntm_overview_compute_metric      (NtmOverview      *self,
                                                            const char       *metric,
                                                            NtmTargetKind     kind,
                                                            const char       *scope_code,
                                                            double           *value,
                                                            guint            *numerator,
                                                            guint            *denominator);
gboolean                  ntm_overview_lookup_reported     (NtmOverview      *self,
                                                            const char       *metric,
                                                            const char       *scope_code,
                                                            double           *value,
                                                            const char      **source);
const char               *ntm_figure_source_get_label      (NtmFigureSource   source);

G_END_DECLS
