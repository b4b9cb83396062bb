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

GListModel *ntm_database_list_recognitions      (NtmDatabase    *db,
                                                 const char     *unit_code,
                                                 GError        **error);

G_END_DECLS
