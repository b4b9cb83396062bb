/* ntm-attainment.h: the programme's attainment rules, as pure functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Ordered from "knows nothing" to "met" so that MIN() gives the weaker one. */
typedef enum {
  NTM_STATUS_NO_DATA,
  NTM_STATUS_NOT_MET,
  NTM_STATUS_BASICALLY_MET,
  NTM_STATUS_MET,
} NtmStatus;

typedef enum {
  NTM_COMPARISON_GE,
  NTM_COMPARISON_GT,
  NTM_COMPARISON_LE,
  NTM_COMPARISON_LT,
  NTM_COMPARISON_EQ,
} NtmComparison;

typedef enum {
  NTM_INDICATOR_BOOLEAN,
  NTM_INDICATOR_PERCENT,
  NTM_INDICATOR_NUMBER,
} NtmIndicatorKind;

/* The levels of 2021–2025 come first; those of 2026–2030 (Decision
 * 51/2025) follow. New values are appended: palettes index by value. */
typedef enum {
  NTM_LEVEL_NO_DATA,
  NTM_LEVEL_NOT_YET,
  NTM_LEVEL_NTM,
  NTM_LEVEL_ADVANCED,
  NTM_LEVEL_MODEL,
  NTM_LEVEL_CIVILISED,
  NTM_LEVEL_DISTRICT_NTM,
  NTM_LEVEL_DISTRICT_ADVANCED,
  NTM_LEVEL_TASK_COMPLETED,      /* a town or the city (2021–2025), or the province's pilot */
  NTM_LEVEL_NTM_DECISION_51,     /* commune NTM under Decision 51/2025 */
  NTM_LEVEL_MODERN_NTM,          /* modern NTM commune (pilot), 2026–2030 */
  NTM_LEVEL_PROVINCE_COMPLETED,  /* the province completed the NTM task, 2026–2030 */
} NtmLevel;

/* The first year of the 2026–2030 programme. */
#define NTM_PERIOD_2026_FIRST_YEAR 2026

/* One recognition decision, as the rule of the level in force sees it. */
typedef struct {
  NtmLevel    level;
  const char *decision_date;   /* "YYYY-MM-DD", or NULL when only the year is known */
  int         year;
  const char *revoked_on;      /* "YYYY-MM-DD", or NULL */
} NtmDecision;

typedef enum {
  NTM_UNIT_KIND_PROVINCE,
  NTM_UNIT_KIND_DISTRICT,
  NTM_UNIT_KIND_TOWN,
  NTM_UNIT_KIND_CITY,
  NTM_UNIT_KIND_COMMUNE,
  NTM_UNIT_KIND_WARD,
  NTM_UNIT_KIND_TOWNSHIP,
} NtmUnitKind;

typedef struct {
  guint total;
  guint met;
  guint basically_met;
  guint not_met;
  guint no_data;
} NtmTally;

/* What Decision 320 asks of a district beyond its own criteria. */
typedef struct {
  guint     communes;             /* xã in the district */
  guint     communes_ntm;         /* of which NTM or above */
  guint     communes_advanced;    /* of which advanced or above */
  guint     communes_unknown;     /* of which the level is not known */
  guint     townships;            /* thị trấn in the district */
  guint     townships_civilised;  /* of which civilised urban */
  guint     townships_unknown;
  NtmStatus satisfaction;         /* resident satisfaction indicators */
  NtmTally  criteria;             /* the district's 9 criteria */
} NtmDistrictFacts;

NtmStatus    ntm_indicator_evaluate      (NtmIndicatorKind  kind,
                                          NtmComparison     comparison,
                                          gboolean          has_threshold,
                                          double            threshold,
                                          gboolean          has_value,
                                          double            value);
NtmStatus    ntm_criterion_status        (const NtmStatus  *indicators,
                                          gsize             n_indicators);
NtmTally     ntm_tally                   (const NtmStatus  *statuses,
                                          gsize             n_statuses);
void         ntm_tally_add               (NtmTally         *tally,
                                          NtmStatus         status);
NtmStatus    ntm_tally_overall           (const NtmTally   *tally);
NtmLevel     ntm_commune_level           (const NtmTally   *ntm,
                                          const NtmTally   *advanced,
                                          const NtmTally   *model);
NtmLevel     ntm_urban_level             (const NtmTally   *urban);
NtmLevel     ntm_district_level          (const NtmDistrictFacts *facts,
                                          NtmUnitKind       kind);
NtmLevel     ntm_town_level              (const NtmDistrictFacts *facts);
NtmLevel     ntm_next_level              (NtmLevel          level,
                                          NtmUnitKind       kind);
NtmLevel     ntm_next_level_in_year      (NtmLevel          level,
                                          NtmUnitKind       kind,
                                          int               year);
int          ntm_level_rank              (NtmLevel          level);
gboolean     ntm_decision_is_in_force    (const NtmDecision *decision,
                                          const char       *iso_date);
int          ntm_decisions_in_force      (const NtmDecision *decisions,
                                          gsize             n_decisions,
                                          const char       *iso_date);
guint        ntm_levels_for_year         (NtmUnitKind       kind,
                                          int               year,
                                          NtmLevel         *levels,
                                          guint             n_levels);
gboolean     ntm_level_in_period         (NtmLevel          level,
                                          NtmUnitKind       kind,
                                          int               year);
NtmLevel     ntm_level_for_set           (NtmLevel          set_level,
                                          int               year);

gboolean     ntm_comparison_from_string  (const char       *text,
                                          NtmComparison    *out);
const char  *ntm_comparison_to_string    (NtmComparison     comparison);
gboolean     ntm_threshold_is_unknown    (NtmIndicatorKind  kind,
                                          gboolean          has_threshold,
                                          double            threshold,
                                          gboolean          has_value);
gboolean     ntm_indicator_kind_from_string (const char    *text,
                                          NtmIndicatorKind *out);
const char  *ntm_indicator_kind_to_string (NtmIndicatorKind kind);
gboolean     ntm_status_from_string      (const char       *text,
                                          NtmStatus        *out);
const char  *ntm_status_to_string        (NtmStatus         status);
const char  *ntm_status_get_label        (NtmStatus         status);
gboolean     ntm_level_from_string       (const char       *text,
                                          NtmLevel         *out);
const char  *ntm_level_to_string         (NtmLevel          level);
const char  *ntm_level_get_label         (NtmLevel          level);
gboolean     ntm_unit_kind_from_string   (const char       *text,
                                          NtmUnitKind      *out);
const char  *ntm_unit_kind_to_string     (NtmUnitKind       kind);
const char  *ntm_unit_kind_get_label     (NtmUnitKind       kind);
gboolean     ntm_unit_kind_is_commune_level (NtmUnitKind    kind);
gboolean     ntm_unit_kind_is_district_level (NtmUnitKind   kind);

G_END_DECLS
