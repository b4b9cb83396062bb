/* ntm-job-private.h: what the tests may ask of a job
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-job.h"

G_BEGIN_DECLS

void ntm_job_hold_next_for_testing (void);

G_END_DECLS
