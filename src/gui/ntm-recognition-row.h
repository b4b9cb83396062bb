/* ntm-recognition-row.h: one recognition decision, to correct or revoke
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-recognition.h"

G_BEGIN_DECLS

#define NTM_TYPE_RECOGNITION_ROW (ntm_recognition_row_get_type ())
G_DECLARE_FINAL_TYPE (NtmRecognitionRow, ntm_recognition_row, NTM, RECOGNITION_ROW, AdwActionRow)

GtkWidget      *ntm_recognition_row_new             (NtmRecognition    *recognition);
NtmRecognition *ntm_recognition_row_get_recognition (NtmRecognitionRow *self);

G_END_DECLS
