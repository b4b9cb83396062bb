/* ntm-evaluation.h: every unit's attainment for one year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-criterion-status.h"
#include "ntm-database.h"

G_BEGIN_DECLS

typedef struct {
  gint64      criterion_id;
  const char *set_code;
  NtmLevel    set_level;     /* the level the criterion's set is for */
  const char *number;
  const char *group_code;
  const char *group_name;
  const char *name;
  NtmStatus   status;        /* the status in force: the recorded one if any, else computed */
  gboolean    reported;      /* a status is recorded for the criterion (typed, imported, …) */
  gboolean    from_figures;  /* an indicator's value comes from the household water figures */
  NtmStatus   computed;      /* what the indicator values give, recorded status or not */
  NtmStatusOrigin origin;    /* where the recorded status comes from, when reported */
  guint       threshold_unknown; /* indicators with a value against a threshold not known yet */
} NtmCriterionResult;

gboolean                  ntm_criterion_result_disagrees      (const NtmCriterionResult *result);

#define NTM_TYPE_EVALUATION (ntm_evaluation_get_type ())
G_DECLARE_FINAL_TYPE (NtmEvaluation, ntm_evaluation, NTM, EVALUATION, GObject)

NtmEvaluation            *ntm_evaluation_new                  (NtmDatabase   *db,
                                                               int            year,
                                                               GError       **error);
int                       ntm_evaluation_get_year             (NtmEvaluation *self);
GListModel               *ntm_evaluation_get_units            (NtmEvaluation *self);
gboolean                  ntm_evaluation_has_unit             (NtmEvaluation *self,
                                                               const char    *code);
NtmUnitKind               ntm_evaluation_get_kind             (NtmEvaluation *self,
                                                               const char    *code);
NtmLevel                  ntm_evaluation_get_recognised_level (NtmEvaluation *self,
                                                               const char    *code);
int                       ntm_evaluation_get_recognised_year  (NtmEvaluation *self,
                                                               const char    *code);
NtmLevel                  ntm_evaluation_get_computed_level   (NtmEvaluation *self,
                                                               const char    *code);
NtmTally                  ntm_evaluation_get_tally            (NtmEvaluation *self,
                                                               const char    *code);
NtmTally                  ntm_evaluation_get_set_tally        (NtmEvaluation *self,
                                                               const char    *code,
                                                               NtmLevel       set_level);
gboolean                  ntm_evaluation_set_applies          (NtmEvaluation *self,
                                                               NtmUnitKind    kind,
                                                               const char    *set_code);
const NtmCriterionResult *ntm_evaluation_get_criteria         (NtmEvaluation *self,
                                                               const char    *code,
                                                               guint         *n_results);
gboolean                  ntm_evaluation_levels_disagree      (NtmEvaluation *self,
                                                               const char    *code);

G_END_DECLS
