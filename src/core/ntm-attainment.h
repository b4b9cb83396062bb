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

typedef enum {
  NTM_LEVEL_NO_DATA,
  NTM_LEVEL_NOT_YET,
  NTM_LEVEL_NTM,
  NTM_LEVEL_ADVANCED,
  NTM_LEVEL_MODEL,
  NTM_LEVEL_CIVILISED,
  NTM_LEVEL_DISTRICT_NTM,
  NTM_LEVEL_DISTRICT_ADVANCED,
  NTM_LEVEL_TASK_COMPLETED,
} NtmLevel;

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
NtmLevel     ntm_next_level              (NtmLevel          level,
                                          NtmUnitKind       kind);

gboolean     ntm_comparison_from_string  (const char       *text,
                                          NtmComparison    *out);
const char  *ntm_comparison_to_string    (NtmComparison     comparison);
gboolean     ntm_comparison_is_inclusive (NtmComparison     comparison);
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
