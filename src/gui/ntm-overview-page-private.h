/* ntm-overview-page-private.h: what the tests read of NtmOverviewPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-overview-page.h"

G_BEGIN_DECLS

char        *ntm_overview_page_dup_text      (NtmOverviewPage *self);
guint        ntm_overview_page_get_n_targets (NtmOverviewPage *self);
NtmOverview *ntm_overview_page_get_overview  (NtmOverviewPage *self);

G_END_DECLS
