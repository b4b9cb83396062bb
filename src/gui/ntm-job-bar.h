/* ntm-job-bar.h: the window's bar that shows the job under way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-job.h"

G_BEGIN_DECLS

#define NTM_TYPE_JOB_BAR (ntm_job_bar_get_type ())
G_DECLARE_FINAL_TYPE (NtmJobBar, ntm_job_bar, NTM, JOB_BAR, AdwBin)

void    ntm_job_bar_add_job (NtmJobBar *self,
                             NtmJob    *job);
NtmJob *ntm_job_bar_get_job (NtmJobBar *self);

G_END_DECLS
