/* ntm-criterion-group.h: a criterion and its indicators, in a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-attainment.h"

G_BEGIN_DECLS

#define NTM_TYPE_CRITERION_GROUP (ntm_criterion_group_get_type ())
G_DECLARE_FINAL_TYPE (NtmCriterionGroup, ntm_criterion_group, NTM, CRITERION_GROUP, AdwPreferencesGroup)

GtkWidget *ntm_criterion_group_new        (const char        *title);
void       ntm_criterion_group_set_status (NtmCriterionGroup *self,
                                           NtmStatus          status);

G_END_DECLS
