/* ntm-overview-page.h: the programme for the window's year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-overview.h"
#include "ntm-page.h"

G_BEGIN_DECLS

#define NTM_TYPE_OVERVIEW_PAGE (ntm_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (NtmOverviewPage, ntm_overview_page, NTM, OVERVIEW_PAGE, NtmPage)


G_END_DECLS
