/* ntm-assessment-private.h: what the tests read of NtmAssessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-assessment.h"

G_BEGIN_DECLS

gboolean          ntm_assessment_can_undo             (NtmAssessment  *self);
NtmStatus         ntm_assessment_get_indicator_status (NtmAssessment  *self,
                                                       const char     *set_code,
                                                       const char     *indicator_code);
const char       *ntm_assessment_row_get_part_of      (NtmAssessment  *self,
                                                       guint           row);

G_END_DECLS
