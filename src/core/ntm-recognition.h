/* ntm-recognition.h: a decision recognising a unit's level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_RECOGNITION (ntm_recognition_get_type ())
G_DECLARE_FINAL_TYPE (NtmRecognition, ntm_recognition, NTM, RECOGNITION, GObject)

gint64      ntm_recognition_get_id              (NtmRecognition *self);
const char *ntm_recognition_get_unit_code       (NtmRecognition *self);
NtmLevel    ntm_recognition_get_level           (NtmRecognition *self);
const char *ntm_recognition_get_decision_number (NtmRecognition *self);
const char *ntm_recognition_get_decision_date   (NtmRecognition *self);
int         ntm_recognition_get_year            (NtmRecognition *self);
const char *ntm_recognition_get_issuer          (NtmRecognition *self);
const char *ntm_recognition_get_source          (NtmRecognition *self);
const char *ntm_recognition_get_note            (NtmRecognition *self);
const char *ntm_recognition_get_revoked_on      (NtmRecognition *self);
const char *ntm_recognition_get_revoke_reason   (NtmRecognition *self);

gboolean    ntm_recognition_is_revoked          (NtmRecognition *self);
char       *ntm_recognition_describe_decision   (NtmRecognition *self);

NtmRecognition *ntm_recognition_new             (const char     *unit_code);
NtmRecognition *ntm_recognition_copy            (NtmRecognition *self);
void        ntm_recognition_set_level           (NtmRecognition *self,
                                                 NtmLevel        level);
void        ntm_recognition_set_decision_number (NtmRecognition *self,
                                                 const char     *number);
void        ntm_recognition_set_decision_date   (NtmRecognition *self,
                                                 const char     *iso_date);
void        ntm_recognition_set_year            (NtmRecognition *self,
                                                 int             year);
void        ntm_recognition_set_issuer          (NtmRecognition *self,
                                                 const char     *issuer);
void        ntm_recognition_set_source          (NtmRecognition *self,
                                                 const char     *source);
void        ntm_recognition_set_note            (NtmRecognition *self,
                                                 const char     *note);
gboolean    ntm_level_fits_unit_kind            (NtmLevel        level,
                                                 NtmUnitKind     kind);

/* The level a unit holds on a day, and the decision that gives it. */
typedef struct {
  NtmLevel  level;
  int       year;              /* the year the decision recognises */
  gint64    recognition_id;
  gboolean  decided;           /* a decision number or date is on record */
  char     *decision_date;     /* nullable */
} NtmLevelInForce;

GHashTable *ntm_database_get_levels_in_force    (NtmDatabase    *db,
                                                 const char     *iso_date,
                                                 GError        **error);
NtmLevel    ntm_database_get_level_in_force     (NtmDatabase    *db,
                                                 const char     *unit_code,
                                                 const char     *iso_date,
                                                 int            *recognised_year,
                                                 gint64         *recognition_id,
                                                 GError        **error);
GListModel *ntm_database_list_recognitions      (NtmDatabase    *db,
                                                 const char     *unit_code,
                                                 GError        **error);
NtmLevel    ntm_database_get_recognised_level   (NtmDatabase    *db,
                                                 const char     *unit_code,
                                                 int             year,
                                                 int            *recognised_year,
                                                 GError        **error);
gboolean    ntm_database_check_recognition      (NtmDatabase    *db,
                                                 NtmRecognition *recognition,
                                                 GError        **error);
gboolean    ntm_database_save_recognition       (NtmDatabase    *db,
                                                 NtmRecognition *recognition,
                                                 GError        **error);
gboolean    ntm_database_revoke_recognition     (NtmDatabase    *db,
                                                 gint64          id,
                                                 const char     *iso_date,
                                                 const char     *reason,
                                                 GError        **error);

G_END_DECLS
