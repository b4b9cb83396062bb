/* ntm-criteria.h: the criteria catalogue (sets, criteria, indicators)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_CRITERIA_SET (ntm_criteria_set_get_type ())
G_DECLARE_FINAL_TYPE (NtmCriteriaSet, ntm_criteria_set, NTM, CRITERIA_SET, GObject)

#define NTM_TYPE_CRITERION (ntm_criterion_get_type ())
G_DECLARE_FINAL_TYPE (NtmCriterion, ntm_criterion, NTM, CRITERION, GObject)

#define NTM_TYPE_INDICATOR (ntm_indicator_get_type ())
G_DECLARE_FINAL_TYPE (NtmIndicator, ntm_indicator, NTM, INDICATOR, GObject)

const char       *ntm_criteria_set_get_code       (NtmCriteriaSet *self);
const char       *ntm_criteria_set_get_name       (NtmCriteriaSet *self);
const char       *ntm_criteria_set_get_decision   (NtmCriteriaSet *self);
const char       *ntm_criteria_set_get_applies_to (NtmCriteriaSet *self);
NtmLevel          ntm_criteria_set_get_level      (NtmCriteriaSet *self);
int               ntm_criteria_set_get_year_from  (NtmCriteriaSet *self);
int               ntm_criteria_set_get_year_to    (NtmCriteriaSet *self);
gboolean          ntm_criteria_set_applies        (NtmCriteriaSet *self,
                                                   NtmUnitKind     kind,
                                                   int             year);
gboolean          ntm_criteria_set_has_commune_groups (NtmCriteriaSet *self);

gint64            ntm_criterion_get_id            (NtmCriterion   *self);
const char       *ntm_criterion_get_set_code      (NtmCriterion   *self);
const char       *ntm_criterion_get_number        (NtmCriterion   *self);
const char       *ntm_criterion_get_group_code    (NtmCriterion   *self);
const char       *ntm_criterion_get_group_name    (NtmCriterion   *self);
const char       *ntm_criterion_get_name          (NtmCriterion   *self);

gint64            ntm_indicator_get_id            (NtmIndicator   *self);
gint64            ntm_indicator_get_criterion_id  (NtmIndicator   *self);
const char       *ntm_indicator_get_code          (NtmIndicator   *self);
const char       *ntm_indicator_get_name          (NtmIndicator   *self);
NtmIndicatorKind  ntm_indicator_get_kind          (NtmIndicator   *self);
const char       *ntm_indicator_get_unit          (NtmIndicator   *self);
NtmComparison     ntm_indicator_get_comparison    (NtmIndicator   *self);
const char       *ntm_indicator_get_verify_note   (NtmIndicator   *self);
const char       *ntm_indicator_get_part_of       (NtmIndicator   *self);

GListModel       *ntm_database_list_criteria_sets (NtmDatabase    *db,
                                                   GError        **error);
GListModel       *ntm_database_list_applicable_sets (NtmDatabase  *db,
                                                   NtmUnitKind     kind,
                                                   int             commune_group,
                                                   int             year,
                                                   GError        **error);
GListModel       *ntm_database_list_criteria      (NtmDatabase    *db,
                                                   const char     *set_code,
                                                   GError        **error);
GListModel       *ntm_database_list_indicators    (NtmDatabase    *db,
                                                   gint64          criterion_id,
                                                   GError        **error);
gboolean          ntm_database_lookup_threshold   (NtmDatabase    *db,
                                                   gint64          indicator_id,
                                                   const char     *region,
                                                   int             commune_group,
                                                   int             year,
                                                   gboolean       *known,
                                                   double         *value,
                                                   GError        **error);

G_END_DECLS
