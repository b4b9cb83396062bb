/* ntm-record-form.h: the form dialogs for OCOP products, funds and targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"
#include "ntm-fund.h"
#include "ntm-ocop-product.h"
#include "ntm-target.h"

G_BEGIN_DECLS

#define NTM_TYPE_RECORD_FORM (ntm_record_form_get_type ())
G_DECLARE_FINAL_TYPE (NtmRecordForm, ntm_record_form, NTM, RECORD_FORM, AdwWindow)

NtmRecordForm *ntm_record_form_new_for_product (GtkWindow      *parent,
                                                NtmDatabase    *database,
                                                NtmOcopProduct *product,
                                                int             year);
NtmRecordForm *ntm_record_form_new_for_fund    (GtkWindow      *parent,
                                                NtmDatabase    *database,
                                                NtmFund        *fund);
NtmRecordForm *ntm_record_form_new_for_target  (GtkWindow      *parent,
                                                NtmDatabase    *database,
                                                NtmTarget      *target);
gboolean       ntm_record_form_save            (NtmRecordForm  *self);
void           ntm_record_form_set_field       (NtmRecordForm  *self,
                                                const char     *field_name,
                                                const char     *text);

G_END_DECLS
