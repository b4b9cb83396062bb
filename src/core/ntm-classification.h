/* ntm-classification.h: what colour class each unit falls in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-database.h"
#include "ntm-evaluation.h"
#include "ntm-level-count.h"

G_BEGIN_DECLS

#define NTM_CLASSIFIER_ERROR (ntm_classifier_error_quark ())

typedef enum {
  NTM_CLASSIFIER_ERROR_BAD_MODE,
  NTM_CLASSIFIER_ERROR_NO_INDICATOR,
  NTM_CLASSIFIER_ERROR_BAD_LAYER,
  NTM_CLASSIFIER_ERROR_NOT_FOR_LAYER,
  NTM_CLASSIFIER_ERROR_BAD_YEAR,
} NtmClassifierError;

/* Which units the map shows and colours: the commune-level ones
 * (communes, wards, townships) or the district-level ones (districts,
 * towns, the city), each by its own level. */
typedef enum {
  NTM_UNIT_LAYER_COMMUNES,
  NTM_UNIT_LAYER_DISTRICTS,
} NtmUnitLayer;

typedef enum {
  NTM_MAP_MODE_LEVEL,
  NTM_MAP_MODE_READINESS,
  NTM_MAP_MODE_ONE_SHORT,
  NTM_MAP_MODE_CRITERIA,
  NTM_MAP_MODE_INDICATOR,
  NTM_MAP_MODE_CHANGE,       /* the recognised level since another year */
  NTM_MAP_MODE_GROUP,        /* a commune's group under Decision 51/2025 */
} NtmMapMode;

/* The classes of NTM_MAP_MODE_CHANGE, in their order. */
typedef enum {
  NTM_CHANGE_ROSE,
  NTM_CHANGE_HELD,
  NTM_CHANGE_FELL,
} NtmChange;

/* How a class is coloured: by level, along an ordered ramp (position 0 to
 * 1), on either side of a threshold (position -1 far below to +1 far
 * above: negative fails), or as "no data". */
typedef enum {
  NTM_TONE_NO_DATA,
  NTM_TONE_LEVEL,
  NTM_TONE_SEQUENTIAL,
  NTM_TONE_DIVERGING,
  NTM_TONE_NEUTRAL,
} NtmTone;

typedef struct {
  char     *label;
  NtmTone   tone;
  double    position;          /* ramp position, or the NtmLevel for NTM_TONE_LEVEL */
  double    lower, upper;      /* value bounds, for value classes */
  gboolean  has_lower, has_upper;
  gboolean  lower_inclusive, upper_inclusive;
  guint     count;
} NtmMapClass;

#define NTM_TYPE_CLASSIFICATION (ntm_classification_get_type ())
G_DECLARE_FINAL_TYPE (NtmClassification, ntm_classification, NTM, CLASSIFICATION, GObject)

GQuark              ntm_classifier_error_quark        (void);

gboolean            ntm_map_mode_parse                (const char     *text,
                                                       NtmMapMode     *mode,
                                                       char          **indicator,
                                                       GError        **error);
const char         *ntm_map_mode_get_title            (NtmMapMode      mode);
gboolean            ntm_unit_layer_parse              (const char     *text,
                                                       NtmUnitLayer   *layer,
                                                       GError        **error);
const char         *ntm_unit_layer_to_string          (NtmUnitLayer    layer);
gboolean            ntm_unit_layer_holds              (NtmUnitLayer    layer,
                                                       NtmUnitKind     kind);
gboolean            ntm_unit_layer_supports_mode      (NtmUnitLayer    layer,
                                                       NtmMapMode      mode);

/* Pure class construction, testable without a database. */
GArray             *ntm_classes_for_criteria_count    (guint          n_criteria);
GArray             *ntm_classes_for_indicator         (NtmIndicatorKind kind,
                                                       NtmComparison  comparison,
                                                       gboolean       has_threshold,
                                                       double         threshold,
                                                       const double  *values,
                                                       gsize          n_values,
                                                       const char    *unit);
guint               ntm_classes_find                  (GArray        *classes,
                                                       double         value);
GArray             *ntm_classes_for_district_levels   (void);
guint               ntm_district_level_class          (NtmLevel       level);
GArray             *ntm_classes_for_district_criteria_count (void);

NtmClassification  *ntm_classification_new            (NtmDatabase    *db,
                                                       NtmEvaluation  *evaluation,
                                                       GListModel     *units,
                                                       NtmMapMode      mode,
                                                       const char     *indicator,
                                                       GError        **error);
NtmClassification  *ntm_classification_new_for_layer (NtmDatabase    *db,
                                                       NtmEvaluation  *evaluation,
                                                       GListModel     *units,
                                                       NtmUnitLayer    layer,
                                                       NtmMapMode      mode,
                                                       const char     *indicator,
                                                       GError        **error);
NtmClassification  *ntm_classification_new_change     (NtmDatabase    *db,
                                                       NtmEvaluation  *evaluation,
                                                       GListModel     *units,
                                                       NtmUnitLayer    layer,
                                                       int             since_year,
                                                       GError        **error);
int                 ntm_classification_get_since_year (NtmClassification *self);
NtmUnitLayer        ntm_classification_get_layer      (NtmClassification *self);
NtmClassification  *ntm_classification_new_from_classes (GArray       *classes,
                                                       const char     *title);
void                ntm_classification_assign         (NtmClassification *self,
                                                       const char     *code,
                                                       guint           class_index);
NtmMapMode          ntm_classification_get_mode       (NtmClassification *self);
const char         *ntm_classification_get_title      (NtmClassification *self);
const char         *ntm_classification_get_subtitle   (NtmClassification *self);
guint               ntm_classification_get_n_classes  (NtmClassification *self);
const NtmMapClass  *ntm_classification_get_class      (NtmClassification *self,
                                                       guint           index);
guint               ntm_classification_get_no_data_class (NtmClassification *self);
guint               ntm_classification_lookup         (NtmClassification *self,
                                                       const char     *code);
guint               ntm_classification_get_n_record_counts (NtmClassification *self);
const NtmLevelCount *ntm_classification_get_record_count (NtmClassification *self,
                                                       guint           index);
const char         *ntm_classification_get_record_title (NtmClassification *self);
char               *ntm_classification_format_record_count (NtmClassification *self,
                                                       guint           index);

G_END_DECLS
