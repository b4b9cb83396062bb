/* ntm-criteria-private.h: what the tests read of the criteria sets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-criteria.h"

G_BEGIN_DECLS

const char       *ntm_criterion_get_verify_note   (NtmCriterion   *self);

G_END_DECLS
