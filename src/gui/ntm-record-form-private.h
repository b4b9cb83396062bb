/* ntm-record-form-private.h: what the tests read of NtmRecordForm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-record-form.h"

G_BEGIN_DECLS

const char    *ntm_record_form_get_error       (NtmRecordForm  *self);
NtmTarget     *ntm_record_form_get_target      (NtmRecordForm  *self);

G_END_DECLS
