/* ntm-assessment.h: one unit's criteria assessment for one year, as a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-criterion-status.h"
#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_ASSESSMENT (ntm_assessment_get_type ())
G_DECLARE_FINAL_TYPE (NtmAssessment, ntm_assessment, NTM, ASSESSMENT, GObject)

NtmAssessment    *ntm_assessment_load                 (NtmDatabase    *db,
                                                       const char     *unit_code,
                                                       int             year,
                                                       GError        **error);
const char       *ntm_assessment_get_unit_code        (NtmAssessment  *self);
const char       *ntm_assessment_get_unit_name        (NtmAssessment  *self);
NtmUnitKind       ntm_assessment_get_unit_kind        (NtmAssessment  *self);
int               ntm_assessment_get_year             (NtmAssessment  *self);
guint             ntm_assessment_get_n_rows           (NtmAssessment  *self);

/* What a row is about (read-only) */
gint64            ntm_assessment_row_get_indicator_id (NtmAssessment  *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_set_code     (NtmAssessment  *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_set_name     (NtmAssessment  *self,
                                                       guint           row);
NtmLevel          ntm_assessment_row_get_set_level    (NtmAssessment  *self,
                                                       guint           row);
gint64            ntm_assessment_row_get_criterion_id (NtmAssessment  *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_criterion_number (NtmAssessment *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_criterion_name (NtmAssessment *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_group_code   (NtmAssessment  *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_group_name   (NtmAssessment  *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_code         (NtmAssessment  *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_name         (NtmAssessment  *self,
                                                       guint           row);
NtmIndicatorKind  ntm_assessment_row_get_kind         (NtmAssessment  *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_unit         (NtmAssessment  *self,
                                                       guint           row);
NtmComparison     ntm_assessment_row_get_comparison   (NtmAssessment  *self,
                                                       guint           row);
gboolean          ntm_assessment_row_get_threshold    (NtmAssessment  *self,
                                                       guint           row,
                                                       double         *value);
gboolean          ntm_assessment_row_get_suggested    (NtmAssessment  *self,
                                                       guint           row,
                                                       double         *value);
gboolean          ntm_assessment_row_is_from_figures (NtmAssessment *self,
                                                       guint           row);
int               ntm_assessment_find_row             (NtmAssessment  *self,
                                                       const char     *set_code,
                                                       const char     *indicator_code);

/* What the office enters */
gboolean          ntm_assessment_row_get_value        (NtmAssessment  *self,
                                                       guint           row,
                                                       double         *value);
void              ntm_assessment_row_set_value        (NtmAssessment  *self,
                                                       guint           row,
                                                       gboolean        has_value,
                                                       double          value);
gboolean          ntm_assessment_row_get_override     (NtmAssessment  *self,
                                                       guint           row,
                                                       NtmStatus      *status,
                                                       const char    **reason);
void              ntm_assessment_row_set_override     (NtmAssessment  *self,
                                                       guint           row,
                                                       gboolean        has_override,
                                                       NtmStatus       status,
                                                       const char     *reason);
const char       *ntm_assessment_row_get_note         (NtmAssessment  *self,
                                                       guint           row);
void              ntm_assessment_row_set_note         (NtmAssessment  *self,
                                                       guint           row,
                                                       const char     *note);
gboolean          ntm_assessment_row_check            (NtmAssessment  *self,
                                                       guint           row,
                                                       GError        **error);

/* What follows from it */
NtmStatus         ntm_assessment_row_get_status       (NtmAssessment  *self,
                                                       guint           row);
const char       *ntm_assessment_row_get_verify_note  (NtmAssessment  *self,
                                                       guint           row);
gboolean          ntm_assessment_row_is_threshold_unknown (NtmAssessment *self,
                                                       guint           row);
NtmStatus         ntm_assessment_get_criterion_status (NtmAssessment  *self,
                                                       gint64          criterion_id);
NtmTally          ntm_assessment_get_tally            (NtmAssessment  *self,
                                                       NtmLevel        set_level);
NtmLevel          ntm_assessment_get_main_set_level   (NtmAssessment  *self);
NtmLevel          ntm_assessment_get_computed_level   (NtmAssessment  *self);
NtmLevel          ntm_assessment_get_recognised_level (NtmAssessment  *self);
NtmLevel          ntm_assessment_get_next_level       (NtmAssessment  *self);
GPtrArray        *ntm_assessment_get_blocking         (NtmAssessment  *self,
                                                       NtmLevel        level);

/* A criterion decided by its recorded status */
NtmStatus         ntm_assessment_get_recorded_status  (NtmAssessment  *self,
                                                       gint64          criterion_id,
                                                       NtmStatusOrigin *origin);
gboolean          ntm_assessment_set_recorded_status  (NtmAssessment  *self,
                                                       gint64          criterion_id,
                                                       NtmStatus       status);
NtmStatus         ntm_assessment_get_computed_criterion_status (NtmAssessment *self,
                                                       gint64          criterion_id);

/* Thresholds set while the form is open */
gboolean          ntm_assessment_reload_thresholds    (NtmAssessment  *self,
                                                       NtmDatabase    *db);

/* Saving */
gboolean          ntm_assessment_is_modified          (NtmAssessment  *self);
gboolean          ntm_assessment_validate             (NtmAssessment  *self,
                                                       GError        **error);
gboolean          ntm_assessment_save                 (NtmAssessment  *self,
                                                       NtmDatabase    *db,
                                                       GError        **error);
gboolean          ntm_assessment_undo                 (NtmAssessment  *self,
                                                       NtmDatabase    *db,
                                                       GError        **error);

G_END_DECLS
