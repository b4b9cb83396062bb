/* ntm-revoke-dialog.h: asks the date and the reason of a revocation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-recognition.h"

G_BEGIN_DECLS

#define NTM_TYPE_REVOKE_DIALOG (ntm_revoke_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NtmRevokeDialog, ntm_revoke_dialog, NTM, REVOKE_DIALOG, AdwMessageDialog)

NtmRevokeDialog *ntm_revoke_dialog_new             (GtkWindow       *parent,
                                                    NtmRecognition  *recognition);
NtmRecognition  *ntm_revoke_dialog_get_recognition (NtmRevokeDialog *self);
const char      *ntm_revoke_dialog_get_date        (NtmRevokeDialog *self);
const char      *ntm_revoke_dialog_get_reason      (NtmRevokeDialog *self);
void             ntm_revoke_dialog_retry           (NtmRevokeDialog *self,
                                                    NtmRevokeDialog *failed,
                                                    const char      *message);

G_END_DECLS
